/**
 * Folding, clause splitting and hashed n-gram features for the reply second-opinion
 * experiment. Pure TypeScript (no Node APIs, no DOM) so the same code can run in a browser.
 *
 * On folded text (Traditional→Simplified with foldTraditional, lower case, full-width→
 * half-width, ’→', digits→0; one UTF-16 unit in for one out, so offsets stay exact):
 *   zh clauses: character 1–3-grams, with clause-start/end marks in the 2- and 3-grams
 *   en clauses: word 1–2-grams (with start/end marks) and character 3–4-grams of " clause "
 *   context:    the clause addresses the customer (你/您/阁下, you/your), it ends in '?' or '!',
 *               it is the draft's first / last clause; optionally the previous and next
 *               clause's unigrams/words (prefixed, so they are separate features).
 * Every feature string is prefixed with the language, hashed with FNV-1a to HASH_BITS bits
 * (hashFeature and HASH_BITS in ../common.ts).
 */
import { foldText as foldShared, hashFeature } from '../common.js';

/**
 * Traditional→Simplified, lower case (A–Z only: accented capitals are kept), full-width→half-width,
 * ’→', digits→0. Same length as the input. See foldText in ../common.ts.
 */
export const foldText = (text: string): string => foldShared(text, { lowerAccented: false });

const isDigit = (c: number): boolean => c === 0x30; // after folding every digit is '0'

/** Is folded[i] a clause boundary? ，。！？；：,.!?;: and line breaks; '.', ',' and ':' between digits are not. */
function isBoundary(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  switch (c) {
    case 0x3002: case 0x21: case 0x3f: case 0x3b: case 0x0a: case 0x0d:
      return true;
    case 0x2e: case 0x2c: case 0x3a:
      return !(isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1)));
    default:
      return false;
  }
}

export interface Clause {
  /** Offsets into the draft (whitespace trimmed). */
  start: number;
  end: number;
  /** The folded clause text. */
  text: string;
  /** The boundary character right after the clause ('' at the end of the draft). */
  after: string;
}

export function splitClauses(folded: string): Clause[] {
  const out: Clause[] = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    let j = i;
    while (j < n && !isBoundary(folded, j)) j++;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(folded[s]!)) s++;
    while (e > s && /\s/.test(folded[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: folded.slice(s, e), after: j < n ? folded[j]! : '' });
    else if (out.length && j < n && out[out.length - 1]!.after !== '?') out[out.length - 1]!.after = folded[j]!; // "..." / "?!" runs
    i = j + 1;
  }
  return out;
}

export interface FeatureOptions {
  context: boolean;
  neighbours: boolean;
}
export const DEFAULT_FEATURES: FeatureOptions = { context: true, neighbours: false };

const YOU_ZH = /[你您]|阁下/;
const YOU_EN = /\b(you|your|yours|yourself|you're|you've|you'd|you'll|ya|u|ur)\b/;
const WORD = /[a-z0-9']+|[^\sa-z0-9'\p{P}]/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The feature strings of one clause (before hashing); `lang` is 'zh' or 'en'. */
export function clauseFeatureStrings(clauses: readonly Clause[], k: number, lang: 'zh' | 'en', opt: FeatureOptions): string[] {
  const c = clauses[k]!;
  const t = c.text;
  const f: string[] = [`${lang}|bias`];
  if (lang === 'zh') {
    const s = '\u0002' + t + '\u0003';
    for (let i = 1; i < s.length - 1; i++) f.push('z1' + s[i]);
    for (let i = 0; i + 2 <= s.length; i++) f.push('z2' + s.slice(i, i + 2));
    for (let i = 0; i + 3 <= s.length; i++) f.push('z3' + s.slice(i, i + 3));
  } else {
    const w = words(t);
    for (let i = 0; i < w.length; i++) f.push('w1' + w[i]);
    const b = ['<s>', ...w, '</s>'];
    for (let i = 0; i + 1 < b.length; i++) f.push('w2' + b[i] + ' ' + b[i + 1]);
    const s = ' ' + t.replace(/\s+/g, ' ') + ' ';
    for (let i = 0; i + 3 <= s.length; i++) f.push('c3' + s.slice(i, i + 3));
    for (let i = 0; i + 4 <= s.length; i++) f.push('c4' + s.slice(i, i + 4));
  }
  if (opt.context) {
    if (lang === 'zh' ? YOU_ZH.test(t) : YOU_EN.test(t)) f.push(`${lang}|you`);
    if (c.after === '?') f.push(`${lang}|q`);
    if (c.after === '!') f.push(`${lang}|!`);
    if (k === 0) f.push(`${lang}|first`);
    if (k === clauses.length - 1) f.push(`${lang}|last`);
  }
  if (opt.neighbours) {
    for (const [tag, j] of [['p', k - 1], ['n', k + 1]] as const) {
      const o = clauses[j];
      if (!o) continue;
      if (lang === 'zh') for (let i = 0; i + 2 <= o.text.length; i++) f.push(tag + '2' + o.text.slice(i, i + 2));
      else for (const x of words(o.text)) f.push(tag + 'w' + x);
    }
  }
  return f.map((x) => (x.startsWith(lang) ? x : lang + x));
}

/** Hashed, de-duplicated feature ids of one clause, sorted. */
export function clauseFeatures(clauses: readonly Clause[], k: number, lang: 'zh' | 'en', opt: FeatureOptions): Uint32Array {
  const set = new Set<number>();
  for (const s of clauseFeatureStrings(clauses, k, lang, opt)) set.add(hashFeature(s));
  return Uint32Array.from([...set].sort((a, b) => a - b));
}
