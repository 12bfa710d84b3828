/**
 * Lists the model's additions (rules silent, p ≥ t) from a saved loso run, right and wrong,
 * and the false-positive rate on each held-out set's negatives.
 *   npx tsx scripts/experiments/flag-model/inspect.ts /tmp/fmodel/loso-current-others-hostile-safety.json hostile msg union
 */
import { readFileSync } from 'node:fs';
import { loadAll } from './data.js';

const [file, flag, variant, criterion, limit] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file!, 'utf8')) as { flag: string; variant: string; criterion: string; rows: { id: string; set: string; gold: boolean; rules: boolean; p: number; t: number }[] }[];
const run = report.find((r) => r.flag === flag && r.variant === variant && r.criterion === criterion)!;
const text = new Map(loadAll().map((i) => [`${i.set}/${i.id}`, i.text]));
const sets = [...new Set(run.rows.map((r) => r.set))];
console.log('set            negatives  rules FP  union FP  FPR(rules)  FPR(union)  added TP');
for (const s of sets) {
  const rs = run.rows.filter((r) => r.set === s);
  const neg = rs.filter((r) => !r.gold);
  const fpR = neg.filter((r) => r.rules).length;
  const fpU = neg.filter((r) => r.rules || r.p >= r.t).length;
  const added = rs.filter((r) => r.gold && !r.rules && r.p >= r.t).length;
  console.log(`${s.padEnd(14)} ${String(neg.length).padStart(9)} ${String(fpR).padStart(9)} ${String(fpU).padStart(9)}  ${(fpR / neg.length).toFixed(3).padStart(10)}  ${(fpU / neg.length).toFixed(3).padStart(10)}  ${String(added).padStart(8)}`);
}
const n = Number(limit ?? 25);
const show = (title: string, rows: typeof run.rows): void => {
  console.log(`\n${title} (${rows.length})`);
  for (const r of rows.slice(0, n)) console.log(`  ${r.p.toFixed(2)} ${r.set}/${r.id} ${text.get(`${r.set}/${r.id}`)!.replace(/\n/g, ' ').slice(0, 110)}`);
};
const added = run.rows.filter((r) => !r.rules && r.p >= r.t).sort((a, b) => b.p - a.p);
show('wrong additions', added.filter((r) => !r.gold));
show('right additions', added.filter((r) => r.gold));
show('still missed', run.rows.filter((r) => r.gold && !r.rules && r.p < r.t).sort((a, b) => b.p - a.p));
