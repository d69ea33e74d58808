#!/usr/bin/env python3
"""Writes a Hugo site (bench/hugo theme + content) with the same content as a PowerList lists folder:
one page per public entry with the same fields, and category, department and law taxonomies (like PowerList's
category, department and law pages), 100 entries per list page.

    python3 bench/hugo-content.py LISTS OUT
"""
import glob, json, multiprocessing, os, shutil, sys
import yaml

LOADER = getattr(yaml, 'CLoader', yaml.SafeLoader)


def load(path):
    with open(path, encoding='utf-8') as f:
        return yaml.load(f, Loader=LOADER)


def write_file(args):
    path, cats, depts, laws, out = args
    doc = load(path)
    written = 0
    for e in doc.get('entries') or []:
        if e.get('public', True) is False:
            continue
        basis = [{'law': laws.get(c.get('law'), c.get('law', '')), 'articles': c.get('articles', ''),
                  'quote': c.get('quote', ''), 'text': c.get('text', '')} for c in e.get('basis') or []]
        front = {
            'title': e['name'], 'code': e['code'],
            'categories': [cats.get(doc['category'], doc['category'])],
            'departments': [depts.get(doc['department'], doc['department'])],
            'laws': sorted({b['law'] for b in basis if b['law']}),
            'basis': basis, 'subject': e.get('subject', ''), 'handler': e.get('handler', ''),
            'levels': e.get('levels') or [], 'duties': e.get('duties', ''),
            'sub_items': e.get('sub_items') or [],
            'responsibilities': e.get('responsibilities') or [],
            'accountable': e.get('accountable', ''), 'accountability': e.get('accountability', ''),
            'remedies': e.get('remedies') or ['行政复议', '行政诉讼'], 'notes': e.get('notes', ''),
        }
        target = os.path.join(out, 'content', 'entry', e['code'] + '.md')
        with open(target, 'w', encoding='utf-8') as f:
            f.write(json.dumps(front, ensure_ascii=False))
            f.write('\n')
        written += 1
    return written


def main():
    lists, out = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(os.path.join(here, 'hugo'), out)
    os.makedirs(os.path.join(out, 'content', 'entry'))
    site = load(os.path.join(lists, 'site.yaml'))
    cats = {c['code']: c['name'] for c in load(os.path.join(lists, 'categories.yaml'))['categories']}
    depts = {d['id']: d['name'] for d in load(os.path.join(lists, 'departments.yaml'))['departments']}
    laws = {l['id']: l['title'] for l in load(os.path.join(lists, 'laws.yaml'))['laws']}
    with open(os.path.join(out, 'hugo.toml'), 'a', encoding='utf-8') as f:
        f.write('title = %s\n' % json.dumps(site.get('title', '')))
    files = sorted(glob.glob(os.path.join(lists, '*', '*.yaml')))
    with multiprocessing.Pool() as pool:
        total = sum(pool.map(write_file, [(p, cats, depts, laws, out) for p in files], chunksize=8))
    print(total, 'pages')


if __name__ == '__main__':
    main()
