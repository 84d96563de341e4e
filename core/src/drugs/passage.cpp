// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "drugs/passage.h"

#include "drugs/mentions.h"
#include "drugs/values.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace oncoref::drugs {

namespace {

// Distances in tokens; "l'exémestane" is three tokens.
constexpr std::size_t kDrugReach = 4;       // from a drug name to its dose: "dose d'évérolimus est de 10 mg"
constexpr std::size_t kNamedDoseReach = 12; // "l'ofloxacine, 1 comprimé matin et soir (2 comprimés de 200 mg"
constexpr std::size_t kRegimenReach = 10;   // from a dose to its route and frequency
constexpr std::size_t kEffectReach = 6;     // from an adverse effect to its rate: "Neutropénie de grade 3-4 chez 12%"
constexpr std::size_t kTargetAfter = 5;     // from a monitoring cue to what is watched
constexpr std::size_t kTargetBefore = 2;

/// A dose reduction with its figures: "réduite de 100 mg/m² à 75 mg/m²", "reduce the dose by 25%".
struct Reduction {
    std::optional<Span> from; ///< the dose reduced from, with its unit ("100 mg/m²"); none for "de 75 à 60 mg/m²"
    Span to;                  ///< the dose or share reduced to or by: "75 mg/m²", "25%"
    std::size_t unitFirst = 0;
    std::size_t unitLast = 0; ///< of `to`
};

struct ClauseInfo {
    std::size_t index = 0;
    Span span;
    std::vector<Value> values;
    std::string condition;       ///< the first condition phrase: "PS 0-1"
    std::string conditionalText; ///< "association avec alpelisib"
    bool factFree = false;       ///< after an inline label such as "COMPOSITION :" (see isLabel)
    std::vector<Reduction> reductions;
};

bool isSymbolKey(const Token &token, std::string_view key)
{
    return token.type == TokenType::Symbol && token.key == key;
}

/// Words that join a list of amounts: "comprimés à 500 ou 150 mg", "10 mg, 20 mg et 40 mg".
bool isListGlue(const Token &token)
{
    return token.type == TokenType::Number || token.key == "ou" || token.key == "et" || token.key == "or" || token.key == "and" ||
           token.key == "," || token.key == "/";
}

class PassageAnalyser {
public:
    PassageAnalyser(std::string_view passage, const Tokens &tokens, const Lexicon &lexicon, const PassageContext &context);
    PassageResult run() const;

private:
    [[nodiscard]] std::string textOf(std::size_t first, std::size_t last) const;
    [[nodiscard]] std::string textOf(const Match &match) const { return textOf(match.first, match.last); }
    [[nodiscard]] DrugFact makeFact(FactKind kind, const DrugRef &drug, std::size_t first, std::size_t last) const;
    [[nodiscard]] DrugRef refOf(std::size_t mention) const;
    /// The drug a clause is about: its subject, else the passage's, the section's, the article's.
    /// `classes`: whether a class of treatments may be it (monitoring, combinations).
    [[nodiscard]] DrugRef resolve(const ClauseInfo &clause, bool classes = false) const;
    [[nodiscard]] DrugRef doseDrug(const ClauseInfo &clause, const Value &value) const;
    [[nodiscard]] bool isStrength(const Value &value, Span clause) const;
    [[nodiscard]] std::size_t regimenEnd(const ClauseInfo &clause, std::size_t value, std::size_t from) const;
    [[nodiscard]] bool isParenthetical(const ClauseInfo &clause, std::size_t value) const;
    [[nodiscard]] std::vector<Match> find(const PhraseSet &set, Span span) const
    {
        return set.findAll(m_tokens, span.first, span.last);
    }

    void addCombinations(const ClauseInfo &clause, std::vector<DrugFact> &out) const;
    bool addDoses(const ClauseInfo &clause, const std::vector<DrugFact> &combinations, std::vector<DrugFact> &out) const;
    [[nodiscard]] std::optional<Match> frequencyWord(const ClauseInfo &clause, const Match &effect) const;
    void addAdverseEffects(const ClauseInfo &clause, std::vector<DrugFact> &out) const;
    bool addArmEffects(const ClauseInfo &clause, const std::vector<Match> &effects, std::vector<DrugFact> &out) const;
    void addMonitoring(const ClauseInfo &clause, std::vector<DrugFact> &out) const;
    [[nodiscard]] std::vector<Reduction> findReductions(const ClauseInfo &clause) const;
    /// Whether one of `words` ends right before token `at`, an approximation ("environ") between.
    [[nodiscard]] bool introducedBy(const PhraseSet &words, std::size_t at, std::size_t floor) const;
    void addReductions(const ClauseInfo &clause, std::vector<DrugFact> &out) const;
    /// Whether one of `words` ends at most `reach` tokens before `cue`.
    [[nodiscard]] bool follows(const PhraseSet &words, const Match &cue, Span span, std::size_t reach) const;
    /// The cues of `span` that state something: "(voir rubrique 4.3 Contre-indications)" does not.
    [[nodiscard]] std::vector<Match> stated(const PhraseSet &cues, Span span) const;
    /// "ClCr 30-59 ml/min | 50 mg/m²": the row's label before the amount, as the adjustment's condition.
    [[nodiscard]] std::string rowLabel(Span clause, const Value &value) const;
    /// Whether `span` says nothing but its cues: a heading-like line "Contre-indications".
    [[nodiscard]] bool bare(const std::vector<Match> &cues, Span span) const;
    void addClauseFacts(const ClauseInfo &clause, bool hasSchedule, std::vector<DrugFact> &out) const;

