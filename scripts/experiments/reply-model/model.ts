/**
 * Multinomial logistic regression (softmax over NONE + the nine categories) on sparse
 * binary features, L2-regularised, fitted with full-batch L-BFGS (lbfgs in ../common.ts):
 * deterministic, no seed.
 */
import { REPLY_CATEGORIES, type ReplyCategory } from '../../../src/core/reply/index.js';
import { lbfgs } from '../common.js';

export const CLASSES = ['none', ...REPLY_CATEGORIES] as const;
export type ClassName = (typeof CLASSES)[number];
export const K = CLASSES.length;
export const classIndex = (c: ReplyCategory | 'none'): number => CLASSES.indexOf(c);

export interface Sample {
  /** Hashed feature ids. */
  x: Uint32Array;
  y: number;
  w: number;
}

export interface Model {
  /** hashed feature id → row in W */
  index: Map<number, number>;
  /** rows × K */
  W: Float64Array;
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  /** weight of a clause labelled with a category, relative to a 'none' clause */
  positiveWeight: number;
  /** features seen in fewer training clauses than this are dropped */
  minCount: number;
  /** stop when the objective improves by less than this fraction */
  tolerance: number;
}
export const DEFAULT_TRAIN: TrainOptions = { l2: 1, iterations: 150, positiveWeight: 1, minCount: 2, tolerance: 1e-5 };

export function train(samples: readonly Sample[], opt: TrainOptions = DEFAULT_TRAIN): Model {
  const count = new Map<number, number>();
  for (const s of samples) for (const f of s.x) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  const rows: Int32Array[] = samples.map((s) => {
    const r: number[] = [];
    for (const f of s.x) {
      if (count.get(f)! < opt.minCount) continue;
      let j = index.get(f);
      if (j === undefined) index.set(f, (j = index.size));
      r.push(j);
    }
    return Int32Array.from(r);
  });
  const weights = samples.map((s) => s.w * (s.y === 0 ? 1 : opt.positiveWeight));
  const D = index.size * K;
  const p = new Float64Array(K);

  const fg = (W: Float64Array, G: Float64Array): number => {
    let loss = 0;
    const l2 = opt.l2;
    for (let d = 0; d < D; d++) {
      const w = W[d]!;
      G[d] = l2 * w;
      loss += 0.5 * l2 * w * w;
    }
    for (let n = 0; n < rows.length; n++) {
      const r = rows[n]!;
      const y = samples[n]!.y;
      const wt = weights[n]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = 0;
        for (let i = 0; i < r.length; i++) z += W[r[i]! * K + k]!;
        p[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k]! - max);
      for (let k = 0; k < K; k++) p[k]! /= sum;
      loss -= wt * Math.log(Math.max(p[y]!, 1e-300));
      for (let k = 0; k < K; k++) {
        const g = wt * (p[k]! - (k === y ? 1 : 0));
        if (g === 0) continue;
        for (let i = 0; i < r.length; i++) G[r[i]! * K + k]! += g;
      }
    }
    return loss;
  };

  const W = lbfgs(fg, D, {
    iterations: opt.iterations,
    lineSearchTries: 30,
    stopWhenNoStep: false,
    minCurvature: 1e-12,
    firstStep: 'unit',
    converged: (f, fNew) => Math.abs(f - fNew) < opt.tolerance * Math.max(1, Math.abs(f)),
  });
  return { index, W };
}

/** Class probabilities for one clause. */
export function predict(model: Model, x: Uint32Array, out = new Float64Array(K)): Float64Array {
  const z = new Float64Array(K);
  for (let i = 0; i < x.length; i++) {
    const j = model.index.get(x[i]!);
    if (j === undefined) continue;
    for (let k = 0; k < K; k++) z[k]! += model.W[j * K + k]!;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < K; k++) sum += out[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < K; k++) out[k]! /= sum;
  return out;
}
