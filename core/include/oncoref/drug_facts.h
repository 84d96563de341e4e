// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include <oncoref/article.h>
#include <oncoref/error.h>
#include <oncoref/thesaurus.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oncoref {

/// What a drug fact tells.
enum class FactKind {
    Dose,             ///< an amount: "10 mg", "175 mg/m²", "2 Gy"
    Schedule,         ///< how often or how long: "25 mg par jour", "jusqu'à progression"
    Adjustment,       ///< dose reduction, adaptation or temporary interruption
    AdverseEffect,    ///< a toxicity, with its frequency when the source gives one
    Monitoring,       ///< what to watch for safety: "surveiller la glycémie"
    Combination,      ///< the drug given with partners
    Contraindication, ///< when the drug must not be given
    Administration,   ///< how to take or give it: "avec ou sans nourriture", a missed dose, infusion time
    Interaction,      ///< another substance changes it or is changed: "inhibiteurs puissants du CYP3A4"
};

inline constexpr FactKind kAllFactKinds[] = {
    FactKind::Dose,        FactKind::Schedule,         FactKind::Adjustment,     FactKind::AdverseEffect, FactKind::Monitoring,
    FactKind::Combination, FactKind::Contraindication, FactKind::Administration, FactKind::Interaction};

/// "dose", "schedule", "adjustment", "adverse_effect", "monitoring", "combination", "contraindication",
/// "administration", "interaction". An unknown name is no kind at all (never read as a dose).
[[nodiscard]] std::string_view toString(FactKind kind);
[[nodiscard]] std::optional<FactKind> factKindFromString(std::string_view text);

/// One fact about a drug, tied to the passage it was read from. Every text field holds the
/// source's own characters (never reformatted), or is empty when the passage does not say.
struct DrugFact {
    std::string drug;                ///< DrugEntry::generic, a treatment id of the rules ("radiotherapy"), or
                                     ///< for a drug known by its INN stem only, its English name folded ("oxaliplatin")
    std::vector<std::string> brands; ///< brand names in the passage (or title) that led to the drug
    FactKind kind = FactKind::Dose;
    std::string text;                  ///< the fact's own words: "Stomatite (19-75% des cas)"
    std::string value;                 ///< Dose: "10 mg"; Schedule: "25 mg par jour"; AdverseEffect, Adjustment: "19-75%"
    std::string unit;                  ///< "mg", "mg/m²", "%", "Gy"
    std::string effect;                ///< AdverseEffect: the effect; Monitoring: what to watch ("glycémie")
    std::string frequency;             ///< "quotidiennement", "toutes les 3 semaines", "2 Gy/jour", "de manière continue"
    std::string route;                 ///< "voie orale", "perfusion"
    std::vector<std::string> partners; ///< generic names (or treatment ids) of the drugs given with it
    std::string condition;             ///< population or condition: "PS 0-1", "fonction hépatique", "Stomatite"
    std::string slug;                  ///< the article
    std::string anchor;                ///< the section
    std::string passage;               ///< the block (one line of Section::text) the fact comes from
    std::size_t spanBegin = 0;         ///< byte offsets of `text` in `passage`: passage.substr(spanBegin,
    std::size_t spanEnd = 0;           ///< spanEnd - spanBegin) == text, and `text` contains `value`
    bool reviewed = false;             ///< a person confirmed or corrected it (content/reviews); else machine-extracted
};

/// A treatment that is not a drug but is dosed like one (radiotherapy in Gy).
struct TreatmentEntry {
    std::string id;                 ///< stands in DrugFact::drug
    std::vector<std::string> names; ///< spellings that name it
    /// A class of treatments ("chimiothérapie"), not one: it carries no dose, schedule, route,
    /// adverse effect or instruction of its own, so a figure next to it goes to the drug the text
    /// is about ("Cette chimiothérapie est prescrite à 2500 mg/m²/j" under "Capécitabine").
    bool isClass = false;
    /// When set, its doses are in these units only (radiotherapy: Gy); an amount in another unit
    /// next to its name is the dose of the drug the text is about ("nausées induites par la
    /// radiothérapie : 8 mg toutes les 12 heures" in an ondansetron monograph).
    std::vector<std::string> units;
};