    std::string_view m_passage;
    const Tokens &m_tokens;
    const Lexicon &m_lexicon;
    const PassageContext &m_context;
    std::vector<Span> m_spans;
    DrugMentions m_mentions;
    std::vector<ClauseInfo> m_clauses;
    DrugRef m_subject;
    DrugRef m_subjectOrClass;
    bool m_adverseContext = false;
    std::string m_passageEffect; ///< the first adverse effect named: what an adjustment responds to
};

PassageAnalyser::PassageAnalyser(std::string_view passage, const Tokens &tokens, const Lexicon &lexicon,
                                 const PassageContext &context)
    : m_passage(passage), m_tokens(tokens), m_lexicon(lexicon), m_context(context), m_spans(splitClauses(tokens)),
      m_mentions(tokens, m_spans, lexicon)
{
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        ClauseInfo clause;
        clause.index = i;
        clause.span = m_spans[i];
        clause.values = findValues(tokens, clause.span, lexicon);
        if (const auto conditions = find(lexicon.conditions, clause.span); !conditions.empty())
            clause.condition = textOf(conditions.front());
        if (const auto cue = m_mentions.conditional(i).cueFirst)
            clause.conditionalText = textOf(*cue, clause.span.last);
        clause.reductions = findReductions(clause);
        m_clauses.push_back(std::move(clause));
    }
    // Abridged monographs run their sections in one paragraph: "COMPOSITION : Une seringue contient
    // 250 mg ... POSOLOGIE : 500 mg une fois par mois". A label naming a fact-free section makes
    // the clauses after it fact-free, up to the next label.
    bool factFree = false;
    for (ClauseInfo &clause : m_clauses) {
        const Span span = clause.span;
        constexpr std::size_t kLabelWords = 6;
        const bool label = span.last < tokens.size() && isSymbolKey(tokens[span.last], ":") && clause.values.empty() &&
                           span.last - span.first <= kLabelWords;
        if (label) {
            factFree = !find(lexicon.factFreeSections, span).empty();
            continue;
        }
        clause.factFree = factFree;
    }
    if (const auto subject = m_mentions.subject({0, tokens.size()}, false))
        m_subject = refOf(*subject);
    if (const auto subject = m_mentions.subject({0, tokens.size()}, true))
        m_subjectOrClass = refOf(*subject);
    const Span whole{0, tokens.size()};
    m_adverseContext = context.adverseSection || !find(lexicon.adverseEffectCues, whole).empty();
    if (m_adverseContext)
        if (const auto effects = find(lexicon.adverseEffects, whole); !effects.empty())
            m_passageEffect = textOf(effects.front());
}

std::string PassageAnalyser::textOf(std::size_t first, std::size_t last) const
{
    if (first >= last)
        return {};
    const std::size_t begin = m_tokens[first].begin;
    return std::string(m_passage.substr(begin, m_tokens[last - 1].end - begin));
}

DrugFact PassageAnalyser::makeFact(FactKind kind, const DrugRef &drug, std::size_t first, std::size_t last) const
{
    DrugFact fact;
    fact.drug = drug.id;
    fact.brands = drug.brands;
    fact.kind = kind;
    fact.text = textOf(first, last);
    fact.spanBegin = m_tokens[first].begin;
    fact.spanEnd = m_tokens[last - 1].end;
    return fact;
}

DrugRef PassageAnalyser::refOf(std::size_t mention) const
{
    DrugRef ref{m_mentions.all()[mention].id, {}};
    for (const Mention &other : m_mentions.all()) {
        if (other.id != ref.id || !other.brand)
            continue;
        std::string brand = textOf(other.match);
        if (std::find(ref.brands.begin(), ref.brands.end(), brand) == ref.brands.end())
            ref.brands.push_back(std::move(brand));
    }
    return ref;
}

DrugRef PassageAnalyser::resolve(const ClauseInfo &clause, bool classes) const
{
    if (const auto subject = m_mentions.subject(clause.span, classes))
        return refOf(*subject);
    if (const DrugRef &passage = classes ? m_subjectOrClass : m_subject; passage.known())
        return passage;
    if (const DrugRef &carried = classes ? m_context.carriedOrClass : m_context.carried; carried.known())
        return carried;
    return m_context.main;
}

DrugRef PassageAnalyser::doseDrug(const ClauseInfo &clause, const Value &value) const
{
    const auto &mentions = m_mentions.all();
    // The nearest name before the dose, with no other dose in between: "l'exémestane 25 mg".
    const auto nearestBefore = [&](std::size_t reach, bool partners) -> std::optional<std::size_t> {
        std::optional<std::size_t> before;
        for (const std::size_t i : m_mentions.in(clause.span)) {
            const Match &match = mentions[i].match;
            if (match.last <= value.span.first && value.span.first - match.last <= reach && !mentions[i].conditional &&
                !mentions[i].isClass && !mentions[i].vehicle && (partners || (!mentions[i].partner && !mentions[i].moment)))
                before = i;
        }
        if (!before)
            return std::nullopt;
        // "en association avec la radiothérapie, de 150 mg/m²": a partner's reach ends at a comma.
        if (mentions[*before].partner && std::any_of(m_tokens.begin() + static_cast<std::ptrdiff_t>(mentions[*before].match.last),
                                                     m_tokens.begin() + static_cast<std::ptrdiff_t>(value.span.first),
                                                     [](const Token &t) { return t.key == ","; }))
            return std::nullopt;
        const std::size_t from = mentions[*before].match.last;
        const bool separated = std::any_of(clause.values.begin(), clause.values.end(), [&](const Value &v) {
            return v.span.first >= from && v.span.last <= value.span.first;
        });
        return separated ? std::nullopt : before;
    };
    // "10 mg d'évérolimus", "7,5 mg/kg/jour d'acide ursodéoxycholique", "12 mg de phosphate
    // sodique de dexaméthasone": the drug the amount is of comes first, even right after another
    // drug's name.
    std::size_t of = value.span.last;
    if (const auto frequency = m_lexicon.frequencies.matchAt(m_tokens, of, clause.span.last))
        of = frequency->last;
    std::size_t at = of;
    const auto isOf = [&](const Token &token) { return token.key == "de" || token.key == "d" || token.key == "'"; };
    while (at < clause.span.last && at - of < 3 && isOf(m_tokens[at]))
        ++at;
    if (at > of)
        if (const auto salt = m_lexicon.saltWords.matchAt(m_tokens, at, clause.span.last))
            for (at = salt->last; at < clause.span.last && at - salt->last < 3 && isOf(m_tokens[at]);)
                ++at;
    for (const std::size_t i : m_mentions.in(clause.span))
        if (mentions[i].match.first == at && at > of && !mentions[i].isClass)
            return refOf(i);
    if (const auto before = nearestBefore(kDrugReach, true))
        return refOf(*before);
    // "le traitement anti-diarrhéique (lopéramide), ... l'ofloxacine, 1 comprimé matin et soir
    // (2 comprimés de 200 mg par jour)": the drug named last before the dose, not the clause's first.
    if (const auto before = nearestBefore(kNamedDoseReach, false))
        return refOf(*before);
    return resolve(clause);
}

