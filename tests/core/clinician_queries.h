// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

namespace oncoref::test {

// What a clinician or pharmacist types: words, brand names, abbreviations, English, no accents.
inline constexpr const char *kClinicianQueries[] = {
    "évérolimus stomatite",
    "afinitor",
    "Afinitor stomatite",
    "stomatite",
    "hyperglycémie",
    "pneumonite",
    "exemestane",
    "HbA1c",
    "trastuzumab",
    "Herceptin",
    "lapatinib capécitabine",
    "tumeurs neuroendocrines pancréatiques",
    "everolimus OR trastuzumab",
    "adverse effects everolimus",
    "therapies ciblees",
    "HER2",
    "Ki-67",
    "cisplatine",
    "everolimus toxicite",
    "stomatite trastuzumab pneumonite",
    "dexaméthasone bain de bouche",
    "évérol*",
    "stomat* afinitor",
};

} // namespace oncoref::test
