// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/library.h>
#include <oncoref/userdata.h>

#include "test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <functional>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace oncoref;

namespace {

const ArticlePlace kEverolimus{"org.oncoref.oncology", "everolimus-afinitor-interruption-metastases", ""};

UserDataStore openStore(const std::filesystem::path &path)
{
    auto store = UserDataStore::open(path);
    INFO((store ? std::string() : store.error().toString()));
    REQUIRE(store.ok());
    return std::move(store).value();
}

/// Runs SQL on a raw connection (to build old files and check the file as SQLite sees it).
std::string rawQuery(const std::filesystem::path &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::string out;
    char *error = nullptr;
    const int rc = sqlite3_exec(
        db, sql.c_str(),
        [](void *text, int columns, char **values, char **) {
            auto &o = *static_cast<std::string *>(text);
            for (int i = 0; i < columns; ++i)
                o += (i ? "|" : "") + std::string(values[i] ? values[i] : "NULL");
            o += '\n';
            return 0;
        },
        &out, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
    return out;
}

/// Runs `check` as a user without privileges (in a child process when the tests run as root,
/// who writes through permissions), with `dir` open to that user; what it returns (empty: all
/// went well) comes back.
std::string asUnprivilegedUser(const std::filesystem::path &dir, const std::function<std::string()> &check)
{
    if (geteuid() != 0)
        return check();
    chmod(dir.c_str(), 0777);
    int channel[2];
    REQUIRE(pipe(channel) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(channel[0]);
        const uid_t nobody = 65534;
        std::string result = setgid(nobody) == 0 && setuid(nobody) == 0 ? check() : "cannot become an unprivileged user";
        if (write(channel[1], result.data(), result.size()) < 0)
            result.clear();
        close(channel[1]);
        _exit(0);
    }
    close(channel[1]);
    std::string result;
    char buffer[512];
    for (ssize_t n = 0; (n = read(channel[0], buffer, sizeof buffer)) > 0;)
        result.append(buffer, static_cast<std::size_t>(n));
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return "the unprivileged check crashed";
    return result;
}

} // namespace

TEST_CASE("User data: bookmarks in folders, renamed and reordered, survive reopening", "[userdata]")
{
    test::TempDir dir;
    const auto path = dir / "sub/userdata.sqlite"; // the folder is created
    {
        UserDataStore store = openStore(path);
        auto reading = store.addFolder("À lire");
        auto doses = store.addFolder("Doses");
        REQUIRE(reading.ok());
        REQUIRE(doses.ok());
        REQUIRE(store.renameFolder(*doses, "Posologies").ok());
        REQUIRE(store.moveFolder(*doses, 0).ok());

        auto first = store.addBookmark({0, *reading, kEverolimus, "Everolimus", {}});
        auto second = store.addBookmark({0, *reading, {kEverolimus.bundle, kEverolimus.slug, "effets"}, "Effets", {}});
        auto loose = store.addBookmark({0, 0, {kEverolimus.bundle, "her2", ""}, "HER2", {}});
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        REQUIRE(loose.ok());
        REQUIRE(store.moveBookmark(*second, *reading, 0).ok());
        REQUIRE(store.renameBookmark(*first, "Évérolimus — posologie").ok());
        auto unknown = store.renameBookmark(9999, "x");
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().kind == ErrorKind::NotFound);
    }
    UserDataStore store = openStore(path);
    auto folders = store.folders();
    REQUIRE(folders.ok());
    REQUIRE(folders->size() == 2);
    CHECK((*folders)[0].name == "Posologies");
    CHECK((*folders)[1].name == "À lire");

    auto bookmarks = store.bookmarks();
    REQUIRE(bookmarks.ok());
    REQUIRE(bookmarks->size() == 3);
    CHECK((*bookmarks)[0].title == "HER2"); // outside folders first
    CHECK((*bookmarks)[1].title == "Effets");
    CHECK((*bookmarks)[1].place.anchor == "effets");
    CHECK((*bookmarks)[2].title == "Évérolimus — posologie");
    CHECK((*bookmarks)[2].created.size() == 20);

