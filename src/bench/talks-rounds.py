#!/usr/bin/env python3
"""How a run's rounds line up with a talks set's gold rounds (issue 10), matched as the scorer matches.

    src/bench/talks-rounds.py SET SYSTEM.jsonl [--doc PREFIX] [--wrong]

SET is a folder of ../shared/talks; SYSTEM.jsonl the scorer's input from a run's exports
(src/bench/talks-score.sh with KEEP=DIR leaves one per set). Prints the gold rounds (label, place,
dates), a table of system round x gold round over the matched statements (null included), the
one-to-one mapping and its accuracy, and per article the counts of each (system, gold) pair;
with --wrong, each statement whose mapped round is not the gold one.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval'))
import score_talks as S  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('set')
    ap.add_argument('system')
    ap.add_argument('--doc', default='')
    ap.add_argument('--wrong', action='store_true')
    a = ap.parse_args()
    gold = S.load_gold(os.path.join(a.set, 'gold.json'))
    texts = S.load_texts(gold, os.path.join(a.set, 'text'))
    system, _ = S.load_system(a.system)
    pairs = []
    for art in gold['articles']:
        f, text = art['file'], texts[art['file']]
        sysd = [dict(r, cs=S.charset(text, r['start'], r['end'])) for r in system if r['doc'] == f]
        for pool, kinds in (('direct', ('direct', 'mixed')), ('positions', None)):
            gl = art['direct_quotes'] if pool == 'direct' else art['positions']
            g = [dict(x, cs=S.charset(text, x['start'], x['end'])) for x in gl]
            s = [r for r in sysd if (r['kind'] in ('direct', 'mixed')) == (pool == 'direct')]
            for gi, si in S.match(g, s):
                pairs.append((f, g[gi], s[si], text))
    for r in gold['rounds']:
        print(f"gold {r['id']:28s} {r['start']}..{r['end']} {r.get('place')} | {r.get('forum')}")
    co = collections.Counter((str(s.get('round')), g.get('round')) for _, g, s, _ in pairs)
    sysr = sorted({k[0] for k in co})
    goldr = [None] + [r['id'] for r in gold['rounds']]
    print('\n%-55s' % 'system \\ gold' + ''.join('%8s' % (str(x)[:7]) for x in goldr))
    for sr in sysr:
        print('%-55s' % sr[:55] + ''.join('%8d' % co[(sr, gr)] for gr in goldr))
    res = S.round_scores(gold, [(None, g, s) for _, g, s, _ in pairs])
    print('\none-to-one', res['mapping_one_to_one'], 'acc', round(res['one_to_one']['all']['accuracy'], 3),
          'many-to-one acc', round(res['many_to_one']['all']['accuracy'], 3))
    mapping = res['mapping_one_to_one']
    per = collections.defaultdict(collections.Counter)
    for f, g, s, text in pairs:
        if f.startswith(a.doc):
            per[f][(str(s.get('round'))[:40], g.get('round'))] += 1
    art_main = {x['file']: x['main_round'] for x in gold['articles']}
    for f in sorted(per):
        print(f"\n{f} (main {art_main[f]})")
        for (sr, gr), n in per[f].most_common():
            print(f"   {n:3d}  {sr:40s} -> gold {gr}")
    if a.wrong:
        for f, g, s, text in pairs:
            if not f.startswith(a.doc):
                continue
            got = None if s.get('round') is None else mapping.get(str(s['round']), '?')
            if got != g.get('round'):
                t = text[g['start']:g['end']].replace('\n', ' ')
                print(f"  {f[:30]} @{g['start']} sys={s.get('round')} gold={g.get('round')}: {t[:150]}")


main()
