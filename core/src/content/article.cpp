// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#include <oncoref/article.h>

#include <algorithm>
#include <array>
#include <utility>

namespace oncoref {

namespace {
constexpr std::array<std::pair<ReviewStatus, std::string_view>, 3> kReviewStatusNames = {{
    {ReviewStatus::NotStated, "not_stated"},
    {ReviewStatus::PendingHumanReview, "pending_human_review"},
    {ReviewStatus::JournalPublished, "journal_published"},
}};
}

std::string_view toString(ReviewStatus status)
{
    for (const auto &[value, name] : kReviewStatusNames)
        if (value == status)
            return name;
    return "not_stated";
}

std::optional<ReviewStatus> reviewStatusFromString(std::string_view text)
{
    for (const auto &[value, name] : kReviewStatusNames)
        if (name == text)
            return value;
    return std::nullopt;
}

const Section *Article::findSection(std::string_view anchor) const
{
    const auto found = std::find_if(sections.begin(), sections.end(), [&](const Section &s) { return s.anchor == anchor; });
    return found == sections.end() ? nullptr : &*found;
}

const Reference *Article::findReference(int number) const
{
    const auto found = std::find_if(references.begin(), references.end(), [&](const Reference &r) { return r.number == number; });
    return found == references.end() ? nullptr : &*found;
}

} // namespace oncoref
