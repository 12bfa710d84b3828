/**
 * Can the same hashed n-gram model help the analyser's EMOTION on writers it has not seen?
 * One-vs-rest logistic regression per emotion, each set held out in turn (trained on the
 * others). Ways to combine with the rules' reading:
 *   rules       the analyser alone
 *   model       the model's most likely emotion
 *   fill t      the rules, except where they read neutral: there the model's emotion when its
 *               probability is ≥ t (the model fills silence, it never overrides evidence)
 *   blend a     argmax over emotions of rules score + a × model probability
 * Reported as macro-F1 per language, pooled over the held-out sets, separately for the
 * session-5 writers (NEW_WRITERS: the rules had never seen them) and for the older sets (the
 * rules were tuned on those, so there the rules look better than they are).
 *
 *   npx tsx scripts/experiments/flag-model/emotion.ts [--lambda 3]
 */
import { NEUTRAL_BASELINE } from '../../../src/core/emotion/analyze.js';
import { analyzeMessage, EMOTIONS, type Emotion } from '../../../src/core/emotion/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { loadAll, NEW_WRITERS, ORDINARY, type Item, type SetName } from './data.js';
import { foldText, messageFeatures } from './featurize.js';
import { fit, quantize, score, sigmoid, type Model } from './logreg.js';

interface Row {
  item: Item & { emotion: Emotion };
  x: number[];
  rules: Emotion;
  scores: Record<Emotion, number>;
  /** The rules' raw score per emotion: the sum of its cues' weights (neutral with its baseline). */
  raw: Record<Emotion, number>;
  p: Record<Emotion, number>;
}

const args = process.argv.slice(2);
const lambda = Number(args[args.indexOf('--lambda') + 1] ?? 3) || 3;
const keepWeights = process.env.EMOTION_KEEP ? Number(process.env.EMOTION_KEEP) : undefined;
const bits = Number(process.env.EMOTION_BITS ?? 20);

const rows: Row[] = loadAll()
  .filter((i): i is Item & { emotion: Emotion } => !!i.emotion)
  .map((item) => {
    const reading = analyzeMessage(item.text, { lang: item.lang });
    const raw = Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? NEUTRAL_BASELINE : 0])) as Record<Emotion, number>;
    for (const cue of reading.cues) if (cue.emotion) raw[cue.emotion] += cue.weight;
    // EMOTION_BITS: fewer hash bits (a smaller id table to ship), by masking the 20-bit ids.
    const x = bits < 20 ? [...new Set(messageFeatures(foldText(item.text)).map((id) => id & ((1 << bits) - 1)))] : messageFeatures(foldText(item.text));
    return { item, x, rules: reading.emotion, scores: reading.scores, raw, p: {} as Record<Emotion, number> };
  });
const sets = [...new Set(rows.map((r) => r.item.set))];

export function trainEmotions(train: readonly Row[]): Record<Emotion, Model> {
  const out = {} as Record<Emotion, Model>;
  for (const e of EMOTIONS) {
    const model = fit(train.map((r) => ({ x: r.x, y: r.item.emotion === e ? 1 : 0 })), { lambda });
    // EMOTION_KEEP: evaluate the shipped form (the largest K weights, int8) instead of the float model.
    out[e] = keepWeights ? quantize(model, keepWeights).model : model;
  }
  return out;
}

const t0 = Date.now();
for (const held of sets) {
  const models = trainEmotions(rows.filter((r) => r.item.set !== held));
  for (const r of rows) if (r.item.set === held) for (const e of EMOTIONS) r.p[e] = sigmoid(score(models[e], r.x));
}
console.log(`trained ${sets.length} folds in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const argmax = (f: (e: Emotion) => number): Emotion => EMOTIONS.reduce((a, b) => (f(b) > f(a) ? b : a));
type Strategy = [string, (r: Row) => Emotion];
const strategies: Strategy[] = [
  ['rules', (r) => r.rules],
  ['model', (r) => argmax((e) => r.p[e])],
  ...[0.3, 0.4, 0.5, 0.6, 0.7].map((t): Strategy => [`fill ${t}`, (r) => {
    if (r.rules !== 'neutral') return r.rules;
    const m = argmax((e) => r.p[e]);
    return r.p[m] >= t ? m : 'neutral';
  }]),
  ...[0.25, 0.5, 1].map((a): Strategy => [`blend ${a}`, (r) => argmax((e) => r.scores[e] + a * r.p[e])]),
  // As shipped it would be: one cue per emotion of weight b × p, added to the raw scores.
  ...[0.5, 1, 1.5, 2, 3].map((b): Strategy => [`raw ${b}`, (r) => argmax((e) => r.raw[e] + b * r.p[e])]),
  // Fewer cues: only emotions the model gives at least p (a cue of weight b × p each).
  ...[0.1, 0.2, 0.3].map((min): Strategy => [`raw 2 p≥${min}`, (r) => argmax((e) => r.raw[e] + (r.p[e] >= min ? 2 * r.p[e] : 0))]),
];

function macroF1(pairs: [Emotion, Emotion][]): number {
  const present = EMOTIONS.filter((e) => pairs.some(([g, p]) => g === e || p === e));
  let sum = 0;
  for (const e of present) {
    let tp = 0, fp = 0, fn = 0;
    for (const [g, p] of pairs) {
      if (g === e && p === e) tp++;
      else if (p === e) fp++;
      else if (g === e) fn++;
    }
    const pr = tp + fp ? tp / (tp + fp) : 1;
    const rc = tp + fn ? tp / (tp + fn) : 1;
    sum += pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return present.length ? sum / present.length : 0;
}

const LANGS: Lang[] = ['zh-Hans', 'zh-Hant', 'en'];
function report(title: string, subset: Row[]): void {
  console.log(`\n${title} (n=${subset.length})`);
  console.log('strategy      ' + LANGS.map((l) => l.padStart(8)).join('') + '     all');
  for (const [name, f] of strategies) {
    const cells = LANGS.map((l) => macroF1(subset.filter((r) => r.item.lang === l).map((r) => [r.item.emotion, f(r)])).toFixed(3).padStart(8));
    console.log(name.padEnd(14) + cells.join('') + macroF1(subset.map((r) => [r.item.emotion, f(r)])).toFixed(3).padStart(8));
  }
}

const isNew = (s: SetName): boolean => NEW_WRITERS.includes(s);
report('session-5 writers, each held out (rules never saw them)', rows.filter((r) => isNew(r.item.set)));
for (const s of sets.filter(isNew)) report(`  ${s}`, rows.filter((r) => r.item.set === s));
report('session-5 ordinary traffic, each held out (rules never saw it)', rows.filter((r) => ORDINARY.includes(r.item.set)));
report('older sets, each held out (rules were tuned on them)', rows.filter((r) => !isNew(r.item.set) && !ORDINARY.includes(r.item.set)));
