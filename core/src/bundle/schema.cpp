// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "bundle/schema.h"

namespace oncoref {

std::string_view bundleSchemaSql()
{
    return R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE topics (
    position INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL
);

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    question          TEXT NOT NULL,
    original_language TEXT NOT NULL,
    source            TEXT NOT NULL,
    publisher         TEXT NOT NULL,
    journal           TEXT NOT NULL,
    journal_full      TEXT NOT NULL,
    volume            TEXT NOT NULL,
    issue             TEXT NOT NULL,
    doi               TEXT NOT NULL,
    pmid              TEXT NOT NULL,
    pii               TEXT NOT NULL,
    affiliation       TEXT NOT NULL,
    published         TEXT NOT NULL,
    updated           TEXT NOT NULL,
    review_status     TEXT NOT NULL,
    review_note       TEXT NOT NULL,
    disclaimer        TEXT NOT NULL,
    capture           TEXT NOT NULL,
    sha256            TEXT NOT NULL,  -- of the source file, as compiled (the text is in sections)
    source_url        TEXT NOT NULL,  -- the captured page's address
    captured          TEXT NOT NULL   -- the capture's date
);
-- The library tree lists articles A–Z a page at a time: each page is a range of this index,
-- where a sort of every article took most of the viewer's start at 100 000 articles.
CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE, slug);

CREATE TABLE article_topics (
    topic_id   TEXT NOT NULL REFERENCES topics(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (topic_id, article_id)
) WITHOUT ROWID;
-- An article's own rows are read by article (its page, its manifest entry): without these
-- indexes each read scans the whole table, and checking a bundle grows as its square.
CREATE INDEX article_topics_by_article ON article_topics(article_id);

-- An article's languages (ISO 639-1 codes) in the order its front matter gives them, read by
-- article; the lang: filter reads the articles of a language through the index.
CREATE TABLE article_languages (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position   INTEGER NOT NULL,
    language   TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_languages_by_language ON article_languages(language, article_id);

CREATE TABLE sections (
    id         INTEGER PRIMARY KEY,  -- article_id << 10 | position (bundle/schema.h); the rowid of search_index
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position   INTEGER NOT NULL,
    anchor     TEXT NOT NULL,
    heading    TEXT NOT NULL,
    level      INTEGER NOT NULL,
    text       BLOB NOT NULL,  -- the text and the HTML as zstd frames (bundle/section_text.h), read
    html       BLOB NOT NULL,  -- with oncoref_section_text(), registered by the program
    UNIQUE (article_id, position)
);

-- The zstd dictionary the sections are compressed with, trained on the library's first sections;
-- no row when the library is too small for one to pay.
CREATE TABLE section_dictionary (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    dictionary BLOB NOT NULL
);

-- The reference numbers a section cites, in order of first citation. Keyed by section id, so an
-- article's rows are one range of the key (sectionId(article, 0) to sectionId(article, 1023)).
CREATE TABLE section_citations (
    section_id INTEGER NOT NULL REFERENCES sections(id),
    position   INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    PRIMARY KEY (section_id, position)
) WITHOUT ROWID;

CREATE TABLE article_references (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    number     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    html       TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
) WITHOUT ROWID;

-- What the index holds, read through a view rather than stored twice: the title (with the
-- question) goes with an article's first section only, so it ranks the article once.
CREATE VIEW section_search(id, title, heading, body) AS
    SELECT s.id, CASE WHEN s.position = 0 THEN a.title || char(10) || a.question ELSE '' END, s.heading,
           oncoref_section_text(s.text)
    FROM sections s JOIN articles a ON a.id = s.article_id;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, heading, body,
    content = 'section_search', content_rowid = 'id',
    tokenize = 'oncoref'  -- registered by the program: see search/fts_tokenizer.h
);

-- The ranking index (core/src/search/rank_postings.h): one posting list per form the index
-- holds, in blocks with each block's highest score, so that a search keeps its best 20
-- articles without scoring every match. Written from search_index, read with it.
CREATE TABLE rank_terms (
    term     TEXT PRIMARY KEY,
    sections INTEGER NOT NULL,  -- how many sections hold it
    postings BLOB NOT NULL
);
-- Every indexed section's length in tokens, stored once rather than in each of its postings
-- (core/src/search/section_lengths.h); read whole when a search opens the bundle.
CREATE TABLE rank_section_lengths (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    lengths BLOB NOT NULL
);

-- The publisher's thesaurus: one row per term; rows of one entry share entry_id.
CREATE TABLE thesaurus (
    entry_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL,  -- 'drug' or 'terms'
    role     TEXT NOT NULL,  -- 'generic', 'name', 'brand' (drugs) or 'term'
    term     TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

-- Words of the indexed text, for spelling suggestions: folded form, the spelling most used,
-- and in how many sections it occurs.
CREATE TABLE vocabulary (
    folded    TEXT PRIMARY KEY,
    word      TEXT NOT NULL,
    sections  INTEGER NOT NULL,
    length    INTEGER NOT NULL  -- in code points of the folded form
) WITHOUT ROWID;
CREATE INDEX vocabulary_by_length ON vocabulary(length);

-- Dosing and toxicity facts read from the articles at compile time (drug_facts.h).
CREATE TABLE drug_facts (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    drug       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT NOT NULL,
    unit       TEXT NOT NULL,
    effect     TEXT NOT NULL,
    frequency  TEXT NOT NULL,
    route      TEXT NOT NULL,
    condition  TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    span_begin INTEGER NOT NULL,  -- byte offsets of the fact's text in the passage's
    span_end   INTEGER NOT NULL,
    reviewed   INTEGER NOT NULL DEFAULT 0  -- 1: confirmed or corrected by the publisher (content/reviews)
);
CREATE INDEX drug_facts_by_drug ON drug_facts(drug, kind);

-- A combination's partner drugs (generic names), and the brand names seen with a fact, in the
-- order the passage names them.
CREATE TABLE drug_fact_partners (
    fact_id  INTEGER NOT NULL REFERENCES drug_facts(id),
    position INTEGER NOT NULL,
    drug     TEXT NOT NULL,
    PRIMARY KEY (fact_id, position)
) WITHOUT ROWID;
CREATE INDEX drug_fact_partners_by_drug ON drug_fact_partners(drug);
CREATE TABLE drug_fact_brands (
    fact_id  INTEGER NOT NULL REFERENCES drug_facts(id),
    position INTEGER NOT NULL,
    brand    TEXT NOT NULL,
    PRIMARY KEY (fact_id, position)
) WITHOUT ROWID;

-- The passages drug facts come from, each stored once however many facts it gives.
CREATE TABLE passages (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text       TEXT NOT NULL
);
CREATE INDEX passages_by_article ON passages(article_id);

-- SHA-256 of each entry's stored content (bundle/manifest.h) and the publisher's signature
-- of the whole (bundle/signature.h): neither is part of what the manifest hashes.
CREATE TABLE manifest (
    entry  TEXT PRIMARY KEY,
    sha256 BLOB NOT NULL  -- the 32 bytes, read back as lower-case hexadecimal
) WITHOUT ROWID;
CREATE TABLE signature (
    public_key TEXT NOT NULL,
    publisher  TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    signature  TEXT NOT NULL
);
)sql";
}

} // namespace oncoref
