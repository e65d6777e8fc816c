"""Measure the person extractor on a character-tagged NER corpus, in process, per half.

    .venv/bin/python scripts/eval_persons.py [--corpus PATH] [--show N] [--half even|odd]

Only measures: nothing here is learnt from the corpus.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from articles.parsing.persons import find_mentions  # noqa: E402

DEFAULT = "/work/shared/data/peoples-daily-ner/example.dev"


def read_corpus(path):
    sentences, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            parts = line.split()
            if not parts:
                if chars:
                    people, cur = [], None
                    for c, t in zip(chars, tags):
                        if t == "B-PER":
                            if cur:
                                people.append(cur)
                            cur = c
                        elif t == "I-PER" and cur is not None:
                            cur += c
                        else:
                            if cur:
                                people.append(cur)
                            cur = None
                    if cur:
                        people.append(cur)
                    sentences.append(("".join(chars), people))
                chars, tags = [], []
            elif len(parts) >= 2:
                chars.append(parts[0])
                tags.append(parts[-1])
    return sentences


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--half", choices=["even", "odd"])
    args = ap.parse_args()
    sents = read_corpus(args.corpus)
    halves = {"even": [0, 0, 0], "odd": [0, 0, 0]}
    shown = 0
    for k, (s, gold) in enumerate(sents):
        h = "even" if k % 2 == 0 else "odd"
        if args.half and h != args.half:
            continue
        found = [r.name for r in find_mentions(s)]
        left = list(gold)
        hits = 0
        for n in found:
            if n in left:
                left.remove(n)
                hits += 1
        halves[h][0] += hits
        halves[h][1] += len(found)
        halves[h][2] += len(gold)
        if shown < args.show and (left or hits != len(found)):
            shown += 1
            extra = list(found)
            for g in gold:
                if g in extra:
                    extra.remove(g)
            print(f"MISS {left} EXTRA {extra} | {s[:90]}")
    for h, (hits, npred, ngold) in halves.items():
        if npred or ngold:
            p = hits / npred if npred else 0
            r = hits / ngold if ngold else 0
            f = 2 * p * r / (p + r) if p + r else 0
            print(f"{h}: p={p:.3f} r={r:.3f} f1={f:.3f}")
    hits, npred, ngold = (sum(v[i] for v in halves.values()) for i in range(3))
    p, r = hits / max(npred, 1), hits / max(ngold, 1)
    print(f"all: p={p:.3f} r={r:.3f} f1={2 * p * r / (p + r) if p + r else 0:.3f}")


if __name__ == "__main__":
    main()
