import type { SlaTarget } from './compute.js';
import type { SlaKind } from './policy.js';

/** A change a host may want to act on: a target entered warning, breached, or was met. */
export interface SlaTransition {
  type: 'warning' | 'breach' | 'met';
  kind: SlaKind | 'deadline';
  target: SlaTarget;
  previousState: SlaTarget['state'];
}

type Watched = Pick<SlaTarget, 'state' | 'startedAt' | 'metAt'> & { kind: SlaKind | 'deadline' };

/**
 * The transitions between two readings of the same deadlines. Only a target seen
 * in both readings, in the same cycle, can transition: a cycle that first appears
 * already late is a fact of the data, not an event that just happened. When a
 * tab sleeps through several changes, the latest one is reported (warning is
 * skipped once the deadline has already passed). Pass `closed` (`SlaStatus.closed`)
 * so that a cycle met and replaced by a newer one between the readings (a reply
 * meets one `periodicUpdate` cycle and starts the next) is still reported as met.
 */
export function diffSlaTargets<T extends Watched>(
  previous: readonly T[],
  next: readonly T[],
  closed: readonly T[] = [],
): Array<{ type: SlaTransition['type']; target: T; previousState: T['state'] }> {
  const out: Array<{ type: SlaTransition['type']; target: T; previousState: T['state'] }> = [];
  const sameCycle = (a: T, b: T) => a.kind === b.kind && a.startedAt === b.startedAt;
  for (const target of [...closed, ...next]) {
    const before = previous.find((p) => sameCycle(p, target));
    if (!before) continue;
    if (target.state === 'breached' && before.state !== 'breached') {
      out.push({ type: 'breach', target, previousState: before.state });
    } else if (target.state === 'warning' && before.state !== 'warning' && before.state !== 'breached') {
      out.push({ type: 'warning', target, previousState: before.state });
    }
    if (target.metAt !== undefined && before.metAt === undefined) {
      out.push({ type: 'met', target, previousState: before.state });
    }
  }
  return out;
}
