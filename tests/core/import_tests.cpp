// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Captured page text → article: one hand-written capture per layout (tests/data/import/).
#include <oncoref/article_parser.h>
#include <oncoref/importer.h>

#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace oncoref;

namespace {

struct Imported {
    ImportedArticle imported;
    Article article;
};

/// The article imported from `capture` (named `name`), read back by the article parser.
Imported importText(const std::string &capture, const std::string &name, std::vector<ImportTopic> topics = {})
{
    auto imported = importCapture(capture, ImportOptions{name, std::move(topics)});
    INFO(name << ": " << (imported ? std::string() : imported.error().toString()));
    REQUIRE(imported.ok());
    auto article = parseArticle(imported->markdown, imported->slug + ".md");
    INFO(imported->markdown);
    REQUIRE(article.ok());
    return {std::move(*imported), std::move(*article)};
}

Imported importFixture(const std::string &name, std::vector<ImportTopic> topics = {})
{
    const std::string capture = test::readFile(test::sourceDir() / "tests" / "data" / "import" / name);
    REQUIRE(!capture.empty());
    return importText(capture, name, std::move(topics));
}

const Section *sectionHeaded(const Article &article, std::string_view heading)
{
    for (const auto &section : article.sections)
        if (section.heading == heading)
            return &section;
    return nullptr;
}

std::vector<std::string> reasonsFor(const ImportReport &report, LineFate fate)
{
    std::vector<std::string> out;
    for (const auto &line : report.lines)
        if (line.fate == fate)
            out.push_back(line.detail);
    return out;
}

std::string textOfLines(const ImportReport &report, LineFate fate)
{
    std::string out;
    for (const auto &line : report.lines)
        if (line.fate == fate)
            out += line.text + '\n';
    return out;
}

/// Every line has a fate, none is lost, and only white-space lines are blank.
void checkEveryLineAccounted(const ImportReport &report, const std::string &capture)
{
    const auto lines = std::count(capture.begin(), capture.end(), '\n') + (capture.ends_with('\n') ? 0 : 1);
    CHECK(static_cast<long>(report.lines.size()) == lines);
    CHECK(report.count(LineFate::Lost) == 0);
    for (const auto &line : report.lines)
        CHECK((line.fate == LineFate::Blank) == (line.text.find_first_not_of(" \t") == std::string::npos));
}

} // namespace

TEST_CASE("Import: a Q&A page gives question, review status, date, citations, nested lists and references", "[import]")
{
    const auto [imported, article] = importFixture("qa_site.txt");
    checkEveryLineAccounted(imported.report, test::readFile(test::sourceDir() / "tests/data/import/qa_site.txt"));
    CHECK(imported.report.layout == "qa");
    CHECK(article.question == "How should capecitabine be dosed in renal impairment?");
    CHECK(article.title == "Adaptation de la capécitabine selon la fonction rénale");
    CHECK(article.reviewStatus == ReviewStatus::PendingHumanReview);
    CHECK(article.reviewNote == "Educational purpose only • Exercise caution as content is pending human review");
    CHECK(article.updated == "2026-03-03");
    CHECK(article.source == "Dr.Oracle");
    CHECK(article.sourceUrl == "https://www.droracle.ai/articles/99999/how-should-capecitabine-be-dosed-in-renal-impairment");
    CHECK(article.disclaimer.starts_with("This information is intended for healthcare professionals."));
    CHECK(article.languages == std::vector<std::string>{"fr"});

    CHECK(imported.markdown.find("deux fois par jour [^1, 2]") != std::string::npos);
    CHECK(imported.markdown.find("ml/min [^1].") != std::string::npos);
    CHECK(imported.markdown.find("toxicités de grade 3\n") != std::string::npos); // a grade is no citation
    CHECK(imported.markdown.find("1. Avant le premier cycle:\n   - Mesurer la créatininémie [^2]") != std::string::npos);

    REQUIRE(article.references.size() == 2);
    CHECK(article.references[0].text.find("Example Oncology Society, 2024") != std::string::npos);
    CHECK(article.references[1].number == 2);

    const auto chrome = textOfLines(imported.report, LineFate::Chrome);
    for (const char *widget :
         {"Article Review Status", "Personalize", "Professional Medical Disclaimer", "Have a follow-up question?"})
        CHECK(chrome.find(widget) != std::string::npos);
}

