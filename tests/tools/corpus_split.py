#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Oncoref developers
# SPDX-License-Identifier: MIT
"""Draws the development corpus's test split from its list of pages, the same on every machine.

    tests/tools/corpus_split.py SOURCES.md > split.tsv

SOURCES.md is the corpus's list (a Markdown table: file, address, language, kind, ...). The split
is stratified by kind: of each kind's pages, sorted by file name and shuffled with the seed below,
the first round(13 * n / 40) are the test split, the rest train. Only file names are written; the
pages themselves and their labels stay outside the repository (README, Extraction, measured).
"""
import random
import sys
from collections import defaultdict

SEED = 20261201
TEST_SHARE = 13 / 40


def pages(sources_md):
    for line in open(sources_md, encoding="utf-8"):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].endswith(".txt"):
            yield cells[0], cells[3]


def main():
    by_kind = defaultdict(list)
    for file, kind in pages(sys.argv[1]):
        by_kind[kind].append(file)
    rng = random.Random(SEED)
    split = {}
    for kind in sorted(by_kind):
        files = sorted(by_kind[kind])
        rng.shuffle(files)
        test_count = round(TEST_SHARE * len(files))
        for index, file in enumerate(files):
            split[file] = "test" if index < test_count else "train"
    for file in sorted(split):
        print(f"{file}\t{split[file]}")


if __name__ == "__main__":
    main()
