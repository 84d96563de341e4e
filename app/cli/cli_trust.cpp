// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include "cli_trust.h"

#include "cli_progress.h"

#include <oncoref/library.h>

#include <nlohmann/json.hpp>

#include <ostream>

namespace oncoref::cli {

namespace {

int fail(std::ostream &err, const Error &error)
{
    err << "oncoref-cli: " << error.toString() << '\n';
    return 1;
}

std::string joinedArguments(const Invocation &invocation)
{
    std::string joined;
    for (const auto &argument : invocation.arguments)
        joined += (joined.empty() ? "" : " ") + argument;
    return joined;
}

nlohmann::ordered_json toJson(const BundleVerification &v, const std::string &file)
{
    nlohmann::ordered_json altered = nlohmann::ordered_json::array();
    for (const auto &entry : v.altered) {
        nlohmann::ordered_json item{{"entry", entry.entry}, {"slug", entry.slug}, {"description", entry.description}};
        if (entry.factId != 0)
            item["fact_id"] = entry.factId;
        altered.push_back(std::move(item));
    }
    return {{"file", file},           {"status", toString(v.trust)},     {"publisher", v.publisher},
            {"key_id", v.keyId},      {"signed_at", v.signedAt},         {"manifest_sha256", v.manifestDigest},
            {"articles", v.articleCount}, {"facts", v.factCount},       {"problem", v.problem},
            {"altered", altered}};
}

int exitCodeOf(BundleTrust trust)
{
    switch (trust) {
    case BundleTrust::Verified: return kExitVerified;
    case BundleTrust::Unsigned: return kExitUnsigned;
    case BundleTrust::Altered: break;
    }
    return kExitAltered;
}

} // namespace

Result<TrustedKeys> trustedKeysFor(const Invocation &invocation)
{
    TrustedKeys keys = TrustedKeys::standard();
    if (invocation.trustedKeys)
        if (auto added = keys.addFile(*invocation.trustedKeys); !added)
            return added.error();
    return keys;
}

int keygen(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.empty() || !invocation.output)
        return fail(err, Error{{}, 0, "usage: oncoref-cli keygen PUBLISHER NAME -o FILE.key   (writes FILE.key, mode 0600, and FILE.key.pub)"});
    auto key = generateSigningKey(joinedArguments(invocation));
    if (!key)
        return fail(err, key.error());
    if (auto written = writeKeyFiles(*key, *invocation.output); !written)
        return fail(err, written.error());
    out << "Secret key: " << invocation.output->string() << " (mode 0600: keep it off any repository and shared disk)\n"
        << "Public key: " << invocation.output->string() << ".pub\n"
        << key->publicKey.toLine() << '\n';
    return 0;
}

int verify(const Invocation &invocation, std::ostream &out, std::ostream &err)
{
    if (invocation.arguments.size() > 1)
        return fail(err, Error{{}, 0, "usage: oncoref-cli verify [FILE.oncoref] [--trusted-keys FILE] [--json]"});
    std::filesystem::path file;
    if (!invocation.arguments.empty())
        file = invocation.arguments.front();
    else if (invocation.bundle)
        file = *invocation.bundle;
    else if (auto found = locateDefaultBundle(invocation.programDir))
        file = *found;
    else
        return fail(err, Error{{}, 0, "no bundle to verify: name one (oncoref-cli verify FILE.oncoref)"});
    auto keys = trustedKeysFor(invocation);
    if (!keys)
        return fail(err, keys.error());
    for (const auto &problem : keys->problems)
        err << "oncoref-cli: " << problem.toString() << " (those keys are not trusted)\n";
    std::optional<ProgressBar> bar;
    VerifyProgress progress;
    if (invocation.terminal && !invocation.quiet) {
        bar.emplace(err, "entries checked");
        progress = [&bar](std::size_t done, std::size_t total) { bar->update(done, total); };
    }
    auto verification = verifyBundle(file, *keys, nullptr, progress);
    bar.reset(); // the bar's line ends before the verdict
    if (!verification)
        return fail(err, verification.error());
    const BundleVerification &v = *verification;
    if (invocation.json) {
        out << toJson(v, file.string()).dump(2) << '\n';
        return exitCodeOf(v.trust);
    }
    switch (v.trust) {
    case BundleTrust::Verified:
        out << "Verified: " << file.string() << " signed by " << v.publisher << " (key " << v.keyId << ") on " << v.signedAt << "; "
            << v.articleCount << " articles and " << v.factCount << " drug facts as signed\n";
        break;
    case BundleTrust::Unsigned:
        out << "Unsigned: " << file.string() << " — " << v.problem << "; its " << v.articleCount
            << " articles match its own manifest, which anyone could have rewritten\n";
        break;
    case BundleTrust::Altered:
        out << "ALTERED: " << file.string() << " — " << v.problem << '\n';
        for (const auto &entry : v.altered)
            out << "  " << entry.description << '\n';
        break;
    }
    return exitCodeOf(v.trust);
}

} // namespace oncoref::cli
