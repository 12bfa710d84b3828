import type { Lang } from '../lang.js';
import type { HostPhrases, PhraseIssue } from './host-phrases.js';
import type { Sector } from './sector.js';
import type { ConversationMessage, ConversationReading, Emotion, EmotionFlags, EmotionReading, Temperament } from '../emotion/index.js';

/** The three moves of a reply, in the order they are made (domain.md §2); the single source of truth for {@link ResponseMove}. */
export const RESPONSE_MOVES = ['acknowledge', 'solve', 'care'] as const;
export type ResponseMove = (typeof RESPONSE_MOVES)[number];

/** What a suggestion is for: one of the three moves, a question that brings the customer back to facts, or the options template. */
export type SuggestionKind = ResponseMove | 'question' | 'options';

/** Why the reading calls for escalation; the single source of truth for {@link EscalationCause}. */
export const ESCALATION_CAUSES = ['safety', 'escalation', 'hostile', 'anger'] as const;
export type EscalationCause = (typeof ESCALATION_CAUSES)[number];

/** The customer's words a suggestion answers (`messageIndex` is set when the input was a conversation). */
export interface AnsweredCue {
  kind: string;
  text: string;
  start: number;
  end: number;
  messageIndex?: number;
}

/** One line the agent may say. */
export interface ResponseSuggestion {
  /** Stable id of the catalogue entry (`ack.angry#1`); pass it back in `used` to get a different line next time. */
  id: string;
  kind: SuggestionKind;
  /** Ready to send, in the customer's language, addressed to the customer when a name was given. */
  text: string;
  /** Why this line fits, naming the customer's own words, in the same language. */
  why: string;
  /** The evidence quoted in `why`. */
  cues: AnsweredCue[];
}

/** A phrase that would make this customer's state worse, and what to say instead. */
export interface PhraseToAvoid {
  text: string;
  instead: string;
  why: string;
}

/** Two or three concrete choices to offer the customer (domain.md §2). */
export interface ResponseOptions {
  id: string;
  kind: 'options';
  intro: string;
  choices: string[];
  closing: string;
  /** `intro`, numbered choices and `closing` as one message, ready to send. */
  text: string;
  why: string;
  cues: AnsweredCue[];
}

/** The reading calls for handing the case upward; shown as advice the agent can act on. */
export interface SuggestedEscalation {
  /** Most serious first. */
  causes: EscalationCause[];
  /** One line of advice for the agent, in the customer's language. */
  advice: string;
  why: string;
  cues: AnsweredCue[];
}

export interface SuggestOptions {
  /** Language of the suggestions; defaults to the reading's. */
  lang?: Lang;
  /** The agent's choice, which wins over the analyser's hint; `null` ignores the hint. */
  temperament?: Temperament | null;
  /** The customer's name as they use it (王, Lee, 王小明). */
  customerName?: string;
  /** How to address them (先生, 女士, Ms, Mr, Dr); a title in the other language is translated (Mr + 王 → 王先生 in Chinese). */
  honorific?: string;
  /**
   * What the case is about, which makes the options and the reference question concrete
   * (a traveller is offered rebooking and asked for a booking reference). Wins over
   * detection; `null` turns detection off. Without it, the sector is detected from the text
   * of a message or the customer's messages of a conversation; a reading carries no text,
   * so for a reading only this option sets a sector.
   */
  sector?: Sector | null;
  /** Ids or texts already used in this conversation; none of them is suggested again. */
  used?: readonly string[];
  /**
   * A host's own phrases per language (brand voice, the options it can really offer), added
   * to or replacing the built-in ones; checked by {@link checkPhrases}, bad entries skipped
   * and listed in `phraseIssues`. Remembered per object: pass a new object to change them.
   */
  phrases?: HostPhrases;
}

/** What `suggestResponses` returns: everything an agent needs for the next reply. */
export interface ResponseSuggestions {
  lang: Lang;
  emotion: Emotion;
  intensity: number;
  flags: EmotionFlags;
  /** The temperament the suggestions were fitted to, and whether the agent or the analyser chose it. */
  temperament: Temperament | null;
  temperamentSource: 'override' | 'hint' | null;
  /** The sector the options and reference question were made concrete for, and whether the host gave it or it was detected. */
  sector: Sector | null;
  sectorSource: 'option' | 'detected' | null;
  /** Ordered by move: acknowledge, then solve, then care. */
  suggestions: ResponseSuggestion[];
  /** Questions that bring an angry, anxious or confused customer back to facts (empty otherwise). */
  questions: ResponseSuggestion[];
  /** Phrases to avoid in this state, with what to say instead. */
  avoid: PhraseToAvoid[];
  /** Concrete choices for the customer; null when there is nothing to choose (safety first, or a satisfied customer). */
  options: ResponseOptions | null;
  /** Set when the reading calls for escalation (safety, escalation or hostile flags, or very high anger). */
  escalation: SuggestedEscalation | null;
  /** Entries of `phrases` that were skipped, with where they are and why (empty without `phrases`). */
  phraseIssues: PhraseIssue[];
}

/** What `suggestResponses` reads: a reading, a conversation reading, the conversation itself, or one message. */
export type SuggestInput = EmotionReading | ConversationReading | readonly ConversationMessage[] | string;
