/**
 * Leave-one-set-out evaluation of a learned "second opinion" for the analyser's flags.
 *
 *   npx tsx scripts/experiments/flag-model/loso.ts [--flags hostile,safety] [--lambdas 1,3] [--out /tmp/fmodel/x.json]
 *
 * For each of the eight allowed sets: train on the other seven, score the held-out one.
 * Compared per flag: rules alone, model alone, rules OR model(p ≥ t).
 * Model variants (all logistic regression on hashed n-grams, see featurize.ts):
 *   msg     trained on messages, scores the whole message
 *   clause  the same model, message score = max over its clauses
 *   mil     trained on clauses (multiple-instance: every clause of a negative message is
 *           a negative, the top-scoring clause of a positive one a positive; two rounds
 *           starting from the msg model), message score = max over clauses
 * The threshold t and λ are chosen on the training folds only: inner leave-one-set-out over
 * the seven training sets gives out-of-fold scores for them; t is the lowest (highest-recall)
 * grid value at which rules OR model keeps pooled inner precision ≥ TARGET_P, and λ the grid
 * value with the highest inner recall under that rule. The held-out set is never looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { analyzeMessage, type Flag } from '../../../src/core/emotion/index.js';
import { ALLOWED, loadAll, type Item, type SetName } from './data.js';
import { clauses, foldText, spanFeatures } from './featurize.js';
import { fit, quantize, score, sigmoid, type Instance, type Model } from './logreg.js';
import { ADDED_ORDER, loadAsOf } from './rules-asof.js';

export const TARGET_P = 0.92;
export const T_GRID = [...Array.from({ length: 90 }, (_, i) => 0.1 + i * 0.01), 0.995, 0.999].map((t) => Math.round(t * 1000) / 1000);
export const VARIANTS = ['msg', 'clause', 'mil'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Prepared {
  item: Item;
  msg: number[];
  clauses: number[][];
  rules: Record<Flag, boolean>;
  emotion: string;
}

export function prepare(items: Item[]): Prepared[] {
  return items.map((item) => {
    const folded = foldText(item.text);
    const spans = clauses(folded);
    const cl = spans.map((s) => spanFeatures(folded, s));
    const msg = [...new Set(cl.flat())].sort((a, b) => a - b);
    const reading = analyzeMessage(item.text, { lang: item.lang });
    return { item, msg, clauses: cl.length ? cl : [[]], rules: reading.flags, emotion: reading.emotion };
  });
}

export function trainVariant(train: Prepared[], flag: Flag, variant: Variant, lambda: number): Model {
  const data: Instance[] = train.map((p) => ({ x: p.msg, y: p.item.flags[flag] ? 1 : 0 }));
  let model = fit(data, { lambda });
  if (variant !== 'mil') return model;
  for (let round = 0; round < 2; round++) {
    const inst: Instance[] = [];
    for (const p of train) {
      if (p.item.flags[flag]) {
        let best = p.clauses[0]!;
        let bestZ = -Infinity;
        for (const c of p.clauses) {
          const z = score(model, c);
          if (z > bestZ) [best, bestZ] = [c, z];
        }
        inst.push({ x: best, y: 1 });
      } else for (const c of p.clauses) inst.push({ x: c, y: 0 });
    }
    model = fit(inst, { lambda });
  }
  return model;
}

export function prob(model: Model, p: Prepared, variant: Variant): number {
  if (variant === 'msg') return sigmoid(score(model, p.msg));
  let z = -Infinity;
  for (const c of p.clauses) z = Math.max(z, score(model, c));
  return sigmoid(z);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const pr = (c: Counts): { p: number; r: number } => ({ p: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, r: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 });
export function count(gold: boolean[], pred: boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    if (g && pred[i]) c.tp++;
    else if (!g && pred[i]) c.fp++;
    else if (g && !pred[i]) c.fn++;
  });
  return c;
}

interface Scored {
  gold: boolean;
  rules: boolean;
  p: number;
}

/**
 * How t is chosen from inner out-of-fold scores:
 *   union  the lowest grid t at which rules ∪ (p ≥ t) keeps pooled precision ≥ TARGET_P
 *          (none when the rules alone are already below it: the model is then switched off);
 *   add    the lowest grid t at which the model's additions (rules silent, p ≥ t) are right
 *          ≥ ADD_P of the time, so the second opinion is judged on what it adds.
 */
