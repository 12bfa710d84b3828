import { expect } from '@open-wc/testing';
import { BUILTIN_REPLY_RULES, createReplyLinter, lintReply, type ReplyRule } from '../../../src/core/reply/index.js';
import { CASELESS, firstUnits } from '../../../src/core/reply/dispatch.js';
import { setDispatch } from '../../../src/core/reply/lint.js';

const starts = (source: string, ignoreCase = false): { units: string; alone: string; pairs: Record<string, string> } | null => {
  const start = firstUnits(source, ignoreCase);
  if (!start) return null;
  const str = (codes: Iterable<number>): string => String.fromCharCode(...[...codes].sort((a, b) => a - b));
  return { units: str(start.units), alone: str(start.alone), pairs: Object.fromEntries([...start.pairs].map(([c, next]) => [String.fromCharCode(c), str(next)])) };
};

// Labelled texts (not the blind sets) as drafts.
const DATA = [
  'reply/dev',
  'reply/heldout',
  'reply/tune2',
  'reply/tune3',
  'reply/tune4',
  'reply/tune5',
  'reply/variety-en',
  'reply/variety-zh',
  'emotion/dev',
  'emotion/heldout',
  'emotion/tune2',
  'emotion/tune3',
  'emotion/tune4',
  'emotion/tune5',
  'emotion/tune6',
  'emotion/variety-flags',
];

async function loadTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const name of DATA) {
    const items = (await (await fetch(`/tests/data/${name}.json`)).json()) as Array<{ text?: unknown }>;
    for (const item of items) if (typeof item.text === 'string') texts.push(item.text);
  }
  return texts;
}

const HOST: ReplyRule[] = [
  { id: 'host.zh', category: 'negative', lang: 'zh', match: ['没办法', '不可能', '您'], suggestions: ['我们来想办法'] },
  { id: 'host.en', category: 'policy', lang: 'en', match: ['cheap plan', 'policy'], suggestions: ['Essentials plan'] },
  { id: 'host.re', category: 'command', lang: 'zh', match: /你(?:必须|要)[^，。]{0,4}/, suggestions: { hans: ['请您{match}'] } },
  { id: 'host.rei', category: 'blame', lang: 'en', match: /\byour? (?:fault|mistake)s?\b/i },
  { id: 'host.empty', category: 'blame', lang: 'en', match: /x*/ },
];

describe('reply rules: per-position dispatch', () => {
  it('finds the units a match can start with, and the units after them', () => {
    expect(starts('你必须')).to.deep.equal({ units: '你', alone: '', pairs: { 你: '必' } });
    // Optional parts, look-arounds and alternatives.
    expect(starts('(?<!不)(?:[你您]|阁下)(?:们)?必须')).to.deep.equal({ units: '你您阁', alone: '', pairs: { 你: '们必', 您: '们必', 阁: '下' } });
    expect(starts('(?:请)?先(?=去)')).to.deep.equal({ units: '先请', alone: '先', pairs: { 请: '先' } });
    expect(starts('你[^，]{0,3}错')?.alone).to.equal('你');
    expect(starts('\\byou\\b', true)).to.deep.equal({ units: 'Yy', alone: '', pairs: { Y: 'Oo', y: 'Oo' } });
    expect(firstUnits('\\byou', true)!.wordStart).to.equal(true);
    expect(firstUnits('(?:kindly )?\\bdo', true)!.wordStart).to.equal(false);
    expect(starts('a+b')!.pairs).to.deep.equal({ a: 'ab' });
  });

  it('keeps the full scan when it cannot be sure', () => {
    expect(firstUnits('.+', false)).to.equal(null);
    expect(firstUnits('[^你]+', false)).to.equal(null);
    expect(firstUnits('你?', false)).to.equal(null);
    expect(firstUnits('(?<x>你)?\\k<x>', false)).to.equal(null);
    expect(firstUnits('\\w*', true)).to.equal(null);
    expect(firstUnits('(unclosed', false)).to.equal(null);
    expect(firstUnits('é', true)).to.equal(null);
  });

  it('lists case variants as the engine matches them', function () {
    this.timeout(60_000);
    const hex = (c: number): string => c.toString(16).padStart(4, '0');
    const wrong: string[] = [];
    // With `i` (no `u`), a unit in a caseless block matches only units of that block…
    for (const [lo, hi] of CASELESS) {
      const re = new RegExp(`[\\u${hex(lo)}-\\u${hex(hi)}]`, 'i');
      for (let c = 0; c < 0x10000; c++) if ((c < lo || c > hi) && re.test(String.fromCharCode(c))) wrong.push(`${hex(lo)}: ${hex(c)}`);
    }
    // …and an ASCII letter only its two cases (not K, ſ).
    const letters = /[a-z]/i;
    for (let c = 0; c < 0x10000; c++) if (letters.test(String.fromCharCode(c)) !== ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) wrong.push(hex(c));
    expect(wrong).to.deep.equal([]);
  });

  it('dispatches nearly every built-in rule', () => {
    const scanned = BUILTIN_REPLY_RULES.filter((r) => r.match instanceof RegExp && !firstUnits(r.match.source, r.lang === 'en'));
    expect(scanned.length).to.be.below(10);
  });

  it('never changes what the checker finds', async function () {
    this.timeout(120_000);
    const texts = await loadTexts();
    expect(texts.length).to.be.above(5000);
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const drafts = [...texts];
    // 1,000-character drafts of random texts.
    for (let k = 0; k < 300; k++) {
      let text = '';
      while (text.length < 1000) text += texts[random(texts.length)]! + ['', ' ', '\n'][random(3)];
      drafts.push(text.slice(0, 1000));
    }
    // Random strings of the rules' literal pieces, punctuation and quotes.
    const pieces = new Set<string>(['，', '。', '！', '？', ',', '.', '!', '?', ' ', '\n', '“', '”', '「', '」', '"', '’', '閣下', '們', '說']);
    for (const rule of BUILTIN_REPLY_RULES)
      if (rule.match instanceof RegExp) for (const m of rule.match.source.matchAll(/[\u3400-\u9fff]{1,6}|[A-Za-z']+(?: [A-Za-z']+)?/g)) pieces.add(m[0]);
    const pieceList = [...pieces];
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let n = 3 + random(k % 10 === 0 ? 300 : 30); n > 0; n--) text += pieceList[random(pieceList.length)]!;
      drafts.push(text);
    }
    const linters = [
      createReplyLinter({ rules: HOST, replace: true }),
      createReplyLinter({ rules: HOST, disable: ['zh.command.must', 'en.blame.wrong'], categories: ['blame', 'command', 'negative'] }),
    ];
    const check = (draft: string): unknown[] => [
      lintReply(draft),
      lintReply(draft, { lang: 'zh-Hant' }),
      lintReply(draft, { lang: 'en' }),
      lintReply(draft, { rules: HOST, disable: ['zh.negative.cannot', 'host.en'] }),
      ...linters.map((lint) => lint(draft)),
    ];
    let findings = 0;
    try {
      for (const draft of drafts) {
        setDispatch(true);
        const fast = check(draft);
        setDispatch(false);
        const slow = check(draft);
        expect(fast, draft).to.deep.equal(slow);
        findings += (slow[0] as unknown[]).length;
      }
    } finally {
      setDispatch(true);
    }
    expect(findings).to.be.above(1000);
  });
});
