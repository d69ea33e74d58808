#!/usr/bin/env python3
"""One small change to a list file, as an editor would make it (text edit, canonical layout kept):
    edit FILE    append （修订） to the first entry's name
    add FILE     append a copy of the last entry with a new code and name
    delete FILE  remove the second entry
"""
import re, sys

op, path = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
head, _, body = text.partition('entries:\n')
blocks = re.split(r'(?m)^(?=  - code: )', body)
blocks = [b for b in blocks if b]
if op == 'edit':
    blocks[0] = re.sub(r'(?m)^(    name: .*)$', r'\1（修订）', blocks[0], count=1)
elif op == 'add':
    last = blocks[-1]
    code = re.search(r'(?m)^  - code: (\S+)$', last).group(1)
    new = re.sub(r'(?m)^  - code: \S+$', f'  - code: {code}-B', last, count=1)
    new = re.sub(r'(?m)^    name: .*$', '    name: 对基准测试新增违法行为的处罚', new, count=1)
    if not new.endswith('\n'):
        new += '\n'
    if not blocks[-1].endswith('\n'):
        blocks[-1] += '\n'
    blocks.append(new)
elif op == 'delete':
    del blocks[1]
else:
    sys.exit(f'unknown operation {op}')
open(path, 'w', encoding='utf-8').write(head + 'entries:\n' + ''.join(blocks))
