/**
 * Gathers the promises listeners hand to `detail.waitUntil(promise)` while an event
 * is being dispatched, for events whose host does the saving (complaint submit,
 * escalate). A call after dispatch has returned is too late to hold the element.
 */
export class WaitUntil {
  readonly #pending: PromiseLike<unknown>[] = [];
  #open = true;
  readonly #onLate: (() => void) | undefined;

  constructor(onLate?: () => void) {
    this.#onLate = onLate;
  }

  /** The function to put on the event's detail. */
  readonly add = (promise: PromiseLike<unknown>): void => {
    if (this.#open) this.#pending.push(promise);
    else this.#onLate?.();
  };

  /** Stops accepting promises (dispatch has returned) and returns those received. */
  close(): readonly PromiseLike<unknown>[] {
    this.#open = false;
    return this.#pending;
  }
}

/** A host's rejection reason as text to show the agent: an Error's message, a string, or ''. */
export function reasonText(reason: unknown, maxLength = Infinity): string {
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  return text.length > maxLength ? `${text.slice(0, maxLength - 3)}…` : text;
}
