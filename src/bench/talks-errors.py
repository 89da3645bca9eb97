#!/usr/bin/env python3
"""What a talks set's scorer counts as wrong, statement by statement, matched as the scorer matches.

    src/bench/talks-errors.py SET SYSTEM.jsonl [--only missed|extra|speaker|party] [--doc PREFIX]

SET is a folder of ../shared/talks (gold.json, text/); SYSTEM.jsonl the scorer's input (from
`extract`, or from a run's exports by briefing_exports_to_jsonl.py; src/bench/talks-score.sh with
KEEP=DIR leaves one per set). Prints, per article, the gold statements missed (with the system span
that overlaps most), the system statements matching nothing, and the matches with a wrong speaker
or party; then a count of each class. Imports ../shared/eval/score_talks.py beside the repository.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval'))
import score_talks as S  # noqa: E402


def short(text, s, e, width=160):
    t = text[s:e].replace('\n', ' / ')
    return t if len(t) <= width else t[:width // 2] + ' ... ' + t[-width // 2:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('set')
    ap.add_argument('system')
    ap.add_argument('--only')
    ap.add_argument('--doc', default='')
    a = ap.parse_args()
    gold = S.load_gold(os.path.join(a.set, 'gold.json'))
    texts = S.load_texts(gold, os.path.join(a.set, 'text'))
    system, _ = S.load_system(a.system)
    reg = S.Registry(gold)
    counts = collections.Counter()
    for art in gold['articles']:
        f = art['file']
        if not f.startswith(a.doc):
            continue
        text = texts[f]
        ign = art.get('ignore_regions', [])
        region = [(art.get('positions_region', [0, len(text)])[0], art.get('positions_region', [0, len(text)])[1])]
        sysd = []
        for r in system:
            if r['doc'] != f:
                continue
            r = dict(r, cs=S.charset(text, r['start'], r['end']))
            if ign and S.inside_share(r['cs'], ign) > 0.5:
                continue
            sysd.append(r)
        lines = []
        for pool, gkey, kinds in (('Q', 'direct_quotes', ('direct', 'mixed')), ('P', 'positions', ('indirect',))):
            g = [dict(x, cs=S.charset(text, x['start'], x['end'])) for x in art[gkey]]
            s = [r for r in sysd if r['kind'] in kinds]
            pairs = S.match(g, s)
            mg = {x for x, _ in pairs}
            ms = {y for _, y in pairs}
            for gi, x in enumerate(g):
                if gi in mg:
                    continue
                over = [r for r in s if r['cs'] & x['cs']]
                other = [r for r in sysd if r['kind'] not in kinds and r['cs'] & x['cs']]
                why = 'no overlap'
                if over:
                    b = max(over, key=lambda r: len(r['cs'] & x['cs']))
                    why = f"best J={S.jaccard(b['cs'], x['cs']):.2f} sys[{b['kind']}] «{short(text, b['start'], b['end'], 100)}»"
                elif other:
                    why = 'found in the other pool as ' + other[0]['kind']
                cls = f'{pool} missed: ' + (why.split(' ')[0] if not over else ('too long' if len(b['cs']) > len(x['cs']) else 'too short'))
                counts[cls] += 1
                lines.append((x['start'], 'missed', f"{pool}- [{x['start']}] «{short(text, x['start'], x['end'])}» {x.get('speaker')}/{x.get('party')} -- {why}"))
            for si, r in enumerate(s):
                if si in ms:
                    continue
                if pool == 'P' and S.inside_share(r['cs'], region) <= 0.5:
                    continue
                counts[f'{pool} extra'] += 1
                lines.append((r['start'], 'extra', f"{pool}+ [{r['start']}] «{short(text, r['start'], r['end'])}» {r.get('speaker')}/{r.get('party')}"))
            for gi, si in pairs:
                x, r = g[gi], s[si]
                if x.get('speaker') and not reg.speaker_ok(x['speaker'], r['speaker']):
                    counts[f'{pool} speaker'] += 1
                    lines.append((r['start'], 'speaker', f"{pool}s [{r['start']}] «{short(text, r['start'], r['end'], 80)}» gold {x['speaker']} sys {r['speaker']}"))
                if not reg.party_ok(x.get('party'), r.get('party')):
                    counts[f'{pool} party'] += 1
                    lines.append((r['start'], 'party', f"{pool}p [{r['start']}] «{short(text, r['start'], r['end'], 80)}» gold {x.get('party')} sys {r.get('party')} (speaker {r.get('speaker')})"))
        lines = [l for l in sorted(lines) if not a.only or l[1] == a.only]
        if lines:
            print(f'=== {f}')
            for _, _, l in lines:
                print('  ' + l)
    print()
    for k, v in sorted(counts.items()):
        print(f'{v:5d}  {k}')


if __name__ == '__main__':
    main()
