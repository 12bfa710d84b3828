import type { Temperament } from '../emotion/index.js';
import type { Sector } from './sector.js';
import type { EscalationCause } from './types.js';

/**
 * Every slot a suggestion can fill: `<move>.<situation>`. A catalogue must give each
 * one at least two variants, so `used` can always be honoured at least once.
 */
export const SLOTS = [
  'ack.safety', 'ack.hostile', 'ack.repeat', 'ack.sarcasm', 'ack.angry', 'ack.anxious', 'ack.confused',
  'ack.disappointed', 'ack.neutral', 'ack.satisfied', 'ack.checkin',
  'solve.safety', 'solve.escalation', 'solve.complaint', 'solve.fault', 'solve.urgent', 'solve.guide',
  'solve.neutral', 'solve.satisfied', 'solve.perfectionist', 'solve.powerful', 'solve.lively', 'solve.peaceful',
  'care.safety', 'care.angry', 'care.anxious', 'care.confused', 'care.disappointed', 'care.neutral', 'care.satisfied',
  'ask.angry', 'ask.confused', 'ask.anxious',
] as const;
export type SlotId = (typeof SLOTS)[number];

/** What a `why` explains; the situation the selection recognised. */
export const TOPICS = [
  'safety', 'hostile', 'repeat', 'sarcasm', 'angry', 'anxious', 'confused', 'disappointed', 'neutral', 'satisfied',
  'checkin', 'escalation', 'complaint', 'perfectionist', 'powerful', 'lively', 'peaceful', 'askAngry', 'askConfused', 'askAnxious',
] as const;
export type Topic = (typeof TOPICS)[number];

/** States that have their own phrases to avoid. */
export const AVOID_KEYS = ['angry', 'sarcasm', 'hostile', 'anxious', 'confused', 'disappointed', 'neutral', 'satisfied', 'safety'] as const;
export type AvoidKey = (typeof AVOID_KEYS)[number];

/** Which kind of choice fits: make it right, make it fast, make it clear, or how to follow up. */
export const OPTION_KEYS = ['remedy', 'speed', 'guide', 'general'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

/** The options a sector makes concrete: the remedy (angry, disappointed) and the fast route (anxious). */
export const SECTOR_OPTION_KEYS = ['remedy', 'speed'] as const;
export type SectorOptionKey = (typeof SECTOR_OPTION_KEYS)[number];

/**
 * How a line sounds; a temperament prefers one (perfectionist: precise, powerful: short,
 * lively: warm, peaceful: process), and lines without a tone suit everyone.
 */
export type Tone = 'short' | 'precise' | 'warm' | 'process';

/**
 * A line in a catalogue. `{to}` marks where the customer is addressed ("王先生，",
 * "Ms Lee, "); without a name it disappears and the line's first letter is capitalised.
 * `{ref}` is the reference the case's sector uses ("your booking reference", 订单号).
 */
export type Phrase = string | { text: string; tone: Tone };

export interface AvoidEntry {
  text: string;
  instead: string;
  why: string;
}

export interface OptionsEntry {
  intro: string;
  choices: readonly string[];
  closing: string;
}

/** A sector's own wording: the reference its questions ask for and its concrete choices. */
export interface SectorPhrases {
  /** What `{ref}` becomes, with its determiner where the language needs one ("your booking reference", 预订单号). */
  reference: string;
  /** The choices (and, when they should differ, the intro and closing) for this sector's remedy and speed options. */
  options: Record<SectorOptionKey, SectorOptionsEntry>;
}

export interface SectorOptionsEntry {
  intro?: string;
  choices: readonly string[];
  closing?: string;
}

/** One language's phrases. The compiler rejects a catalogue that misses a slot, topic or key. */
export interface PhraseCatalogue {
  slots: Record<SlotId, readonly Phrase[]>;
  why: Record<Topic, string>;
  avoid: Record<AvoidKey, readonly AvoidEntry[]>;
  options: Record<OptionKey, OptionsEntry>;
  /** What `{ref}` becomes when the case has no sector. */
  reference: string;
  /** Per sector, the reference and the concrete remedy and speed choices that replace the generic ones. */
  sectors: Record<Sector, SectorPhrases>;
  /** The options closing for a temperament, when it should differ (a powerful customer decides). */
  closingFor: Partial<Record<Temperament, string>>;
  escalation: Record<EscalationCause, string>;
  /** "The customer wrote 'a' and 'b'." */
  wrote: (quoted: string) => string;
  quote: (text: string) => string;
  list: (items: readonly string[]) => string;
  /** Turns an address ("王先生", "Ms Lee") into the opening of a sentence ("王先生，", "Ms Lee, "). */
  vocative: (address: string) => string;
  /** One option in the numbered list. */
  choice: (index: number, text: string) => string;
}

export const PREFERRED_TONE: Record<Temperament, Tone> = {
  perfectionist: 'precise',
  powerful: 'short',
  lively: 'warm',
  peaceful: 'process',
};
