import type { Lang } from '../lang.js';
import type { Complaint } from '../complaint/types.js';
import type { SlaKind, SlaPolicy, SlaState, SlaStatus } from '../sla/index.js';
import { isOneOf } from '../one-of.js';

/** Why a case goes upward; the single source of truth for {@link EscalationReasonCode}, in the order reasons are listed. */
export const ESCALATION_REASON_CODES = [
  'safety',
  'customer-request',
  'beyond-authority',
  'sla-breach',
  'public-threat',
  'out-of-control',
  'hostile',
  'repeat-contact',
  'sla-at-risk',
] as const;
export type EscalationReasonCode = (typeof ESCALATION_REASON_CODES)[number];

/** How soon the colleague must pick the case up, calmest first. */
export const ESCALATION_URGENCIES = ['normal', 'high', 'immediate'] as const;
export type EscalationUrgency = (typeof ESCALATION_URGENCIES)[number];

/** Who takes the case: a supervisor (authority), a specialist (expertise), the safety team, or the legal team (suspected crime, legal action). */
export const ESCALATION_TARGETS = ['supervisor', 'specialist', 'safety', 'legal'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export function isEscalationReasonCode(value: unknown): value is EscalationReasonCode {
  return isOneOf(ESCALATION_REASON_CODES, value);
}
export function isEscalationUrgency(value: unknown): value is EscalationUrgency {
  return isOneOf(ESCALATION_URGENCIES, value);
}
export function isEscalationTarget(value: unknown): value is EscalationTarget {
  return isOneOf(ESCALATION_TARGETS, value);
}

/**
 * One analyser cue as escalation reads it. Structural, so an `EmotionReading`'s cues
 * and a conversation's cues both fit without importing the analyser.
 */
export interface CueLike {
  kind: string;
  text: string;
  start: number;
  end: number;
  emotion?: string;
  weight: number;
  flags?: readonly string[];
  messageIndex?: number;
}

/** One message's reading (an `EmotionReading` or a conversation's `MessageReading` fits). */
export interface ReadingLike {
  lang?: string;
  emotion: string;
  intensity: number;
  flags: { complaint?: boolean; escalation?: boolean; hostile?: boolean; safety?: boolean };
  cues: readonly CueLike[];
  messageIndex?: number;
  negativeIntensity?: number;
}

/** A temperament hint as the conversation analyser gives it. */
export interface TemperamentLike {
  type: string;
  confidence: number;
  evidence?: ReadonlyArray<{ text: string; messageIndex?: number; start?: number; end?: number }>;
}

/** A whole conversation's reading (`ConversationReading` fits). */
export interface ConversationLike {
  current?: ReadingLike | null;
  readings?: readonly ReadingLike[];
  trend?: 'rising' | 'falling' | 'steady' | string;
  cues?: readonly CueLike[];
  flags?: ReadingLike['flags'];
  temperament?: TemperamentLike | null;
}

/** Where a piece of evidence came from. */
export type EvidenceSource = 'reading' | 'complaint' | 'customer-text' | 'host';

/** What a reason rests on: words the customer used, a deadline, amounts, a count, a trend, or a flag without words. */
export type EscalationEvidence =
  | {
      kind: 'cue';
      /** The words, exactly as written (`text.slice(start, end)` of their source). */
      text: string;
      start: number;
      end: number;
      /** The analyser's cue kind (`threat`, `insult`…) or `term` for a match in complaint or customer text. */
      cueKind: string;
      source: EvidenceSource;
      /** Which customer message, for a conversation or for `customerText` given as a list. */
      messageIndex?: number;
      /** For `source: 'complaint'`: which field. */
      field?: 'description' | 'readBack' | 'desiredOutcome';
    }
  | { kind: 'sla'; target: SlaKind; state: SlaState; dueAt: number; remainingMs: number }
  | { kind: 'amount'; requested: number; limit: number; currency?: string }
  | { kind: 'contacts'; count: number; threshold: number }
  | { kind: 'trend'; trend: string; intensities: number[] }
  | { kind: 'flag'; flag: 'escalation' | 'hostile' | 'safety' | 'complaint' };

export interface EscalationReason {
  code: EscalationReasonCode;
  /** One line for the agent, in the requested language, naming the evidence. */
  message: string;
  evidence: EscalationEvidence[];
}

export interface EscalationThresholds {
  /** The contact count from which `repeat-contact` fires. Default 3 (the third contact about the same matter). */
  repeatContacts?: number;
  /** Anger at or above this intensity counts as high. Default 0.6. */
  angerIntensity?: number;
  /** How many latest customer messages must all be highly angry for `out-of-control`. Default 3. */
  angerMessages?: number;
}

export interface EscalationInput {
  /** The analyser's reading of one message, or of the whole conversation. */
  reading?: ReadingLike | ConversationLike | null;
  /** `computeSla()`'s answer for the ticket. */
  sla?: SlaStatus | null;
  complaint?: Complaint | null;
  /** What the customer asks for, in money, and what this agent may grant. */
  requestedCompensation?: number;
  authorityLimit?: number;
  /** ISO 4217 code for the amounts in messages (`CNY`, `EUR`). */
  currency?: string;
  /** How many times the customer has contacted us about this matter, this contact included. */
  contactCount?: number;
  /** The agent chose to escalate: advice says escalate even when no rule fires. */
  agentRequested?: boolean;
  /**
   * The customer's own words (one text or one per message). Optional: lets escalation
   * notice suspected crimes, public threats and repeat contact the reading carries no cue for.
   */
  customerText?: string | readonly string[];
  thresholds?: EscalationThresholds;
  lang?: Lang;
}

export interface EscalationAdvice {
  escalate: boolean;
  urgency: EscalationUrgency;
  /** Most serious first (the order of `ESCALATION_REASON_CODES`). */
  reasons: EscalationReason[];
  target: EscalationTarget | null;
  /** The language of the messages. */
  lang: Lang;
  /** Why this target: a suspected crime or legal action (`legal`), a safety threat, a request, etc. One line, localized. */
  targetWhy: string;
}

/** Who receives the handoff: a target kind, or a named colleague or queue the host offers. */
export type HandoffRecipient = EscalationTarget | { kind?: string; name?: string };

export interface HandoffInput extends EscalationInput {
  target?: HandoffRecipient | null;
  /** Reasons (codes, or full reasons from `adviseEscalation`); advice is computed when absent. */
  reasons?: ReadonlyArray<EscalationReason | EscalationReasonCode>;
  urgency?: EscalationUrgency;
  /** What the agent already tried, and what has been promised to the customer. */
  tried?: readonly string[];
  promised?: readonly string[];
  /** For when the customer will hear back. Default: the SLA policy's default. */
  policy?: SlaPolicy;
  /** The present moment, epoch ms (default `Date.now()`): the customer script's hear-back time counts from it. */
  now?: number;
  /** The customer script's language when it differs from the note's (`lang`). */
  customerLang?: Lang;
  /** IANA time zone for the times in the note (default: the runtime's). */
  timeZone?: string;
}

/** A fact the colleague needs so the customer never has to repeat it; it must stay in the note. */
export interface HandoffFact {
  kind: 'customer-name' | 'complaint' | 'reference' | 'contact';
  /** The words that must stay in the note (a summary may be reworded, see `checkHandoffNote`). */
  text: string;
}

export interface Handoff {
  /** For the colleague: who, how to reach them, what, how they feel, what was tried and promised, SLA, reason and urgency. */
  note: string;
  /** For the customer: why, to whom, what happens next, and when they will hear back. */
  customerScript: string;
  lang: Lang;
  customerLang: Lang;
  urgency: EscalationUrgency;
  target: EscalationTarget | null;
  reasons: EscalationReason[];
  /** When the customer will hear back, epoch ms, and the window it was computed from. */
  hearBackAt: number | null;
  hearBackMs: number;
  /** What the note must keep (see `checkHandoffNote`). */
  facts: HandoffFact[];
}
