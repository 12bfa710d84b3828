import type { DeadlineStatus, SlaKind } from '../core/sla/index.js';

type SlaTarget = DeadlineStatus & { kind: SlaKind | 'deadline'; startedAt: number };

export interface SlaEventDetail {
  /** Which promise changed; `deadline` for a countdown built from `due-at` alone. */
  kind: SlaKind | 'deadline';
  /** The label shown with the countdown, if any. */
  label: string;
  /** The target as it is now. */
  target: SlaTarget;
  previousState: SlaTarget['state'];
  dueAt: number;
  remainingMs: number;
  /** `tick`: noticed by the clock (including on waking from a sleeping tab); `update`: new data from the host. */
  source: 'tick' | 'update';
}

const init = (detail: SlaEventDetail) => ({ bubbles: true, composed: true, cancelable: false, detail });

/** A deadline entered its warning window. Not cancelable. */
export class SlaWarningEvent extends CustomEvent<SlaEventDetail> {
  static readonly eventName = 'rp-sla-warning';
  constructor(detail: SlaEventDetail) {
    super(SlaWarningEvent.eventName, init(detail));
  }
}

/** A deadline passed unmet. Not cancelable. */
export class SlaBreachEvent extends CustomEvent<SlaEventDetail> {
  static readonly eventName = 'rp-sla-breach';
  constructor(detail: SlaEventDetail) {
    super(SlaBreachEvent.eventName, init(detail));
  }
}

/** A deadline was met (on time or late: see `target.state`). Not cancelable. */
export class SlaMetEvent extends CustomEvent<SlaEventDetail> {
  static readonly eventName = 'rp-sla-met';
  constructor(detail: SlaEventDetail) {
    super(SlaMetEvent.eventName, init(detail));
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-sla-warning': SlaWarningEvent;
    'rp-sla-breach': SlaBreachEvent;
    'rp-sla-met': SlaMetEvent;
  }
}
