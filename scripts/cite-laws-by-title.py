#!/usr/bin/env python3
"""Rewrites `law: <id>` citations of a lists folder as `law: <full title>` (docs/format.md "Citing a law").

Usage: python3 scripts/cite-laws-by-title.py [lists]

Only whole lines `- law: <id>` change; every other byte stays. A title is used only when no other law has the same
title and it is no law's id (the rule of LawNames.CiteName, so the loader binds it back to the same id); else the id
stays. The title is written plain when YAML reads it back unchanged, else double-quoted. Check afterwards that
`powerlist build` gives the same site (the law ids, and so every page, are unchanged).
"""
import json
import pathlib
import re
import sys

import yaml

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "lists")
laws = yaml.safe_load((root / "laws.yaml").read_text(encoding="utf-8"))["laws"]
ids = {law["id"] for law in laws}
titles = {}
for law in laws:
    titles.setdefault(str(law.get("title", "")).strip(), []).append(law["id"])


def written(title):
    plain = f"law: {title}"
    try:
        if yaml.safe_load(plain) == {"law": title}:
            return title
    except yaml.YAMLError:
        pass
    return json.dumps(title, ensure_ascii=False)


name = {}
for law in laws:
    title = str(law.get("title", "")).strip()
    if title and len(titles[title]) == 1 and title not in ids:
        name[law["id"]] = written(title)

line = re.compile(r"^(\s*- law: )([a-z0-9][a-z0-9-]*)(\s*)$")
changed_files = changed_lines = 0
for path in sorted(root.glob("*/*.yaml")):
    if path.parent.name.startswith("_"):
        continue
    text = path.read_text(encoding="utf-8")
    out = []
    n = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        m = line.match(body)
        if m and m.group(2) in name:
            raw = m.group(1) + name[m.group(2)] + m.group(3) + raw[len(body):]
            n += 1
        out.append(raw)
    if n:
        path.write_text("".join(out), encoding="utf-8", newline="")
        changed_files += 1
        changed_lines += n
print(f"{changed_lines} citations in {changed_files} files now name their law by title")
