#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Oncoref developers
# SPDX-License-Identifier: MIT
# Imports a corpus of captured pages (outside the repository) split in test and train, and
# compiles the result into a bundle: the figures of README "Publisher's workflow".
#   tests/tools/import_corpus.sh CLI CORPUS_DIR OUT_DIR
# CORPUS_DIR holds pages/*.txt and split.tsv (file<TAB>test|train); OUT_DIR is created, with
# content/ (bundle.yaml with the bundled topics and 'unfiled', articles/), test.json, train.json
# and corpus.oncoref.
set -euo pipefail
cli=$1 corpus=$2 out=$3
repo=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out" && mkdir -p "$out/content/articles"
cp "$repo/content/bundle.yaml" "$repo/content/thesaurus.yaml" "$repo/content/drug_rules.yaml" "$out/content/"
cat >> "$out/content/bundle.yaml" <<'YAML'
  - id: unfiled
    fr: "À classer"
    en: "To be filed"
YAML
for split in test train; do
    mapfile -t pages < <(awk -F'\t' -v s="$split" '$2 == s { print $1 }' "$corpus/split.tsv" | while read -r f; do
        [ -f "$corpus/pages/$f" ] && echo "$corpus/pages/$f"; done)
    "$cli" import --json "${pages[@]}" -o "$out/content/articles" > "$out/$split.json" || true
    python3 - "$out/$split.json" "$split" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
t = report["totals"]
print(f"{sys.argv[2]:5}  captures {t['captures']:3}  imported {t['imported']:3}  failed {t['failed']}  "
      f"lines kept {t['kept']:4}  chrome {t['chrome']:3}  read twice {t['duplicate']:3}  lost {t['lost']}  (blank {t['blank']})")
for a in report["articles"]:
    l = a["lines"]
    print(f"       {a['capture'].split('/')[-1][:58]:58} {a['layout']:15} {','.join(a['features']):24} kept {l['kept']:3} chrome {l['chrome']:3} twice {l['duplicate']:3} lost {l['lost']}")
for f in report["failed"]:
    print(f"       FAILED {f['capture']}: {f['message']}")
PY
done
"$cli" build "$out/content" -o "$out/corpus.oncoref" --json > "$out/build.json" || true
python3 -c "import json,sys; b=json.load(open(sys.argv[1])); print(f\"build  articles {b['articles']}  written {b['written']}  errors {len(b['errors'])}\"); [print('       ', e['file'], e['line'], e['message']) for e in b['errors']]" "$out/build.json"
