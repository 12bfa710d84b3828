import type { ReplyFinding } from '../core/reply/index.js';

export interface ReplyLintDetail {
  /** The findings for the draft as it is now, in text order. */
  findings: ReplyFinding[];
  /** The draft that was checked. */
  draft: string;
  /** `input`: the agent typed (debounced); `apply`: a rewrite was applied or undone; `check`: `check()` or a gated send; `connect`: the field was attached. */
  source: 'input' | 'apply' | 'check' | 'connect';
}

export interface ReplySendDetail {
  draft: string;
  /** Findings left in the draft; empty when it is clean. */
  findings: ReplyFinding[];
  /** true when findings remained and the agent chose to send anyway. */
  confirmed: boolean;
  /** `submit`: the host form's submit was intercepted; `check`: the host called `check()`. */
  source: 'submit' | 'check';
}

/** The draft was checked. Not cancelable. */
export class ReplyLintEvent extends CustomEvent<ReplyLintDetail> {
  static readonly eventName = 'rp-reply-lint';
  constructor(detail: ReplyLintDetail) {
    super(ReplyLintEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

/** A gated reply is about to be sent. Cancelable: `preventDefault()` stops the send. */
export class ReplySendEvent extends CustomEvent<ReplySendDetail> {
  static readonly eventName = 'rp-reply-send';
  constructor(detail: ReplySendDetail) {
    super(ReplySendEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-reply-lint': ReplyLintEvent;
    'rp-reply-send': ReplySendEvent;
  }
}
