export interface SuggestionPickDetail {
  /** The text to put into the agent's reply. */
  text: string;
  /** What kind of move it is (e.g. `acknowledge`, `solve`, `care`; `handoff` for an escalation's customer script). */
  move: string;
  /** Which element offered it, e.g. `escalation-dialog` or `empathy-panel`. */
  source: string;
}

/**
 * The agent picked a ready-made text to insert into their reply. The host inserts
 * `detail.text` into its composer. Not cancelable: nothing happens by default.
 */
export class SuggestionPickEvent extends CustomEvent<SuggestionPickDetail> {
  static readonly eventName = 'rp-suggestion-pick';
  constructor(detail: SuggestionPickDetail) {
    super(SuggestionPickEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-suggestion-pick': SuggestionPickEvent;
  }
}
