import { displayPrecisionMs, msUntilDisplayChange } from '../duration.js';
import type { DeadlineStatus } from './compute.js';

/**
 * How long, in the policy's clock, until a countdown for `target` must look
 * different: its shown value ticks over, it enters the warning window, or its
 * deadline passes. Infinity while nothing can change without new data (met,
 * paused). Business time never runs faster than wall time, so waiting this long
 * in wall time can only be early, never late.
 */
export function msUntilCountdownChanges(target: DeadlineStatus, warnAt: number): number {
  if (target.state === 'met' || target.state === 'paused' || target.metAt !== undefined) return Infinity;
  const remaining = target.remainingMs;
  let soonest = msUntilDisplayChange(remaining);
  if (remaining > 0) soonest = Math.min(soonest, remaining);
  if (target.targetMs !== undefined && target.state === 'running') {
    const untilWarning = remaining - warnAt * target.targetMs;
    if (untilWarning > 0) soonest = Math.min(soonest, untilWarning);
  }
  return soonest;
}

/** A value that changes exactly when a countdown's shown duration does; lets views skip re-formatting. */
export function countdownDisplayKey(target: DeadlineStatus): string {
  const shown = target.metAt !== undefined && target.remainingMs >= 0 ? target.metAt - target.dueAt : target.remainingMs;
  const precision = displayPrecisionMs(shown);
  return `${target.state}|${target.metAt !== undefined}|${precision}|${Math.trunc(shown / precision)}`;
}