/// A value inside a bracket opened right after another value: "300 mg (two 150 mg tablets)".
bool PassageAnalyser::isParenthetical(const ClauseInfo &clause, std::size_t value) const
{
    if (value == 0)
        return false;
    const std::size_t after = clause.values[value - 1].span.last;
    if (after >= m_tokens.size() || m_tokens[after].key != "(")
        return false;
    for (std::size_t at = after + 1; at < clause.values[value].span.first; ++at)
        if (m_tokens[at].key == ")")
            return false;
    return true;
}

/// Where the words of a regimen end: "3,6 mg/kg toutes les 3 semaines pendant 14 cycles",
/// "625 mg/m² deux fois par jour en administration continue". A schedule runs from its amount
/// through what qualifies it, up to a comma, a bracket, the next amount or the clause's end.
std::size_t PassageAnalyser::regimenEnd(const ClauseInfo &clause, std::size_t value, std::size_t from) const
{
    std::size_t limit = clause.span.last;
    for (std::size_t next = value + 1; next < clause.values.size(); ++next)
        if (!isParenthetical(clause, next)) {
            limit = std::min(limit, clause.values[next].span.first);
            break;
        }
    std::size_t end = from;
    while (end < limit && !isSymbolKey(m_tokens[end], "(") && !isSymbolKey(m_tokens[end], ")")) {
        if (isSymbolKey(m_tokens[end], ",")) {
            // "1 mg par jour, en continu", "1250 mg/m², matin et soir": a comma before a duration
            // or a frequency does not end the regimen.
            auto more = m_lexicon.durations.matchAt(m_tokens, end + 1, limit);
            if (!more)
                more = m_lexicon.frequencies.matchAt(m_tokens, end + 1, limit);
            if (!more)
                break;
            end = more->last;
            continue;
        }
        ++end;
    }
    // "... toutes les 3 semaines, puis 600 mg/m²": no dangling word before the next amount.
    while (end > from && end < clause.span.last && end == limit && m_tokens[end - 1].type == TokenType::Word &&
           m_tokens[end - 1].key.size() <= 3)
        --end;
    return end;
}

bool PassageAnalyser::isStrength(const Value &value, Span clause) const
{
    // "comprimé à 10 mg", "gélules de 50 mg", "each vial contains 1 g", "10 mg tablets"
    // "Faslodex 250 mg (fulvestrant), solution injectable": a bracket and a comma may come between.
    static constexpr std::size_t kFormReach = 3;
    std::size_t after = value.span.last;
    if (after < clause.last && isSymbolKey(m_tokens[after], "(")) {
        while (after < clause.last && !isSymbolKey(m_tokens[after], ")"))
            ++after;
        ++after;
    }
    while (after < clause.last && isSymbolKey(m_tokens[after], ","))
        ++after;
    if (m_lexicon.strengthForms.matchAt(m_tokens, value.span.last, clause.last) ||
        (after < clause.last && m_lexicon.strengthForms.matchAt(m_tokens, after, clause.last)))
        return true;
    // "comprimés à 500 ou 150 mg", "boîte de comprimés à 10 mg ou 20 mg": the list's amounts are
    // all strengths.
    std::size_t first = value.span.first;
    while (first > clause.first) {
        if (const auto unit = m_lexicon.doseUnits.matchEndingAt(m_tokens, first, clause.first))
            first = unit->first;
        else if (isListGlue(m_tokens[first - 1]))
            --first;
        else
            break;
    }
    const std::size_t lowest = first > clause.first + kFormReach ? first - kFormReach : clause.first;
    for (std::size_t end = first; end > lowest; --end)
        if (m_lexicon.strengthForms.matchEndingAt(m_tokens, end, clause.first))
            return true;
    return false;
}

