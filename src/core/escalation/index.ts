/**
 * Escalation (domain §7): when a case goes upward, to whom and how soon, and the
 * handoff that spares the customer from repeating themselves. Pure TypeScript, no
 * DOM: reads the analyser's readings structurally, `computeSla()`'s status and a
 * `Complaint`. See docs/escalation.md.
 * @module
 */
import { advise } from './advise.js';
import { compose } from './handoff.js';
import { ESCALATION_CATALOGUES } from './messages.js';
import type { Lang } from '../lang.js';
import type { EscalationAdvice, EscalationInput, EscalationReasonCode, EscalationTarget, EscalationUrgency, Handoff, HandoffInput } from './types.js';

export {
  ESCALATION_REASON_CODES,
  ESCALATION_URGENCIES,
  ESCALATION_TARGETS,
  isEscalationReasonCode,
  isEscalationUrgency,
  isEscalationTarget,
} from './types.js';
export type {
  EscalationReasonCode,
  EscalationUrgency,
  EscalationTarget,
  EscalationEvidence,
  EscalationReason,
  EscalationInput,
  EscalationAdvice,
  EscalationThresholds,
  EvidenceSource,
  HandoffInput,
  HandoffRecipient,
  Handoff,
  HandoffFact,
  CueLike,
  ReadingLike,
  ConversationLike,
  TemperamentLike,
} from './types.js';
/** The facts a handoff note must keep (name, complaint in brief, references, contacts), and which of them an edited note lost. */
export { handoffFacts, checkHandoffNote, hearBackWindowMs, SUMMARY_KEPT_SHARE } from './handoff.js';
/** The urgency and target rules on their own, for hosts that pick reasons by hand. */
export { urgencyFor, targetFor, DEFAULT_THRESHOLDS as DEFAULT_ESCALATION_THRESHOLDS } from './advise.js';

/**
 * Whether to hand the case upward, how urgently, to whom, and why.
 *
 * Reasons, most serious first, each naming its evidence: `safety` (threat of
 * violence or self-harm, physical danger), `customer-request` (asks for someone in
 * charge), `beyond-authority` (compensation above the agent's limit, or a suspected
 * crime such as 盗刷, fraud or theft), `sla-breach` (an unmet deadline has passed),
 * `public-threat` (media, reviews, regulators, or legal action), `out-of-control`
 * (anger at or above 0.6 over the last three messages and not falling), `hostile`
 * (abuse), `repeat-contact` (third contact or more, or the customer says so) and
 * `sla-at-risk` (a deadline in its warning window; on its own it does not escalate).
 *
 * Safety is always `immediate` with target `safety`; a suspected crime or a threat
 * of legal action goes to `legal`. See {@link urgencyFor} and {@link targetFor}.
 * Messages are in `input.lang`, else the reading's language, else the language of
 * the complaint or the customer's words, else English. Never throws.
 */
export function adviseEscalation(input?: EscalationInput | null): EscalationAdvice {
  return advise(input);
}

/**
 * The handoff: a note for the colleague (who the customer is and how to address
 * them, how to reach them, the complaint with its confirmed read-back, emotion and
 * cues, temperament hint, what was tried and promised, SLA state, reasons and
 * urgency) and a script for the customer (why, to whom, what happens next and when
 * they will hear back), calm, without blame or promises the policy can't keep.
 *
 * The hear-back window is the SLA policy's first-response target for immediate
 * cases and its next-reply target otherwise, for the complaint's priority (default
 * policy: 15 minutes and 2 hours), counted from `input.now`. Any part of the context
 * may be missing. Never throws.
 */
export function composeHandoff(input?: HandoffInput | null): Handoff {
  return compose(input);
}

/** Short localized names of the reasons, targets and urgencies, for pickers. */
export function escalationLabels(lang: Lang): {
  reasons: Record<EscalationReasonCode, string>;
  targets: Record<EscalationTarget, string>;
  urgencies: Record<EscalationUrgency, string>;
} {
  const m = ESCALATION_CATALOGUES[lang] ?? ESCALATION_CATALOGUES.en;
  return { reasons: { ...m.reasonLabel }, targets: { ...m.target }, urgencies: { ...m.urgency } };
}
