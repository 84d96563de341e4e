// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/tokenizer.h>

#include <oncoref/folding.h>

#include "util/text.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace oncoref {

struct Tokenizer::Stemmers {
    sb_stemmer *french = sb_stemmer_new("french", "UTF_8");
    sb_stemmer *english = sb_stemmer_new("english", "UTF_8");
    /// Forms already computed for a word, per mode (documents, queries): a library's
    /// vocabulary is small beside its text. Looked up by string_view: no copy per word.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using FormCache = std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>>;
    FormCache documentForms;
    FormCache queryForms;
    ~Stemmers()
    {
        sb_stemmer_delete(french);
        sb_stemmer_delete(english);
    }
};

namespace {

constexpr std::size_t kMaxStemmedBytes = 64;
constexpr std::size_t kMaxCachedWords = 200000;
constexpr std::array<std::string_view, 12> kElisions = {"l", "d", "j",  "m",     "n",      "s",
                                                        "t", "c", "qu", "jusqu", "lorsqu", "puisqu"};

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

bool isHyphen(char32_t c)
{
    return c == U'-' || c == 0x2010 || c == 0x2011 || c == 0x2013;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

/// One run of word characters, e.g. "erbB2" in "c-erbB2", or a decimal "6,8".
struct Part {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text; ///< as written, except a decimal comma read as a point
    bool numeric = true;
    bool singleLetter = false;
};

/// A word as read: its parts (joined by hyphens) and a trailing sign (HER2-, HR+).
struct Word {
    std::vector<Part> parts;
    char sign = 0;

    [[nodiscard]] std::string joined() const
    {
        std::string out;
        for (const auto &part : parts)
            out += part.text;
        return out;
    }
    [[nodiscard]] bool allNumeric() const
    {
        return std::all_of(parts.begin(), parts.end(), [](const Part &p) { return p.numeric; });
    }
    /// A query for "Ki-67" or "c-erbB2" looks for the joined form, which the index holds for
    /// both spellings; "Jean-Charles" or "19-75" stay separate words.
    [[nodiscard]] bool joinsInQueries() const
    {
        if (parts.size() < 2 || allNumeric())
            return false;
        const bool letterAlone = std::any_of(parts.begin(), parts.end(), [](const Part &p) { return p.singleLetter; });
        const bool numberAlone = std::any_of(parts.begin(), parts.end(), [](const Part &p) { return p.numeric; });
        return letterAlone || numberAlone;
    }
};

class WordScanner {
public:
    explicit WordScanner(std::string_view text) : m_text(text) {}

    /// Reads the next word into `word` (its storage reused: no allocation per word); false at
    /// the end of the text.
    bool next(Word &word)
    {
        while (m_pos < m_text.size()) {
            std::size_t at = m_pos;
            if (!text::isWordCharacter(text::decodeUtf8(m_text, at))) {
                m_pos = at;
                continue;
            }
            word.parts.clear();
            word.sign = 0;
            while (true) {
                word.parts.push_back(readPart());
                const std::size_t afterPart = m_pos;
                const char32_t follower = peek(m_pos);
                std::size_t afterFollower = afterPart;
                if (afterPart < m_text.size())
                    (void)text::decodeUtf8(m_text, afterFollower);
                const bool wordFollows = afterFollower < m_text.size() && text::isWordCharacter(peek(afterFollower));
                if (isApostrophe(follower) && wordFollows) {
                    m_pos = afterFollower;
                    if (word.parts.size() == 1 && isElision(word.parts.front().text)) {
                        word.parts.clear();
                        continue;
                    }
                    break;
                }
                if (isHyphen(follower) && wordFollows) {
                    m_pos = afterFollower;
                    continue;
                }
                if ((follower == U'+' || follower == U'-') && !wordFollows) {
                    word.sign = static_cast<char>(follower);
                    m_pos = afterFollower;
                }
                break;
            }
            if (!word.parts.empty())
                return true;
        }
        return false;
    }

private:
    char32_t peek(std::size_t at) const
    {
        if (at >= m_text.size())
            return 0;
        return text::decodeUtf8(m_text, at);
    }

    static bool isElision(const std::string &part)
    {
        const std::string folded = foldForMatching(part);
        return std::find(kElisions.begin(), kElisions.end(), folded) != kElisions.end();
    }

    Part readPart()
    {
        Part part;
        part.begin = m_pos;
        int codePoints = 0;
        while (m_pos < m_text.size()) {
            std::size_t next = m_pos;
            const char32_t c = text::decodeUtf8(m_text, next);
            if (text::isWordCharacter(c)) {
                part.numeric = part.numeric && isDigit(c);
                part.text.append(m_text.substr(m_pos, next - m_pos));
                m_pos = next;
                ++codePoints;
                continue;
            }
            // A decimal separator between digits: 6,8 and 6.8 are one number.
            const bool separator = (c == U',' || c == U'.') && part.numeric && codePoints > 0;
            if (separator && next < m_text.size() && isDigit(peek(next))) {
                part.text += '.';
                m_pos = next;
                continue;
            }
            break;
        }
        part.end = m_pos;
        part.singleLetter = codePoints == 1 && !part.numeric;
        return part;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool hasDigit(std::string_view word)
{
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void addUnique(std::vector<std::string> &forms, std::string form)
{
    if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end())
        forms.push_back(std::move(form));
}

std::string stem(sb_stemmer *stemmer, std::string_view lowerWord)
{
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(lowerWord.data()), static_cast<int>(lowerWord.size()));
    if (!stemmed)
        return std::string(lowerWord);
    return std::string(reinterpret_cast<const char *>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

} // namespace

Tokenizer::Tokenizer() : m_stemmers(std::make_unique<Stemmers>()) {}
Tokenizer::~Tokenizer() = default;

std::string Tokenizer::frenchStem(std::string_view word) const
{
    return foldForMatching(stem(m_stemmers->french, toLowerKeepingAccents(word)));
}

std::string Tokenizer::englishStem(std::string_view word) const
{
    return foldForMatching(stem(m_stemmers->english, toLowerKeepingAccents(word)));
}

std::vector<Token> Tokenizer::tokenize(std::string_view input, TokenizeMode mode) const
{
    // Every form a word may be found by: the folded word, its stems, and the French stem of
    // the accent-free spelling (which differs: "activité" → activ, "activite" → activit).
    const auto formsOf = [&](std::string_view word, std::vector<std::string> &forms) {
        if (mode == TokenizeMode::Prefix || hasDigit(word) || word.size() > kMaxStemmedBytes) {
            addUnique(forms, foldForMatching(word));
            return;
        }
        auto &cache = mode == TokenizeMode::Document ? m_stemmers->documentForms : m_stemmers->queryForms;
        auto cached = cache.find(word);
        if (cached == cache.end()) {
            // A query needs one form its word shares with every spelling of it in the index:
            // the stems are enough there; the index keeps the folded word too, for prefixes.
            const std::string folded = foldForMatching(word);
            std::vector<std::string> computed;
            if (mode == TokenizeMode::Document)
                computed.push_back(folded);
            addUnique(computed, frenchStem(word));
            addUnique(computed, englishStem(word));
            addUnique(computed, foldForMatching(stem(m_stemmers->french, folded)));
            if (cache.size() > kMaxCachedWords)
                cache.clear();
            cached = cache.emplace(std::string(word), std::move(computed)).first;
        }
        for (const auto &form : cached->second)
            addUnique(forms, form);
    };
    std::vector<Token> tokens;
    std::vector<std::string> forms; // one word's, emptied by emit: reused, not allocated per word
    const auto emit = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = 0; i < forms.size(); ++i)
            tokens.push_back({std::move(forms[i]), begin, end, i > 0});
        forms.clear();
    };

    tokens.reserve(input.size() / 3); // a word of about six letters and a space gives two or three forms
    WordScanner scanner(input);
    for (Word word; scanner.next(word);) {
        if (mode == TokenizeMode::Positions) {
            for (const Part &part : word.parts)
                tokens.push_back({std::string(), part.begin, part.end, false});
            continue;
        }
        const std::string signSuffix = word.sign ? std::string(1, word.sign) : std::string();
        if (mode != TokenizeMode::Document && word.joinsInQueries()) {
            if (word.sign)
                forms.push_back(foldForMatching(word.joined()) + signSuffix);
            else
                formsOf(word.joined(), forms);
            emit(word.parts.front().begin, word.parts.back().end);
            continue;
        }
        for (std::size_t i = 0; i < word.parts.size(); ++i) {
            const Part &part = word.parts[i];
            const bool last = i + 1 == word.parts.size();
            if (last && word.sign && mode != TokenizeMode::Document) {
                forms.push_back(foldForMatching(part.text) + signSuffix);
            } else {
                formsOf(part.text, forms);
                if (last && mode == TokenizeMode::Document) {
                    if (word.parts.size() > 1 && !word.allNumeric())
                        formsOf(word.joined(), forms);
                    if (word.sign) {
                        addUnique(forms, foldForMatching(part.text) + signSuffix);
                        if (word.parts.size() > 1)
                            addUnique(forms, foldForMatching(word.joined()) + signSuffix);
                    }
                }
            }
            emit(part.begin, part.end);
        }
    }
    return tokens;
}

} // namespace oncoref
