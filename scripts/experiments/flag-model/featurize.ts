/**
 * Text folding, clause splitting and hashed n-gram features for the flag-model
 * experiment. Pure TypeScript (no Node APIs) so the same code can score in a browser.
 *
 * Features, all on folded text (Traditional→Simplified, lower case, full-width→half-width,
 * digits→0), one UTF-16 unit in for one out so offsets stay exact:
 *   Han runs:      character 1–3-grams            (prefix h)
 *   Latin words:   word 1-grams and 2-grams       (prefix w / b)
 *                  character 3–5-grams of " word " (prefix c)
 *   other symbols: each one (emoji, ★, …)         (prefix e)
 * Features never cross a clause boundary; a message's features are the union of its clauses'.
 */
import { foldText as foldShared, hashFeature } from '../common.js';

/**
 * Traditional→Simplified, lower case (accented Latin letters too), full-width→half-width,
 * digits→0, ’→'. Same length as the input. See foldText in ../common.ts.
 */
export const foldText = (text: string): string => foldShared(text, { lowerAccented: true });

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x30 || (c >= 0xdf && c < 0x250);
}
/** Clause boundaries: sentence and clause punctuation, line breaks, and a '.' not inside a number or word. */
function isBoundary(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  switch (c) {
    case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: case 0xff1b: case 0x3b: case 0xff0c: case 0x2c:
    case 0x3001: case 0x0a: case 0x0d: case 0x2026: case 0x7e: case 0xff5e: case 0x2014:
      return true;
    case 0x2e: {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0x20;
      return !(isWordChar(next) || isHan(next)) || isHan(s.charCodeAt(i - 1) || 0);
    }
    default:
      return false;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Clauses of folded text (non-empty spans between boundaries; whitespace-only spans dropped). */
export function clauses(folded: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || isBoundary(folded, i)) {
      if (/\S/.test(folded.slice(start, i))) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

export interface Gram {
  /** Feature key, e.g. 'h:滚' or 'w:idiot'. */
  key: string;
  start: number;
  end: number;
}

/** The n-grams of one clause span of folded text, with their offsets. */
export function grams(folded: string, span: Span): Gram[] {
  const out: Gram[] = [];
  const words: Span[] = [];
  let i = span.start;
  while (i < span.end) {
    const c = folded.charCodeAt(i);
    if (isHan(c)) {
      let j = i;
      while (j < span.end && isHan(folded.charCodeAt(j))) j++;
      for (let a = i; a < j; a++) for (let n = 1; n <= 3 && a + n <= j; n++) out.push({ key: 'h:' + folded.slice(a, a + n), start: a, end: a + n });
      i = j;
    } else if (isWordChar(c)) {
      let j = i;
      while (j < span.end && (isWordChar(folded.charCodeAt(j)) || (folded.charCodeAt(j) === 0x27 && j + 1 < span.end && isWordChar(folded.charCodeAt(j + 1))))) j++;
      words.push({ start: i, end: j });
      i = j;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < span.end) {
      out.push({ key: 'e:' + folded.slice(i, i + 2), start: i, end: i + 2 });
      i += 2;
    } else {
      if (c > 0x2000 && c !== 0x3000 && !(c >= 0xfe00 && c <= 0xfe0f) && c !== 0x200d) out.push({ key: 'e:' + folded[i], start: i, end: i + 1 });
      i++;
    }
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const word = folded.slice(w.start, w.end);
    out.push({ key: 'w:' + word, start: w.start, end: w.end });
    if (k + 1 < words.length) {
      const v = words[k + 1]!;
      out.push({ key: 'b:' + word + ' ' + folded.slice(v.start, v.end), start: w.start, end: v.end });
    }
    const padded = ' ' + word + ' ';
    for (let n = 3; n <= 5; n++) {
      for (let a = 0; a + n <= padded.length; a++) {
        if (n >= padded.length) break;
        const s = Math.max(w.start, w.start + a - 1);
        out.push({ key: 'c:' + padded.slice(a, a + n), start: s, end: Math.min(w.end, w.start + a - 1 + n) });
      }
    }
  }
  return out;
}

/** Distinct hashed feature ids of one span, sorted. */
export function spanFeatures(folded: string, span: Span): number[] {
  const set = new Set<number>();
  for (const g of grams(folded, span)) set.add(hashFeature(g.key));
  return [...set].sort((a, b) => a - b);
}

/** Distinct hashed feature ids of a whole folded message (union over its clauses). */
export function messageFeatures(folded: string): number[] {
  const set = new Set<number>();
  for (const span of clauses(folded)) for (const g of grams(folded, span)) set.add(hashFeature(g.key));
  return [...set].sort((a, b) => a - b);
}
