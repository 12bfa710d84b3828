import type { Lang } from '../lang.js';

/** The six emotions the analyser tells apart; the single source of truth for {@link Emotion}. */
export const EMOTIONS = ['angry', 'anxious', 'confused', 'disappointed', 'neutral', 'satisfied'] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** The four case flags; the single source of truth for {@link EmotionFlags}' keys. */
export const FLAGS = ['complaint', 'escalation', 'hostile', 'safety'] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * One piece of evidence: what matched, where (UTF-16 offsets into the exact input,
 * `text === input.slice(start, end)`), and how much it added to one emotion's raw score.
 */
export interface Cue {
  /** e.g. 'keyword' | 'negation' | 'intensifier' | 'contrast' | 'sarcasm' | 'punctuation' | 'emoji' | 'caps' | 'repetition' | 'threat' | 'profanity' */
  kind: string;
  text: string;
  start: number;
  end: number;
  /** Which emotion it supports, if any. */
  emotion?: Emotion;
  /** Signed contribution to that emotion's raw score (0 for purely explanatory cues). */
  weight: number;
  /** The case flags this cue raised, if any. */
  flags?: Flag[];
}

export interface EmotionFlags {
  /** 投诉/complain, bad-review or regulator threats, accusing of cheating, ignored repeated demand. */
  complaint: boolean;
  /** Asks for a supervisor, manager or someone in charge. */
  escalation: boolean;
  /** Abuse or insults aimed at the agent or the company. */
  hostile: boolean;
  /** Threat of violence or self-harm, or physical danger (fire, smoke, gas, shock, injury). */
  safety: boolean;
}

export interface EmotionReading {
  lang: Lang;
  /** The dominant emotion. */
  emotion: Emotion;
  /** How strongly the dominant emotion is felt, 0..1 (0 when neutral). */
  intensity: number;
  /** 0..1 each; see docs/analyser.md for how cue weights become scores. */
  scores: Record<Emotion, number>;
  /** The evidence, in text order. */
  cues: Cue[];
  flags: EmotionFlags;
}
