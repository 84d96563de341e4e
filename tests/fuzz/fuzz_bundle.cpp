// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
// Bundle opening: any file is refused with a message, or opened, listed, read and searched.
#include "fuzz_check.h"

#include <oncoref/library.h>
#include <oncoref/search.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace oncoref;

namespace {

/// The file each input is written to: one per process, removed when the process ends (every
/// run used to leave one in the temporary folder).
struct ScratchBundle {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("oncoref-fuzz-bundle-" + std::to_string(getpid()) + ".oncoref");
    ScratchBundle() = default;
    ScratchBundle(const ScratchBundle &) = delete;
    ScratchBundle &operator=(const ScratchBundle &) = delete;
    ~ScratchBundle()
    {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ScratchBundle scratch;
    const std::filesystem::path &path = scratch.path;
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    if (auto library = Library::open(path)) {
        if (auto articles = library->articles()) {
            for (std::size_t i = 0; i < articles->size() && i < 3; ++i)
                (void)library->article((*articles)[i].slug);
        }
        (void)library->drug("everolimus");
    } else {
        fuzz::check(!library.error().message.empty(), "a refusal says why");
    }
    if (auto searcher = Searcher::open(path)) {
        for (const char *text : {"everolimus", "stomat*", "\"survie sans\" drug:Afinitor topic:everolimus"}) {
            SearchQuery query;
            query.text = text;
            (void)searcher->search(query);
        }
    }
    return 0;
}