    // A folder removed keeps its bookmarks, now outside folders, after those already there.
    REQUIRE(store.removeFolder((*folders)[1].id).ok());
    bookmarks = store.bookmarks();
    REQUIRE(bookmarks->size() == 3);
    for (const auto &bookmark : *bookmarks)
        CHECK(bookmark.folder == 0);
    CHECK((*bookmarks)[0].title == "HER2");
    CHECK((*bookmarks)[1].title == "Effets");
    REQUIRE(store.removeBookmark((*bookmarks)[0].id).ok());
    CHECK(store.bookmarks()->size() == 2);
    CHECK(rawQuery(path, "PRAGMA journal_mode") == "wal\n");
}

TEST_CASE("User data: notes on an article and a section, edited, listed by article", "[userdata]")
{
    test::TempDir dir;
    UserDataStore store = openStore(dir / "userdata.sqlite");
    auto whole = store.addNote(kEverolimus, "Vérifier la fonction hépatique.");
    auto section = store.addNote({kEverolimus.bundle, kEverolimus.slug, "effets-indesirables"}, "Stomatite : bains de bouche.");
    auto other = store.addNote({kEverolimus.bundle, "her2", ""}, "Autre");
    REQUIRE(whole.ok());
    REQUIRE(section.ok());
    REQUIRE(other.ok());
    REQUIRE(store.editNote(*whole, "Vérifier la fonction hépatique (ALAT).").ok());

    auto notes = store.notes(kEverolimus.bundle, kEverolimus.slug);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK((*notes)[0].text == "Vérifier la fonction hépatique (ALAT).");
    CHECK((*notes)[1].place.anchor == "effets-indesirables");
    REQUIRE(store.removeNote(*other).ok());
    CHECK(store.notes()->size() == 2);
    CHECK_FALSE(store.removeNote(*other).ok());
}

TEST_CASE("User data: the reading history lists visits newest first and clears", "[userdata]")
{
    test::TempDir dir;
    UserDataStore store = openStore(dir / "userdata.sqlite");
    REQUIRE(store.recordVisit(kEverolimus, "Everolimus").ok());
    REQUIRE(store.recordVisit({kEverolimus.bundle, "her2", ""}, "HER2").ok());
    auto history = store.history();
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].title == "HER2");
    CHECK((*history)[1].place == kEverolimus);
    CHECK(store.history(1)->size() == 1);
    REQUIRE(store.clearHistory().ok());
    CHECK(store.history()->empty());
}

TEST_CASE("User data: a version-1 file is migrated and keeps every row", "[userdata][migration]")
{
    test::TempDir dir;
    const auto path = dir / "userdata.sqlite";
    // The layout Oncoref 0.1 wrote: bookmarks without folders or order.
    rawQuery(path, R"sql(
        CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, bundle TEXT NOT NULL, slug TEXT NOT NULL,
            anchor TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, created TEXT NOT NULL);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, bundle TEXT NOT NULL, slug TEXT NOT NULL,
            anchor TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
        CREATE INDEX notes_by_article ON notes(bundle, slug);
        CREATE TABLE history (id INTEGER PRIMARY KEY, bundle TEXT NOT NULL, slug TEXT NOT NULL,
            anchor TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, visited TEXT NOT NULL);
        INSERT INTO bookmarks VALUES (1, 'org.oncoref.oncology', 'her2', '', 'HER2', '2025-01-02T03:04:05Z');
        INSERT INTO bookmarks VALUES (2, 'org.oncoref.oncology', 'everolimus', 'doses', 'Doses', '2025-01-03T03:04:05Z');
        INSERT INTO notes VALUES (7, 'org.oncoref.oncology', 'everolimus', '', '10 mg/j', '2025-01-02T00:00:00Z', '2025-01-04T00:00:00Z');
        INSERT INTO history VALUES (3, 'org.oncoref.oncology', 'her2', '', 'HER2', '2025-01-05T00:00:00Z');
        PRAGMA user_version = 1;
    )sql");

    UserDataStore store = openStore(path);
    CHECK(rawQuery(path, "PRAGMA user_version") == std::to_string(UserDataStore::kSchemaVersion) + "\n");
    auto bookmarks = store.bookmarks();
    REQUIRE(bookmarks.ok());
    REQUIRE(bookmarks->size() == 2);
    CHECK((*bookmarks)[0].id == 1);
    CHECK((*bookmarks)[0].title == "HER2");
    CHECK((*bookmarks)[0].created == "2025-01-02T03:04:05Z");
    CHECK((*bookmarks)[1].place.anchor == "doses");
    CHECK((*bookmarks)[1].folder == 0);
    auto notes = store.notes();
    REQUIRE(notes->size() == 1);
    CHECK((*notes)[0].id == 7);
    CHECK((*notes)[0].text == "10 mg/j");
    CHECK((*notes)[0].updated == "2025-01-04T00:00:00Z");
    CHECK(store.history()->size() == 1);
    // And the new version's features work on the migrated file.
    auto folder = store.addFolder("Migrés");
    REQUIRE(folder.ok());
    REQUIRE(store.moveBookmark(2, *folder, 0).ok());
    CHECK(store.bookmarks()->back().folder == *folder);
}

