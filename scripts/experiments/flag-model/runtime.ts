/**
 * Prototype of the shipped scorer: decodes a compact exported model (int8 weights over
 * hashed n-grams) and gives a "second opinion" per flag with the clause that scored
 * highest and the n-grams that contributed most. Pure TypeScript: no DOM, no Node APIs.
 *
 *   const opinion = loadFlagModel(data);
 *   opinion(foldForFlagModel(text)) → { hostile: { p, start, end, evidence } | null, safety: … }
 *
 * Folding keeps length, so start/end index the caller's original text as well.
 */
import { HASH_BITS, hashFeature } from '../common.js';
import { clauses, foldText, grams } from './featurize.js';

export const foldForFlagModel = foldText;

export interface ExportedFlag {
  bias: number;
  /** Weight = int8 × scale. */
  scale: number;
  /** Report the flag when p ≥ threshold. */
  threshold: number;
  /** Feature ids as base64 of unsigned LEB128 deltas, ascending. */
  ids: string;
  /** int8 weights as base64, one per id. */
  weights: string;
}
export interface FlagModelData {
  hashBits: number;
  flags: Record<string, ExportedFlag>;
}
export interface FlagOpinionPart {
  p: number;
  start: number;
  end: number;
  evidence: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

/** Ascending ids as unsigned LEB128 deltas (what `decodeFlag` and the shipped scorer read). */
export function leb128(ids: readonly number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const id of ids) {
    let d = id - prev;
    prev = id;
    do {
      const b = d & 127;
      d = Math.floor(d / 128);
      out.push(d ? b | 128 : b);
    } while (d);
  }
  return Uint8Array.from(out);
}

export function base64Decode(s: string): Uint8Array {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64_INDEX[s.charCodeAt(i)]! << 18) | (B64_INDEX[s.charCodeAt(i + 1)]! << 12) | (Math.max(0, B64_INDEX[s.charCodeAt(i + 2)]!) << 6) | Math.max(0, B64_INDEX[s.charCodeAt(i + 3)]!);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Open-addressing table from feature id to int8 weight. */
class WeightTable {
  private readonly keys: Int32Array;
  private readonly vals: Int8Array;
  private readonly mask: number;
  constructor(ids: Uint32Array, weights: Int8Array) {
    let cap = 1;
    while (cap < ids.length * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.vals = new Int8Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < ids.length; i++) {
      let h = Math.imul(ids[i]! + 1, 0x9e3779b1) & this.mask;
      while (this.keys[h] !== 0) h = (h + 1) & this.mask;
      this.keys[h] = ids[i]! + 1;
      this.vals[h] = weights[i]!;
    }
  }
  get(id: number): number {
    const key = id + 1;
    let h = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.vals[h]!;
      if (k === 0) return 0;
      h = (h + 1) & this.mask;
    }
  }
}

interface Decoded {
  name: string;
  bias: number;
  scale: number;
  threshold: number;
  table: WeightTable;
}

function decodeFlag(name: string, f: ExportedFlag): Decoded {
  const idBytes = base64Decode(f.ids);
  const weights = new Int8Array(base64Decode(f.weights).buffer);
  const ids = new Uint32Array(weights.length);
  let prev = 0;
  let k = 0;
  for (let i = 0; i < idBytes.length && k < ids.length; ) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = idBytes[i++]!;
      delta += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    prev += delta;
    ids[k++] = prev;
  }
  return { name, bias: f.bias, scale: f.scale, threshold: f.threshold, table: new WeightTable(ids, weights) };
}

export type FlagOpinion = Record<string, FlagOpinionPart | null>;

const isWordUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x30 || c === 0x27 || (c >= 0xdf && c < 0x250);

/**
 * The words that pushed a clause up most, readable: each n-gram's weight is spread over the
 * characters it covers (an English n-gram over its whole word), and the runs of characters
 * carrying at least a sixth of the strongest one's share (spaces may join words) are the
 * evidence, strongest run first, at most five.
 */
function explain(folded: string, span: { start: number; end: number }, clause: Map<number, { key: string; start: number; end: number }>, table: WeightTable): string[] {
  const len = span.end - span.start;
  const contrib = new Float64Array(len);
  for (const [id, g] of clause) {
    const w = table.get(id);
    if (w === 0) continue;
    let { start, end } = g;
    if (g.key.startsWith('c:') || g.key.startsWith('w:')) {
      while (start > span.start && isWordUnit(folded.charCodeAt(start - 1))) start--;
      while (end < span.end && isWordUnit(folded.charCodeAt(end))) end++;
    }
    for (let i = start; i < end; i++) contrib[i - span.start] += w / (end - start);
  }
  let max = 0;
  for (const c of contrib) max = Math.max(max, c);
  if (max <= 0) return [];
  const strong = (i: number): boolean => contrib[i]! >= max / 6;
  const runs: { text: string; sum: number }[] = [];
  for (let i = 0; i < len; ) {
    if (!strong(i)) {
      i++;
      continue;
    }
    let j = i;
    let sum = 0;
    for (;;) {
      while (j < len && strong(j)) sum += contrib[j++]!;
      let k = j;
      while (k < len && folded.charCodeAt(span.start + k) === 0x20) k++;
      if (k > j && k < len && strong(k)) j = k;
      else break;
    }
    runs.push({ text: folded.slice(span.start + i, span.start + j), sum });
    i = j;
  }
  return runs.sort((x, y) => y.sum - x.sum).slice(0, 5).map((r) => r.text);
}

/** Builds the scorer for an exported model. */
export function loadFlagModel(data: FlagModelData): (folded: string) => FlagOpinion {
  if (data.hashBits !== HASH_BITS) throw new Error(`model hashed with ${data.hashBits} bits, featuriser uses ${HASH_BITS}`);
  const flags = Object.entries(data.flags).map(([name, f]) => decodeFlag(name, f));
  return (folded: string): FlagOpinion => {
    const spans = clauses(folded);
    // Per clause: its distinct n-grams (key → first occurrence) and their ids.
    const perClause = spans.map((span) => {
      const seen = new Map<number, { key: string; start: number; end: number }>();
      for (const g of grams(folded, span)) {
        const id = hashFeature(g.key);
        if (!seen.has(id)) seen.set(id, g);
      }
      return seen;
    });
    const all = new Set<number>();
    for (const c of perClause) for (const id of c.keys()) all.add(id);
    const out: FlagOpinion = {};
    for (const f of flags) {
      let sum = 0;
      for (const id of all) sum += f.table.get(id);
      const p = 1 / (1 + Math.exp(-(f.bias + sum * f.scale)));
      if (p < f.threshold || !spans.length) {
        out[f.name] = null;
        continue;
      }
      let best = 0;
      let bestSum = -Infinity;
      perClause.forEach((c, i) => {
        let s = 0;
        for (const id of c.keys()) s += f.table.get(id);
        if (s > bestSum) [best, bestSum] = [i, s];
      });
      out[f.name] = { p, start: spans[best]!.start, end: spans[best]!.end, evidence: explain(folded, spans[best]!, perClause[best]!, f.table) };
    }
    return out;
  };
}
