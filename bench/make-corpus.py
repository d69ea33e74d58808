#!/usr/bin/env python3
"""Builds src/PowerList/Generation/karamay-corpus.json.gz, the text that `powerlist generate` resamples.

Input: the 11 official Karamay 2024 lists imported one per folder, e.g.
    i=0; for f in lists/_sources/karamay-2024/*.xls*; do i=$((i+1)); powerlist import "$f" --into /tmp/real/l$i; done
    python3 bench/make-corpus.py /tmp/real src/PowerList/Generation/karamay-corpus.json.gz
Keeps per department (agency) its entries with every text field the generator uses, and every law they cite.
"""
import glob, gzip, json, sys, yaml

root, out = sys.argv[1], sys.argv[2]
agencies, laws = [], {}
for folder in sorted(glob.glob(root + '/l*'), key=lambda p: int(p.rsplit('l', 1)[1])):
    depts = yaml.safe_load(open(folder + '/departments.yaml'))['departments']
    for law in (yaml.safe_load(open(folder + '/laws.yaml')) or {}).get('laws') or []:
        laws.setdefault(law['id'], law)
    for d in depts:
        entries = []
        for f in sorted(glob.glob(f"{folder}/{d['id']}/*.yaml")):
            doc = yaml.safe_load(open(f))
            for e in doc.get('entries') or []:
                keep = {k: v for k, v in e.items() if k in (
                    'name', 'basis', 'handler', 'levels', 'duties', 'responsibilities', 'accountable',
                    'accountability', 'sub_items', 'remedies')}
                for s in keep.get('sub_items') or []:
                    s.pop('code', None)
                keep['cat'] = doc['category']
                entries.append(keep)
        name = d['name']
        agencies.append({'id': d['id'], 'name': name.replace('克拉玛依市', '', 1), 'entries': entries})

cited = {c['law'] for a in agencies for e in a['entries'] for c in (e.get('basis') or []) if 'law' in c}
cited |= {c['law'] for a in agencies for e in a['entries'] for s in (e.get('sub_items') or []) for c in (s.get('basis') or []) if 'law' in c}
corpus = {'agencies': agencies, 'laws': [laws[i] for i in sorted(cited)]}
with gzip.GzipFile(out, 'wb', mtime=0) as g:
    g.write(json.dumps(corpus, ensure_ascii=False, sort_keys=True, separators=(',', ':')).encode('utf-8'))
print(sum(len(a['entries']) for a in agencies), 'entries,', len(corpus['laws']), 'laws')