void PassageAnalyser::addCombinations(const ClauseInfo &clause, std::vector<DrugFact> &out) const
{
    for (const Combination &combination : m_mentions.combinations()) {
        if (combination.clause != clause.index)
            continue;
        const DrugRef subject = combination.subject ? refOf(*combination.subject) : resolve(clause, true);
        if (!subject.known())
            continue;
        const std::string &id = subject.id;
        auto fact = std::find_if(out.begin(), out.end(), [&](const DrugFact &f) { return f.drug == id; });
        if (fact == out.end()) {
            out.push_back(makeFact(FactKind::Combination, subject, clause.span.first, clause.span.last));
            out.back().condition = clause.condition;
            fact = out.end() - 1;
        }
        for (const std::size_t partner : combination.partners) {
            const std::string &name = m_mentions.all()[partner].id;
            if (name != id && std::find(fact->partners.begin(), fact->partners.end(), name) == fact->partners.end())
                fact->partners.push_back(name);
        }
    }
    // "En cas d'association avec l'irinotécan, la dose recommandée est de 800 mg/m²": a condition
    // that qualifies a dose names a regimen, so the drug is given with those partners ("si
    // association avec X, surveiller" stays a condition only).
    const auto &conditional = m_mentions.conditional(clause.index).partners;
    const bool dosed =
        std::any_of(clause.values.begin(), clause.values.end(), [](const Value &v) { return !v.vetoed && !v.percent; });
    if (!conditional.empty() && dosed && find(m_lexicon.adjustmentCues, clause.span).empty()) {
        const DrugRef subject = resolve(clause);
        if (subject.known() && std::none_of(out.begin(), out.end(), [&](const DrugFact &f) { return f.drug == subject.id; })) {
            DrugFact fact = makeFact(FactKind::Combination, subject, clause.span.first, clause.span.last);
            for (const std::string &partner : conditional)
                if (partner != subject.id &&
                    std::find(fact.partners.begin(), fact.partners.end(), partner) == fact.partners.end())
                    fact.partners.push_back(partner);
            out.push_back(std::move(fact));
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const DrugFact &f) { return f.partners.empty(); }), out.end());
}

bool PassageAnalyser::introducedBy(const PhraseSet &words, std::size_t at, std::size_t floor) const
{
    if (const auto approximation = m_lexicon.approximations.matchEndingAt(m_tokens, at, floor))
        at = approximation->first;
    return words.matchEndingAt(m_tokens, at, floor).has_value();
}

std::vector<Reduction> PassageAnalyser::findReductions(const ClauseInfo &clause) const
{
    const auto words = find(m_lexicon.reductionWords, clause.span);
    if (words.empty())
        return {};
    const std::size_t start = words.front().last;
    // "reduce the drug dose by 25%", "la dose doit être réduite de 25 %", "dose reduction of 25%":
    // a share reduces a dose when a dose word is named with the reduction word and nothing but
    // short words, the dose word and drug names come between the reduction word and the share
    // ("réduisant les effets indésirables de 14% à 0%" reduces no dose).
    constexpr std::size_t kShortWord = 4;      // "the", "la", "drug", "de", "by"
    constexpr std::size_t kDoseWordBefore = 3; // "la dose doit être réduite de 25 %"
    const auto doseWords = find(m_lexicon.doseWords, clause.span);
    const auto mentions = m_mentions.in(clause.span);
    const auto inAny = [](const auto &matches, std::size_t at, auto matchOf) {
        return std::any_of(matches.begin(), matches.end(), [&](const auto &m) {
            const Match &match = matchOf(m);
            return at >= match.first && at < match.last;
        });
    };
    const auto sharesDose = [&](std::size_t share) {
        const Match &word = words.front();
        bool named = std::any_of(doseWords.begin(), doseWords.end(), [&](const Match &d) {
            return (d.first >= word.last && d.last <= share) || (d.last <= word.first && word.first - d.last <= kDoseWordBefore);
        });
        for (std::size_t at = word.last; named && at < share; ++at) {
            const Token &token = m_tokens[at];
            named = token.type == TokenType::Symbol || token.key.size() <= kShortWord ||
                    inAny(doseWords, at, [](const Match &m) -> const Match & { return m; }) ||
                    inAny(mentions, at, [&](std::size_t i) -> const Match & { return m_mentions.all()[i].match; });
        }
        return named;
    };
    std::vector<Reduction> reductions;
    for (std::size_t v = 0; v < clause.values.size(); ++v) {
        const Value &value = clause.values[v];
        if (value.vetoed || value.span.first < start)
            continue;
        const std::size_t first = value.span.first;
        if (value.percent) {
            if (introducedBy(m_lexicon.reductionBy, first, start) && sharesDose(first))
                reductions.push_back({std::nullopt, value.span, value.unitFirst, value.unitLast});
            continue;
        }
        if (introducedBy(m_lexicon.reductionFrom, first, start)) {
            const bool range = value.unitFirst - first == 3 && m_tokens[first + 1].type == TokenType::Word;
            if (range) { // "de 75 à 60 mg/m²": from a bare number to the amount
                reductions.push_back({std::nullopt, {first + 2, value.span.last}, value.unitFirst, value.unitLast});
            } else if (value.span.last > value.unitLast) { // "de 100 mg/m² à 75 mg/m²", read as one range
                const std::size_t upper = value.unitLast + 1;
                reductions.push_back({Span{first, value.unitLast}, {upper, value.span.last}, upper + 1, value.span.last});
            } else if (v + 1 < clause.values.size() && !clause.values[v + 1].vetoed && !clause.values[v + 1].percent &&
                       introducedBy(m_lexicon.reductionTo, clause.values[v + 1].span.first, value.span.last) &&
                       clause.values[v + 1].span.first - value.span.last <= 3) {
                const Value &to = clause.values[++v];
                reductions.push_back({value.span, to.span, to.unitFirst, to.unitLast});
            }
        }
        // "la dose initiale recommandée doit être réduite à 800 mg/m² deux fois par jour" names the
        // regimen's dose, not an adjustment: an amount reduced to with no dose reduced from is left
        // to the dose rules (and to adjustment cues: "réduire la dose à 40 mg").
    }
    return reductions;
}