TEST_CASE("User data: a file from a newer Oncoref is refused, not damaged", "[userdata][migration]")
{
    test::TempDir dir;
    const auto path = dir / "userdata.sqlite";
    rawQuery(path, "CREATE TABLE future(x); INSERT INTO future VALUES (42); PRAGMA user_version = 99;");
    auto store = UserDataStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().kind == ErrorKind::TooNew);
    CHECK(store.error().message.find("newer Oncoref") != std::string::npos);
    CHECK(rawQuery(path, "SELECT x FROM future") == "42\n");
}

TEST_CASE("User data: a writer killed in the middle of 1 000 notes loses no committed note", "[userdata][durability]")
{
    test::TempDir dir;
    const auto path = dir / "userdata.sqlite";
    int output[2];
    REQUIRE(pipe(output) == 0);
    const pid_t writer = fork();
    REQUIRE(writer >= 0);
    if (writer == 0) {
        dup2(output[1], STDOUT_FILENO);
        close(output[0]);
        close(output[1]);
        execl(ONCOREF_USERDATA_WRITER, ONCOREF_USERDATA_WRITER, path.c_str(), "1000", static_cast<char *>(nullptr));
        _exit(127);
    }
    close(output[1]);
    // Kill it once it has reported 300 commits: it is then in the middle of the next ones.
    FILE *reports = fdopen(output[0], "r");
    REQUIRE(reports != nullptr);
    int committed = 0;
    int number = 0;
    while (committed < 300 && std::fscanf(reports, "%d", &number) == 1)
        committed = number;
    kill(writer, SIGKILL);
    int status = 0;
    waitpid(writer, &status, 0);
    std::fclose(reports);
    REQUIRE(committed == 300);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    CHECK(rawQuery(path, "PRAGMA integrity_check") == "ok\n");
    UserDataStore store = openStore(path);
    auto notes = store.notes();
    REQUIRE(notes.ok());
    REQUIRE(static_cast<int>(notes->size()) >= committed);
    REQUIRE(notes->size() < 1000); // it was killed before the end
    for (std::size_t i = 0; i < notes->size(); ++i) {
        const std::string n = std::to_string(i + 1);
        INFO(n);
        CHECK((*notes)[i].text == "note " + n + ": 10 mg/m² par jour, « à jeun »");
        CHECK((*notes)[i].place.slug == "article-" + n);
    }
    CHECK(rawQuery(path, "PRAGMA integrity_check") == "ok\n");
}

