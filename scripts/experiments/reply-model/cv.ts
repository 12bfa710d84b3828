/**
 * Computes and caches the out-of-set clause probabilities for one configuration:
 *   outer: for each of the 8 sets, a model trained on the other 7 scores that set;
 *   pair:  for each pair of sets {a, b}, a model trained on the other 6 scores a and b
 *          (the inner leave-one-set-out used to choose thresholds without the held-out set:
 *          with s held out, set s2's inner probabilities come from the pair {s, s2}).
 *   npx tsx scripts/experiments/reply-model/cv.ts [config]   → /tmp/rmodel/probs-<config>.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ALLOWED, loadAll } from './data.js';
import { CONFIGS } from './configs.js';
import { train } from './model.js';
import { prepare, probabilities, samples } from './pipeline.js';

const name = process.argv[2] ?? 'base';
const config = CONFIGS[name];
if (!config) throw new Error(`unknown config ${name}`);
const prepared = loadAll().map((i) => prepare(i, config.features));
const bySet = (sets: readonly string[]) => prepared.filter((p) => sets.includes(p.item.set));

const outer: Record<string, number[][]> = {};
const pair: Record<string, Record<string, number[][]>> = {};
const t0 = performance.now();
for (const s of ALLOWED) {
  const model = train(samples(bySet(ALLOWED.filter((x) => x !== s))), config.train);
  for (const p of bySet([s])) outer[p.key] = probabilities(model, p);
  console.log(`outer ${s} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
for (let i = 0; i < ALLOWED.length; i++)
  for (let j = i + 1; j < ALLOWED.length; j++) {
    const a = ALLOWED[i]!;
    const b = ALLOWED[j]!;
    const model = train(samples(bySet(ALLOWED.filter((x) => x !== a && x !== b))), config.train);
    const out: Record<string, number[][]> = {};
    for (const p of bySet([a, b])) out[p.key] = probabilities(model, p);
    pair[`${a}|${b}`] = out;
    console.log(`pair ${a} ${b} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
mkdirSync('/tmp/rmodel', { recursive: true });
const round = (x: number[][]) => x.map((r) => r.map((v) => Math.round(v * 1e5) / 1e5));
const r = (o: Record<string, number[][]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
writeFileSync(
  `/tmp/rmodel/probs-${name}.json`,
  JSON.stringify({ config: name, outer: r(outer), pair: Object.fromEntries(Object.entries(pair).map(([k, v]) => [k, r(v)])) }),
);
console.log(`wrote /tmp/rmodel/probs-${name}.json`);
