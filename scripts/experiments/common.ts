/**
 * Pieces shared by the two learned "second opinion" experiments (flag-model/ and reply-model/):
 *   - the guard every data loader goes through (only allowed sets; never a blind set),
 *   - text folding (one UTF-16 unit in for one out, so offsets stay exact),
 *   - FNV-1a feature hashing,
 *   - full-batch L-BFGS (deterministic: starts from zero, no randomness).
 * Pure TypeScript: no DOM, no Node APIs (flag-model/runtime.ts builds on it); the data files
 * themselves are read by each experiment's data.ts, with the URL allowedSetUrl gives.
 */
import { foldTraditional } from '../../src/core/detect-lang.js';
import type { Lang } from '../../src/core/lang.js';

// ---------------------------------------------------------------------------------------------
// Data sets

/** The team's measuring sets: no experiment may read them. */
const FORBIDDEN = /blind/i;

/** What every labelled record of both experiments carries. */
export interface LabelledText<S extends string> {
  id: string;
  set: S;
  lang: Lang;
  text: string;
}

/**
 * The file of labelled set `name` under tests/data/<dir>/, after refusing (by throwing) any
 * name that is not in `allowed` or that matches /blind/, and any resolved path matching /blind/.
 * Every loader gets its URL from here, so no code path can open a blind set by accident.
 */
export function allowedSetUrl(dir: 'emotion' | 'reply', name: string, allowed: readonly string[]): URL {
  if (FORBIDDEN.test(name) || !allowed.includes(name)) throw new Error(`refusing to load ${name}`);
  const url = new URL(`../../tests/data/${dir}/${name}.json`, import.meta.url);
  if (FORBIDDEN.test(url.pathname)) throw new Error(`refusing to load ${url.pathname}`);
  return url;
}

// ---------------------------------------------------------------------------------------------
// Folding and hashing

export interface FoldOptions {
  /** Also lower-case accented Latin letters (U+00C0–U+024F); otherwise only A–Z are lower-cased. */
  lowerAccented: boolean;
}

/**
 * Traditional→Simplified (foldTraditional), lower case, full-width→half-width (U+3000 → space),
 * ’ and ‘ → ', digits → 0. Same length as the input.
 */
export function foldText(text: string, opt: FoldOptions): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    else if (c === 0x2019 || c === 0x2018) c = 0x27;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c >= 0x30 && c <= 0x39) c = 0x30;
    else if (opt.lowerAccented && c >= 0xc0 && c < 0x250) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) c = lower.charCodeAt(0);
    } else c = foldTraditional(c);
    out += String.fromCharCode(c);
  }
  return out;
}

/** Feature ids are hashed to this many bits (both experiments; exported models record it). */
export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over the UTF-16 units of a feature string, reduced to HASH_BITS. */
export function hashFeature(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & HASH_MASK;
}

// ---------------------------------------------------------------------------------------------
// Optimiser

/** Objective at x; writes the gradient into g (every entry) and returns the value. */
export type Objective = (x: Float64Array, g: Float64Array) => number;

/**
 * How one run of L-BFGS behaves. The two experiments settled on slightly different details;
 * these keep each one's fits exactly as they were.
 */
export interface LbfgsOptions {
  /** At most this many iterations. */
  iterations: number;
  /** Backtracking (halving) steps tried per iteration to satisfy the Armijo condition. */
  lineSearchTries: number;
  /** When no tried step satisfies Armijo: stop at the current point (true) or take the last, smallest step anyway (false). */
  stopWhenNoStep: boolean;
  /** A step's curvature pair (s, y) is remembered only when s·y exceeds this. */
  minCurvature: number;
  /**
   * First iteration (empty memory): steepest descent scaled by 1 / ‖g‖ ('unit') or by
   * 1 / max(1, ‖g‖) ('atMostUnit').
   */
  firstStep: 'unit' | 'atMostUnit';
  /** After an accepted step from value f to fNew: stop? */
  converged: (f: number, fNew: number) => boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** L-BFGS (memory m = 10) with a backtracking Armijo line search, from x = 0. Returns the final x. */
export function lbfgs(fg: Objective, n: number, opt: LbfgsOptions): Float64Array {
  const m = 10;
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  let f = fg(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(m);
  for (let iter = 0; iter < opt.iterations; iter++) {
    // Two-loop recursion: dir = −H g.
    for (let j = 0; j < n; j++) dir[j] = -g[j]!;
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, dir);
      alpha[k] = a;
      const y = Y[k]!;
      for (let j = 0; j < n; j++) dir[j]! -= a * y[j]!;
    }
    if (S.length) {
      const k = S.length - 1;
      const gamma = dot(S[k]!, Y[k]!) / dot(Y[k]!, Y[k]!);
      for (let j = 0; j < n; j++) dir[j]! *= gamma;
    } else if (opt.firstStep === 'atMostUnit') {
      const scale = 1 / Math.max(1, Math.sqrt(dot(g, g)));
      for (let j = 0; j < n; j++) dir[j]! *= scale;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let j = 0; j < n; j++) dir[j]! /= norm;
    }
    for (let k = 0; k < S.length; k++) {
      const c = alpha[k]! - rho[k]! * dot(Y[k]!, dir);
      const s = S[k]!;
      for (let j = 0; j < n; j++) dir[j]! += c * s[j]!;
    }
    let gd = dot(g, dir);
    if (gd >= 0) {
      // Not a descent direction: forget the memory and use steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let j = 0; j < n; j++) dir[j] = -g[j]!;
      gd = dot(g, dir);
    }
    // Backtracking Armijo line search.
    let step = 1;
    let fNew = 0;
    let ok = false;
    for (let tries = 0; tries < opt.lineSearchTries; tries++) {
      for (let j = 0; j < n; j++) xNew[j] = x[j]! + step * dir[j]!;
      fNew = fg(xNew, gNew);
      if (fNew <= f + 1e-4 * step * gd) {
        ok = true;
        break;
      }
      step *= 0.5;
    }
    if (!ok && opt.stopWhenNoStep) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = xNew[j]! - x[j]!;
      y[j] = gNew[j]! - g[j]!;
    }
    const sy = dot(s, y);
    const done = opt.converged(f, fNew);
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (sy > opt.minCurvature) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    if (done) break;
  }
  return x;
}