TEST_CASE("Import: an abstract record gives its DOI, PMID and the abstract under its heading", "[import]")
{
    const auto [imported, article] = importFixture("abstract_record.txt");
    CHECK(imported.report.layout == "abstract_record");
    CHECK(article.doi == "10.1016/j.example.2021.02.003");
    CHECK(article.pmid == "12345678");
    CHECK(article.reviewStatus == ReviewStatus::JournalPublished);
    CHECK(article.source == "PubMed");
    const Section *abstract = sectionHeaded(article, "Abstract");
    REQUIRE(abstract);
    CHECK(abstract->text.find("grade 3 neutropenia occurred in 54% of patients") != std::string::npos);
}

TEST_CASE("Import: a journal page gives French and English sections and reports the paywall", "[import]")
{
    const auto [imported, article] = importFixture("journal_bilingual.txt");
    CHECK(imported.report.layout == "journal");
    CHECK(article.title == "Lanreotide in neuroendocrine tumours");
    CHECK(article.languages == std::vector<std::string>{"fr", "en"});
    const std::vector<std::pair<std::string, std::string>> expected{{"resume", "fr"}, {"abstract", "en"}};
    CHECK(article.sectionLanguages == expected);
    const auto reasons = reasonsFor(imported.report, LineFate::Chrome);
    REQUIRE(reasons.size() == 4);
    CHECK(reasons.front() == "paywall");
    CHECK(textOfLines(imported.report, LineFate::Body).find("Abonnez-vous") == std::string::npos);
}

TEST_CASE("Import: a plain article finds its headings and lists without blank lines", "[import]")
{
    const auto [imported, article] = importFixture("plain_article.txt");
    CHECK(imported.report.layout == "plain");
    REQUIRE(sectionHeaded(article, "Que faire au quotidien"));
    const Section *fragile = sectionHeaded(article, "Pourquoi la muqueuse buccale est-elle si fragile ?");
    REQUIRE(fragile);
    CHECK(fragile->html.find("<li>Des ulcérations douloureuses</li>") != std::string::npos);
    CHECK(article.sections.front().level == 0); // the lede
}

TEST_CASE("Import: a monograph keeps its section numbers in headings, its table and its excipients apart", "[import]")
{
    const auto [imported, article] = importFixture("monograph_smpc.txt");
    CHECK(imported.report.layout == "monograph");
    const Section *posology = sectionHeaded(article, "4.2 Posologie et mode d'administration");
    REQUIRE(posology);
    CHECK(posology->level == 3);
    REQUIRE(sectionHeaded(article, "1. DÉNOMINATION DU MÉDICAMENT"));
    CHECK(sectionHeaded(article, "1. DÉNOMINATION DU MÉDICAMENT")->level == 2);
    const Section *dosing = sectionHeaded(article, "Posologie");
    REQUIRE(dosing);
    CHECK(dosing->level == 4);
    CHECK(dosing->text.find("1250 mg/m² deux fois par jour pendant 14 jours") != std::string::npos);
    const Section *excipients = sectionHeaded(article, "6.1 Liste des excipients");
    REQUIRE(excipients);
    CHECK(excipients->text.find("Lactose anhydre") != std::string::npos);
    const Section *composition = sectionHeaded(article, "2. COMPOSITION QUALITATIVE ET QUANTITATIVE");
    REQUIRE(composition);
    CHECK(composition->text.find("52 mg de lactose anhydre") != std::string::npos);
    const Section *effects = sectionHeaded(article, "4.8 Effets indésirables");
    REQUIRE(effects);
    CHECK(effects->html.find("<table>") != std::string::npos);
    CHECK(effects->text.find("Syndrome main-pied | Très fréquent") != std::string::npos);
}

TEST_CASE("Import: PDF text is mended — cut words joined, running headers and page numbers reported", "[import]")
{
    const auto [imported, article] = importFixture("pdf_text.txt");
    CHECK(std::find(imported.report.features.begin(), imported.report.features.end(), "pdf_text") !=
          imported.report.features.end());
    std::vector<std::string> joined;
    for (const auto &d : imported.report.dehyphenated)
        joined.push_back(d.joined);
    CHECK(joined == std::vector<std::string>{"traitement", "soignante", "anti-infectieux"});
    const std::string body = article.sections.front().text;
    CHECK(body.find("Le traitement se prend en deux prises par jour, matin et soir, dans les trente minutes qui suivent") !=
          std::string::npos);
    // The paragraph goes on across the page break.
    CHECK(body.find("de la paume des mains et de la plante des pieds.") != std::string::npos);
    const auto reasons = reasonsFor(imported.report, LineFate::Chrome);
    CHECK(std::count(reasons.begin(), reasons.end(), "page number") == 3);
    CHECK(std::count(reasons.begin(), reasons.end(), "running header or footer") == 3);
    REQUIRE(sectionHeaded(article, "Ce que vous devez surveiller"));
    CHECK(sectionHeaded(article, "Ce que vous devez surveiller")->html.find("<li>le nombre de selles") != std::string::npos);
}

