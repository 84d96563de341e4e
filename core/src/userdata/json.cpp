// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Bookmarks and notes to and from JSON, to move them to another workstation. The format is
// documented in docs/userdata-json.md; "format" and "version" guard against other files.
#include <oncoref/userdata.h>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <tuple>

namespace oncoref {

namespace {

constexpr const char *kFormat = "oncoref-userdata";
constexpr int kFormatVersion = 1;

nlohmann::json placeJson(const ArticlePlace &place)
{
    return {{"bundle", place.bundle}, {"slug", place.slug}, {"anchor", place.anchor}};
}

/// A string field of `object`; an Error naming `where` and the field when missing or not a string.
Result<std::string> field(const nlohmann::json &object, const char *name, const std::string &where, bool required = true)
{
    const auto it = object.find(name);
    if (it == object.end()) {
        if (!required)
            return std::string();
        return Error{{}, 0, where + ": the field \"" + name + "\" is missing"};
    }
    if (!it->is_string())
        return Error{{}, 0, where + ": the field \"" + name + "\" is not a string"};
    return it->get<std::string>();
}

Result<ArticlePlace> placeField(const nlohmann::json &object, const std::string &where)
{
    auto bundle = field(object, "bundle", where);
    auto slug = field(object, "slug", where);
    auto anchor = field(object, "anchor", where, false);
    for (const auto *part : {&bundle, &slug, &anchor})
        if (!*part)
            return part->error();
    if (bundle->empty() || slug->empty())
        return Error{{}, 0, where + ": \"bundle\" and \"slug\" must not be empty"};
    return ArticlePlace{*bundle, *slug, *anchor};
}

/// What a file holds, checked whole before anything is written.
struct Parsed {
    std::vector<std::string> folders;
    std::vector<std::pair<Bookmark, std::string>> bookmarks; ///< with their folder's name ("" none)
    std::vector<Note> notes;
};

Result<Parsed> parse(std::string_view text)
{
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return Error{{}, 0, "not a JSON object"};
    if (root.value("format", std::string()) != kFormat)
        return Error{{}, 0, "\"format\" is not \"oncoref-userdata\": not an Oncoref bookmarks and notes file"};
    if (!root.contains("version") || !root["version"].is_number_integer() || root["version"].get<int>() > kFormatVersion)
        return Error{{}, 0, "\"version\" is missing or newer than this Oncoref reads (1)"};
    Parsed parsed;
    for (const char *list : {"folders", "bookmarks", "notes"})
        if (root.contains(list) && !root[list].is_array())
            return Error{{}, 0, std::string("\"") + list + "\" is not a list"};
    const auto array = [&](const char *name) { return root.contains(name) ? root[name] : nlohmann::json::array(); };
    std::size_t i = 0;
    for (const auto &folder : array("folders")) {
        auto name = field(folder, "name", "folders[" + std::to_string(i++) + "]");
        if (!name)
            return name.error();
        parsed.folders.push_back(*name);
    }
    i = 0;
    for (const auto &item : array("bookmarks")) {
        const std::string where = "bookmarks[" + std::to_string(i++) + "]";
        if (!item.is_object())
            return Error{{}, 0, where + ": not an object"};
        auto place = placeField(item, where);
        auto title = field(item, "title", where);
        auto created = field(item, "created", where, false);
        auto folder = field(item, "folder", where, false);
        if (!place)
            return place.error();
        for (const auto *part : {&title, &created, &folder})
            if (!*part)
                return part->error();
        parsed.bookmarks.push_back({Bookmark{0, 0, *place, *title, *created}, *folder});
    }
    i = 0;
    for (const auto &item : array("notes")) {
        const std::string where = "notes[" + std::to_string(i++) + "]";
        if (!item.is_object())
            return Error{{}, 0, where + ": not an object"};
        auto place = placeField(item, where);
        auto noteText = field(item, "text", where);
        auto created = field(item, "created", where, false);
        auto updated = field(item, "updated", where, false);
        if (!place)
            return place.error();
        for (const auto *part : {&noteText, &created, &updated})
            if (!*part)
                return part->error();
        parsed.notes.push_back(Note{0, *place, *noteText, *created, *updated});
    }
    return parsed;
}

} // namespace

Result<std::string> UserDataStore::exportJson()
{
    auto folderList = folders();
    if (!folderList)
        return folderList.error();
    auto bookmarkList = bookmarks();
    if (!bookmarkList)
        return bookmarkList.error();
    auto noteList = notes();
    if (!noteList)
        return noteList.error();
    std::map<std::int64_t, std::string> folderNames;
    nlohmann::json out{{"format", kFormat},
                       {"version", kFormatVersion},
                       {"exported", utcTimestamp()},
                       {"folders", nlohmann::json::array()},
                       {"bookmarks", nlohmann::json::array()},
                       {"notes", nlohmann::json::array()}};
    for (const auto &folder : *folderList) {
        folderNames[folder.id] = folder.name;
        out["folders"].push_back({{"name", folder.name}});
    }
    for (const auto &bookmark : *bookmarkList) {
        nlohmann::json item = placeJson(bookmark.place);
        item["title"] = bookmark.title;
        item["created"] = bookmark.created;
        if (bookmark.folder != 0)
            item["folder"] = folderNames[bookmark.folder];
        out["bookmarks"].push_back(std::move(item));
    }
    for (const auto &note : *noteList) {
        nlohmann::json item = placeJson(note.place);
        item["text"] = note.text;
        item["created"] = note.created;
        item["updated"] = note.updated;
        out["notes"].push_back(std::move(item));
    }
    // Invalid UTF-8 (never written by Oncoref) is replaced rather than failing the export.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Result<ImportSummary> UserDataStore::importJson(std::string_view json)
{
    auto parsed = parse(json);
    if (!parsed)
        return parsed.error();
    ImportSummary summary;
    // Each addition is a change of its own: an import cut short keeps what it added, and
    // importing again skips it.
    auto folderList = folders();
    if (!folderList)
        return folderList.error();
    std::map<std::string, std::int64_t> folderIds;
    for (const auto &folder : *folderList)
        folderIds.emplace(folder.name, folder.id);
    const auto folderNamed = [&](const std::string &name) -> Result<std::int64_t> {
        if (name.empty())
            return std::int64_t{0};
        if (const auto it = folderIds.find(name); it != folderIds.end())
            return it->second;
        auto added = addFolder(name);
        if (!added)
            return added.error();
        ++summary.folders;
        folderIds.emplace(name, *added);
        return *added;
    };
    for (const auto &name : parsed->folders)
        if (auto made = folderNamed(name); !made)
            return made.error();

    auto existing = bookmarks();
    if (!existing)
        return existing.error();
    std::set<std::tuple<std::int64_t, std::string, std::string, std::string>> bookmarked;
    for (const auto &b : *existing)
        bookmarked.emplace(b.folder, b.place.bundle, b.place.slug, b.place.anchor);
    for (auto &[bookmark, folderName] : parsed->bookmarks) {
        auto folder = folderNamed(folderName);
        if (!folder)
            return folder.error();
        bookmark.folder = *folder;
        if (!bookmarked.emplace(bookmark.folder, bookmark.place.bundle, bookmark.place.slug, bookmark.place.anchor).second)
            continue;
        if (auto added = addBookmark(bookmark); !added)
            return added.error();
        ++summary.bookmarks;
    }

    auto existingNotes = notes();
    if (!existingNotes)
        return existingNotes.error();
    std::set<std::tuple<std::string, std::string, std::string, std::string>> written;
    for (const auto &n : *existingNotes)
        written.emplace(n.place.bundle, n.place.slug, n.place.anchor, n.text);
    for (const auto &note : parsed->notes) {
        if (!written.emplace(note.place.bundle, note.place.slug, note.place.anchor, note.text).second)
            continue;
        if (auto added = addNote(note.place, note.text, note.created, note.updated); !added)
            return added.error();
        ++summary.notes;
    }
    return summary;
}

} // namespace oncoref
