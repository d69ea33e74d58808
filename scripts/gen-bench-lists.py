#!/usr/bin/env python3
"""Writes a large, valid lists folder for benchmarks: the sample's top-level files plus N entries
(copies of the sample's entries with new codes and names), spread over departments and categories.

usage: scripts/gen-bench-lists.py OUT_DIR [ENTRIES=100000] [PER_FILE=200]
then:  time powerlist validate OUT_DIR
"""
import os, re, shutil, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sample = os.path.join(root, 'tests', 'fixtures', 'sample-lists')
out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 200

# Entry templates: every entry of the sample, as text blocks (without the file header).
templates = []
for dept in sorted(os.listdir(sample)):
    d = os.path.join(sample, dept)
    if not os.path.isdir(d) or dept.startswith('_'):
        continue
    for f in sorted(os.listdir(d)):
        text = open(os.path.join(d, f), encoding='utf-8').read()
        body = text.split('entries:\n', 1)[1]
        for block in re.split(r'(?m)^(?=  - code: )', body):
            if block.strip() and 'public: false' not in block:
                templates.append(block)

shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
for name in ['site.yaml', 'categories.yaml', 'laws.yaml', 'synonyms.yaml']:
    shutil.copy(os.path.join(sample, name), out)
shutil.copytree(os.path.join(sample, '_schema'), os.path.join(out, '_schema'))

categories = ['xk', 'cf', 'qz', 'zs', 'gf', 'jc', 'qr', 'jl', 'cj', 'qt']
files = (total + per_file - 1) // per_file
departments = (files + len(categories) - 1) // len(categories)
with open(os.path.join(out, 'departments.yaml'), 'w', encoding='utf-8') as f:
    f.write('departments:\n')
    for i in range(departments):
        f.write(f'  - id: d{i:03d}\n    name: 克拉玛依市第{i + 1}部门\n    kind: 政府工作部门\n    order: {i}\n')

n = 0
for i in range(files):
    dept, cat = f'd{i // len(categories):03d}', categories[i % len(categories)]
    os.makedirs(os.path.join(out, dept), exist_ok=True)
    parts = [f'# yaml-language-server: $schema=../_schema/list.schema.json\ndepartment: {dept}\ncategory: {cat}\nentries:\n']
    for _ in range(min(per_file, total - n)):
        t = templates[n % len(templates)]
        code = f'650200-{dept.upper()}-{cat.upper()}-{n:06d}'
        t = re.sub(r'(?m)^(\s+- code: |\s+code: |\s+- \{code: )650200-[A-Z0-9-]+?(-\d\d)?$', lambda m: m.group(1) + code + (m.group(2) or ''), t)
        t = re.sub(r'(?m)^(\s+- code: )650200-[A-Z]+-[A-Z]+-\d{4}(-\d\d)?', lambda m: m.group(1) + code + (m.group(2) or ''), t)
        t = re.sub(r'(?m)^(    name: )(.*)$', lambda m: f'{m.group(1)}{m.group(2)}（第{n}项）', t, count=1)
        t = re.sub(r'replaces: \[.*\]', f'replaces: [{code}-01]', t)
        parts.append(t)
        n += 1
    with open(os.path.join(out, dept, cat + '.yaml'), 'w', encoding='utf-8') as f:
        f.write(''.join(parts))
print(f'{n} entries in {files} files under {out}')