/// Each reduction is an adjustment whose value is the dose or share reduced to; the first dose it
/// is reduced from is the dose ("réduite de 100 mg/m² à 75 mg/m² et/ou de 75 à 60 mg/m²": dose
/// 100 mg/m², adjustments 75 mg/m² and 60 mg/m²).
void PassageAnalyser::addReductions(const ClauseInfo &clause, std::vector<DrugFact> &out) const
{
    if (clause.reductions.empty())
        return;
    const DrugRef drug = resolve(clause);
    if (!drug.known())
        return;
    bool dosed = false;
    for (const Reduction &reduction : clause.reductions) {
        if (reduction.from && !dosed) {
            const Span from = *reduction.from;
            DrugFact dose = makeFact(FactKind::Dose, drug, from.first, from.last);
            dose.value = dose.text;
            std::size_t unit = from.first;
            while (unit < from.last && m_tokens[unit].type == TokenType::Number)
                ++unit;
            dose.unit = textOf(unit, from.last);
            dose.condition = clause.condition;
            out.push_back(std::move(dose));
            dosed = true;
        }
        DrugFact fact = makeFact(FactKind::Adjustment, drug, clause.span.first, clause.span.last);
        fact.value = textOf(reduction.to.first, reduction.to.last);
        fact.unit = textOf(reduction.unitFirst, reduction.unitLast);
        fact.condition = !clause.condition.empty()         ? clause.condition
                         : !clause.conditionalText.empty() ? clause.conditionalText
                                                           : m_passageEffect;
        out.push_back(std::move(fact));
    }
}

bool PassageAnalyser::addDoses(const ClauseInfo &clause, const std::vector<DrugFact> &combinations,
                               std::vector<DrugFact> &out) const
{
    // "réduire la dose à 40 mg par jour", a row of a table by renal function, "réduite de 100 mg/m²
    // à 75 mg/m²": the figure is the adjustment's, not a dose of its own (see addReductions).
    if (m_context.byFunction || !find(m_lexicon.adjustmentCues, clause.span).empty() || !clause.reductions.empty())
        return false;
    bool hasSchedule = false;
    for (std::size_t v = 0; v < clause.values.size(); ++v) {
        const Value &value = clause.values[v];
        if (value.percent || value.vetoed || isParenthetical(clause, v))
            continue;
        // "diluted in 250 mL of sodium chloride": the volume of a diluent is no dose.
        if (m_lexicon.vehicles.matchEndingAt(m_tokens, value.span.first, clause.span.first))
            continue;
        DrugRef drug = doseDrug(clause, value);
        if (!m_lexicon.dosedIn(drug.id, m_tokens, value.unitFirst, value.unitLast))
            drug = m_lexicon.dosedIn(m_context.main.id, m_tokens, value.unitFirst, value.unitLast) ? m_context.main : DrugRef{};
        if (!drug.known())
            continue;
        std::size_t limit = std::min(clause.span.last, value.span.last + kRegimenReach);
        std::size_t next = v + 1;
        while (next < clause.values.size() && isParenthetical(clause, next))
            ++next; // "300 mg (two 150 mg tablets) taken twice daily": the bracket is read through
        if (next < clause.values.size())
            limit = std::min(limit, clause.values[next].span.first);
        std::optional<Match> frequency;
        std::optional<Match> route;
        for (std::size_t at = value.span.last; at < limit; ++at) {
            if (!frequency)
                frequency = m_lexicon.frequencies.matchAt(m_tokens, at, limit);
            if (!route)
                route = m_lexicon.routes.matchAt(m_tokens, at, limit);
        }
        if (!frequency && isStrength(value, clause.span))
            continue;
        std::size_t end = value.span.last;
        for (const auto &part : {frequency, route})
            if (part)
                end = std::max(end, part->last);

        DrugFact dose = makeFact(FactKind::Dose, drug, value.span.first, end);
        dose.value = textOf(value.span.first, value.span.last);
        dose.unit = textOf(value.unitFirst, value.unitLast);
        if (route)
            dose.route = textOf(*route);
        if (frequency) // a rate keeps its amount: "2 Gy/jour", not "/jour"
            dose.frequency =
                m_tokens[frequency->first].key == "/" ? textOf(value.span.first, frequency->last) : textOf(*frequency);
        dose.condition = clause.condition;
        for (const DrugFact &combination : combinations)
            if (combination.drug == dose.drug)
                dose.partners = combination.partners;
        out.push_back(dose);
        if (frequency) {
            DrugFact schedule = makeFact(FactKind::Schedule, drug, value.span.first, regimenEnd(clause, v, end));
            schedule.brands = dose.brands;
            schedule.value = textOf(value.span.first, frequency->last);
            schedule.unit = dose.unit;
            schedule.route = dose.route;
            schedule.frequency = dose.frequency;
            schedule.condition = dose.condition;
            schedule.partners = dose.partners;
            out.push_back(std::move(schedule));
            hasSchedule = true;
        }
    }
    return hasSchedule;
}

/// "Neutropenia occurred in 40% of patients given docetaxel and in 5% of patients given
/// pemetrexed": with two drugs in the clause, each rate belongs to the arm named next to it
/// (just after it, else just before it) and to the effect named last before it.
bool PassageAnalyser::addArmEffects(const ClauseInfo &clause, const std::vector<Match> &effects, std::vector<DrugFact> &out) const
{
    constexpr std::size_t kArmReach = 6;
    const auto &mentions = m_mentions.all();
    const auto inClause = m_mentions.in(clause.span);
    std::vector<std::string> distinct;
    for (const std::size_t i : inClause)
        if (!mentions[i].conditional && !mentions[i].isClass &&
            std::find(distinct.begin(), distinct.end(), mentions[i].id) == distinct.end())
            distinct.push_back(mentions[i].id);
    if (distinct.size() < 2)
        return false;
    for (const Value &rate : clause.values) {
        if (!rate.percent || rate.vetoed)
            continue;
        const auto effect =
            std::find_if(effects.rbegin(), effects.rend(), [&](const Match &e) { return e.last <= rate.span.first; });
        if (effect == effects.rend())
            continue;
        std::optional<std::size_t> arm;
        for (const std::size_t i : inClause) {
            const Match &match = mentions[i].match;
            if (!mentions[i].conditional && !mentions[i].isClass && match.first >= rate.span.last &&
                match.first - rate.span.last <= kArmReach) {
                arm = i;
                break;
            }
        }
        for (const std::size_t i : inClause)
            if (!arm || mentions[*arm].match.first < rate.span.last)
                if (!mentions[i].conditional && !mentions[i].isClass && mentions[i].match.last <= rate.span.first &&
                    rate.span.first - mentions[i].match.last <= kArmReach)
                    arm = i;
        if (!arm)
            continue;
        const std::size_t last = std::max(rate.span.last, mentions[*arm].match.last);
        DrugFact fact = makeFact(FactKind::AdverseEffect, refOf(*arm), std::min(effect->first, mentions[*arm].match.first), last);
        fact.effect = textOf(*effect);
        fact.value = textOf(rate.span.first, rate.span.last);
        fact.unit = textOf(rate.unitFirst, rate.unitLast);
        fact.condition = clause.condition;
        out.push_back(std::move(fact));
    }
    return true;
}

