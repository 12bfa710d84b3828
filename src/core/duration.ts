/** Whole units of a duration, for display. All fields are non-negative; `negative` tells the sign. */
export interface DurationParts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The unit a countdown shows for a duration: seconds inside the last minute,
 * minutes up to a day, hours beyond. Coarser units above a day keep a long
 * deadline from flickering every minute.
 */
export function displayPrecisionMs(ms: number): number {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return SECOND;
  if (abs < DAY) return MINUTE;
  return HOUR;
}

/** Splits a duration into the units a countdown shows, truncated (not rounded) to its display precision. */
export function splitDuration(ms: number): DurationParts {
  const safe = Number.isFinite(ms) ? ms : 0;
  const precision = displayPrecisionMs(safe);
  let rest = Math.floor(Math.abs(safe) / precision) * precision;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  return { negative: safe < 0, days, hours, minutes, seconds: Math.floor(rest / SECOND) };
}

/**
 * How long until the displayed value of a running countdown changes, in the
 * countdown's own clock. Remaining time shrinks, so a positive value changes once
 * it falls below its current whole unit; an overdue (negative) value grows, so it
 * changes when it reaches the next whole unit.
 */
export function msUntilDisplayChange(remainingMs: number): number {
  if (!Number.isFinite(remainingMs)) return Infinity;
  const precision = displayPrecisionMs(remainingMs);
  if (remainingMs > 0) {
    // The unit shrinks when crossing a tier (e.g. 1 day → 23 h 59 min), which is also a display change.
    return (remainingMs % precision) + 1;
  }
  const overdue = -remainingMs;
  return precision - (overdue % precision);
}
