/**
 * Drafts → clauses → features and labels; model findings from clause probabilities; the
 * rules ∪ model combination. Shared by the leave-one-set-out runner and train.ts.
 */
import type { ReplyCategory } from '../../../src/core/reply/index.js';
import type { Finding, Item } from './data.js';
import { clauseFeatures, foldText, splitClauses, type Clause, type FeatureOptions } from './featurize.js';
import { CLASSES, K, classIndex, predict, type Model, type Sample } from './model.js';

export interface Prepared {
  item: Item;
  key: string;
  lang: 'zh' | 'en';
  clauses: Clause[];
  feats: Uint32Array[];
  /** class index per clause (0 = none) */
  labels: number[];
}

export function prepare(item: Item, opt: FeatureOptions): Prepared {
  const lang = item.lang === 'en' ? 'en' : 'zh';
  const clauses = splitClauses(foldText(item.text));
  const feats = clauses.map((_, k) => clauseFeatures(clauses, k, lang, opt));
  const labels = clauses.map((c) => {
    let best = 0;
    let bestOverlap = 0;
    for (const g of item.gold) {
      const o = Math.min(c.end, g.end) - Math.max(c.start, g.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = classIndex(g.category);
      }
    }
    return best;
  });
  return { item, key: `${item.set}/${item.id}`, lang, clauses, feats, labels };
}

export function samples(prepared: readonly Prepared[]): Sample[] {
  return prepared.flatMap((p) => p.feats.map((x, k) => ({ x, y: p.labels[k]!, w: 1 })));
}

/** Per clause, the K class probabilities. */
export function probabilities(model: Model, p: Prepared): number[][] {
  return p.feats.map((x) => Array.from(predict(model, x)));
}

export interface Decision {
  /** per category (index 1..9) threshold; > 1 switches the category off */
  t: number[];
  /** only the top class may fire (the brief's rule); otherwise the best non-none class */
  topOnly: boolean;
  /** merge adjacent clauses given the same category into one finding */
  merge: boolean;
  /** in the union, also drop a model finding that any rule finding overlaps (of any category) */
  yieldToAnyRule: boolean;
}

export const uniform = (t: number): number[] => CLASSES.map((_, k) => (k === 0 ? Infinity : t));

export function modelFindings(p: Prepared, probs: number[][], d: Decision): Finding[] {
  const out: Finding[] = [];
  let lastK = -2;
  for (let k = 0; k < p.clauses.length; k++) {
    const pr = probs[k]!;
    let top = 0;
    for (let c = 1; c < K; c++) if (pr[c]! > pr[top]!) top = c;
    let best = 1;
    for (let c = 2; c < K; c++) if (pr[c]! > pr[best]!) best = c;
    const c = d.topOnly ? top : best;
    if (c === 0 || pr[c]! < d.t[c]!) continue;
    const cl = p.clauses[k]!;
    const category = CLASSES[c] as ReplyCategory;
    const prev = out[out.length - 1];
    if (d.merge && prev && lastK === k - 1 && prev.category === category) prev.end = cl.end;
    else out.push({ category, start: cl.start, end: cl.end });
    lastK = k;
  }
  return out;
}

export function union(rules: readonly Finding[], model: readonly Finding[], d: Decision): Finding[] {
  const add = model.filter(
    (m) => !rules.some((r) => (d.yieldToAnyRule || r.category === m.category) && r.start < m.end && m.start < r.end),
  );
  return [...rules, ...add].sort((a, b) => a.start - b.start);
}
