/**
 * How the analyser uses its learned second opinion (learned.ts, trained by
 * scripts/train-learned.ts). Every contribution is a cue of kind 'learned', pointing at the
 * clause that weighed most, so a reading still adds up from its cues:
 *   - emotions: each emotion the model gives at least LEARNED_MIN_P (0.3) adds LEARNED_EMOTION_WEIGHT × p to
 *     that emotion's raw score (the rules' strongest words add about 1–2);
 *   - hostile, safety: raised when the rules did not raise them and the model's probability
 *     reaches the flag's threshold (chosen so that it adds at most 0.25 % false flags to
 *     everyday messages of writers it was not trained on), unless the rules read a negation in
 *     the model's evidence: n-grams do not see that "no smell of gas" is not a gas leak.
 */
import { compileLearned, type LearnedScorer } from './learned.js';
import { LEARNED_EMOTION_WEIGHT, LEARNED_FLAG_THRESHOLDS, LEARNED_MODEL } from './learned-data.js';
import { EMOTIONS, type Cue, type Emotion, type EmotionFlags, type Flag } from './types.js';

/** Below this probability an emotion adds no cue: it would mostly be noise. */
export const LEARNED_MIN_P = 0.3;

/** Where a contribution goes: the analyser's own cue builder. */
export type LearnedCueSink = (kind: 'learned', span: { start: number; end: number }, emotion: Emotion | undefined, weight: number, flags?: Flag[]) => unknown;

interface Plan {
  scorer: LearnedScorer;
  /** Per head: its emotion, or null for a flag head. */
  emotion: (Emotion | null)[];
  /** Per head: its flag and threshold, or null for an emotion head. */
  flag: ({ name: 'hostile' | 'safety'; threshold: number } | null)[];
}
let plan: Plan | null = null;

/** Compiles the built-in model on first use (a few milliseconds). */
function builtin(): Plan {
  if (plan) return plan;
  const scorer = compileLearned(LEARNED_MODEL);
  return (plan = {
    scorer,
    emotion: scorer.heads.map((h) => ((EMOTIONS as readonly string[]).includes(h) ? (h as Emotion) : null)),
    flag: scorer.heads.map((h) => (h === 'hostile' || h === 'safety' ? { name: h, threshold: LEARNED_FLAG_THRESHOLDS[h] } : null)),
  });
}

/**
 * Adds the learned cues for `text` through `push`, and the flags it raises to `flags`; `cues`
 * are the rules' cues so far.
 */
export function addLearnedCues(text: string, flags: EmotionFlags, cues: readonly Cue[], push: LearnedCueSink): void {
  const { scorer, emotion, flag } = builtin();
  const { p, spans } = scorer.score(text);
  for (let k = 0; k < emotion.length; k++) {
    const start = spans[2 * k]!;
    // No n-gram pushed this head up: nothing to point at, and the model's lean is only its prior.
    if (start < 0) continue;
    const span = { start, end: spans[2 * k + 1]! };
    const e = emotion[k];
    const f = flag[k];
    if (e) {
      if (p[k]! >= LEARNED_MIN_P) push('learned', span, e, LEARNED_EMOTION_WEIGHT * p[k]!);
    } else if (f && !flags[f.name] && p[k]! >= f.threshold && !negated(cues, span)) {
      flags[f.name] = true;
      push('learned', span, undefined, 0, [f.name]);
    }
  }
}

/** Whether the rules read a negation inside `span`. */
function negated(cues: readonly Cue[], span: { start: number; end: number }): boolean {
  for (const c of cues) if (c.kind === 'negation' && c.start >= span.start && c.end <= span.end) return true;
  return false;
}