/// An SmPC frequency word that rates an effect with no percentage: the first after it in the
/// clause ("Anorexie, prise de poids | Fréquent |": one word for the cell's list), else a clause
/// that is nothing but the word, just before ("Très fréquent : anémie, neutropénie").
std::optional<Match> PassageAnalyser::frequencyWord(const ClauseInfo &clause, const Match &effect) const
{
    // A word of its own (a table cell, after a bracket or a comma), never an adjective: "la mucite
    // est un effet secondaire fréquent" gives no rate.
    for (const Match &word : find(m_lexicon.adverseEffectFrequencies, clause.span))
        if (word.first >= effect.last && m_tokens[word.first - 1].type == TokenType::Symbol)
            return word;
    if (clause.index == 0)
        return std::nullopt;
    const Span before = m_clauses[clause.index - 1].span;
    const auto word = m_lexicon.adverseEffectFrequencies.matchAt(m_tokens, before.first, before.last);
    if (word && std::all_of(m_tokens.begin() + static_cast<std::ptrdiff_t>(word->last),
                            m_tokens.begin() + static_cast<std::ptrdiff_t>(before.last),
                            [](const Token &t) { return t.type == TokenType::Symbol || t.type == TokenType::Number; }))
        return word;
    return std::nullopt;
}

void PassageAnalyser::addAdverseEffects(const ClauseInfo &clause, std::vector<DrugFact> &out) const
{
    if (!m_adverseContext)
        return;
    const auto effects = find(m_lexicon.adverseEffects, clause.span);
    if (effects.empty())
        return;
    if (addArmEffects(clause, effects, out))
        return;
    const DrugRef drug = resolve(clause);
    if (!drug.known())
        return;
    for (std::size_t e = 0; e < effects.size(); ++e) {
        const Match &effect = effects[e];
        const std::size_t next = e + 1 < effects.size() ? effects[e + 1].first : clause.span.last;
        const auto rate = std::find_if(clause.values.begin(), clause.values.end(), [&](const Value &v) {
            return v.percent && !v.vetoed && v.span.first >= effect.last && v.span.first - effect.last <= kEffectReach &&
                   v.span.first < next;
        });
        std::size_t end = effect.last;
        if (rate != clause.values.end()) {
            end = rate->span.last;
            // "Stomatite (19-75% des cas)": the parenthesis belongs to the fact.
            const auto from = m_tokens.begin() + static_cast<std::ptrdiff_t>(effect.last);
            const bool opened = std::any_of(from, m_tokens.begin() + static_cast<std::ptrdiff_t>(rate->span.first),
                                            [](const Token &t) { return t.key == "("; });
            for (std::size_t at = rate->span.last; opened && at < std::min(next, rate->span.last + 4); ++at) {
                if (m_tokens[at].key == ")") {
                    end = at + 1;
                    break;
                }
            }
        }
        const auto word = rate == clause.values.end() ? frequencyWord(clause, effect) : std::nullopt;
        if (word && word->first >= effect.last)
            end = word->last;
        DrugFact fact = makeFact(FactKind::AdverseEffect, drug, effect.first, end);
        fact.effect = textOf(effect);
        if (rate != clause.values.end()) {
            fact.value = textOf(rate->span.first, rate->span.last);
            fact.unit = textOf(rate->unitFirst, rate->unitLast);
        } else if (word) {
            fact.value = textOf(*word);
        }
        fact.condition = clause.condition;
        out.push_back(std::move(fact));
    }
}

void PassageAnalyser::addMonitoring(const ClauseInfo &clause, std::vector<DrugFact> &out) const
{
    const Span span = clause.span;
    const auto cues = find(m_lexicon.monitoringCues, span);
    if (cues.empty())
        return;
    auto targets = find(m_lexicon.monitoringTargets, span);
    const auto effects = find(m_lexicon.adverseEffects, span);
    targets.insert(targets.end(), effects.begin(), effects.end());
    std::sort(targets.begin(), targets.end(), [](const Match &a, const Match &b) { return a.first < b.first; });
    for (const Match &cue : cues) {
        const auto target = std::find_if(targets.begin(), targets.end(), [&](const Match &t) {
            return (t.first >= cue.last && t.first - cue.last <= kTargetAfter) ||
                   (t.last <= cue.first && cue.first - t.last <= kTargetBefore);
        });
        if (target == targets.end())
            continue;
        // A class of treatments is what is watched only when the clause names it before the cue
        // ("La chimiothérapie impose une surveillance de la NFS"); named after it or in an earlier
        // passage, it qualifies ("monitoring the QTc interval ... depending on the chemotherapy
        // drug"), and a drug the text is about comes first.
        DrugRef drug = resolve(clause, true);
        const auto &mentions = m_mentions.all();
        const auto inClause = m_mentions.in(span);
        const bool classTopic = std::any_of(inClause.begin(), inClause.end(), [&](std::size_t i) {
            return mentions[i].isClass && mentions[i].id == drug.id && mentions[i].match.last <= cue.first;
        });
        const auto entry = std::find(m_lexicon.entryIds.begin(), m_lexicon.entryIds.end(), drug.id);
        const bool isClass = entry != m_lexicon.entryIds.end() &&
                             m_lexicon.treatmentClass[static_cast<std::size_t>(entry - m_lexicon.entryIds.begin())];
        if (isClass && !classTopic)
            if (DrugRef specific = resolve(clause, false); specific.known())
                drug = std::move(specific);
        if (!drug.known())
            return;
        DrugFact fact = makeFact(FactKind::Monitoring, drug, span.first, span.last);
        fact.effect = textOf(*target);
        if (const auto timing = find(m_lexicon.monitoringTiming, span); !timing.empty())
            fact.frequency = textOf(timing.front());
        fact.condition = clause.condition.empty() ? clause.conditionalText : clause.condition;
        fact.partners = m_mentions.conditional(clause.index).partners;
        out.push_back(std::move(fact));
        return;
    }
}

