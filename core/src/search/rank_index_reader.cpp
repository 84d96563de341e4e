// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "search/rank_index_reader.h"

#include "search/fts_tokenizer.h"
#include "util/sqlite.h"

#include <algorithm>

namespace oncoref {

namespace {

/// Candidates read from the sorted term table before the cap keeps the most frequent.
constexpr std::size_t kCompletionScan = 2000;

} // namespace

Result<RankIndexReader> RankIndexReader::open(const Database &db, std::size_t cacheBytes)
{
    auto lengths = SectionLengths::read(db);
    if (!lengths)
        return lengths.error();
    RankIndexReader reader;
    reader.m_cacheBudget = cacheBytes;
    reader.m_bm25 = lengths->bm25();
    reader.m_lengths = std::make_shared<const SectionLengths>(std::move(*lengths));
    return reader;
}

std::size_t RankIndexReader::bytesOf(const CachedList &cached)
{
    return cached.first.size() + (cached.second ? cached.second->bytes() : 0);
}

std::shared_ptr<const PostingList> RankIndexReader::cached(const std::string &key)
{
    const auto found = m_cache.find(key);
    if (found == m_cache.end())
        return nullptr;
    m_recent.splice(m_recent.begin(), m_recent, found->second);
    return found->second->second;
}

void RankIndexReader::keep(const std::string &key, const std::shared_ptr<const PostingList> &list)
{
    CachedList entry{key, list};
    const std::size_t bytes = bytesOf(entry);
    if (bytes > m_cacheBudget)
        return;
    while (!m_recent.empty() && m_cachedBytes + bytes > m_cacheBudget) {
        m_cachedBytes -= bytesOf(m_recent.back());
        m_cache.erase(m_recent.back().first);
        m_recent.pop_back();
    }
    m_recent.push_front(std::move(entry));
    m_cache.emplace(key, m_recent.begin());
    m_cachedBytes += bytes;
}

Result<std::shared_ptr<const PostingList>> RankIndexReader::postings(StatementCache &statements, const std::string &form)
{
    if (m_cache.count(form))
        return cached(form);
    auto row = statements.firstRow("SELECT postings FROM rank_terms WHERE term = ?1", form);
    if (!row)
        return row.error();
    std::shared_ptr<const PostingList> list;
    if (*row) {
        auto parsed = PostingList::parse(std::string((*row)->blob(0)), form, m_lengths);
        (*row)->reset();
        if (!parsed)
            return parsed.error();
        list = std::make_shared<const PostingList>(std::move(*parsed));
    }
    keep(form, list);
    return list;
}

Result<std::shared_ptr<const PostingList>> RankIndexReader::phrasePostings(StatementCache &statements, const std::string &phrase)
{
    // A form never holds '"': the phrase's key cannot be a form's.
    if (m_cache.count(phrase))
        return cached(phrase);
    auto prepared = statements.get(std::string("SELECT rowid, ") + kPhraseCountsFunction +
                                   "(search_index) FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid");
    if (!prepared)
        return prepared.error();
    Statement &query = **prepared;
    query.bind(1, phrase);
    std::vector<Posting> postings;
    bool readable = true;
    auto read = forEachRow(query, [&] {
        const auto counts = readPhraseCounts(query.blob(1));
        readable = readable && counts.has_value();
        if (counts)
            postings.push_back({query.integer(0), counts->title, counts->heading, counts->body, m_lengths->of(query.integer(0))});
    });
    if (!read)
        return read.error();
    if (!readable)
        return withKind(Error{{}, 0, "damaged bundle: the search index's counts of " + phrase + " are unreadable"},
                        ErrorKind::Damaged);
    std::shared_ptr<const PostingList> list;
    if (!postings.empty()) {
        auto parsed = PostingList::parse(encodePostings(postings, m_bm25), phrase, m_lengths);
        if (!parsed)
            return parsed.error();
        list = std::make_shared<const PostingList>(std::move(*parsed));
    }
    keep(phrase, list);
    return list;
}

Result<std::vector<std::string>> RankIndexReader::completions(StatementCache &statements, std::string_view prefix,
                                                              std::size_t cap) const
{
    std::vector<std::string> forms;
    if (prefix.empty())
        return forms;
    auto prepared = statements.get("SELECT term, sections FROM rank_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3");
    if (!prepared)
        return prepared.error();
    Statement &query = **prepared;
    std::string upper(prefix);
    upper += '\xFF'; // after every UTF-8 continuation of the prefix
    query.bind(1, prefix).bind(2, upper).bind(3, static_cast<std::int64_t>(kCompletionScan));
    std::vector<std::pair<std::int64_t, std::string>> found;
    if (auto read = forEachRow(query, [&] { found.emplace_back(query.integer(1), query.text(0)); }); !read)
        return read.error();
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t i = 0; i < found.size() && i < cap; ++i)
        forms.push_back(std::move(found[i].second));
    return forms;
}

} // namespace oncoref
