import { toEpochMs, type Instant } from '../time.js';
import { computeSla, DEFAULT_SLA_POLICY, type SlaPolicy } from '../sla/index.js';
import type { Lang } from '../lang.js';
import { suggestCategory, type CategoryEvidence } from './category.js';
import { COMPLAINT_LIMITS } from './text.js';
import type { ComplaintCategory, ComplaintPriority } from './types.js';

/** A message of the conversation the complaint came from (the shape `analyzeConversation` reads). */
export interface IntakeMessage {
  author: 'customer' | 'agent' | (string & {});
  text: string;
  at?: Instant;
}

/** What the emotion analyser says about the customer; only these parts are read. */
export interface IntakeReading {
  emotion?: string;
  intensity?: number;
  flags?: { complaint?: boolean; escalation?: boolean; hostile?: boolean; safety?: boolean };
}

// Openers that carry no part of the complaint.
const SMALL_TALK = /^(?:你好|您好|在吗|在嗎|有人吗|有人嗎|喂|hi|hello|hey|hallo|good (?:morning|afternoon|evening)|thanks?|thank you|谢谢|謝謝|ok|okay|好的)[\s!！?？。.,，~～]*$/i;

/**
 * The complaint in the customer's own words, drafted from a conversation: the
 * customer's messages in order, greetings and repeats left out, one per line,
 * within the description's limit. Empty when the customer said nothing yet.
 */
export function draftDescription(conversation: readonly IntakeMessage[] | null | undefined): string {
  if (!Array.isArray(conversation)) return '';
  const lines: string[] = [];
  let length = 0;
  try {
    for (const message of conversation as readonly unknown[]) {
      if (typeof message !== 'object' || message === null) continue;
      const { author, text } = message as Partial<IntakeMessage>;
      if (author !== 'customer' || typeof text !== 'string') continue;
      const line = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
      if (!line || SMALL_TALK.test(line) || lines[lines.length - 1] === line) continue;
      if (length + line.length + 1 > COMPLAINT_LIMITS.description) break;
      lines.push(line);
      length += line.length + 1;
    }
  } catch {
    // A message whose getters throw ends the draft; what was read so far is kept.
  }
  return lines.join('\n');
}

/**
 * The priority a reading suggests: a safety threat is urgent; a request for a
 * supervisor, abuse, or a strong complaint is high; anything else normal. A
 * complaint being registered is never suggested as low.
 */
export function suggestPriority(reading: IntakeReading | null | undefined): ComplaintPriority {
  try {
    if (!reading || typeof reading !== 'object') return 'normal';
    const flags = reading.flags ?? {};
    const intensity = typeof reading.intensity === 'number' && Number.isFinite(reading.intensity) ? reading.intensity : 0;
    if (flags.safety) return 'urgent';
    if (flags.escalation || flags.hostile || (flags.complaint && intensity >= 0.6) || intensity >= 0.8) return 'high';
    return 'normal';
  } catch {
    return 'normal';
  }
}

export interface IntakeSuggestion {
  description: string;
  priority: ComplaintPriority | null;
  category: ComplaintCategory | null;
  /** Why that category: the customer's words (offsets into `description`), or the reading's emotion. */
  categoryEvidence: CategoryEvidence[];
  categoryConfidence: number;
}

/**
 * Everything a form can prefill from the conversation and the analyser's reading:
 * the description, a priority, and a category from the customer's words (a
 * confused customer with no telling words suggests a misunderstanding).
 */
export function suggestIntake(input: { conversation?: readonly IntakeMessage[] | null; reading?: IntakeReading | null; lang?: Lang }): IntakeSuggestion {
  const description = draftDescription(input.conversation);
  const hint = suggestCategory(description, input.lang ? { lang: input.lang } : {});
  let category: ComplaintCategory | null = hint.category;
  let confidence = hint.confidence;
  if (!category && input.reading?.emotion === 'confused') {
    category = 'communication';
    confidence = 0.3;
  }
  return {
    description,
    priority: input.reading ? suggestPriority(input.reading) : null,
    category,
    categoryEvidence: hint.evidence,
    categoryConfidence: confidence,
  };
}

/**
 * The reply deadline to promise a customer whose complaint is registered at
 * `now`: the earlier of the policy's progress-update and resolution targets for
 * that priority (domain §6), in the policy's business time. Null when the policy
 * tracks neither or cannot be read.
 */
export function replyDeadline(priority: ComplaintPriority, policy: SlaPolicy | null | undefined, now: Instant): number | null {
  const at = toEpochMs(now);
  if (at === null) return null;
  try {
    // The agent is answering right now: the complaint is created and replied to at `now`.
    const status = computeSla(
      { priority, events: [{ type: 'created', at }, { type: 'agent-reply', at }] },
      policy ?? DEFAULT_SLA_POLICY,
      at,
    );
    const due = status.targets.filter((t) => (t.kind === 'periodicUpdate' || t.kind === 'resolution') && t.state !== 'met').map((t) => t.dueAt);
    return due.length ? Math.min(...due) : null;
  } catch {
    return null;
  }
}
