import { toEpochMs, type Instant } from '../core/time.js';
import { ticker } from './ticker.js';

/**
 * Where elements read the time. Inject one through `<rp-provider .clock>` to
 * freeze or speed up time in demos, stories and tests.
 */
export interface Clock {
  now(): number;
  /** Clock milliseconds per real millisecond: 1 for real time, 0 when frozen, 60 for a minute a second. */
  readonly rate: number;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now(), rate: 1 });

export interface ManualClock extends Clock {
  set(at: Instant): void;
  advance(ms: number): void;
}

function startOf(at: Instant | undefined): number {
  const ms = at === undefined ? Date.now() : toEpochMs(at);
  if (ms === null) throw new TypeError(`Clock start ${String(at)} is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset).`);
  return ms;
}

/** A clock that stands still until told to move; every countdown refreshes when it does. */
export function createManualClock(at?: Instant): ManualClock {
  let current = startOf(at);
  return {
    rate: 0,
    now: () => current,
    set(next) {
      current = startOf(next);
      ticker.refresh();
    },
    advance(ms) {
      current += ms;
      ticker.refresh();
    },
  };
}

/** A clock that starts at `at` (default: now) and runs `rate` times faster than real time. */
export function createAcceleratedClock(rate: number, at?: Instant): Clock {
  if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`Clock rate must be a positive number, got ${rate}.`);
  const origin = startOf(at);
  const realOrigin = Date.now();
  return { rate, now: () => origin + (Date.now() - realOrigin) * rate };
}
