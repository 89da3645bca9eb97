#!/usr/bin/env python3
"""The error classes left in an extraction, with counts, matched as the shared scorer matches.

    java -jar target/parley.jar extract ../shared/polnear/dev/text > out.jsonl
    python3 src/bench/error-classes.py ../shared/polnear/dev out.jsonl

Imports ../shared/eval/score_attributions.py (beside the repository) for gold loading and matching.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval'))
import score_attributions as S
texts, gold, _ = S.load_gold(sys.argv[1])
system, _ = S.load_system(sys.argv[2], texts)
c = collections.Counter()
for doc, golds in gold.items():
    text = texts[doc]
    gs = [S.prepare(text, g) for g in golds]
    ss = [S.prepare(text, s) for s in system.get(doc, [])]
    pairs = S.match(gs, ss)
    mg = {gi for gi, _, _ in pairs}; ms = {si for _, si, _ in pairs}
    for gi, si, j in pairs:
        g, s = gs[gi], ss[si]
        if g.sset and not (s.sset and g.sset & s.sset):
            c['matched, wrong or missing source'] += 1
    for gi, g in enumerate(gs):
        if gi in mg: continue
        over = [s for si, s in enumerate(ss) if g.cset & s.cset]
        if not over:
            c['missed: no statement found there'] += 1
            continue
        s = max(over, key=lambda s: len(g.cset & s.cset))
        si = ss.index(s)
        if si in ms:
            c['missed: nested in or around a statement found (outer vs inner)'] += 1
        elif len(s.cset) > len(g.cset):
            c['content too long (Jaccard < 0.5)'] += 1
        else:
            c['content too short (Jaccard < 0.5)'] += 1
    for si, s in enumerate(ss):
        if si in ms: continue
        if not any(g.cset & s.cset for g in gs):
            c['false positive: nothing annotated there'] += 1
for k, v in c.most_common(): print(f'{v:5d}  {k}')