TEST_CASE("User data: bookmarks and notes go to JSON and come back on another workstation", "[userdata][json]")
{
    test::TempDir dir;
    std::string exported;
    {
        UserDataStore store = openStore(dir / "here.sqlite");
        auto folder = store.addFolder("Sein");
        REQUIRE(folder.ok());
        REQUIRE(store.addBookmark({0, *folder, {kEverolimus.bundle, "her2", "trastuzumab"}, "HER2 — trastuzumab", {}}).ok());
        REQUIRE(store.addBookmark({0, 0, kEverolimus, "Everolimus", {}}).ok());
        REQUIRE(store.addNote(kEverolimus, "« 10 mg » ; ligne 2\nligne 3").ok());
        auto json = store.exportJson();
        REQUIRE(json.ok());
        exported = *json;
    }
    CHECK(exported.find("\"format\": \"oncoref-userdata\"") != std::string::npos);

    UserDataStore there = openStore(dir / "there.sqlite");
    REQUIRE(there.addNote(kEverolimus, "déjà là").ok());
    auto summary = there.importJson(exported);
    REQUIRE(summary.ok());
    CHECK(summary->folders == 1);
    CHECK(summary->bookmarks == 2);
    CHECK(summary->notes == 1);
    auto bookmarks = there.bookmarks();
    REQUIRE(bookmarks->size() == 2);
    CHECK((*bookmarks)[0].title == "Everolimus");
    CHECK((*bookmarks)[1].place.anchor == "trastuzumab");
    CHECK(there.folders()->front().name == "Sein");
    auto notes = there.notes();
    REQUIRE(notes->size() == 2);
    CHECK((*notes)[1].text == "« 10 mg » ; ligne 2\nligne 3");

    // Importing the same file again adds nothing.
    auto again = there.importJson(exported);
    REQUIRE(again.ok());
    CHECK(again->bookmarks == 0);
    CHECK(again->notes == 0);
    CHECK(again->folders == 0);

    // A malformed file changes nothing and names what is wrong.
    auto broken = there.importJson(R"({"format": "oncoref-userdata", "version": 1, "notes": [{"bundle": "b", "slug": "s"}]})");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message == "notes[0]: the field \"text\" is missing");
    CHECK_FALSE(there.importJson("[1, 2]").ok());
    CHECK_FALSE(there.importJson(R"({"format": "something-else", "version": 1})").ok());
    CHECK(there.notes()->size() == 2);
}

TEST_CASE("User data: notes whose article or section vanished are orphans, never dropped", "[userdata][orphans]")
{
    auto library = Library::open(test::bundlePath());
    REQUIRE(library.ok());
    const std::string bundle = library->info().id;
    test::TempDir dir;
    UserDataStore store = openStore(dir / "userdata.sqlite");
    REQUIRE(store.addNote({bundle, kEverolimus.slug, ""}, "whole article").ok());
    REQUIRE(store
                .addNote({bundle, "tumeurs-necrosantes-metastatiques", "considerations-specifiques-pour-les-tumeurs-necrosantes"},
                         "section")
                .ok());
    REQUIRE(store.addNote({bundle, kEverolimus.slug, "a-section-since-removed"}, "lost section").ok());
    REQUIRE(store.addNote({bundle, "an-article-since-removed", ""}, "lost article").ok());
    REQUIRE(store.addNote({"another.bundle", "whatever", ""}, "another library").ok());

    auto notes = store.notes();
    REQUIRE(notes.ok());
    auto orphans = orphanNotes(*library, *notes);
    REQUIRE(orphans.ok());
    REQUIRE(orphans->size() == 2);
    CHECK((*orphans)[0].text == "lost section");
    CHECK((*orphans)[1].text == "lost article");
    CHECK(store.notes()->size() == 5);
}

