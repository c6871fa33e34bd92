#!/usr/bin/env python3
# train-pairs.py — learn data/lexicon/pairs.model, the weights with which
# the extractor scores two actors of a sentence that its rules left
# unrelated (see src/core/text/ent-extractor-pairs.c).
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tools/train-pairs.py BUILD_DIR [--out MODEL] [--eval FILES...] --train FILES...
#
# FILES are annotated sentences (.tsv, tests/sentences/README.md) and
# articles (.txt beside their .gold, tests/corpus/README.md). The model is
# a logistic regression over three classes (support, opposition, none),
# learnt from the pairs the rules leave in the training files and labelled
# by their gold positions. The threshold above which it names a position is
# the one that maximises F1, rules and model together, in a five-fold
# cross-validation over the training files: the mean of the articles' F1 and
# the sentences' F1. --eval prints the F1 of the
# rules alone and with the model on other files; it never chooses anything.

import argparse
import glob
import math
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = ('+', '-')


def load_actors():
    actors = {}
    current = None
    for path in glob.glob(os.path.join(ROOT, 'data', 'lexicon', '*.actors')):
        with open(path, encoding='utf-8') as f:
            for line in f:
                m = re.match(r'^\[(.+)\]', line)
                if m:
                    current = m.group(1)
                    actors[current] = {'kind': None, 'affiliation': None}
                elif current and line.startswith('kind='):
                    actors[current]['kind'] = line[5:].strip()
                elif current and line.startswith('affiliation='):
                    actors[current]['affiliation'] = line[12:].strip()
    return actors


ACTORS = load_actors()


def fold(actor):
    for _ in range(16):
        a = ACTORS.get(actor)
        if not a or a['kind'] == 'state' or not a['affiliation'] or a['affiliation'] not in ACTORS:
            return actor
        actor = a['affiliation']
    return actor


def parse_position(token):
    for i, ch in enumerate(token):
        if ch in '+-' and i > 0 and (token[:i] in ACTORS or token[:i].isupper()):
            return (fold(token[:i]), ch, fold(token[i + 1:]))
    return None


def read_gold(path):
    required, optional, evidence = set(), set(), {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            target = required
            if fields[0] == '?':
                fields, target = fields[1:], optional
            if len(fields) >= 3 and fields[1] in CLASSES:
                position = (fold(fields[0]), fields[1], fold(fields[2]))
                target.add(position)
                if len(fields) > 3:
                    evidence.setdefault(position, []).append(words(fields[3]))
    return required, optional, evidence


def words(text):
    return re.findall(r'[a-z0-9]+', re.sub(r'\([^)]*\)', ' ', text.lower()))


def quotes(sentence, evidence):
    """Whether the sentence holds most words of a gold line's evidence."""
    have = set(words(sentence))
    return any(e and sum(w in have for w in e) >= 0.7 * len(e) for e in evidence)


class Unit:
    """A sentence or an article: its gold, the rules' positions, its pairs."""

    def __init__(self, name, required, optional, evidence=None):
        self.name = name
        self.required = required
        self.optional = optional
        self.evidence = evidence   # for articles: the words each position quotes
        self.rules = set()
        self.pairs = []   # (source, target, [features], sentence)


def extract(build, files):
    exe = os.path.join(build, 'tests', 'pair-features')
    out = subprocess.run([exe] + files, capture_output=True, text=True, check=True).stdout
    units = []
    for line in out.split('\n'):
        fields = line.split('\t')
        if fields[0] == 'sentence':
            gold = {parse_position(t) for t in fields[2].split()} - {None}
            units.append(Unit(fields[1], gold, set()))
        elif fields[0] == 'file':
            units.append(Unit(fields[1], *read_gold(fields[1][:-4] + '.gold')))
        elif fields[0] == 'rule':
            units[-1].rules.add((fields[1], fields[2], fields[3]))
        elif fields[0] == 'pair':
            units[-1].pairs.append((fields[1], fields[2], fields[3].split(), fields[4]))
    return units


def label(unit, source, target, sentence):
    """The pair's class, or False when its sentence says nothing certain:
    an article's gold position whose evidence another sentence holds."""
    for sign in CLASSES:
        position = (source, sign, target)
        if position not in unit.required or position in unit.rules:
            continue
        if unit.evidence is None or quotes(sentence, unit.evidence.get(position, [])):
            return sign
        return False
    return None


def train(units, epochs=12, rate=0.2, l2=1e-4, min_count=2):
    counts = {}
    for u in units:
        for _, _, features, _ in u.pairs:
            for x in set(features):
                counts[x] = counts.get(x, 0) + 1
    examples = []
    for u in units:
        for s, t, features, sentence in u.pairs:
            y = label(u, s, t, sentence)
            if y is not False:
                examples.append(([x for x in set(features) if counts[x] >= min_count], y))
    weights = {}
    squares = {}
    rng = random.Random(7)
    for _ in range(epochs):
        rng.shuffle(examples)
        for xs, y in examples:
            scores = [sum(weights.get(x, (0.0, 0.0))[k] for x in xs) for k in range(2)]
            top = max(0.0, *scores)
            e = [math.exp(s - top) for s in scores]
            z = math.exp(-top) + e[0] + e[1]
            for k in range(2):
                g = e[k] / z - (1.0 if y == CLASSES[k] else 0.0)
                for x in xs:
                    w = weights.setdefault(x, [0.0, 0.0])
                    sq = squares.setdefault(x, [1e-6, 1e-6])
                    gk = g + l2 * w[k]
                    sq[k] += gk * gk
                    w[k] -= rate * gk / math.sqrt(sq[k])
    return weights


def predict(weights, features):
    scores = [sum(weights[x][k] for x in features if x in weights) for k in range(2)]
    top = max(0.0, *scores)
    e = [math.exp(s - top) for s in scores]
    z = math.exp(-top) + e[0] + e[1]
    return e[0] / z, e[1] / z


def score(units, weights, threshold):
    tp = fp = fn = 0
    for u in units:
        found = set(u.rules)
        if weights is not None:
            for s, t, features, _ in u.pairs:
                p = predict(weights, features)
                if p[0] > threshold and p[0] > p[1]:
                    found.add((s, '+', t))
                elif p[1] > threshold:
                    found.add((s, '-', t))
        found = {x for x in found if x[0] != x[2]}
        tp += len(found & u.required)
        fp += len(found - u.required - u.optional)
        fn += len(u.required - found)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, tp, fp


THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]


