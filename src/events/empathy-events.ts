import type { Emotion, EmotionFlags, EmotionReading } from '../core/emotion/index.js';
import type { EscalationCause } from '../core/suggest/index.js';

export interface EmotionChangeDetail {
  emotion: Emotion;
  /** `null` for the panel's first reading. */
  previousEmotion: Emotion | null;
  intensity: number;
  flags: EmotionFlags;
  previousFlags: EmotionFlags | null;
  /** The reading shown now. */
  reading: EmotionReading;
  /** `analyzer`: the host's analyser; `built-in`: Rapport's (also after the host's failed). */
  source: 'analyzer' | 'built-in';
}

/** The customer's dominant emotion or one of the case flags changed. Not cancelable. */
export class EmotionChangeEvent extends CustomEvent<EmotionChangeDetail> {
  static readonly eventName = 'rp-emotion-change';
  constructor(detail: EmotionChangeDetail) {
    super(EmotionChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

export interface EscalationRequestDetail {
  /** Why the reading calls for escalation, most serious first. */
  causes: EscalationCause[];
  /** The advice the agent acted on, as shown. */
  advice: string;
  flags: EmotionFlags;
  reading: EmotionReading;
  /** Which element asked, e.g. `empathy-panel`. */
  source: string;
}

/** The agent acted on the advice to escalate. The host opens its escalation flow (e.g. `<rp-escalation-dialog>`). Not cancelable. */
export class EscalationRequestEvent extends CustomEvent<EscalationRequestDetail> {
  static readonly eventName = 'rp-escalation-request';
  constructor(detail: EscalationRequestDetail) {
    super(EscalationRequestEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-emotion-change': EmotionChangeEvent;
    'rp-escalation-request': EscalationRequestEvent;
  }
}