TEST_CASE("Import: a page captured twice is kept once, the cut first copy giving way to the whole one", "[import]")
{
    const auto [imported, article] = importFixture("captured_twice.txt");
    CHECK(std::find(imported.report.features.begin(), imported.report.features.end(), "captured_twice") !=
          imported.report.features.end());
    CHECK(imported.report.count(LineFate::Duplicate) == 6);
    int dosing = 0;
    for (const auto &section : article.sections)
        dosing += section.heading == "Posologie" ? 1 : 0;
    CHECK(dosing == 1);
    const Section *effects = sectionHeaded(article, "Effets indésirables");
    REQUIRE(effects);
    CHECK(effects->text == "Les bouffées de chaleur et les douleurs articulaires sont les effets les plus fréquents. Une "
                           "ostéodensitométrie est conseillée avant le début du traitement.");
}

TEST_CASE("Import: a generic page reports cookie banner, breadcrumb, menus and share bar, and keeps its table", "[import]")
{
    const auto [imported, article] = importFixture("generic_site.txt");
    CHECK(imported.report.layout == "generic");
    const auto reasons = reasonsFor(imported.report, LineFate::Chrome);
    CHECK(std::count(reasons.begin(), reasons.end(), "cookie banner") == 1);
    CHECK(std::count(reasons.begin(), reasons.end(), "breadcrumb") == 1);
    CHECK(std::count(reasons.begin(), reasons.end(), "menu or widget") == 8);
    const Section *drugs = sectionHeaded(article, "Les médicaments prescrits");
    REQUIRE(drugs);
    CHECK(drugs->text ==
          "Médicament | Moment de la prise\nOndansétron 8 mg | Avant la perfusion\nAprépitant 125 mg | Le premier jour");
    CHECK(article.title == "Nausées sous chimiothérapie : les conseils du pharmacien");
}

TEST_CASE("Import: topics are proposed from bundle.yaml's labels, with a note when none fits", "[import]")
{
    const std::vector<ImportTopic> topics{
        {"neuroendocrine-tumours", {"Tumeurs neuroendocrines digestives", "Digestive neuroendocrine tumours"}},
        {"her2-breast-cancer", {"Cancer du sein HER2 positif", "HER2-positive breast cancer"}}};
    const auto lanreotide = importFixture("journal_bilingual.txt", topics);
    CHECK(lanreotide.article.topics == std::vector<std::string>{"neuroendocrine-tumours"});
    const auto plain = importFixture("plain_article.txt", topics);
    CHECK(plain.article.topics == std::vector<std::string>{"unfiled"});
    CHECK(plain.imported.markdown.find("# to review: topics:") != std::string::npos);
}

TEST_CASE("Import: text is never altered — Markdown characters are escaped, not interpreted", "[import]")
{
    const std::string capture =
        "Un titre\n\n# pas un titre, 2 * 3 * 4 et _x_ <b>gras</b> [lien](http://x) \\ `code` &amp; ~~barré~~\n";
    auto imported = importCapture(capture, ImportOptions{"escape.txt", {}});
    REQUIRE(imported.ok());
    auto article = parseArticle(imported->markdown, imported->slug + ".md");
    REQUIRE(article.ok());
    CHECK(article->sections.front().text ==
          "# pas un titre, 2 * 3 * 4 et _x_ <b>gras</b> [lien](http://x) \\ `code` &amp; ~~barré~~");
    CHECK(imported->report.count(LineFate::Lost) == 0);
}

TEST_CASE("Import: a line that opens with a Markdown character keeps it, with no backslash shown", "[import]")
{
    const std::string capture = "Un titre\n\n*Si une réduction supplémentaire est nécessaire, interrompre.\n\n"
                                "_Voir_ plus bas.\n\n~ 10 mg par jour.\n\n+ 5 mg le soir.\n";
    auto imported = importCapture(capture, ImportOptions{"line-start.txt", {}});
    REQUIRE(imported.ok());
    auto article = parseArticle(imported->markdown, imported->slug + ".md");
    REQUIRE(article.ok());
    INFO(imported->markdown);
    CHECK(article->sections.front().text == "*Si une réduction supplémentaire est nécessaire, interrompre.\n_Voir_ plus bas.\n"
                                            "~ 10 mg par jour.\n+ 5 mg le soir.");
}

