/**
 * The analyser's learned second opinion: logistic regression over hashed character and word
 * n-grams, one "head" per emotion and per flag, trained on the labelled messages of many
 * writers (scripts/train-learned.ts writes learned-data.ts; docs/analyser.md explains it).
 * The rules find what they know by name; this model has seen how many different people phrase
 * anger, worry or a threat, and lends its weight where the rules are silent or unsure.
 *
 * Scoring never builds a feature string: each n-gram's FNV-1a hash is carried along as the
 * characters are read, a feature counts once per message (a stamp per table slot), and only
 * n-grams the model knows are looked at further. Text is folded one UTF-16 unit for one
 * (Traditional → Simplified, lower case, full-width → half-width, digits → 0), so every offset
 * found here is an offset into the caller's text.
 *
 * Features (all inside one clause; clauses end at sentence and clause punctuation):
 *   Han runs:      character 1–3-grams              ('h:' prefix)
 *   Latin words:   each word, each pair of words     ('w:', 'b:')
 *                  character 3–5-grams of " word "   ('c:')
 *   other symbols: each one (emoji, ★, …)           ('e:')
 */
import { foldTraditional } from '../detect-lang.js';

/** The exported model: shared feature ids and one int8 weight row per head. */
export interface LearnedModelData {
  /** Feature hashes are reduced to this many bits. */
  bits: number;
  /** Sorted feature ids, base64 of unsigned LEB128 deltas. */
  ids: string;
  heads: readonly LearnedHead[];
}
export interface LearnedHead {
  /** An emotion or a flag name. */
  name: string;
  bias: number;
  /** weight = int8 × scale */
  scale: number;
  /** base64 of one int8 per id (0 where this head does not use the feature). */
  weights: string;
}

/** The result of one scoring, valid until the next call. */
export interface LearnedScores {
  /** Probability per head, in the order of the model's heads. */
  readonly p: Float64Array;
  /**
   * Per head, the clause that pushed it up most (whitespace trimmed): [start, end) pairs,
   * -1 when no clause did.
   */
  readonly spans: Int32Array;
}

export interface LearnedScorer {
  readonly heads: readonly string[];
  score(text: string): LearnedScores;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
function prefixHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
const H = prefixHash('h:');
const W = prefixHash('w:');
const B = prefixHash('b:');
const C = prefixHash('c:');
const E = prefixHash('e:');

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isWordChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x30 || (c >= 0xdf && c < 0x250);
/** What /\s/ matches. */
const isSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

let LOWER_ACCENTED: Uint16Array | null = null;
function lowerAccented(c: number): number {
  if (!LOWER_ACCENTED) {
    LOWER_ACCENTED = new Uint16Array(0x250 - 0xc0);
    for (let k = 0xc0; k < 0x250; k++) {
      const lower = String.fromCharCode(k).toLowerCase();
      LOWER_ACCENTED[k - 0xc0] = lower.length === 1 ? lower.charCodeAt(0) : k;
    }
  }
  return LOWER_ACCENTED[c - 0xc0]!;
}

function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  else if (c === 0x2019 || c === 0x2018) c = 0x27;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0xc0 && c < 0x250) return lowerAccented(c);
  return foldTraditional(c);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(s: string): Uint8Array {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) index[B64.charCodeAt(i)] = i;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i + 3 < s.length; i += 4) {
    const n = (index[s.charCodeAt(i)]! << 18) | (index[s.charCodeAt(i + 1)]! << 12) | (Math.max(0, index[s.charCodeAt(i + 2)]!) << 6) | Math.max(0, index[s.charCodeAt(i + 3)]!);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function decodeIds(s: string): Uint32Array {
  const bytes = base64(s);
  const ids: number[] = [];
  let prev = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      delta += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128 && i < bytes.length);
    prev += delta;
    ids.push(prev);
  }
  return Uint32Array.from(ids);
}

/**
 * Builds the scorer for a model. Work per call is linear in the text: one fold, one hash step
 * per n-gram character, and for each n-gram the model knows, one add per head.
 */
