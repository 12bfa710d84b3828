/**
 * Regenerates the Traditional→Simplified folding table in src/core/detect-lang.ts
 * from opencc-js (a devDependency, so the library itself ships only the small table).
 * Covers every character of the built-in lexicon in both scripts plus the characters
 * of the source guides and a short list of frequent Taiwan/Hong Kong words, which is what language detection needs.
 * Run: npm run generate:fold-table  (rewrites the two constants in place)
 */
import * as OpenCC from 'opencc-js';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { BUILTIN_LEXICON } from '../src/core/emotion/lexicon.js';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toT = OpenCC.Converter({ from: 'cn', to: 't' });
const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromT = OpenCC.Converter({ from: 't', to: 'cn' });

const han = /\p{Script=Han}/u;
const chars = new Set<string>();
const addText = (text: string): void => {
  for (const variant of [text, toTw(text), toHk(text), toT(text)]) {
    for (const ch of variant) if (han.test(ch) && ch.length === 1) chars.add(ch);
  }
  // Character by character too: phrase rules keep some words unconverted (仆街) that a writer may still convert.
  for (const ch of new Set(text)) {
    if (!han.test(ch)) continue;
    for (const variant of [toTw(ch), toHk(ch), toT(ch)]) if (variant.length === 1) chars.add(variant);
  }
};
addText(BUILTIN_LEXICON);
// Frequent characters of Taiwan and Hong Kong messages that the guides may not contain.
addText('台湾香港澳门网络订单货运费账户银行信用卡号码电话讯息简讯验证登录设定更新软件档案视频游戏医院学校车站机场飞机铁路钟头礼拜周末气温价钱优惠团购宽频频道线路维修师傅冷气暖炉热水器瓦斯电费水费')
const seeds = process.argv[2] ?? new URL('../../shared/seeds', import.meta.url).pathname;
try {
  for (const name of readdirSync(seeds)) addText(readFileSync(`${seeds}/${name}`, 'utf8'));
} catch {
  // The seeds only widen detection coverage; the lexicon alone is enough for matching.
}

const pairs: string[] = [];
for (const ch of [...chars].sort()) {
  // A character that is itself a Simplified form (么 of 麼) must stay put, or folding would not be idempotent.
  if (toT(ch) !== ch || toTw(ch) !== ch) continue;
  const target = [fromTw(ch), fromHk(ch), fromT(ch)].find((s) => s !== ch && s.length === 1);
  if (target) pairs.push(ch + target);
}
// Simplified forms that are also ordinary Traditional characters (后, 台, 只) say nothing about the script.
const shared = [...new Set([...pairs.map((p) => p[1]!), ...'台里干面'])]
  .filter((s) => toT(s) === s || toTw(s) === s || '台里干面'.includes(s))
  .join('');
const target = new URL('../src/core/detect-lang.ts', import.meta.url);
const source = readFileSync(target, 'utf8')
  .replace(/const FOLD_PAIRS =\n  '[^']*';/, `const FOLD_PAIRS =\n  '${pairs.join('')}';`)
  .replace(/const SHARED = '[^']*';/, `const SHARED = '${shared}';`);
writeFileSync(target, source);
process.stdout.write(`${pairs.length} pairs written to src/core/detect-lang.ts\n`);
