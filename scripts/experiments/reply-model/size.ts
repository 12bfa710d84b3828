/**
 * Size and speed of a compact (pruned, int8) model, and what pruning costs in held-out accuracy.
 *   npx tsx scripts/experiments/reply-model/size.ts [config]
 * 1. Leave-one-set-out again, the fold model pruned to N rows and quantised, scored at the
 *    thresholds evaluate.ts chose for that fold (Ug and Mg; needs /tmp/rmodel/thresholds-<config>.json).
 * 2. The model trained on all eight sets: encoded size, gzip -9 size (bytes and base64 in a TS module).
 * 3. Time to score a 1,000-character Chinese draft (fold + split + features + scores), median of 300 runs.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ALLOWED, addTo, emptyTally, loadAll, prf, type Finding, type SetName, type Tally } from './data.js';
import { CONFIGS } from './configs.js';
import { compact, decode, encode, expand } from './compact.js';
import { train, type Model } from './model.js';
import { modelFindings, prepare, probabilities, samples, union, type Prepared } from './pipeline.js';
import { clauseFeatures, foldText, splitClauses } from './featurize.js';
import { predict } from './model.js';

const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'neigh';
const config = CONFIGS[name]!;
const thresholds = JSON.parse(readFileSync(`/tmp/rmodel/thresholds-${name}.json`, 'utf8')) as Record<string, Record<string, number[]>>;
const rulesOf = (n: string) => JSON.parse(readFileSync(`/tmp/rmodel/rules-${n}.json`, 'utf8')) as Record<string, Finding[]>;
const CURRENT = rulesOf('current');
const PRETUNE: Partial<Record<SetName, string>> = { tune2: '052e972', tune3: '8065809', tune4: 'e466a11', tune5: '6243287', 'variety-zh': 'e5acd7a', 'variety-en': 'e5acd7a' };
const snaps = new Map(Object.values(PRETUNE).map((n) => [n, rulesOf(n)]));
const prepared = loadAll().map((i) => prepare(i, config.features));
const SIZES = [Infinity, 10000, 5000, 3000, 2000, 1000];
const REFIT = process.argv.includes('--refit');

/** Prune to `rows` features; with --refit, train again on those features only (so the scores stay calibrated). */
function pruned(trainSet: readonly Prepared[], model: Model, rows: number): Model {
  const c = compact(model, rows);
  if (!REFIT) return expand(decode(encode(c)));
  const keep = new Set(c.ids);
  const S = samples(trainSet).map((x) => ({ ...x, x: x.x.filter((f) => keep.has(f)) }));
  const refit = train(S, { ...config.train, minCount: 1 });
  return expand(decode(encode(compact(refit, rows))));
}
const decision = { topOnly: true, merge: true, yieldToAnyRule: false };

const fix = (t: (number | null)[]) => t.map((x) => (x === null ? Infinity : x)); // JSON turns Infinity into null
const tallies = new Map<string, Tally>();
const tal = (k: string) => tallies.get(k) ?? (tallies.set(k, emptyTally()), tallies.get(k)!);
for (const s of ALLOWED) {
  const trainSet = prepared.filter((p) => p.item.set !== s);
  const model = train(samples(trainSet), config.train);
  for (const rows of SIZES) {
    const m: Model = rows === Infinity ? model : pruned(trainSet, model, rows);
    for (const p of prepared.filter((q) => q.item.set === s)) {
      const probs = probabilities(m, p);
      for (const st of ['Ug', 'Mg']) {
        const d = { ...decision, t: fix(thresholds[s]![st]! as (number | null)[]) };
        const mf = modelFindings(p, probs, d);
        addTo(tal(`${rows}|${st}|model`), p.item, mf);
        addTo(tal(`${rows}|${st}|union-current`), p.item, union(CURRENT[p.key]!, mf, d));
        const pre = PRETUNE[s];
        if (pre) addTo(tal(`${rows}|${st}|union-pretune`), p.item, union(snaps.get(pre)![p.key]!, mf, d));
      }
    }
  }
  console.error(`fold ${s} done`);
}
console.log(`config ${name}${REFIT ? ' (pruned, then refitted on the kept features)' : ''}: pooled leave-one-set-out P R FA by model size (rows kept, int8)`);
console.log('rows      thr  model              union(current)     union(pre-tuning rules, 6 sets)');
for (const rows of SIZES)
  for (const st of ['Ug', 'Mg'])
    console.log(
      `${String(rows).padEnd(9)} ${st}   ${prf(tal(`${rows}|${st}|model`))}  ${prf(tal(`${rows}|${st}|union-current`))}  ${prf(tal(`${rows}|${st}|union-pretune`))}`,
    );

// ---- the all-sets model
const full = train(samples(prepared), config.train);
console.log(`\nall-sets model: ${full.index.size} rows (features seen ≥ ${config.train.minCount}×)`);
const draftsZh = prepared.filter((p) => p.lang === 'zh').map((p) => p.item.text);
let long = '';
for (const t of draftsZh) {
  if (long.length >= 1000) break;
  long += t;
}
long = long.slice(0, 1000);
function scoreDraft(m: Model, text: string): number {
  const clauses = splitClauses(foldText(text));
  let n = 0;
  const out = new Float64Array(10);
  for (let k = 0; k < clauses.length; k++) {
    predict(m, clauseFeatures(clauses, k, 'zh', config.features), out);
    if (out[0]! < 0.5) n++;
  }
  return n;
}
const expandFull = (rows: number): Model => pruned(prepared, full, rows);
for (const rows of [Infinity, 10000, 5000, 3000, 2000, 1000]) {
  const bytes = encode(compact(rows === Infinity ? full : expandFull(rows), rows === Infinity ? full.index.size : rows));
  const c = decode(bytes);
  const b64 = Buffer.from(bytes).toString('base64');
  const module = `export const MODEL = '${b64}';\n`;
  const m = expand(decode(bytes));
  for (let i = 0; i < 50; i++) scoreDraft(m, long);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    scoreDraft(m, long);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `rows ${String(c.ids.length).padStart(6)}: bytes ${bytes.length}, gzip ${gzipSync(bytes, { level: 9 }).length}; as base64 TS module ${module.length}, gzip ${gzipSync(Buffer.from(module), { level: 9 }).length}; 1,000-char zh draft median ${times[150]!.toFixed(3)} ms (p90 ${times[270]!.toFixed(3)})`,
  );
}
