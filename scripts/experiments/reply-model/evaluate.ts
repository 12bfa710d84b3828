/**
 * Leave-one-set-out comparison of (a) rules alone, (b) model alone, (c) rules ∪ model, from
 * the probabilities cached by cv.ts and the rule findings cached by rule-findings.ts.
 *   npx tsx scripts/experiments/reply-model/evaluate.ts [config] [--any-rule] [--best-class] [--no-merge]
 *
 * Thresholds for held-out set s are chosen ONLY from the inner leave-one-set-out predictions
 * on the other seven sets (models that never saw s nor the inner set), two ways:
 *   U: maximise the union's recall subject to union P ≥ 0.90 and false alarms ≤ 0.05
 *   M: maximise the union's recall subject to the MODEL ALONE reaching P ≥ 0.90 and
 *      false alarms ≤ 0.05 (robust to the rules having been tuned on every one of these sets)
 * each as one global t ("g") and as per-category thresholds by coordinate ascent ("c").
 * The oracle sweep at the end uses the held-out sets themselves and is for information only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LANGS } from '../../../src/core/lang.js';
import { ALLOWED, addTo, emptyTally, f3, fa, loadAll, prec, prf, rec, scoreItem, type Finding, type SetName, type Tally } from './data.js';
import { DEFAULT_FEATURES } from './featurize.js';
import { CLASSES, K } from './model.js';
import { modelFindings, prepare, uniform, union, type Decision, type Prepared } from './pipeline.js';

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--')) ?? 'base';
const base: Omit<Decision, 't'> = {
  topOnly: !args.includes('--best-class'),
  merge: !args.includes('--no-merge'),
  yieldToAnyRule: args.includes('--any-rule'),
};
const cache = JSON.parse(readFileSync(`/tmp/rmodel/probs-${name}.json`, 'utf8')) as {
  outer: Record<string, number[][]>;
  pair: Record<string, Record<string, number[][]>>;
};
const rulesOf = (n: string) => JSON.parse(readFileSync(`/tmp/rmodel/rules-${n}.json`, 'utf8')) as Record<string, Finding[]>;
const CURRENT = rulesOf('current');
/** The catalogue as it stood when each writer's set was first scored (before rules were written from it). */
const PRETUNE: Partial<Record<SetName, string>> = {
  tune2: '052e972',
  tune3: '8065809',
  tune4: 'e466a11',
  tune5: '6243287',
  'variety-zh': 'e5acd7a',
  'variety-en': 'e5acd7a',
};
const snap = new Map(Object.values(PRETUNE).map((n) => [n, rulesOf(n)]));
const pretuneRules = (p: Prepared): Finding[] => snap.get(PRETUNE[p.item.set]!)![p.key]!;

const prepared = loadAll().map((i) => prepare(i, DEFAULT_FEATURES)); // features unused here; clauses only
const ofSet = (s: string) => prepared.filter((p) => p.item.set === s);
const pairKey = (a: string, b: string) => (ALLOWED.indexOf(a as SetName) < ALLOWED.indexOf(b as SetName) ? `${a}|${b}` : `${b}|${a}`);

type Probs = (p: Prepared) => number[][];
type Rules = (p: Prepared) => Finding[];
const outerProbs: Probs = (p) => cache.outer[p.key]!;
const current: Rules = (p) => CURRENT[p.key]!;

type Mode = 'rules' | 'model' | 'union';
function findings(mode: Mode, p: Prepared, probs: Probs, rules: Rules, t: number[]): Finding[] {
  if (mode === 'rules') return rules(p);
  const d: Decision = { ...base, t };
  const m = modelFindings(p, probs(p), d);
  return mode === 'model' ? m : union(rules(p), m, d);
}
function tally(ps: readonly Prepared[], mode: Mode, probs: Probs, rules: Rules, t: number[], lang?: string): Tally {
  const tl = emptyTally();
  for (const p of ps) if (!lang || p.item.lang === lang) addTo(tl, p.item, findings(mode, p, probs, rules, t));
  return tl;
}

const GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99, 1.01];
const OFF = uniform(1.01);
type Strategy = 'Ug' | 'Uc' | 'Mg' | 'Mc';
function choose(ps: readonly Prepared[], probs: Probs, rules: Rules, strategy: Strategy): number[] {
  const constrained: Mode = strategy[0] === 'U' ? 'union' : 'model';
  const value = (t: number[]): number => {
    const c = tally(ps, constrained, probs, rules, t);
    const feasible = (c.tp + c.fp === 0 || prec(c) >= 0.9) && fa(c) <= 0.05;
    return feasible ? rec(tally(ps, 'union', probs, rules, t)) : -1;
  };
  let best = OFF;
  let bestV = value(OFF);
  for (const g of GRID) {
    const v = value(uniform(g));
    if (v > bestV + 1e-9) [best, bestV] = [uniform(g), v];
  }
  if (strategy[1] === 'g') return best;
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let c = 1; c < K; c++) {
      for (const g of [...GRID].reverse()) {
        const t = [...best];
        t[c] = g;
        const v = value(t);
        if (v > bestV + 1e-9) [best, bestV, changed] = [t, v, true];
      }
    }
    if (!changed) break;
  }
  return best;
}

