/**
 * Regenerates the Traditional→Simplified folding table in src/core/detect-lang.ts
 * from opencc-js (a devDependency, so the library itself ships only the small table).
 * Covers every character of the built-in lexicon in both scripts, every Chinese character of the
 * other src/core modules, and short lists of frequent characters and Taiwan/Hong Kong words, which
 * is what language detection needs. Pass a folder to add the characters of its text files too.
 * Run: npm run generate:fold-table [folder of extra text]  (rewrites the two constants in place)
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
// The most frequent characters that differ between the scripts, so that detection works on everyday text.
addText('这个们来说时会对还过后为与开关问题钱买卖给点让从经发现实体处进动长门车东头见气电话网号帐户单货运费寄区应该觉没么样吗请谢帮办查询确认换退款订购物价格优惠码让边几钟离场间阵总节简证')
addText('台湾香港澳门网络订单货运费账户银行信用卡号码电话讯息简讯验证登录设定更新软件档案视频游戏医院学校车站机场飞机铁路钟头礼拜周末气温价钱优惠团购宽频频道线路维修师傅冷气暖炉热水器瓦斯电费水费')
// Every Chinese character of the core's own word lists (complaint, reply, escalation… fold with this table too).
const core = new URL('../src/core/', import.meta.url).pathname;
for (const name of readdirSync(core, { recursive: true }) as string[]) {
  if (name.endsWith('.ts') && !name.endsWith('detect-lang.ts')) addText(readFileSync(`${core}${name}`, 'utf8'));
}
// Optional: a folder of extra Chinese text (e.g. ../shared/seeds) to widen detection. Off by default:
// it roughly doubled the table (≈1 kB gzip) for characters the frequent list above already covers,
// and the analyser must stay within its size budget.
const seeds = process.argv[2];
if (seeds) {
  try {
    for (const name of readdirSync(seeds)) addText(readFileSync(`${seeds}/${name}`, 'utf8'));
  } catch {
    process.stderr.write(`could not read ${seeds}; using the lexicon and the frequent list only\n`);
  }
}

const pairs: string[] = [];
for (const ch of [...chars].sort()) {
  // A character that is itself a Simplified form (么 of 麼) must stay put, or folding would not be idempotent.
  // (Only toT: Taiwan usage maps some Traditional characters such as 癡 to a variant, 痴, that must still fold.)
  if (toT(ch) !== ch) continue;
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