TEST_CASE("Import: PDF text is recognised by its wrapped lines even between a table's short rows", "[import]")
{
    // A dose-level table of short rows between paragraphs hard-wrapped at about 90 characters.
    const std::string capture = "Tableau 1. Niveaux de dose recommandés en cas d'effets indésirables du traitement\n"
                                "Niveau Dose\n"
                                "Dose initiale 150 mg/jour\n"
                                "Première réduction 100 mg/jour\n"
                                "Deuxième réduction 50 mg/jour\n"
                                "Si une réduction supplémentaire en dessous de 50 mg/jour est nécessaire, arrêter le\n"
                                "traitement.\n"
                                "Une numération formule sanguine doit être faite avant le début du traitement et au\n"
                                "début de chaque cycle, ainsi qu'au jour 15 des deux premiers cycles, et selon la clinique.\n"
                                "Grade 1 ou 2\n"
                                "Aucune adaptation de la dose n'est nécessaire pour une toxicité de grade 1 ou 2, mais une\n"
                                "surveillance plus étroite de la numération est recommandée.\n"
                                "Grade 3\n"
                                "Suspendre le traitement jusqu'à une récupération à un grade inférieur ou égal à 2, puis\n"
                                "reprendre à la même dose, ou à la dose inférieure en cas de récidive de la toxicité.\n";
    const auto [imported, article] = importText(capture, "pdf-table.txt");
    const auto &features = imported.report.features;
    CHECK(std::find(features.begin(), features.end(), "pdf_text") != features.end());
    std::string body;
    for (const auto &section : article.sections)
        body += section.text + "\n";
    INFO(body);
    CHECK(
        body.find("Une numération formule sanguine doit être faite avant le début du traitement et au début de chaque cycle,") !=
        std::string::npos);
    CHECK(body.find("Dose initiale 150 mg/jour\nPremière réduction 100 mg/jour") != std::string::npos);
}

TEST_CASE("Import: a unit's exponent on a line of its own stays with its dose, never taken for a page number", "[import]")
{
    // A PDF put the ² of mg/m² on the line below; the page number "12" is still furniture.
    const std::string capture =
        "Dans le traitement adjuvant du cancer du sein, la posologie recommandée de docétaxel est de 75 mg/m\n"
        "2\n"
        "administrée 1 heure après 50 mg/m\n"
        "2\n"
        "de doxorubicine et 500 mg/m\n"
        "2\n"
        "de cyclophosphamide, toutes les 3 semaines pendant 6 cycles. En cas de neutropénie fébrile\n"
        "la dose de docétaxel doit être réduite de 75 à 60 mg/m\n"
        "2\n"
        ". Si ces réactions persistent à 60 mg/m², le traitement doit être interrompu, et le patient\n"
        "12\n"
        "doit être revu par son oncologue avant toute reprise du traitement, et sa numération formule\n"
        "sanguine contrôlée avant chaque cycle de traitement par le docétaxel dans les semaines suivantes.\n";
    const auto [imported, article] = importText(capture, "pdf-exponent.txt");
    checkEveryLineAccounted(imported.report, capture);
    const std::string body = article.sections.front().text;
    INFO(body);
    CHECK(body.find("est de 75 mg/m 2 administrée 1 heure après 50 mg/m 2 de doxorubicine et 500 mg/m 2 de cyclophosphamide,") !=
          std::string::npos);
    CHECK(body.find("réduite de 75 à 60 mg/m 2. Si ces réactions persistent") != std::string::npos);
    CHECK(body.find("le patient doit être revu") != std::string::npos);
    CHECK(reasonsFor(imported.report, LineFate::Chrome) == std::vector<std::string>{"page number"});
}

TEST_CASE("Import: a line the article cannot hold as written is reported lost, not altered silently", "[import]")
{
    // An article reads "[^9]" as a citation marker, whatever the escaping: the check catches it.
    auto imported = importCapture("Un titre\n\nVoir la note [^9] du texte.\n", ImportOptions{"marker.txt", {}});
    REQUIRE(imported.ok());
    REQUIRE(imported->report.count(LineFate::Lost) == 1);
    CHECK(imported->report.lines[2].fate == LineFate::Lost);
    CHECK(imported->report.lines[2].detail.starts_with("not found in the article"));
}

TEST_CASE("Import: a capture that is not UTF-8, or holds nothing but chrome, fails with its name", "[import]")
{
    auto binary = importCapture("ok\n\xff\xfe bad\n", ImportOptions{"bad.txt", {}});
    REQUIRE(!binary.ok());
    CHECK(binary.error().file == "bad.txt");
    CHECK(binary.error().line == 2);
    auto chrome = importCapture("Menu\nPartager\nTout accepter\n", ImportOptions{"chrome.txt", {}});
    REQUIRE(!chrome.ok());
    CHECK(chrome.error().file == "chrome.txt");
    auto empty = importCapture("\n\n", ImportOptions{"empty.txt", {}});
    CHECK(!empty.ok());
}