bool PassageAnalyser::follows(const PhraseSet &words, const Match &cue, Span span, std::size_t reach) const
{
    const std::size_t lowest = cue.first > span.first + reach ? cue.first - reach : span.first;
    for (std::size_t end = cue.first; end > lowest; --end)
        if (words.matchEndingAt(m_tokens, end, span.first))
            return true;
    return false;
}

std::vector<Match> PassageAnalyser::stated(const PhraseSet &cues, Span span) const
{
    constexpr std::size_t kReferenceReach = 4; // "voir rubrique 4.3 Contre-indications"
    auto found = find(cues, span);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Match &cue) { return follows(m_lexicon.crossReferences, cue, span, kReferenceReach); }),
                found.end());
    return found;
}

std::string PassageAnalyser::rowLabel(Span clause, const Value &value) const
{
    std::size_t first = clause.first;
    std::size_t last = value.span.first;
    while (first < last && isSymbolKey(m_tokens[first], "|"))
        ++first;
    while (last > first && isSymbolKey(m_tokens[last - 1], "|"))
        --last;
    return textOf(first, last);
}

bool PassageAnalyser::bare(const std::vector<Match> &cues, Span span) const
{
    for (std::size_t at = span.first; at < span.last; ++at) {
        const bool inCue = std::any_of(cues.begin(), cues.end(), [&](const Match &c) { return at >= c.first && at < c.last; });
        if (!inCue && m_tokens[at].type == TokenType::Word)
            return false;
    }
    return true;
}

