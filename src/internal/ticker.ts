/**
 * One timer for every live countdown on the page. Each subscriber says how long
 * (in real milliseconds) until its display next changes; the ticker sleeps until
 * the earliest of those, updates everyone in one batch, and stops entirely when
 * nobody is subscribed. Subscribers compute from absolute times, so a late or
 * throttled timer (sleeping tab, clock change) only delays a refresh, never skews it.
 */
export interface TickerSubscriber {
  /** Recompute from the current time; returns real ms until the next visible change (Infinity: none). */
  tick(): number;
}

// Browsers clamp long timeouts and drift over hours; re-check at least this often.
const MAX_SLEEP_MS = 60 * 60 * 1000;
const MIN_SLEEP_MS = 16;
const ALIGN_MS = 1000;

class SharedTicker {
  #subscribers = new Set<TickerSubscriber>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wakeAt = Infinity;
  #ticking = false;
  #onVisibility = () => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  get size(): number {
    return this.#subscribers.size;
  }

  /** True while a timer is pending; false when idle. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** Adds a subscriber, ticks it once, and wakes the ticker as early as it needs. */
  subscribe(subscriber: TickerSubscriber): void {
    if (!this.#subscribers.has(subscriber)) {
      if (this.#subscribers.size === 0 && typeof document !== 'undefined') {
        document.addEventListener('visibilitychange', this.#onVisibility);
      }
      this.#subscribers.add(subscriber);
    }
    if (!this.#ticking) this.wake(subscriber.tick());
  }

  unsubscribe(subscriber: TickerSubscriber): void {
    if (!this.#subscribers.delete(subscriber) || this.#subscribers.size > 0) return;
    this.#clear();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Updates every subscriber now (after a clock jump, a tab wake-up, or for a benchmark). */
  refresh(): void {
    this.#clear();
    if (this.#subscribers.size === 0) return;
    this.#ticking = true;
    let soonest = Infinity;
    try {
      for (const subscriber of this.#subscribers) soonest = Math.min(soonest, subscriber.tick());
    } finally {
      this.#ticking = false;
    }
    this.wake(soonest);
  }

  /** Makes sure the ticker runs within `delay` real ms (an earlier pending wake-up stays). */
  wake(delay: number): void {
    if (!(delay < Infinity) || this.#subscribers.size === 0) return;
    // Waking on whole seconds batches every countdown that changes within the same
    // second into one tick, instead of a tick per countdown.
    const now = Date.now();
    const wakeAt = Math.ceil((now + Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, delay))) / ALIGN_MS) * ALIGN_MS;
    const sleep = wakeAt - now;
    if (this.#timer !== undefined && wakeAt >= this.#wakeAt) return;
    this.#clear();
    this.#wakeAt = wakeAt;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.refresh();
    }, sleep);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#wakeAt = Infinity;
  }
}

export const ticker = new SharedTicker();