def writer_of(unit):
    """The batch a unit came in, one writer's: a sentence file, or the
    letters that open an article's name ("ab" of "ab-03-...")."""
    if unit.evidence is None:
        return unit.name
    return os.path.basename(unit.name).split('-')[0]


def writer_folds(units, folds):
    """Folds that keep each writer's units together, so that the threshold
    is chosen on writers the model has not read, as the text it will meet
    is; the biggest batches are dealt first, each to the smallest fold."""
    batches = {}
    for i, u in enumerate(units):
        batches.setdefault(writer_of(u), []).append(i)
    fold_of = {}
    sizes = [0] * folds
    for name in sorted(batches, key=lambda b: (-len(batches[b]), b)):
        k = sizes.index(min(sizes))
        fold_of[name] = k
        sizes[k] += len(batches[name])
    return [fold_of[writer_of(u)] for u in units]


def choose_threshold(units, folds=5, l2=1e-4, min_count=2):
    """The threshold with the best mean of two cross-validated F1 scores,
    the articles' and the sentences', which are judged apart: thousands
    of sentences would otherwise outweigh a few hundred articles. Each
    fold holds whole writers' batches (see writer_folds())."""
    fold_of = writer_folds(units, folds)
    kinds = ('articles', 'sentences')
    totals = {th: {kind: [0, 0, 0] for kind in kinds} for th in THRESHOLDS}
    for k in range(folds):
        test = [u for u, f in zip(units, fold_of) if f == k]
        rest = [u for u, f in zip(units, fold_of) if f != k]
        weights = train(rest, l2=l2, min_count=min_count)
        for kind in kinds:
            part = [u for u in test if (u.evidence is not None) == (kind == 'articles')]
            for th in THRESHOLDS:
                _, _, _, tp, fp = score(part, weights, th)
                fn = sum(len(u.required) for u in part) - tp
                for i, v in enumerate((tp, fp, fn)):
                    totals[th][kind][i] += v
    best, best_f1 = None, -1.0
    for th in THRESHOLDS:
        f1s = {}
        for kind in kinds:
            tp, fp, fn = totals[th][kind]
            f1s[kind] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
        present = [v for v in f1s.values() if v is not None]
        f1 = sum(present) / len(present) if present else 0.0
        shown = {k: 'n/a' if v is None else f'{v:.3f}' for k, v in f1s.items()}
        print(f'cross-validation: threshold {th:.2f}: F1 {f1:.3f} '
              f'(articles {shown["articles"]}, sentences {shown["sentences"]})')
        if f1 > best_f1:
            best, best_f1 = th, f1
    return best


def expand(files):
    out = []
    for f in files:
        if os.path.isdir(f):
            out += sorted(glob.glob(os.path.join(f, '*.gold')))
        else:
            out.append(f)
    return [f[:-5] + '.txt' if f.endswith('.gold') else f for f in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('build')
    ap.add_argument('--out')
    ap.add_argument('--threshold', type=float)
    ap.add_argument('--train', nargs='+', required=True)
    ap.add_argument('--eval', nargs='*', default=[])
    ap.add_argument('--l2', type=float, default=1e-4)
    ap.add_argument('--min-count', type=int, default=2)
    args = ap.parse_args()

    units = extract(args.build, expand(args.train))
    print(f'{len(units)} training units, {sum(len(u.pairs) for u in units)} pairs')
    threshold = args.threshold or choose_threshold(units, l2=args.l2, min_count=args.min_count)
    weights = train(units, l2=args.l2, min_count=args.min_count)
    f1, p, r, tp, fp = score(units, None, threshold)
    print(f'training, rules alone: F1 {f1:.3f} P {p:.3f} R {r:.3f}')
    if args.eval:
        held = extract(args.build, expand(args.eval))
        for name, w in (('rules alone', None), ('with the model', weights)):
            f1, p, r, tp, fp = score(held, w, threshold)
            print(f'evaluation, {name}: F1 {f1:.3f} P {p:.3f} R {r:.3f} (tp {tp}, fp {fp})')
    if args.out:
        with open(args.out, 'w', encoding='utf-8') as f:
            f.write('# Entente pair model, written by tools/train-pairs.py from\n')
            f.write('# ' + ' '.join(os.path.relpath(x, ROOT) for x in args.train) + '\n')
            f.write('# feature\tweight toward support\tweight toward opposition\n')
            f.write(f'threshold\t{threshold}\n')
            for x in sorted(weights):
                w = weights[x]
                if abs(w[0]) >= 0.005 or abs(w[1]) >= 0.005:
                    f.write(f'{x}\t{w[0]:.3f}\t{w[1]:.3f}\n')


if __name__ == '__main__':
    sys.exit(main())