void PassageAnalyser::addClauseFacts(const ClauseInfo &clause, bool hasSchedule, std::vector<DrugFact> &out) const
{
    const Span span = clause.span;
    const auto adjustments = stated(m_lexicon.adjustmentCues, span);
    auto administrations = stated(m_lexicon.administrationCues, span);
    // "Voie intraveineuse (en perfusion)": with no amount in the clause, the route is the instruction
    // (with one, it is the dose's route).
    const bool amount = std::any_of(clause.values.begin(), clause.values.end(), [](const Value &v) { return !v.vetoed; });
    if (administrations.empty() && !amount)
        administrations = find(m_lexicon.administrationRoutes, span);
    const auto interactions = stated(m_lexicon.interactionCues, span);
    // "En cas d'oubli, ne pas prendre de dose double" is how to take it, not a contraindication;
    // "do not administer until recovery" is an interruption (an adjustment cue that contains it).
    auto contraindications = administrations.empty() ? stated(m_lexicon.contraindicationCues, span) : std::vector<Match>{};
    // Under "4.3 Contre-indications" a statement with no cue of its own is one:
    // "Hypersensibilité à la substance active." (a line that only names the drug is not).
    const auto words = std::count_if(m_tokens.begin() + static_cast<std::ptrdiff_t>(span.first),
                                     m_tokens.begin() + static_cast<std::ptrdiff_t>(span.last),
                                     [](const Token &t) { return t.type == TokenType::Word; });
    const bool listed = m_context.contraindicationSection && contraindications.empty() && administrations.empty() && words >= 2;
    if (listed)
        contraindications.push_back({span.first, span.first, 0});
    contraindications.erase(std::remove_if(contraindications.begin(), contraindications.end(),
                                           [&](const Match &c) {
                                               return std::any_of(adjustments.begin(), adjustments.end(), [&](const Match &a) {
                                                   return c.first < a.last && a.first < c.last;
                                               });
                                           }),
                            contraindications.end());
    // "en l'absence de contre-indication", "n'est pas contre-indiqué": a cue that is negated.
    constexpr std::size_t kNegationReach = 2;
    contraindications.erase(std::remove_if(contraindications.begin(), contraindications.end(),
                                           [&](const Match &c) {
                                               return c.last > c.first &&
                                                      follows(m_lexicon.contraindicationNegations, c, span, kNegationReach);
                                           }),
                            contraindications.end());
    // "délai jusqu'à progression" is an efficacy figure, not how long to treat.
    const bool efficacy = !find(m_lexicon.negativeClause, span).empty();
    // "Une prise par jour", "toutes les 2 semaines": a frequency with no amount of its own still
    // says how the drug is taken, unless the clause counts symptoms or watches ("3 selles par jour").
    // A dose change or an instruction owns the frequency it names ("une seule prise par jour").
    // In a table by renal function the frequency belongs to the row's adjusted dose.
    const bool byFunction = m_context.byFunction && amount;
    const bool scheduleFree = hasSchedule || efficacy || byFunction || !clause.reductions.empty() ||
                              !find(m_lexicon.adverseEffects, span).empty() || !find(m_lexicon.monitoringCues, span).empty();
    auto durations = scheduleFree ? std::vector<Match>{} : find(m_lexicon.durations, span);
    // After "si" or "en cas de" a frequency is a condition: "en cas d'oubli, si une seule prise par jour".
    if (!scheduleFree && adjustments.empty())
        for (const Match &frequency : find(m_lexicon.frequencies, span))
            if (m_tokens[frequency.first].type != TokenType::Symbol && // "/j" needs its amount ("10.1016/j.bulcan")
                find(m_lexicon.conditionalWords, {span.first, frequency.first}).empty())
                durations.push_back(frequency);
    std::sort(durations.begin(), durations.end(), [](const Match &a, const Match &b) { return a.first < b.first; });
    if (adjustments.empty() && contraindications.empty() && durations.empty() && administrations.empty() &&
        interactions.empty() && !byFunction)
        return;
    const DrugRef drug = resolve(clause);
    if (!drug.known())
        return;
    // "En cas d'oubli : prendre le comprimé dès que possible": the instruction is after the colon.
    Span factSpan = span;
    if (span.last < m_tokens.size() && isSymbolKey(m_tokens[span.last], ":") && clause.index + 1 < m_clauses.size())
        factSpan.last = m_clauses[clause.index + 1].span.last;
    for (const auto &[cues, kind] : {std::pair{&std::as_const(administrations), FactKind::Administration},
                                     std::pair{&interactions, FactKind::Interaction}}) {
        if (cues->empty() || bare(*cues, factSpan))
            continue;
        DrugFact fact = makeFact(kind, drug, factSpan.first, factSpan.last);
        fact.condition = clause.condition;
        out.push_back(std::move(fact));
    }
    if (((!adjustments.empty() && !bare(adjustments, factSpan)) || byFunction) && clause.reductions.empty()) {
        DrugFact fact = makeFact(FactKind::Adjustment, drug, factSpan.first, factSpan.last);
        const auto value = std::find_if(clause.values.begin(), clause.values.end(), [](const Value &v) { return !v.vetoed; });
        std::string row;
        if (value != clause.values.end()) {
            fact.value = textOf(value->span.first, value->span.last);
            fact.unit = textOf(value->unitFirst, value->unitLast);
            if (m_context.byFunction)
                row = rowLabel(span, *value);
        }
        fact.condition = !clause.condition.empty()         ? clause.condition
                         : !row.empty()                    ? row
                         : !clause.conditionalText.empty() ? clause.conditionalText
                                                           : m_passageEffect;
        out.push_back(std::move(fact));
    }
    if (!contraindications.empty() && !bare(contraindications, factSpan)) {
        DrugFact fact = makeFact(FactKind::Contraindication, drug, factSpan.first, factSpan.last);
        fact.condition = clause.condition;
        out.push_back(std::move(fact));
    }
    if (!durations.empty()) {
        // "escalate to T-DM1 for 14 cycles": with no amount, a regimen belongs to the drug named
        // just before its time words, as an amount does.
        Value timing;
        timing.span = {durations.front().first, durations.front().last};
        DrugRef scheduled = amount ? drug : doseDrug(clause, timing);
        // "8 mg, 1 à 2 heures avant la chimiothérapie ou la radiothérapie, suivis de 8 mg toutes les
        // 12 heures" after a passage about radiotherapy: a regimen in milligrams is not that of a
        // treatment dosed in its own units, as its amounts are not (see addDoses).
        if (const auto value =
                std::find_if(clause.values.begin(), clause.values.end(), [](const Value &v) { return !v.vetoed && !v.percent; });
            amount && value != clause.values.end() &&
            !m_lexicon.dosedIn(scheduled.id, m_tokens, value->unitFirst, value->unitLast)) {
            const bool main = m_lexicon.dosedIn(m_context.main.id, m_tokens, value->unitFirst, value->unitLast);
            scheduled = main ? m_context.main : DrugRef{};
        }
        if (!scheduled.known())
            return;
        DrugFact fact = makeFact(FactKind::Schedule, scheduled, factSpan.first, factSpan.last);
        fact.frequency = textOf(durations.front());
        fact.condition = clause.condition;
        out.push_back(std::move(fact));
    }
}

PassageResult PassageAnalyser::run() const
{
    PassageResult result;
    for (const ClauseInfo &clause : m_clauses) {
        if (clause.factFree)
            continue;
        std::vector<DrugFact> facts;
        addCombinations(clause, facts);
        const std::vector<DrugFact> combinations = facts;
        const bool hasSchedule = addDoses(clause, combinations, facts);
        addReductions(clause, facts);
        addAdverseEffects(clause, facts);
        addMonitoring(clause, facts);
        addClauseFacts(clause, hasSchedule, facts);
        std::move(facts.begin(), facts.end(), std::back_inserter(result.facts));
    }
    result.subject = m_subject;
    result.subjectOrClass = m_subjectOrClass;
    return result;
}

} // namespace

PassageResult analysePassage(std::string_view passage, const Tokens &tokens, const Lexicon &lexicon,
                             const PassageContext &context)
{
    return PassageAnalyser(passage, tokens, lexicon, context).run();
}

std::vector<DrugRef> namedDrugs(std::string_view text, const Lexicon &lexicon)
{
    const Tokens tokens = tokenize(text);
    std::vector<DrugRef> drugs;
    for (const Mention &mention : findDrugMentions(tokens, lexicon)) {
        if (mention.treatment)
            continue;
        const Match &match = mention.match;
        auto found = std::find_if(drugs.begin(), drugs.end(), [&](const DrugRef &d) { return d.id == mention.id; });
        if (found == drugs.end()) {
            drugs.push_back({mention.id, {}});
            found = drugs.end() - 1;
        }
        const std::size_t begin = tokens[match.first].begin;
        std::string written(text.substr(begin, tokens[match.last - 1].end - begin));
        if (mention.brand && std::find(found->brands.begin(), found->brands.end(), written) == found->brands.end())
            found->brands.push_back(std::move(written));
    }
    return drugs;
}

} // namespace oncoref::drugs
