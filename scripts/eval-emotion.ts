/**
 * Scores analyzeMessage against the labelled sets in tests/data/emotion.
 *   npx tsx scripts/eval-emotion.ts              both splits
 *   npx tsx scripts/eval-emotion.ts dev --errors one split, listing the misses
 *   npx tsx scripts/eval-emotion.ts tune2 x.json  any file under tests/data/emotion (name with or without .json)
 * Prints per-language confusion matrices, emotion macro-F1 and flag precision/recall/F1.
 */
import { readFileSync } from 'node:fs';
import { analyzeMessage, EMOTIONS, FLAGS, type Emotion, type Flag } from '../src/core/emotion/index.js';
import { LANGS, type Lang } from '../src/core/lang.js';

interface Item {
  id: string;
  lang: Lang;
  text: string;
  /** Absent in a flags-only set. */
  emotion: Emotion;
  /** A flags-only set labels only some flags. */
  flags: Record<Flag, boolean>;
  hard?: boolean;
  note?: string;
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const splits = args.filter((a) => !a.startsWith('--'));
const wanted = splits.length ? splits : ['dev', 'heldout'];

function f1(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (x: number): string => x.toFixed(3);
const short: Record<Emotion, string> = { angry: 'ang', anxious: 'anx', confused: 'con', disappointed: 'dis', neutral: 'neu', satisfied: 'sat' };

function macroF1(pairs: [Emotion, Emotion][]): number {
  const present = EMOTIONS.filter((e) => pairs.some(([g, p]) => g === e || p === e));
  let sum = 0;
  for (const e of present) {
    const tp = pairs.filter(([g, p]) => g === e && p === e).length;
    const fp = pairs.filter(([g, p]) => g !== e && p === e).length;
    const fn = pairs.filter(([g, p]) => g === e && p !== e).length;
    sum += f1(tp, fp, fn).f;
  }
  return present.length ? sum / present.length : 0;
}

const summary: string[] = [];
for (const split of wanted) {
  const file = split.endsWith('.json') ? split : `${split}.json`;
  if (file.includes('/') || file.includes('\\')) throw new Error(`${split}: give a file name under tests/data/emotion`);
  let items: Item[];
  try {
    items = JSON.parse(readFileSync(new URL(`../tests/data/emotion/${file}`, import.meta.url), 'utf8')) as Item[];
  } catch (error) {
    // A set still being written (or missing) is skipped, not fatal for the other splits.
    console.log(`\n=== ${split}: skipped (${(error as Error).message.split('\n')[0]}) ===`);
    continue;
  }
  const results = items.map((item) => ({ item, reading: analyzeMessage(item.text) }));
  console.log(`\n=== ${split}: ${items.length} messages (${items.filter((i) => i.hard).length} hard) ===`);
  for (const lang of LANGS) {
    // A flags-only set (variety corpora) has no emotion labels: it is scored on its flags alone.
    const mine = results.filter((r) => r.item.lang === lang && r.item.emotion);
    if (!mine.length) continue;
    const pairs = mine.map((r) => [r.item.emotion, r.reading.emotion] as [Emotion, Emotion]);
    const accuracy = pairs.filter(([g, p]) => g === p).length / pairs.length;
    const macro = macroF1(pairs);
    const detected = mine.filter((r) => r.reading.lang === lang).length;
    console.log(`\n[${lang}] n=${mine.length} accuracy=${fmt(accuracy)} macro-F1=${fmt(macro)} lang-detect=${detected}/${mine.length}`);
    console.log('gold\\pred ' + EMOTIONS.map((e) => short[e].padStart(5)).join(''));
    for (const g of EMOTIONS) {
      console.log(short[g].padEnd(10) + EMOTIONS.map((p) => String(pairs.filter(([a, b]) => a === g && b === p).length).padStart(5)).join(''));
    }
    summary.push(`${split.padEnd(8)} ${lang.padEnd(8)} macro-F1 ${fmt(macro)}`);
  }
  const hard = results.filter((r) => r.item.hard && r.item.emotion);
  if (results.some((r) => r.item.emotion)) console.log(`\nall languages macro-F1=${fmt(macroF1(results.map((r) => [r.item.emotion, r.reading.emotion])))}; hard cases macro-F1=${fmt(macroF1(hard.map((r) => [r.item.emotion, r.reading.emotion])))} (n=${hard.length})`);
  console.log('\nflag            P      R      F1   (tp/fp/fn)');
  for (const flag of FLAGS) {
    // An item that does not label a flag (flags-only sets label one) is not counted for it.
    const labelled = results.filter((r) => typeof r.item.flags[flag] === 'boolean');
    const tp = labelled.filter((r) => r.item.flags[flag] && r.reading.flags[flag]).length;
    const fp = labelled.filter((r) => !r.item.flags[flag] && r.reading.flags[flag]).length;
    const fn = labelled.filter((r) => r.item.flags[flag] && !r.reading.flags[flag]).length;
    const { p, r, f } = f1(tp, fp, fn);
    console.log(`${flag.padEnd(12)} ${fmt(p)}  ${fmt(r)}  ${fmt(f)}   (${tp}/${fp}/${fn})`);
    summary.push(`${split.padEnd(8)} ${flag.padEnd(11)} P ${fmt(p)} R ${fmt(r)} F1 ${fmt(f)}`);
  }
  if (showErrors) {
    console.log('\nmisses:');
    for (const { item, reading } of results) {
      const wrongFlags = FLAGS.filter((f) => typeof item.flags[f] === 'boolean' && item.flags[f] !== reading.flags[f]);
      if ((!item.emotion || item.emotion === reading.emotion) && !wrongFlags.length) continue;
      const cues = reading.cues.map((c) => `${c.text}${c.emotion ? ':' + short[c.emotion] : ''}${c.weight ? ':' + c.weight : ''}`).join(' ');
      console.log(`${item.id} gold=${short[item.emotion]} pred=${short[reading.emotion]}${wrongFlags.length ? ' flags≠' + wrongFlags.join(',') : ''} | ${item.text.replace(/\n/g, ' ').slice(0, 90)} | ${cues}`);
    }
  }
}
console.log('\nsummary\n' + summary.join('\n'));
