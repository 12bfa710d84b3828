/**
 * Service-level deadlines (domain §6): how much of each promise to the customer is
 * left. Pure TypeScript with no DOM and no timers; callers pass `now` and re-run.
 * @module
 */

/** Where each of a ticket's targets stands at `now`; throws `SlaInputError` listing every problem. */
export { computeSla } from './compute.js';
/** The state of a single wall-clock deadline, for `<rp-sla-countdown>`'s simple form; null for unusable input. */
export { deadlineStatus } from './compute.js';
/** Event types a ticket's history is made of, in the order the docs list them. */
export { SLA_EVENT_TYPES } from './compute.js';
/** A ticket's priority and its history of events. */
export type { SlaTicket, SlaEvent, SlaEventType } from './compute.js';
/** `computeSla()`'s answer: every started target, and the most urgent unmet one. */
export type { SlaStatus, SlaTarget } from './compute.js';
/** `deadlineStatus()`'s input and answer; every `SlaTarget` is also a `DeadlineStatus`. */
export type { DeadlineInput, DeadlineStatus } from './compute.js';

/** Ticket priorities, most relaxed first; the source of the `Priority` type. */
export { PRIORITIES, isPriority, type Priority } from './policy.js';
/** The promises tracked, in report order; the source of the `SlaKind` type. */
export { SLA_KINDS, isSlaKind, type SlaKind } from './policy.js';
/** Where a target stands; the source of the `SlaState` type. */
export { SLA_STATES, isSlaState, type SlaState } from './policy.js';
/** Weekday keys of a calendar's `week`, Monday first. */
export { WEEKDAYS, type Weekday } from './policy.js';
/** Targets in minutes per priority and kind, optional business hours, warning share and pausing statuses. */
export type { SlaPolicy, SlaCalendar } from './policy.js';
/** Rapport's deeply frozen default policy: 15-minute first response, daily updates, resolution by priority. */
export { DEFAULT_SLA_POLICY } from './policy.js';
/** Every problem with a policy, as messages for a host developer; empty when fine. */
export { validateSlaPolicy } from './policy.js';
/** Thrown for unusable SLA input; `issues` lists every problem found. */
export { SlaInputError } from './policy.js';
