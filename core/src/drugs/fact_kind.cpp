// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/drug_facts.h>

#include <array>
#include <utility>

namespace oncoref {
namespace {

// The names a fact's kind has in drug_rules.yaml and in the bundle's drug_facts table.
constexpr std::array<std::pair<FactKind, std::string_view>, 9> kKindNames{{
    {FactKind::Dose, "dose"},
    {FactKind::Schedule, "schedule"},
    {FactKind::Adjustment, "adjustment"},
    {FactKind::AdverseEffect, "adverse_effect"},
    {FactKind::Monitoring, "monitoring"},
    {FactKind::Combination, "combination"},
    {FactKind::Contraindication, "contraindication"},
    {FactKind::Administration, "administration"},
    {FactKind::Interaction, "interaction"},
}};

} // namespace

std::string_view toString(FactKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return name;
    return "dose";
}

std::optional<FactKind> factKindFromString(std::string_view text)
{
    for (const auto &[kind, name] : kKindNames)
        if (name == text)
            return kind;
    return std::nullopt;
}

} // namespace oncoref
