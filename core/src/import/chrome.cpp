// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "import/chrome.h"

#include "import/bullets.h"
#include "import/text_match.h"

#include <algorithm>
#include <array>

namespace oncoref::importing {

namespace {

enum class Match { Line, Prefix, Contains };

struct ChromeRule {
    Match match;
    std::string_view phrase; ///< compared folded (case, accents, quotes ignored)
    std::string_view reason;
};

// Whole lines of site furniture, in any layout. Compared to lines stripped of bullets.
constexpr std::array kChromeLines = {
    // Navigation menus and share bars.
    "menu",
    "accueil",
    "home",
    "rechercher",
    "search",
    "connexion",
    "se connecter",
    "deconnexion",
    "login",
    "log in",
    "sign in",
    "sign up",
    "s'inscrire",
    "inscription",
    "mon compte",
    "my account",
    "partager",
    "share",
    "partager cet article",
    "share this article",
    "imprimer",
    "print",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "envoyer par email",
    "envoyer par e-mail",
    "email",
    "e-mail",
    "telecharger",
    "download",
    "telecharger le pdf",
    "download pdf",
    "retour",
    "retour en haut",
    "back to top",
    "haut de page",
    "lire la suite",
    "read more",
    "voir plus",
    "see more",
    "newsletter",
    "nous contacter",
    "contact",
    "contactez-nous",
    "mentions legales",
    "plan du site",
    "sitemap",
    "publicite",
    "advertisement",
    "fermer",
    "close",
    "skip to main content",
    "aller au contenu",
    "aller au contenu principal",
    "table des matieres",
    "sommaire",
    "previous",
    "next",
    "precedent",
    "suivant",
    "article suivant",
    "article precedent",
    // Cookie banners.
    "tout accepter",
    "tout refuser",
    "accepter",
    "refuser",
    "accept all",
    "reject all",
    "accept",
    "personnaliser",
    "parametrer les cookies",
    "gerer les cookies",
    "cookie settings",
    "manage cookies",
    // Rating widgets.
    "notez cet article",
    "rate this article",
    "votre avis",
    "was this helpful?",
    "cet article vous a-t-il ete utile ?",
    "cet article vous a-t-il ete utile?",
};

// Site-specific phrases, read on the seed captures (content/README.md lists them) and the corpus
// pages set aside for development.
constexpr ChromeRule kSiteRules[] = {
    {Match::Contains, "reviewed for accuracy by our medical advisory board", "review widget"},
    {Match::Line, "article review status", "review widget"},
    {Match::Line, "submitted", "review widget"},
    {Match::Line, "under review", "review widget"},
    {Match::Line, "approved", "review widget"},
    {Match::Line, "personalize", "personalisation widget"},
    {Match::Line, "help us tailor your experience", "personalisation widget"},
    {Match::Prefix, "which best describes you?", "personalisation widget"},
    {Match::Line, "professional medical disclaimer", "disclaimer heading (text moved to the front matter)"},
    {Match::Line, "have a follow-up question?", "follow-up prompt"},
    {Match::Prefix, "our medical a.i. is used by", "follow-up prompt"},
    {Match::Prefix, "record: found", "record status badge"},
    {Match::Prefix, "abstract: found", "record status badge"},
    {Match::Prefix, "article: not found", "record status badge"},
    {Match::Prefix, "article: found", "record status badge"},
    {Match::Line, "read this article at", "links menu"},
    {Match::Prefix, "there is no author summary for this article yet", "site notice"},
    {Match::Line, "related collections", "links menu"},
    {Match::Line, "author and article information", "metadata heading (data moved to the front matter)"},
    {Match::Line, "comment on this article", "comment widget"},
    {Match::Line, "site professionnel specialise en oncologie", "site banner"},
    {Match::Line, "from the guidelines", "source badge"},
    {Match::Line, "from the research", "source badge"},
    {Match::Line, "gammes contenant la substance", "links menu"},
    {Match::Prefix, "+ lire la politique editoriale", "links menu"},
    {Match::Prefix, "atcrisque sur la grossesse", "tab menu"},
    {Match::Line, "aucun resultat trouve", "search widget"},
};

// After these, the rest of the page is a paywall and its subscription offers.
constexpr std::array kPaywallPhrases = {
    std::string_view("reservee aux abonnes"),
    std::string_view("reserve aux abonnes"),
    std::string_view("reserve aux abonne"),
    std::string_view("subscribe to read"),
    std::string_view("subscribe to continue"),
    std::string_view("to continue reading"),
    std::string_view("purchase this article"),
    std::string_view("pour lire la suite de cet article"),
    std::string_view("this content is only available to subscribers"),
    std::string_view("acces reserve aux abonnes"),
};

std::string foldedWithoutBullet(std::string_view text)
{
    return foldForMatch(withoutBullet(text).text);
}

std::string_view siteRule(std::string_view folded)
{
    for (const auto &rule : kSiteRules) {
        const bool hit = rule.match == Match::Line     ? folded == rule.phrase
                         : rule.match == Match::Prefix ? folded.starts_with(rule.phrase)
                                                       : folded.find(rule.phrase) != std::string_view::npos;
        if (hit)
            return rule.reason;
    }
    return {};
}

bool isCookieBanner(std::string_view folded)
{
    if (folded.find("cookie") == std::string_view::npos)
        return false;
    for (const std::string_view cue :
         {"accept", "consent", "parametr", "utilisons", "we use", "nous utilisons", "en poursuivant", "by continuing"})
        if (folded.find(cue) != std::string_view::npos)
            return true;
    return false;
}

bool isBreadcrumb(std::string_view folded)
{
    if (folded.size() > 160)
        return false;
    int separators = 0;
    for (const std::string_view separator : {" > ", " › ", " » ", " / "})
        for (std::size_t pos = folded.find(separator); pos != std::string_view::npos; pos = folded.find(separator, pos + 1))
            ++separators;
    return separators >= 2 &&
           (folded.starts_with("accueil") || folded.starts_with("home") || folded.starts_with("vous etes ici"));
}

bool isPaywall(std::string_view folded)
{
    return std::any_of(kPaywallPhrases.begin(), kPaywallPhrases.end(),
                       [&](std::string_view phrase) { return folded.find(phrase) != std::string_view::npos; });
}

std::string_view chromeReason(std::string_view folded)
{
    if (const auto reason = siteRule(folded); !reason.empty())
        return reason;
    if (std::find(kChromeLines.begin(), kChromeLines.end(), folded) != kChromeLines.end())
        return "menu or widget";
    if (isCookieBanner(folded))
        return "cookie banner";
    if (isBreadcrumb(folded))
        return "breadcrumb";
    return {};
}

} // namespace

void markChrome(Capture &capture, const LayoutGuess &)
{
    int paywallLine = 0;
    for (auto &line : capture.lines) {
        if (!line.isOpen())
            continue;
        if (paywallLine != 0) {
            markLine(line, LineFate::Chrome, "paywall: subscription offer after line " + std::to_string(paywallLine));
            continue;
        }
        const std::string folded = foldedWithoutBullet(line.text);
        if (isPaywall(folded)) {
            paywallLine = line.number;
            markLine(line, LineFate::Chrome, "paywall");
        } else if (const auto reason = chromeReason(folded); !reason.empty()) {
            markLine(line, LineFate::Chrome, std::string(reason));
        }
    }
}

} // namespace oncoref::importing
