// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/compiler.h>
#include <oncoref/library.h>

#include "bundle/section_text.h"
#include "bundle/section_text_packer.h"
#include "hostile_bundle.h"
#include "require_ok.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <zstd.h>

#include <string>
#include <vector>

using namespace oncoref;

namespace {

constexpr std::string_view kEverolimus = "everolimus-afinitor-interruption-metastases";

/// The bundled articles three times over (each copy under its own slug): enough text to train a
/// section dictionary, which the five articles alone are not.
std::filesystem::path compileTripledLibrary(const test::TempDir &dir)
{
    const auto content = dir / "content";
    std::filesystem::create_directories(content);
    test::copyContent(content);
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles"))
        for (const char *suffix : {"-copie-a", "-copie-b"})
            std::filesystem::copy_file(entry.path(), content / "articles" / (entry.path().stem().string() + suffix + ".md"));
    const auto bundle = dir / "tripled.oncoref";
    const CompileReport report = compileBundle(content, bundle, {.buildTime = 1767225600});
    for (const auto &error : report.errors)
        FAIL(error.toString());
    REQUIRE(report.ok());
    return bundle;
}

std::vector<std::string_view> frenchSamples()
{
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        for (int i = 0; i < 400; ++i)
            out.push_back("L'évérolimus 10 mg une fois par jour, section " + std::to_string(i) +
                          " : stomatite de grade 2, interruption du traitement jusqu'à amélioration.");
        return out;
    }();
    return {texts.begin(), texts.end()};
}

} // namespace

TEST_CASE("Section text: a library large enough is compressed with its own dictionary and reads back as written",
          "[bundle][compression]")
{
    test::TempDir dir;
    const auto tripled = compileTripledLibrary(dir);
    CHECK(std::stoul(test::queryBundle(tripled, "SELECT length(dictionary) FROM section_dictionary")) >= 4096);
    CHECK(test::queryBundle(tripled, "SELECT count(*) FROM sections WHERE typeof(text) <> 'blob' OR typeof(html) <> 'blob'") ==
          "0");
    const double stored = std::stod(test::queryBundle(tripled, "SELECT sum(length(text) + length(html)) FROM sections"));
    const double plain = std::stod(test::queryBundle(
        tripled, "SELECT sum(length(CAST(oncoref_section_text(text) AS BLOB)) + length(CAST(oncoref_section_text(html) AS BLOB)))"
                 " FROM sections"));
    INFO("stored " << stored << " bytes for " << plain);
    CHECK(stored < 0.5 * plain);

    // The bundled library is too small for a dictionary: its sections are compressed alone.
    CHECK(test::queryBundle(test::bundlePath(), "SELECT count(*) FROM section_dictionary") == "0");

    // Both ways of storing give the reader the same article, byte for byte.
    auto withDictionary = test::requireOk(Library::open(tripled));
    auto without = test::requireOk(Library::open(test::bundlePath()));
    for (const auto &entry : std::filesystem::directory_iterator(test::contentDir() / "articles")) {
        const std::string slug = entry.path().stem().string();
        INFO(slug);
        const Article expected = test::requireOk(without.article(slug));
        for (const std::string &copy : {slug, slug + "-copie-b"}) {
            const Article read = test::requireOk(withDictionary.article(copy));
            REQUIRE(read.sections.size() == expected.sections.size());
            for (std::size_t i = 0; i < read.sections.size(); ++i) {
                CHECK(read.sections[i].text == expected.sections[i].text);
                CHECK(read.sections[i].html == expected.sections[i].html);
            }
        }
    }
    const Article everolimus = test::requireOk(withDictionary.article(std::string(kEverolimus)));
    bool dose = false;
    for (const auto &section : everolimus.sections)
        dose |= section.text.find("10 mg") != std::string::npos;
    CHECK(dose);
}