export const CRITERIA = ['union', 'add'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const ADD_P = 0.9;

/** The chosen t (1.01 = model off) with the inner precision and recall of rules ∪ model at it. */
export function chooseT(rows: Scored[], criterion: Criterion = 'union'): { t: number; p: number; r: number } {
  const gold = rows.map((r) => r.gold);
  for (const t of T_GRID) {
    const m = pr(count(gold, rows.map((r) => r.rules || r.p >= t)));
    if (criterion === 'union' ? m.p >= TARGET_P : pr(count(gold, rows.map((r) => !r.rules && r.p >= t))).p >= ADD_P) return { t, ...m };
  }
  return { t: 1.01, ...pr(count(gold, rows.map((r) => r.rules))) };
}

export function labelled(prep: Prepared[], flag: Flag): Prepared[] {
  return prep.filter((p) => typeof p.item.flags[flag] === 'boolean');
}

/** The model trained on `trainSets` (memoised: the clause variant reuses the msg model). */
export function getModel(prep: Prepared[], trainSets: readonly SetName[], flag: Flag, variant: Variant, lambda: number, cache: Map<string, Model>): Model {
  const key = `${flag}|${variant === 'clause' ? 'msg' : variant}|${lambda}|${[...trainSets].sort().join(',')}`;
  let model = cache.get(key);
  if (!model) {
    model = trainVariant(prep.filter((p) => trainSets.includes(p.item.set)), flag, variant, lambda);
    // KEEP (env FMODEL_KEEP): evaluate the exported form, top-K weights in int8, instead of the float model.
    const keep = process.env.FMODEL_KEEP;
    if (keep) model = quantize(model, keep === 'all' ? undefined : Number(keep)).model;
    cache.set(key, model);
  }
  return model;
}

/** Out-of-fold scores for every item of `sets`, each scored by a model trained on the other sets. */
export function oof(prep: Prepared[], sets: readonly SetName[], flag: Flag, variant: Variant, lambda: number, cache: Map<string, Model>): Map<Prepared, number> {
  const out = new Map<Prepared, number>();
  for (const held of sets) {
    const model = getModel(prep, sets.filter((s) => s !== held), flag, variant, lambda, cache);
    for (const p of prep) if (p.item.set === held) out.set(p, prob(model, p, variant));
  }
  return out;
}

const fmt = (x: number): string => x.toFixed(2);

interface Row {
  id: string;
  set: SetName;
  gold: boolean;
  rules: boolean;
  p: number;
  t: number;
}
interface Choice {
  t: number;
  lambda: number;
  innerP: number;
  innerR: number;
}

/**
 * One leave-one-set-out run. For each held-out set: the training sets, and the rules the
 * union uses (for the inner choice of t as well as on the held-out set).
 */
export function runLoso(
  prep: Prepared[],
  flag: Flag,
  variant: Variant,
  lambdas: number[],
  heldSets: readonly SetName[],
  trainSetsFor: (held: SetName) => SetName[],
  rulesFor: (held: SetName) => (p: Prepared) => boolean,
  cache: Map<string, Model>,
  criterion: Criterion = 'union',
  gateFor: (held: SetName) => (p: Prepared) => boolean = () => () => true,
): { rows: Row[]; chosen: Record<string, Choice> } {
  const rows: Row[] = [];
  const chosen: Record<string, Choice> = {};
  for (const held of heldSets) {
    const trainSets = trainSetsFor(held);
    const rules = rulesFor(held);
    const gate = gateFor(held);
    let best: { t: number; p: number; r: number; lambda: number } | null = null;
    for (const lambda of lambdas) {
      const scores = oof(prep, trainSets, flag, variant, lambda, cache);
      const inner = [...scores].map(([p, s]) => ({ gold: !!p.item.flags[flag], rules: rules(p), p: gate(p) ? s : 0 }));
      const c = chooseT(inner, criterion);
      if (!best || c.r > best.r + 1e-9) best = { ...c, lambda };
    }
    chosen[held] = { t: best!.t, lambda: best!.lambda, innerP: best!.p, innerR: best!.r };
    const model = getModel(prep, trainSets, flag, variant, best!.lambda, cache);
    for (const p of prep) if (p.item.set === held) rows.push({ id: p.item.id, set: held, gold: !!p.item.flags[flag], rules: rules(p), p: gate(p) ? prob(model, p, variant) : 0, t: best!.t });
  }
  return { rows, chosen };
}

export function table(rows: Row[], chosen: Record<string, Choice>, heldSets: readonly SetName[]): string {
  const out: string[] = ['held-out        n  pos    λ     t  innerP innerR |  rules P    R  |  model P    R  |  union P    R'];
  const line = (name: string, rs: Row[], ch?: Choice): string => {
    const gold = rs.map((r) => r.gold);
    const a = pr(count(gold, rs.map((r) => r.rules)));
    const b = pr(count(gold, rs.map((r) => r.p >= r.t)));
    const c = pr(count(gold, rs.map((r) => r.rules || r.p >= r.t)));
    const sel = ch ? `${String(ch.lambda).padStart(4)} ${ch.t.toFixed(3)}  ${fmt(ch.innerP)}   ${fmt(ch.innerR)} ` : ' '.repeat(27);
    return `${name.padEnd(13)} ${String(rs.length).padStart(4)} ${String(gold.filter(Boolean).length).padStart(4)} ${sel}|  ${fmt(a.p)}  ${fmt(a.r)} |  ${fmt(b.p)}  ${fmt(b.r)} |  ${fmt(c.p)}  ${fmt(c.r)}`;
  };
  for (const s of heldSets) out.push(line(s, rows.filter((r) => r.set === s), chosen[s]));
  out.push(line('POOLED', rows));
  out.push('sweep (pooled held-out, fixed t; insight only):  t  union P/R   model P/R');
  const gold = rows.map((r) => r.gold);
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]) {
    const u = pr(count(gold, rows.map((r) => r.rules || r.p >= t)));
    const m = pr(count(gold, rows.map((r) => r.p >= t)));
    out.push(`  ${String(t).padEnd(5)} ${fmt(u.p)}/${fmt(u.r)}  ${fmt(m.p)}/${fmt(m.r)}`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1]! : dflt;
  };
  const flags = opt('--flags', 'hostile,safety').split(',') as Flag[];
  const lambdas = opt('--lambdas', '1,3').split(',').map(Number);
  const variants = opt('--variants', VARIANTS.join(',')).split(',') as Variant[];
  // current: today's rules, every set held out in turn. asof: each set against the rules from
  // before they were tuned on it. train=others (the other seven) or earlier (only sets that existed then).
  const mode = opt('--rules', 'current');
  const trainMode = opt('--train', 'others');
  const criteria = opt('--criteria', CRITERIA.join(',')).split(',') as Criterion[];
  // none: the model may add a flag to any message; nonneutral: only where the rules' own
  // reading is not neutral (a hostile or unsafe message is rarely read as calm).
  const gateMode = opt('--gate', 'none');
  const outFile = opt('--out', `/tmp/fmodel/loso-${mode}-${trainMode}-${opt('--gate', 'none')}-${flags.join('-')}.json`);
  const prepAll = prepare(loadAll());
  const asof = mode === 'asof' ? loadAsOf() : null;
  const report: unknown[] = [];
  for (const flag of flags) {
    const prep = labelled(prepAll, flag);
    const sets = ALLOWED.filter((s) => prep.some((p) => p.item.set === s));
    const heldSets = asof ? sets.filter((s) => asof[s]) : sets;
    const trainSetsFor = (held: SetName): SetName[] =>
      trainMode === 'earlier' ? ADDED_ORDER.slice(0, ADDED_ORDER.indexOf(held)).filter((s) => sets.includes(s)) : sets.filter((s) => s !== held);
    const rulesFor = (held: SetName) => (p: Prepared): boolean => (asof ? asof[held]!.flags[`${p.item.set}/${p.item.id}`]![flag] : p.rules[flag]);
    const emotionFor = (held: SetName, p: Prepared): string => (asof ? asof[held]!.emotion[`${p.item.set}/${p.item.id}`]! : p.emotion);
    const gateFor = (held: SetName) => (p: Prepared): boolean => gateMode === 'none' || emotionFor(held, p) !== 'neutral';
    const cache = new Map<string, Model>();
    for (const variant of variants) {
      for (const criterion of criteria) {
        const t0 = Date.now();
        const { rows, chosen } = runLoso(prep, flag, variant, lambdas, heldSets, trainSetsFor, rulesFor, cache, criterion, gateFor);
        const target = criterion === 'union' ? `union P ≥ ${TARGET_P}` : `additions P ≥ ${ADD_P}`;
        console.log(`\n=== ${flag} / ${variant}  rules=${mode} train=${trainMode} gate=${gateMode}  t: lowest with inner ${target}  (λ grid ${lambdas.join(',')}; ${((Date.now() - t0) / 1000).toFixed(0)}s)`);
        console.log(table(rows, chosen, heldSets));
        report.push({ flag, variant, criterion, mode, trainMode, gate: gateMode, chosen, rows });
      }
    }
  }
  mkdirSync('/tmp/fmodel', { recursive: true });
  writeFileSync(outFile, JSON.stringify(report));
}

if (process.argv[1]?.endsWith('loso.ts')) await main();