// ---- thresholds per held-out set, from the inner folds only
const STRATS: Strategy[] = ['Ug', 'Uc', 'Mg', 'Mc'];
const chosen = new Map<string, Record<Strategy, number[]>>();
for (const s of ALLOWED) {
  const inner = prepared.filter((p) => p.item.set !== s);
  const innerProbs: Probs = (p) => cache.pair[pairKey(s, p.item.set)]![p.key]!;
  const r = {} as Record<Strategy, number[]>;
  for (const st of STRATS) r[st] = choose(inner, innerProbs, current, st);
  chosen.set(s, r);
}
const flags = args.filter((a) => a.startsWith('--')).join('');
writeFileSync(`/tmp/rmodel/thresholds-${name}${flags}.json`, JSON.stringify(Object.fromEntries(chosen)));
const tOf = (p: Prepared, st: Strategy) => chosen.get(p.item.set)![st];
/** tally with each draft's own held-out-set thresholds */
function tallyChosen(ps: readonly Prepared[], mode: Mode, rules: Rules, st: Strategy, lang?: string): Tally {
  const tl = emptyTally();
  for (const p of ps) if (!lang || p.item.lang === lang) addTo(tl, p.item, findings(mode, p, outerProbs, rules, tOf(p, st)));
  return tl;
}
const fmtT = (t: number[]) =>
  t.slice(1).every((x) => x === t[1]) ? `all ${t[1]! > 1 ? 'off' : t[1]}` : t.slice(1).map((x, i) => `${CLASSES[i + 1]!.slice(0, 4)}:${x > 1 ? '-' : x}`).join(' ');

console.log(`config ${name}  decision ${JSON.stringify(base)}`);
console.log('\nthresholds chosen on the inner folds (per held-out set):');
for (const s of ALLOWED) for (const st of STRATS) console.log(`  ${s.padEnd(11)} ${st}  ${fmtT(chosen.get(s)![st])}`);

function table(title: string, rules: Rules, sets: readonly SetName[], strats: Strategy[]) {
  console.log(`\n== ${title}: P R FA ==`);
  console.log('held-out    rules              ' + strats.map((st) => `model@${st}          union@${st}          `).join(''));
  const row = (label: string, ps: Prepared[], lang?: string) =>
    console.log(
      label.padEnd(11) + ' ' + prf(tally(ps, 'rules', outerProbs, rules, OFF, lang)).padEnd(19) +
        strats.map((st) => prf(tallyChosen(ps, 'model', rules, st, lang)).padEnd(19) + prf(tallyChosen(ps, 'union', rules, st, lang)).padEnd(19)).join(''),
    );
  for (const s of sets) row(s, ofSet(s));
  const all = prepared.filter((p) => sets.includes(p.item.set));
  row('POOLED', all);
  for (const l of LANGS) row(`  ${l}`, all, l);
  const r = tally(all, 'rules', outerProbs, rules, OFF);
  for (const st of strats) {
    const u = tallyChosen(all, 'union', rules, st);
    const added = u.tp + u.fp - r.tp - r.fp;
    console.log(`  ${st}: the model added ${added} findings, ${u.tp - r.tp} correct (marginal precision ${f3((u.tp - r.tp) / added)}), recall +${f3(rec(u) - rec(r))}, false alarms ${r.alarms} → ${u.alarms} of ${u.good}`);
  }
}
table('current rules (tuned on all eight sets)', current, ALLOWED, STRATS);
const preSets = Object.keys(PRETUNE) as SetName[];
table('pre-tuning rules (each set scored by the catalogue that had not seen its writer)', pretuneRules, preSets, STRATS);

// ---- per-category recall, pooled, current and pre-tuning rules, at strategy Uc and Mg
function perCategory(rules: Rules, sets: readonly SetName[], st: Strategy) {
  const gold = new Map<string, number[]>();
  for (const p of prepared.filter((q) => sets.includes(q.item.set))) {
    const r = scoreItem(p.item, findings('rules', p, outerProbs, rules, OFF)).hit;
    const u = scoreItem(p.item, findings('union', p, outerProbs, rules, tOf(p, st))).hit;
    p.item.gold.forEach((g, i) => {
      const c = gold.get(g.category) ?? [0, 0, 0];
      c[0]!++;
      if (r[i]) c[1]!++;
      if (u[i]) c[2]!++;
      gold.set(g.category, c);
    });
  }
  return gold;
}
for (const [title, rules, sets] of [
  ['current rules', current, ALLOWED],
  ['pre-tuning rules', pretuneRules, preSets],
] as const) {
  for (const st of ['Ug', 'Mg'] as Strategy[]) {
    console.log(`\n== recall per category, ${title}, union@${st} ==`);
    for (const [c, [n, r, u]] of [...perCategory(rules, sets, st)].sort((a, b) => b[1][2]! - b[1][1]! - (a[1][2]! - a[1][1]!)))
      console.log(`  ${c.padEnd(13)} gold ${String(n).padStart(4)}  rules ${f3(r! / n!)}  union ${f3(u! / n!)}  +${f3((u! - r!) / n!)}`);
  }
}

// ---- oracle sweep (uses the held-out sets: information only)
for (const [title, rules, sets] of [
  ['current rules', current, ALLOWED],
  ['pre-tuning rules', pretuneRules, preSets],
] as const) {
  const ps = prepared.filter((p) => sets.includes(p.item.set));
  console.log(`\n== sweep of one global t, pooled over held-out sets, ${title} (ORACLE, not an honest choice) ==`);
  console.log(`rules alone        ${prf(tally(ps, 'rules', outerProbs, rules, OFF))}`);
  console.log('   t    model alone        rules ∪ model');
  for (const g of GRID.slice(0, -1)) console.log(`  ${g.toFixed(3)}  ${prf(tally(ps, 'model', outerProbs, rules, uniform(g)))}  ${prf(tally(ps, 'union', outerProbs, rules, uniform(g)))}`);
}
