// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Test helper: oncoref-userdata-writer FILE COUNT adds COUNT notes to the user-data file FILE,
// one change each, and prints the number of each note once its change has returned (so the
// test that kills it knows which notes were committed).
#include <oncoref/userdata.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: oncoref-userdata-writer FILE COUNT\n", stderr);
        return 2;
    }
    auto store = oncoref::UserDataStore::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().toString().c_str());
        return 1;
    }
    const int count = std::atoi(argv[2]);
    for (int i = 1; i <= count; ++i) {
        const std::string number = std::to_string(i);
        const oncoref::ArticlePlace place{"org.oncoref.test", "article-" + number, i % 2 ? "" : "section-" + number};
        if (auto added = store->addNote(place, "note " + number + ": 10 mg/m² par jour, « à jeun »"); !added) {
            std::fprintf(stderr, "%s\n", added.error().toString().c_str());
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