/// The vocabularies of extraction (`content/drug_rules.yaml`), kept as data so that the publisher
/// extends them without touching code. Each string is a phrase compared word by word after
/// foldForMatching; `{n}` stands for a number or a range ("3", "6,8", "19-75").
struct DrugRules {
    std::vector<TreatmentEntry> treatments;
    std::vector<std::string> doseUnits;         ///< "mg/m²", "mg", "Gy"
    std::vector<std::string> percentUnits;      ///< "%"
    std::vector<std::string> frequencies;       ///< "quotidiennement", "toutes les {n} semaines", "/jour"
    std::vector<std::string> durations;         ///< "jusqu'à progression", "de manière continue"
    std::vector<std::string> routes;            ///< "voie orale", "perfusion"
    std::vector<std::string> adverseEffects;    ///< "stomatite", "éruption cutanée"
    std::vector<std::string> adverseEffectCues; ///< "effets indésirables": in the heading or passage
    /// Headings of an SmPC's adverse-effect table by organ class: "Affections vasculaires", "Blood disorders".
    std::vector<std::string> adverseSectionCues;
    /// SmPC frequency words that stand for a rate: "très fréquent", "peu fréquent", "very common".
    std::vector<std::string> adverseEffectFrequencies;
    std::vector<std::string> combinationCues;     ///< "DRUG cue PARTNER": "en association avec"
    std::vector<std::string> combinationJoiners;  ///< between two drug names only: "plus", "+"
    std::vector<std::string> combinationListCues; ///< "cue DRUG and PARTNER": "combination based on"
    std::vector<std::string> conditionalWords;    ///< "si", "pour": a combination cue after them is a condition
    /// A drug named right after them is a moment, not what the clause is about: "pendant toute la
    /// durée de la radiothérapie", "avant la chimiothérapie", "30 minutes avant la cisplatine".
    std::vector<std::string> timeReferences;
    /// A cue right after them points to another section, it states nothing: "(voir rubrique 4.3
    /// Contre-indications)", "see section 4.5 Interactions".
    std::vector<std::string> crossReferences;
    /// The salt between an amount and its drug: "12 mg de phosphate sodique de dexaméthasone" is a
    /// dose of dexamethasone, whatever drug was named before it.
    std::vector<std::string> saltWords;
    /// A drug named right after them is what another is diluted in, never what the clause is
    /// about nor dosed: "à diluer dans du chlorure de sodium à 0,9 %".
    std::vector<std::string> vehicles;
    std::vector<std::string> monitoringCues;    ///< "surveiller"
    std::vector<std::string> monitoringTargets; ///< "glycémie": a monitoring cue needs one nearby
    std::vector<std::string> monitoringTiming;  ///< "avant et pendant le traitement"
    std::vector<std::string> adjustmentCues;    ///< "réduction de dose", "adapter la dose"
    /// Organ-function measures and impairments: a heading or a table's header row naming one
    /// ("DFG (ml/min)", "Clairance de la créatinine", "Insuffisance rénale") makes each dose under it
    /// an adjustment for that function.
    std::vector<std::string> adjustmentByFunction;
    /// A dose reduction said with its figures: "réduite de 100 mg/m² à 75 mg/m²", "from 149 mg to
    /// 112 mg", "reduce the dose by 25%". The words that reduce ("réduite", "decreasing"), those
    /// that introduce the dose reduced from ("de", "from"), the dose or share reduced to ("à", "to")
    /// and by ("de", "by"), approximations between them ("environ", "approximately"), and the
    /// words naming a dose ("dose", "posologie") a share needs nearby.
    std::vector<std::string> reductionWords;
    std::vector<std::string> reductionFrom;
    std::vector<std::string> reductionTo;
    std::vector<std::string> reductionBy;
    std::vector<std::string> approximations;
    std::vector<std::string> doseWords;
    std::vector<std::string> contraindicationCues; ///< "contre-indiqué"
    /// A contraindication cue right after them states none: "en l'absence de contre-indication".
    std::vector<std::string> contraindicationNegations;
    std::vector<std::string> conditions;     ///< "PS {n}", "fonction hépatique"
    std::vector<std::string> negativeBefore; ///< a number right after them is no value: "catégorie", "p."
    std::vector<std::string> negativeAfter;  ///< a value right before them is no value: "mois"
    std::vector<std::string> negativeClause; ///< no value in a clause naming them: "survie"
    std::vector<std::string> skipSections;   ///< headings whose sections are not read: "References"
    /// Sections whose heading contains one of these give no facts: "composition", "excipients", "prix".
    std::vector<std::string> factFreeSections;
    /// Pharmaceutical forms: "comprimé à 10 mg" with no schedule is a strength, not a dose.
    std::vector<std::string> strengthForms;
    std::vector<std::string> administrationCues; ///< "avec ou sans nourriture", "en cas d'oubli"
    /// Routes that say how to give the drug when no amount is named: "Voie intraveineuse (en perfusion)".
    std::vector<std::string> administrationRoutes;
    std::vector<std::string> interactionCues; ///< "inhibiteurs puissants du CYP3A4", "millepertuis"
    /// WHO INN stems ("mab", "tinib", "platin"): a word ending so names a drug the thesaurus may not list.
    std::vector<std::string> stemEndings;
    /// French endings and the English ones they stand for: "platine" → "platin" (oxaliplatine is oxaliplatin).
    std::vector<std::pair<std::string, std::string>> stemFrench;
    std::vector<std::string> notDrugs; ///< words with a stem's ending that are no drugs: "peptide"
};