export function compileLearned(data: LearnedModelData): LearnedScorer {
  const heads = data.heads.map((h) => h.name);
  const nh = heads.length;
  const mask = data.bits >= 32 ? 0xffffffff : (1 << data.bits) - 1;
  const ids = decodeIds(data.ids);
  let cap = 1;
  while (cap < ids.length * 2) cap <<= 1;
  const slotMask = cap - 1;
  const keys = new Int32Array(cap);
  const vals = new Float64Array(cap * nh);
  const rows = data.heads.map((h) => new Int8Array(base64(h.weights).buffer));
  for (let i = 0; i < ids.length; i++) {
    const key = ids[i]! + 1;
    let s = Math.imul(key, 0x9e3779b1) & slotMask;
    while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & slotMask;
    keys[s] = key;
    for (let h = 0; h < nh; h++) vals[s * nh + h] = (rows[h]![i] ?? 0) * data.heads[h]!.scale;
  }
  const stamps = new Int32Array(cap);
  let stamp = 0;

  const sums = new Float64Array(nh);
  // The clause being read: its own sums; per head, the largest clause sum so far.
  const clauseSums = new Float64Array(nh);
  const bestClause = new Float64Array(nh);
  const p = new Float64Array(nh);
  const spans = new Int32Array(nh * 2);
  let folded: Uint16Array = new Uint16Array(256);
  let ws: Int32Array = new Int32Array(32);
  let we: Int32Array = new Int32Array(32);

  /** Adds the n-gram with hash h, once per message. */
  const add = (h: number): void => {
    const key = ((h >>> 0) & mask) + 1;
    let s = Math.imul(key, 0x9e3779b1) & slotMask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) break;
      if (k === 0) return;
      s = (s + 1) & slotMask;
    }
    if (stamps[s] === stamp) return;
    stamps[s] = stamp;
    const base = s * nh;
    for (let k = 0; k < nh; k++) {
      const w = vals[base + k]!;
      sums[k] += w;
      clauseSums[k] += w;
    }
  };

  const words = (nw: number): void => {
    for (let k = 0; k < nw; k++) {
      const a = ws[k]!;
      const b = we[k]!;
      let hw = W;
      let hb = B;
      for (let i = a; i < b; i++) {
        hw = step(hw, folded[i]!);
        hb = step(hb, folded[i]!);
      }
      add(hw);
      if (k + 1 < nw) {
        hb = step(hb, 0x20);
        for (let i = ws[k + 1]!; i < we[k + 1]!; i++) hb = step(hb, folded[i]!);
        add(hb);
      }
      // Character 3–5-grams of ' word ', none as long as the padded word.
      const padded = b - a + 2;
      for (let s = 0; s + 3 <= padded; s++) {
        let h = C;
        for (let n = 1; n <= 5 && s + n <= padded; n++) {
          const q = s + n - 1;
          h = step(h, q === 0 || q === padded - 1 ? 0x20 : folded[a + q - 1]!);
          if (n >= 3 && n < padded) add(h);
        }
      }
    }
  };

  const clause = (start: number, end: number): void => {
    clauseSums.fill(0);
    let nw = 0;
    let i = start;
    while (i < end) {
      const c = folded[i]!;
      if (isHan(c)) {
        let j = i;
        while (j < end && isHan(folded[j]!)) j++;
        for (let a = i; a < j; a++) {
          let h = H;
          for (let n = 0; n < 3 && a + n < j; n++) {
            h = step(h, folded[a + n]!);
            add(h);
          }
        }
        i = j;
      } else if (isWordChar(c)) {
        let j = i;
        while (j < end && (isWordChar(folded[j]!) || (folded[j] === 0x27 && j + 1 < end && isWordChar(folded[j + 1]!)))) j++;
        if (nw === ws.length) {
          const wider = (x: Int32Array): Int32Array => {
            const y = new Int32Array(x.length * 2);
            y.set(x);
            return y;
          };
          ws = wider(ws);
          we = wider(we);
        }
        ws[nw] = i;
        we[nw++] = j;
        i = j;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        add(step(step(E, c), folded[i + 1]!));
        i += 2;
      } else {
        if (c > 0x2000 && c !== 0x3000 && !(c >= 0xfe00 && c <= 0xfe0f) && c !== 0x200d) add(step(E, c));
        i++;
      }
    }
    words(nw);
    // The clause that pushed a head up most is its evidence.
    let from = start;
    let to = end;
    while (from < to && isSpace(folded[from]!)) from++;
    while (to > from && isSpace(folded[to - 1]!)) to--;
    for (let k = 0; k < nh; k++) {
      if (clauseSums[k]! > bestClause[k]!) {
        bestClause[k] = clauseSums[k]!;
        spans[2 * k] = from;
        spans[2 * k + 1] = to;
      }
    }
  };

  const isBoundary = (i: number, n: number): boolean => {
    switch (folded[i]) {
      case 0x3002: case 0x21: case 0x3f: case 0x3b: case 0x2c: case 0x3001: case 0x0a: case 0x0d:
      case 0x2026: case 0x7e: case 0x2014:
        return true;
      case 0x2e: {
        const next = i + 1 < n ? folded[i + 1]! : 0x20;
        return !(isWordChar(next) || isHan(next)) || (i > 0 && isHan(folded[i - 1]!));
      }
      default:
        return false;
    }
  };

  return {
    heads,
    score(text: string): LearnedScores {
      const n = text.length;
      if (folded.length < n) folded = new Uint16Array(Math.max(n, folded.length * 2));
      for (let i = 0; i < n; i++) folded[i] = foldUnit(text.charCodeAt(i));
      if (++stamp === 0x7fffffff) {
        stamps.fill(0);
        stamp = 1;
      }
      sums.fill(0);
      bestClause.fill(0);
      spans.fill(-1);
      let start = 0;
      let blank = true;
      for (let i = 0; i <= n; i++) {
        if (i === n || isBoundary(i, n)) {
          if (!blank) clause(start, i);
          start = i + 1;
          blank = true;
        } else if (blank && !isSpace(folded[i]!)) blank = false;
      }
      for (let k = 0; k < nh; k++) p[k] = 1 / (1 + Math.exp(-(data.heads[k]!.bias + sums[k]!)));
      return { p, spans };
    },
  };
}