TEST_CASE("User data: a folder that cannot be written gives a clear error", "[userdata]")
{
    test::TempDir dir;
    // A folder that is a file cannot be written, whoever runs the test.
    test::writeFile(dir / "notafolder", "a file, not a folder");
    auto blocked = UserDataStore::open(dir / "notafolder/oncoref/userdata.sqlite");
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind == ErrorKind::CannotOpen);
    CHECK(blocked.error().toString().find("notafolder") != std::string::npos);

    const auto locked = dir / "locked";
    std::filesystem::create_directories(locked);
    REQUIRE(chmod(locked.c_str(), 0555) == 0);
    const std::string failed = asUnprivilegedUser(dir.path(), [&]() -> std::string {
        auto store = UserDataStore::open(locked / "oncoref/userdata.sqlite");
        if (store.ok())
            return "opened in a read-only folder";
        if (store.error().kind != ErrorKind::ReadOnly)
            return "kind " + std::to_string(static_cast<int>(store.error().kind)) + ": " + store.error().toString();
        return store.error().toString().find("locked") == std::string::npos ? "the message does not name the folder" : "";
    });
    INFO(failed);
    CHECK(failed.empty());
    chmod(locked.c_str(), 0755);
}

TEST_CASE("User data: a read-only file, or a file in a read-only folder, says so and loses nothing", "[userdata][readonly]")
{
    test::TempDir dir;
    for (const bool folderReadOnly : {false, true}) {
        const auto folder = dir / (folderReadOnly ? "folder-ro" : "file-ro");
        const auto path = folder / "userdata.sqlite";
        {
            UserDataStore store = openStore(path);
            REQUIRE(store.addNote(kEverolimus, "Contrôler la glycémie.").ok());
        }
        REQUIRE(chmod(path.c_str(), folderReadOnly ? 0666 : 0444) == 0);
        REQUIRE(chmod(folder.c_str(), folderReadOnly ? 0555 : 0777) == 0);
        INFO((folderReadOnly ? "read-only folder" : "read-only file"));
        const std::string failed = asUnprivilegedUser(dir.path(), [&]() -> std::string {
            auto store = UserDataStore::open(path);
            if (!store.ok()) // SQLite could not even read it: then it says why
                return store.error().kind == ErrorKind::ReadOnly ? "" : "open: " + store.error().toString();
            auto notes = store->notes();
            if (!notes.ok() || notes->size() != 1 || notes->front().text != "Contrôler la glycémie.")
                return "the note cannot be read";
            auto added = store->addNote(kEverolimus, "Nouvelle note");
            if (added.ok())
                return "a note was written to a read-only file";
            if (added.error().kind != ErrorKind::ReadOnly)
                return "add: kind " + std::to_string(static_cast<int>(added.error().kind)) + ": " + added.error().toString();
            return "";
        });
        INFO(failed);
        CHECK(failed.empty());
        chmod(folder.c_str(), 0755);
        chmod(path.c_str(), 0644);
        CHECK(rawQuery(path, "SELECT text FROM notes") == "Contrôler la glycémie.\n");
        CHECK(rawQuery(path, "PRAGMA integrity_check") == "ok\n");
    }
}

TEST_CASE("User data: a full disk fails the change with its kind, changes nothing, and writing resumes with room",
          "[userdata][diskfull]")
{
    test::TempDir dir;
    const auto path = dir / "userdata.sqlite";
    UserDataStore store = openStore(path);
    REQUIRE(store.addNote(kEverolimus, "kept").ok());
    // The quota SQLite enforces as a full disk: the file may not grow past its size now.
    const std::int64_t pages = std::stoll(rawQuery(path, "PRAGMA page_count"));
    REQUIRE(store.limitPages(pages).ok());
    const std::string large(64 * 1024, 'x');
    auto added = store.addNote(kEverolimus, large);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == ErrorKind::DiskFull);
    auto bookmark = store.addBookmark({0, 0, kEverolimus, large, {}});
    REQUIRE_FALSE(bookmark.ok());
    CHECK(bookmark.error().kind == ErrorKind::DiskFull);
    auto notes = store.notes(); // reading goes on
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->front().text == "kept");
    CHECK(rawQuery(path, "PRAGMA integrity_check") == "ok\n");

    REQUIRE(store.limitPages(0).ok());
    CHECK(store.addNote(kEverolimus, large).ok());
    CHECK(store.notes()->size() == 2);
}
