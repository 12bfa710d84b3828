/**
 * Regenerates the Traditional→Simplified folding table in src/core/detect-lang.ts
 * from opencc-js (a devDependency, so the library itself ships only the small table).
 * Covers every character of the built-in lexicon in both scripts, every Chinese character of the
 * other src/core modules (the reply checker's rules among them: it folds with this table), and short
 * lists of frequent characters and Taiwan/Hong Kong words, which is what language detection needs;
 * plus the variant Traditional forms (麽, 説, 絶…) of every Simplified character reached. Folding stays
 * one unit for one and idempotent (the script stops if a target would fold again).
 * Pass a folder to add the characters of its text files too.
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

// 么 is the Simplified form of 麼 and must stay put, or folding would not be idempotent; 麽, which
// cn→t also turns into 麼, is a variant Traditional form and folds. (Checking the round trip, not
// just toT: Taiwan usage maps some Traditional characters such as 癡 to a variant, 痴, that must still fold.)
const isSimplifiedForm = (ch: string): boolean => toT(ch) !== ch && fromT(toT(ch)) === ch;
const simplifiedOf = (ch: string): string | undefined =>
  [fromTw(ch), fromHk(ch), fromT(ch)].find((s) => s !== ch && s.length === 1 && s >= '\u3400' && s < '\ua000');

const pairs = new Map<string, string>();
for (const ch of [...chars].sort()) {
  if (isSimplifiedForm(ch)) continue;
  const target = simplifiedOf(ch);
  if (target) pairs.set(ch, target);
}
// Variant Traditional forms that converting Simplified text never produces but people type
// (説, 絶, 僞, 衆, 汙…: OpenCC's TWVariantsRev, HKVariantsRev and TSCharacters variants), for every
// Simplified character the table already reaches, so the reply checker needs no table of its own.
const targets = new Set(pairs.values());
const reached = new Set([...chars].map((ch) => pairs.get(ch) ?? ch));
for (let code = 0x3400; code < 0xa000; code++) {
  const ch = String.fromCharCode(code);
  if (chars.has(ch) || targets.has(ch) || isSimplifiedForm(ch)) continue;
  const target = simplifiedOf(ch);
  if (target && reached.has(target)) pairs.set(ch, target);
}
// Folding twice must change nothing.
const chained = [...pairs].filter(([, target]) => pairs.has(target)).map(([ch, target]) => ch + target + pairs.get(target));
if (chained.length) throw new Error(`fold targets that would fold again: ${chained.join(' ')}`);
// Simplified forms that are also ordinary Traditional characters (后, 台, 只) say nothing about the script.
const shared = [...new Set([...pairs.values(), ...'台里干面'])]
  .filter((s) => toT(s) === s || toTw(s) === s || '台里干面'.includes(s))
  .join('');
const file = new URL('../src/core/detect-lang.ts', import.meta.url);
const source = readFileSync(file, 'utf8')
  .replace(/const FOLD_PAIRS =\n  '[^']*';/, `const FOLD_PAIRS =\n  '${[...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, target]) => ch + target).join('')}';`)
  .replace(/const SHARED = '[^']*';/, `const SHARED = '${shared}';`);
writeFileSync(file, source);
process.stdout.write(`${pairs.size} pairs written to src/core/detect-lang.ts\n`);