TEST_CASE("Section text: a dictionary pays only when the library has text enough to train it", "[bundle][compression]")
{
    auto trained = test::requireOk(SectionTextPacker::train(frenchSamples()));
    CHECK_FALSE(trained->dictionary().empty());
    auto none = test::requireOk(SectionTextPacker::train({"Une phrase.", "Deux phrases."}));
    CHECK(none->dictionary().empty());

    const std::string text = "L'évérolimus 10 mg une fois par jour : stomatite de grade 2 chez 44 % des patients.";
    for (auto *packer : {trained.get(), none.get()}) {
        const std::string frame = test::requireOk(packer->pack(text));
        auto reader = test::requireOk(SectionTextReader::create(packer->dictionary()));
        CHECK(test::requireOk(reader->read(frame)) == text);
        CHECK(test::requireOk(reader->read(test::requireOk(packer->pack("")))).empty());
    }
}

TEST_CASE("Section text: a damaged or hostile frame is refused with a message, never read", "[bundle][compression][hostile]")
{
    auto packer = test::requireOk(SectionTextPacker::train(frenchSamples()));
    auto reader = test::requireOk(SectionTextReader::create(packer->dictionary()));
    const std::string frame = test::requireOk(packer->pack("Afinitor 10 mg/jour, en une prise."));

    const auto refusal = [&](std::string_view bytes) {
        auto read = reader->read(bytes);
        REQUIRE_FALSE(read);
        CHECK(read.error().kind == ErrorKind::Damaged);
        return read.error().message;
    };
    CHECK(refusal("").find("not a compressed frame") != std::string::npos);
    CHECK(refusal("Afinitor 10 mg").find("not a compressed frame") != std::string::npos);
    CHECK(refusal(frame + "x").find("after its frame") != std::string::npos);
    CHECK(refusal(frame.substr(0, frame.size() - 2)).find("damaged bundle") == 0);
    // Any bit changed: the checksum or the decoder refuses it, unless it changes no byte of the
    // text (padding). Never another text.
    std::size_t refused = 0;
    for (std::size_t at = 0; at < frame.size() * 8; ++at) {
        std::string flipped = frame;
        flipped[at / 8] = static_cast<char>(flipped[at / 8] ^ (1 << (at % 8)));
        INFO("bit " << at << " of " << frame.size() * 8);
        if (auto read = reader->read(flipped); read)
            CHECK(*read == "Afinitor 10 mg/jour, en une prise.");
        else
            refused += read.error().kind == ErrorKind::Damaged;
    }
    CHECK(refused > frame.size() * 7);

    // A dictionary larger than any the writer trains is refused before it is loaded.
    auto oversized = SectionTextReader::create(std::string(kMaxSectionDictionaryBytes + 1, 'x'));
    REQUIRE_FALSE(oversized);
    CHECK(oversized.error().kind == ErrorKind::Damaged);

    // Packed with another dictionary than the bundle's.
    auto plain = test::requireOk(SectionTextReader::create(""));
    CHECK_FALSE(plain->read(frame));

    // A frame that claims more than a section may hold is not inflated.
    const std::string huge(kMaxSectionTextBytes + 1, 'a');
    std::string bomb(ZSTD_compressBound(huge.size()), '\0');
    bomb.resize(ZSTD_compress(bomb.data(), bomb.size(), huge.data(), huge.size(), 1));
    CHECK(refusal(bomb).find("claims more than 64 MiB") != std::string::npos);
    CHECK_FALSE(packer->pack(huge));
}

TEST_CASE("Section text: a bundle with a damaged section names the article, and the others still read",
          "[bundle][compression][hostile]")
{
    test::TempDir dir;
    const auto path = dir / "damaged.oncoref";
    std::filesystem::copy_file(test::bundlePath(), path);
    test::editBundle(path, "UPDATE sections SET text = X'28b52ffd00' WHERE position = 1 AND article_id = "
                           "(SELECT id FROM articles WHERE slug = '" +
                               std::string(kEverolimus) + "')");
    auto library = test::requireOk(Library::open(path));
    auto damaged = library.article(std::string(kEverolimus));
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().message.find("damaged bundle") != std::string::npos);
    CHECK(library.article("tumeurs-neuroendocrines-digestives"));

    const auto asText = dir / "as-text.oncoref";
    std::filesystem::copy_file(test::bundlePath(), asText);
    test::editBundle(asText, "UPDATE sections SET html = 'stored as text' WHERE position = 0");
    auto read = test::requireOk(Library::open(asText)).article("tumeurs-neuroendocrines-digestives");
    REQUIRE_FALSE(read);
    CHECK(read.error().message.find("not a compressed frame") != std::string::npos);
}
