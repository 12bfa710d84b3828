import type { Complaint, ComplaintFields } from '../core/complaint/index.js';

export interface ComplaintSubmitDetail {
  /** The complete record, read back and confirmed. */
  complaint: Complaint;
  /**
   * Call during the event with the host's save: the form shows "saving" until it
   * settles, keeps everything and offers a retry if it rejects (its `message` is
   * shown), and clears the draft only once it resolves. Without it, the save is
   * taken to have happened synchronously.
   */
  waitUntil(promise: PromiseLike<unknown>): void;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number;
}

/** The agent saves a confirmed complaint. Cancelable: `preventDefault()` stops the save and keeps the draft. */
export class ComplaintSubmitEvent extends CustomEvent<ComplaintSubmitDetail> {
  static readonly eventName = 'rp-complaint-submit';
  constructor(detail: ComplaintSubmitDetail) {
    super(ComplaintSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

export interface ComplaintReadBackDetail {
  /** The script shown to read aloud. */
  text: string;
  /** The record it was made from (everything but the read-back). */
  complaint: ComplaintFields;
  /** 1 the first time, 2 after the first correction, and so on. */
  round: number;
  /** What the form is doing: `shown` the script, `confirmed` by the customer, or `corrected` by the customer. */
  outcome: 'shown' | 'confirmed' | 'corrected';
  /** With `corrected`: the fields the customer corrected (`customer.phone`, `description`…). */
  corrections: string[];
}

/** The read-back was shown, confirmed or corrected. Not cancelable. */
export class ComplaintReadBackEvent extends CustomEvent<ComplaintReadBackDetail> {
  static readonly eventName = 'rp-complaint-readback';
  constructor(detail: ComplaintReadBackDetail) {
    super(ComplaintReadBackEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-complaint-submit': ComplaintSubmitEvent;
    'rp-complaint-readback': ComplaintReadBackEvent;
  }
}
