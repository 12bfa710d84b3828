/**
 * L2-regularised binary logistic regression over sparse binary features, fitted by
 * full-batch L-BFGS (lbfgs in ../common.ts). Full-batch and no random initialisation, so a
 * fit is a deterministic function of its inputs (instance order included).
 */
import { lbfgs } from '../common.js';

export interface Instance {
  /** Hashed feature ids (distinct). */
  x: readonly number[];
  y: 0 | 1;
  /** Sample weight (default 1). */
  s?: number;
}

export interface Model {
  bias: number;
  /** Hashed feature id → weight. */
  w: Map<number, number>;
}

export interface FitOptions {
  /** L2 strength on the summed (not averaged) loss. */
  lambda: number;
  /** Multiply the weight of positives so both classes carry equal total weight, times this factor (0 = off). */
  balance?: number;
  maxIter?: number;
}

export function fit(data: readonly Instance[], opts: FitOptions): Model {
  const index = new Map<number, number>();
  const rows: Int32Array[] = data.map((d) => {
    const r = new Int32Array(d.x.length);
    d.x.forEach((f, k) => {
      let j = index.get(f);
      if (j === undefined) index.set(f, (j = index.size));
      r[k] = j;
    });
    return r;
  });
  const dim = index.size + 1; // last = bias
  const B = dim - 1;
  const pos = data.filter((d) => d.y === 1).reduce((a, d) => a + (d.s ?? 1), 0);
  const neg = data.filter((d) => d.y === 0).reduce((a, d) => a + (d.s ?? 1), 0);
  const posScale = opts.balance && pos > 0 ? Math.max(1, (opts.balance * neg) / pos) : 1;
  const sw = data.map((d) => (d.s ?? 1) * (d.y === 1 ? posScale : 1));
  const lambda = opts.lambda;

  const evalFG = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      let z = w[B]!;
      for (let k = 0; k < r.length; k++) z += w[r[k]!]!;
      const y = data[i]!.y;
      // log(1 + exp(-m)) with m = ±z, stable.
      const m = y === 1 ? z : -z;
      loss += sw[i]! * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const p = 1 / (1 + Math.exp(-z));
      const d = sw[i]! * (p - y);
      for (let k = 0; k < r.length; k++) g[r[k]!] += d;
      g[B] += d;
    }
    for (let j = 0; j < B; j++) {
      loss += 0.5 * lambda * w[j]! * w[j]!;
      g[j] += lambda * w[j]!;
    }
    return loss;
  };

  const w = lbfgs(evalFG, dim, {
    iterations: opts.maxIter ?? 300,
    lineSearchTries: 40,
    stopWhenNoStep: true,
    minCurvature: 1e-10,
    firstStep: 'atMostUnit',
    converged: (f, fNew) => (f - fNew) / Math.max(1, Math.abs(f)) < 1e-9,
  });
  const out = new Map<number, number>();
  for (const [f2, j] of index) if (w[j] !== 0) out.set(f2, w[j]!);
  return { bias: w[B]!, w: out };
}

export function score(model: Model, x: readonly number[]): number {
  let z = model.bias;
  for (const f of x) z += model.w.get(f) ?? 0;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Keeps the `keep` weights of largest magnitude (all when omitted), rounds them to int8
 * with one scale per model (weight = q × scale), and drops those that round to 0.
 */
export function quantize(model: Model, keep?: number): { scale: number; q: Map<number, number>; model: Model } {
  let entries = [...model.w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]);
  if (keep !== undefined) entries = entries.slice(0, keep);
  const max = entries.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = max / 127;
  const q = new Map<number, number>();
  const w = new Map<number, number>();
  for (const [f, x] of entries) {
    const v = Math.round(x / scale);
    if (v !== 0) {
      q.set(f, v);
      w.set(f, v * scale);
    }
  }
  return { scale, q, model: { bias: model.bias, w } };
}
