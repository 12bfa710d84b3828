/**
 * Speed of the reply checker (Node). Run: npx tsx bench/reply.bench.ts
 * lintReply on 1,000-character drafts in each language (a few problems each, as real
 * drafts have), median and p99; 250 kB vs 1 MB to show linear time; bundle size.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { lintReply as LintReply } from '../src/core/reply/index.js';

// Time the minified bundle a host would ship, not tsx's on-the-fly transform.
const entry = fileURLToPath(new URL('../src/core/reply/index.ts', import.meta.url));
const bundle = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', charset: 'utf8' });
const code = bundle.outputFiles[0]!.contents;
const bundlePath = join(mkdtempSync(join(tmpdir(), 'rapport-bench-')), 'reply.mjs');
writeFileSync(bundlePath, code);
const { lintReply } = (await import(pathToFileURL(bundlePath).href)) as { lintReply: typeof LintReply };

interface Item {
  lang: string;
  text: string;
  spans: unknown[];
}
const load = (name: string): Item[] => JSON.parse(readFileSync(new URL(`../tests/data/reply/${name}.json`, import.meta.url), 'utf8')) as Item[];
const pool = [...load('dev'), ...load('heldout')];

/** A 1,000-character draft: mostly good sentences, one problem sentence in five. */
function draftOf(lang: string, seed: number): string {
  const good = pool.filter((i) => i.lang === lang && !i.spans.length);
  const bad = pool.filter((i) => i.lang === lang && i.spans.length);
  let text = '';
  for (let k = seed; text.length < 1000; k++) text += (k % 5 === 0 ? bad[k % bad.length]! : good[k % good.length]!).text + (lang === 'en' ? ' ' : '');
  return text.slice(0, 1000);
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Per-draft times in ms, sorted, after a warm-up: 100 rounds over the drafts. */
function timeEach(drafts: string[]): number[] {
  for (let i = 0; i < 200; i++) for (const d of drafts) lintReply(d);
  const times: number[] = [];
  for (let round = 0; round < 100; round++)
    for (const d of drafts) {
      const t0 = performance.now();
      lintReply(d);
      times.push(performance.now() - t0);
    }
  return times.sort((a, b) => a - b);
}

console.log('\nlintReply, 1,000-character drafts');
console.log('lang      findings  median      p99');
for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
  const drafts = Array.from({ length: 50 }, (_, i) => draftOf(lang, i));
  const times = timeEach(drafts);
  const findings = drafts.reduce((n, d) => n + lintReply(d).length, 0) / drafts.length;
  console.log(`${lang.padEnd(9)} ${findings.toFixed(1).padStart(8)}  ${percentile(times, 50).toFixed(4)} ms  ${percentile(times, 99).toFixed(4)} ms`);
}

// What agents really send: the labelled drafts themselves, a sentence or two each.
console.log('\nlintReply, drafts as written (dev + heldout)');
console.log('lang      chars     median      p99');
for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
  const drafts = pool.filter((i) => i.lang === lang).map((i) => i.text);
  const times = timeEach(drafts);
  const chars = drafts.reduce((n, d) => n + d.length, 0) / drafts.length;
  console.log(`${lang.padEnd(9)} ${chars.toFixed(0).padStart(5)}  ${percentile(times, 50).toFixed(4)} ms  ${percentile(times, 99).toFixed(4)} ms`);
}

const unit = pool.filter((i) => !i.spans.length).map((i) => i.text).join(' ');
const quarter = unit.repeat(Math.ceil(250_000 / unit.length)).slice(0, 250_000);
const full = quarter.repeat(4);
const best = (text: string): number => {
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    lintReply(text);
    b = Math.min(b, performance.now() - t0);
  }
  return b;
};
const tq = best(quarter);
const tf = best(full);
console.log(`\nlinearity (good drafts): 250 kB in ${tq.toFixed(1)} ms, 1 MB in ${tf.toFixed(1)} ms (ratio ${(tf / tq).toFixed(2)}, linear = 4)`);
console.log(`bundle: ${(code.length / 1024).toFixed(1)} kB minified, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzip (checker + rules + script table)`);
console.log('target: median well under 1 ms at 1,000 characters');
