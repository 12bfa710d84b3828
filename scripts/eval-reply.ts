/**
 * Scores lintReply against the labelled drafts in tests/data/reply.
 *   npx tsx scripts/eval-reply.ts                 both splits
 *   npx tsx scripts/eval-reply.ts dev --errors    one split, listing misses and false alarms
 * A predicted span counts as correct when it has the gold span's category and overlaps it
 * (one prediction per gold span). Prints span precision and recall, and the share of good
 * drafts (no gold spans) with any finding, per language and overall.
 */
import { readFileSync } from 'node:fs';
import { lintReply, type ReplyCategory, type ReplyFinding } from '../src/core/reply/index.js';
import { LANGS, type Lang } from '../src/core/lang.js';
import { emptyTally, matchSpans, type Tally } from './reply-scoring.js';

interface Item {
  id: string;
  lang: Lang;
  text: string;
  /** [category, exact substring]; the first occurrence of the substring is the span. */
  spans: Array<[ReplyCategory, string]>;
}

interface Gold {
  category: ReplyCategory;
  start: number;
  end: number;
  text: string;
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const splits = args.filter((a) => !a.startsWith('--'));
const wanted = splits.length ? splits : ['dev', 'heldout'];
const fmt = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

function score(item: Item, found: ReplyFinding[]): { tp: number; fp: ReplyFinding[]; fn: Gold[] } {
  const gold: Gold[] = item.spans.map(([category, text]) => {
    const start = item.text.indexOf(text);
    if (start < 0) throw new Error(`${item.id}: "${text}" is not in the draft`);
    return { category, start, end: start + text.length, text };
  });
  const { hit, wrong } = matchSpans(gold, found);
  return { tp: hit.filter(Boolean).length, fp: wrong.map((j) => found[j]!), fn: gold.filter((_, i) => !hit[i]) };
}

const rows: string[] = [];
for (const split of wanted) {
  const items = JSON.parse(readFileSync(new URL(`../tests/data/reply/${split}.json`, import.meta.url), 'utf8')) as Item[];
  const byLang = new Map<Lang | 'all', Tally>();
  const errors: string[] = [];
  // Per gold category: how many, how many found, how many missed but underlined under another category.
  const byCategory = new Map<string, { gold: number; found: number; other: number }>();
  for (const item of items) {
    const found = lintReply(item.text);
    const { tp, fp, fn } = score(item, found);
    for (const [category] of item.spans) {
      const c = byCategory.get(category) ?? { gold: 0, found: 0, other: 0 };
      c.gold++;
      c.found++;
      byCategory.set(category, c);
    }
    for (const g of fn) {
      const c = byCategory.get(g.category)!;
      c.found--;
      if (found.some((f) => f.start < g.end && g.start < f.end)) c.other++;
    }
    for (const key of [item.lang, 'all'] as const) {
      const t = byLang.get(key) ?? emptyTally();
      t.tp += tp;
      t.fp += fp.length;
      t.fn += fn.length;
      t.drafts++;
      if (!item.spans.length) {
        t.good++;
        if (found.length) t.alarms++;
      }
      byLang.set(key, t);
    }
    for (const f of fp) errors.push(`  FP ${item.id} ${f.category} "${f.text}"  ← ${item.text}`);
    for (const g of fn) errors.push(`  FN ${item.id} ${g.category} "${g.text}"  ← ${item.text}`);
  }
  console.log(`\n=== ${split}: ${items.length} drafts ===`);
  console.log('lang       drafts  good  precision  recall  false-alarms  (tp/fp/fn)');
  for (const key of [...LANGS, 'all'] as const) {
    const t = byLang.get(key);
    if (!t) continue;
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : NaN;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN;
    const fa = t.good ? t.alarms / t.good : NaN;
    const line = `${key.padEnd(10)} ${String(t.drafts).padStart(6)} ${String(t.good).padStart(5)}  ${fmt(p).padStart(9)}  ${fmt(r).padStart(6)}  ${fmt(fa).padStart(12)}  (${t.tp}/${t.fp}/${t.fn})`;
    console.log(line);
    if (key === 'all') rows.push(`${split.padEnd(8)} P ${fmt(p)}  R ${fmt(r)}  false alarms ${fmt(fa)} (${t.alarms}/${t.good} good drafts)`);
  }
  console.log('category       gold  recall  missed but flagged as another category');
  for (const [category, c] of [...byCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${category.padEnd(13)} ${String(c.gold).padStart(5)}  ${fmt(c.found / c.gold).padStart(6)}  ${c.other}`);
  }
  if (showErrors && errors.length) console.log(errors.join('\n'));
}
console.log('\nsummary (targets: precision ≥ 0.90, recall ≥ 0.90, false alarms ≤ 0.05)');
for (const row of rows) console.log(row);
