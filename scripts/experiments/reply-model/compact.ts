/**
 * Compact model form: the top `rows` feature rows (by the largest centred weight), each row
 * centred (softmax is unchanged by adding a constant to one feature's K weights), weights
 * quantised to int8 with one scale, rows sorted by hashed id.
 * Encoding (base64 of bytes): magic 'R1', K, scale as float32, row count (u32), then for each
 * row the varint delta of its hashed id followed by K int8 weights.
 */
import { hashFeature } from '../common.js';
import { K, type Model } from './model.js';

/** The two language bias rows are always kept. */
const ALWAYS = new Set([hashFeature('zh|bias'), hashFeature('en|bias')]);

export interface Compact {
  ids: Uint32Array;
  /** rows × K int8 */
  q: Int8Array;
  scale: number;
}

export function compact(model: Model, rows: number): Compact {
  const entries: { id: number; w: number[]; mag: number }[] = [];
  for (const [id, j] of model.index) {
    const w = Array.from(model.W.subarray(j * K, j * K + K));
    const mean = w.reduce((a, b) => a + b, 0) / K;
    const c = w.map((x) => x - mean);
    entries.push({ id, w: c, mag: Math.max(...c.map(Math.abs)) });
  }
  entries.sort((a, b) => Number(ALWAYS.has(b.id)) - Number(ALWAYS.has(a.id)) || b.mag - a.mag || a.id - b.id);
  const kept = entries.slice(0, rows).sort((a, b) => a.id - b.id);
  const maxAbs = Math.max(...kept.map((e) => e.mag), 1e-9);
  const scale = maxAbs / 127;
  const q = new Int8Array(kept.length * K);
  kept.forEach((e, r) => e.w.forEach((x, k) => (q[r * K + k] = Math.max(-127, Math.min(127, Math.round(x / scale))))));
  return { ids: Uint32Array.from(kept.map((e) => e.id)), q, scale };
}

/** A Model (for scoring with predict) from the compact form. */
export function expand(c: Compact): Model {
  const index = new Map<number, number>();
  const W = new Float64Array(c.ids.length * K);
  c.ids.forEach((id, r) => {
    index.set(id, r);
    for (let k = 0; k < K; k++) W[r * K + k] = c.q[r * K + k]! * c.scale;
  });
  return { index, W };
}

export function encode(c: Compact): Uint8Array {
  const out: number[] = [0x52, 0x31, K];
  const f = new Uint8Array(new Float32Array([c.scale]).buffer);
  out.push(...f);
  const n = c.ids.length;
  out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  let prev = 0;
  for (let r = 0; r < n; r++) {
    let d = c.ids[r]! - prev;
    prev = c.ids[r]!;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    out.push(d);
    for (let k = 0; k < K; k++) out.push(c.q[r * K + k]! & 0xff);
  }
  return Uint8Array.from(out);
}

export function decode(bytes: Uint8Array): Compact {
  if (bytes[0] !== 0x52 || bytes[1] !== 0x31 || bytes[2] !== K) throw new Error('not an R1 model');
  const scale = new Float32Array(bytes.slice(3, 7).buffer)[0]!;
  const n = bytes[7]! | (bytes[8]! << 8) | (bytes[9]! << 16) | (bytes[10]! << 24);
  const ids = new Uint32Array(n);
  const q = new Int8Array(n * K);
  let p = 11;
  let prev = 0;
  for (let r = 0; r < n; r++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    prev += d;
    ids[r] = prev;
    for (let k = 0; k < K; k++) q[r * K + k] = (bytes[p++]! << 24) >> 24;
  }
  return { ids, q, scale };
}