[[nodiscard]] Result<DrugRules> parseDrugRules(std::string_view yaml, const std::string &fileName);
[[nodiscard]] Result<DrugRules> parseDrugRulesFile(const std::filesystem::path &path);

namespace drugs {
struct Lexicon;
}

/// Reads drug facts from articles with a thesaurus and rules compiled once (for a whole bundle).
/// Immutable after construction: `extract` may be called from several threads at once.
class DrugFactExtractor {
public:
    DrugFactExtractor(const Thesaurus &thesaurus, const DrugRules &rules);

    /// The drug facts of an article, in the order of its sections and passages. Drugs are
    /// recognised through the thesaurus (names and brands; case, accents and elision ignored) and
    /// the rules' treatments. A passage that names no drug speaks of the drug last named in its
    /// section, else of the article's main drug (the only drug its title and lede name); facts
    /// with no drug are dropped.
    [[nodiscard]] std::vector<DrugFact> extract(const Article &article) const;

private:
    std::shared_ptr<const drugs::Lexicon> m_lexicon;
};

/// DrugFactExtractor(thesaurus, rules).extract(article), for a single article.
[[nodiscard]] std::vector<DrugFact> extractDrugFacts(const Article &article, const Thesaurus &thesaurus, const DrugRules &rules);

/// A hand-labelled fact (a line of tests/data/drug_facts_gold.tsv, or of a corpus gold file).
struct DrugFactLabel {
    std::string slug;
    std::string anchor;  ///< empty: any section of the article
    std::string capture; ///< corpus labels name the capture file, not the article (Article::capture)
    std::string drug;
    FactKind kind = FactKind::Dose;
    std::string value;
    std::string effect;
};

/// Tab-separated `slug anchor drug kind value effect`, a header line, `#` comments; or, when the
/// header starts with `capture`, the corpus layout `capture drug kind value effect note` (the
/// slug is left empty: the caller sets it from the article whose `capture` is that file).
[[nodiscard]] Result<std::vector<DrugFactLabel>> parseDrugFactLabels(std::string_view tsv, const std::string &fileName);

/// A figure that must never become a fact (a line of a corpus decoys file: capture, value, context, why).
struct DrugFactDecoy {
    std::string capture;
    std::string value;
    std::string context;
    std::string why;
};

[[nodiscard]] Result<std::vector<DrugFactDecoy>> parseDrugFactDecoys(std::string_view tsv, const std::string &fileName);

/// Counts of a comparison between extracted facts and labels.
struct DrugFactScore {
    std::size_t gold = 0;
    std::size_t extracted = 0;
    std::size_t truePositives = 0;
    [[nodiscard]] double precision() const; ///< 1 when nothing was extracted
    [[nodiscard]] double recall() const;    ///< 1 when nothing was to be found
};

/// A fact matches a label when slug, anchor, drug, kind and value agree (and the effect, for an
/// adverse effect); each label matches at most one fact. A corpus label (with a capture) has no
/// anchor and matches in any section: its dose or frequency must be the fact's value, its words
/// for other kinds must be in the fact's text (folded, spaces collapsed).
struct DrugFactEvaluation {
    DrugFactScore total;
    std::vector<std::pair<FactKind, DrugFactScore>> perKind; ///< every kind, in kAllFactKinds order
    std::vector<DrugFact> falsePositives;
    std::vector<DrugFactLabel> misses;
};

[[nodiscard]] DrugFactEvaluation evaluateDrugFacts(const std::vector<DrugFact> &facts, const std::vector<DrugFactLabel> &labels);

} // namespace oncoref
