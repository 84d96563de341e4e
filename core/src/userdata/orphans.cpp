// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/library.h>
#include <oncoref/userdata.h>

#include <map>
#include <optional>

namespace oncoref {

Result<std::vector<Note>> orphanNotes(const Library &library, const std::vector<Note> &notes)
{
    // Each article is read once, however many notes point into it.
    std::map<std::string, std::optional<Article>> articles;
    std::vector<Note> orphans;
    for (const Note &note : notes) {
        if (note.place.bundle != library.info().id)
            continue;
        auto [it, inserted] = articles.try_emplace(note.place.slug);
        if (inserted) {
            auto article = library.article(note.place.slug);
            if (article)
                it->second = std::move(article).value();
            else if (article.error().kind != ErrorKind::NotFound)
                return article.error(); // a read error, not a missing article
        }
        const std::optional<Article> &article = it->second;
        if (!article || (!note.place.anchor.empty() && article->findSection(note.place.anchor) == nullptr))
            orphans.push_back(note);
    }
    return orphans;
}

} // namespace oncoref
