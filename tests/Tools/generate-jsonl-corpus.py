#!/usr/bin/env python3
"""Writes a large JSON Lines corpus for memory and speed measurements (never committed: it is generated).

usage: generate-jsonl-corpus.py OUTPUT SIZE_MB
Records are built from the paragraphs of the seed articles; about one in three carries scraper junk
(widget headings, comment forms, author boxes), so reports have findings to stream.
"""
import json
import pathlib
import random
import sys

root = pathlib.Path(__file__).resolve().parents[2]
paragraphs = []
for seed in sorted((root / "seeds").iterdir()):
    text = seed.read_text(encoding="utf-8", errors="replace")
    paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
junk = ["You May Also Like", "Geef een reactie", "Related Posts", "About the Author: Jan Jansen",
        "Het e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *", "Populair"]

random.seed(6)
target = int(sys.argv[2]) * 1024 * 1024
written = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    n = 0
    while written < target:
        n += 1
        body = random.sample(paragraphs, k=min(len(paragraphs), random.randint(6, 14)))
        if n % 3 == 0:
            body.insert(random.randint(1, len(body)), random.choice(junk))
        title = body[0].split(".")[0][:90]
        record = {"id": f"doc-{n}", "title": title, "lang": random.choice(["en", "nl", "de"]), "text": "\n\n".join(body)}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
print(f"{n} records, {written} bytes")
