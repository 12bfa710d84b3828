import { WaitUntil } from './wait-until.js';
import type { EscalationReason, EscalationUrgency, HandoffInput } from '../core/escalation/index.js';

/** A colleague or queue the host offers to take escalated cases. */
export interface EscalationTargetOption {
  id: string;
  /** Shown to the agent and, in the customer script, to the customer ("Wang Fang", "Billing team"). */
  name: string;
  /** What they are: `supervisor`, `specialist`, `safety` or `legal` (other values are shown as given). */
  kind: string;
  /** Whether someone can pick the case up now. */
  available: boolean;
  /** When they are expected to pick it up or be back: epoch ms, a Date, or ISO 8601 with an offset. */
  eta?: number | string | Date;
}

/** What the dialog escalates: the analyser's reading, SLA status, complaint, what was tried and promised, and the rest of `HandoffInput`. */
export type EscalationContext = Omit<HandoffInput, 'target' | 'reasons' | 'urgency' | 'lang' | 'now'>;

export interface EscalateDetail {
  target: EscalationTargetOption;
  /** The reasons the agent kept or chose, with their messages and evidence. */
  reasons: EscalationReason[];
  urgency: EscalationUrgency;
  /** The note for the colleague, as the agent left it. */
  note: string;
  /** What the agent tells the customer, as the agent left it. */
  customerScript: string;
  context: EscalationContext;
  /** True when the agent confirmed a target that is unavailable. */
  confirmedUnavailable: boolean;
  /**
   * Hand the dialog the save: it shows a saving state until the promise settles,
   * closes when it resolves, and keeps everything typed with an error and a retry
   * when it rejects. Call it synchronously inside the listener.
   */
  waitUntil(promise: Promise<unknown>): void;
}

/** The agent submitted an escalation. Cancelable: `preventDefault()` keeps the dialog open (e.g. the host shows its own message). */
export class EscalateEvent extends CustomEvent<EscalateDetail> {
  static readonly eventName = 'rp-escalate';
  readonly #saves: WaitUntil;

  constructor(detail: Omit<EscalateDetail, 'waitUntil'>) {
    const saves = new WaitUntil();
    super(EscalateEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail: { ...detail, waitUntil: saves.add } });
    this.#saves = saves;
  }

  /** @internal The promises handed to `waitUntil`; read once dispatch has returned. */
  get pending(): readonly PromiseLike<unknown>[] {
    return this.#saves.close();
  }
}

export interface EscalationCancelDetail {
  /** How the agent dismissed the dialog. */
  source: 'button' | 'escape' | 'backdrop';
}

/** The agent dismissed the dialog without escalating. Cancelable: `preventDefault()` keeps it open. Nothing typed is lost either way. */
export class EscalationCancelEvent extends CustomEvent<EscalationCancelDetail> {
  static readonly eventName = 'rp-escalation-cancel';
  constructor(detail: EscalationCancelDetail) {
    super(EscalationCancelEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-escalate': EscalateEvent;
    'rp-escalation-cancel': EscalationCancelEvent;
  }
}
