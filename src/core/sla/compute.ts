import { toEpochMs, type Instant } from '../time.js';
import { businessClockFor, DAY_MS, MINUTE_MS, ROUND_THE_CLOCK, type SlaClock } from './calendar.js';
import {
  DEFAULT_PAUSE_ON,
  DEFAULT_SLA_POLICY,
  DEFAULT_WARN_AT,
  describeValue,
  isPlainRecord,
  isPriority,
  plainCopy,
  PRIORITIES,
  SLA_KINDS,
  SlaInputError,
  unreadable,
  validateSlaPolicy,
  type Priority,
  type SlaKind,
  type SlaPolicy,
  type SlaState,
} from './policy.js';
import { isOneOf } from '../one-of.js';

/** The event types a ticket's history is made of. */
export const SLA_EVENT_TYPES = ['created', 'customer-message', 'agent-reply', 'status', 'resolved', 'reopened'] as const;
export type SlaEventType = (typeof SLA_EVENT_TYPES)[number];

export type SlaEvent =
  | { type: 'created'; at: Instant }
  | { type: 'customer-message'; at: Instant }
  /** A public reply to the customer. */
  | { type: 'agent-reply'; at: Instant }
  /** e.g. `'open'`, `'pending'`, `'on-hold'`; only the policy's `pauseOn` list gives a status meaning. */
  | { type: 'status'; at: Instant; status: string }
  | { type: 'resolved'; at: Instant }
  | { type: 'reopened'; at: Instant };

export interface SlaTicket {
  priority: Priority;
  /** In any order; sorted by time, ties keep their order. */
  events: SlaEvent[];
}

/** A deadline on its own: what `deadlineStatus()` returns, and what every `SlaTarget` also is. */
export interface DeadlineStatus {
  /** `deadlineStatus()` only gives `running`, `warning` or `breached`. */
  state: SlaState;
  /** Epoch ms the current cycle started. */
  startedAt?: number;
  /** Epoch ms of the deadline; while paused, as if the clock resumed now. */
  dueAt: number;
  /** In the policy's clock (business time with a calendar); negative when overdue. */
  remainingMs: number;
  /** The full target in the policy's clock, for drawing the share used. */
  targetMs?: number;
  metAt?: number;
  /** Equals `dueAt`, once the deadline passed unmet or was met late. */
  breachedAt?: number;
}

/** One kind's current cycle, as `computeSla()` reports it. */
export interface SlaTarget extends DeadlineStatus {
  kind: SlaKind;
  startedAt: number;
}

export interface SlaStatus {
  /** The current cycle of each tracked kind that has started, in `SLA_KINDS` order. */
  targets: SlaTarget[];
  /** The unmet target with the least time left; null when every target is met or none started. */
  next: SlaTarget | null;
  /**
   * The latest finished cycle of each repeating kind (`nextReply`, `periodicUpdate`) that a
   * newer cycle has replaced, as it stood when it was met. A reply that meets one
   * `periodicUpdate` cycle also starts the next, so without this a watcher comparing two
   * readings would never see the first one met. Always set by `computeSla()`.
   */
  closed?: SlaTarget[];
}

interface TimedEvent {
  type: SlaEventType;
  at: number;
  status: string;
}

// 1970-01-01 to 9999-12-31: anything else is a unit mistake (seconds, microseconds) or garbage.
const LATEST_INSTANT = 253_402_300_799_999;
const MAX_TICKET_AGE_MS = 100 * 366 * DAY_MS;

const TIME_HINT = 'use epoch ms, a Date, or ISO 8601 with an offset';

function readInstant(value: unknown, path: string, issues: string[]): number | null {
  const ms = toEpochMs(value);
  if (ms === null) {
    issues.push(`${path}: ${describeValue(value)} is not a valid time (${TIME_HINT})`);
    return null;
  }
  if (ms < 0 || ms > LATEST_INSTANT) {
    issues.push(`${path}: ${describeValue(value)} is outside the years 1970–9999 (${TIME_HINT})`);
    return null;
  }
  return ms;
}

interface ReadEvents {
  events: TimedEvent[];
  /** The earliest valid `created`; Infinity when there is none. */
  createdAt: number;
}

function readEvents(value: unknown, issues: string[]): ReadEvents {
  if (!Array.isArray(value)) {
    issues.push(`events: expected an array of events, got ${describeValue(value)}`);
    return { events: [], createdAt: Infinity };
  }
  const events: TimedEvent[] = [];
  let createdSeen = false;
  let createdAt = Infinity;
  for (let index = 0; index < value.length; index++) {
    const event: unknown = value[index];
    const path = `events[${index}]`;
    if (!isPlainRecord(event)) {
      issues.push(`${path}: expected an event object, got ${describeValue(event)}`);
      continue;
    }
    const { type, at, status } = event;
    if (!isOneOf(SLA_EVENT_TYPES, type)) {
      issues.push(`${path}.type: ${describeValue(type)} is not an event type (use ${SLA_EVENT_TYPES.join(', ')})`);
      continue;
    }
    if (type === 'created') createdSeen = true;
    const ms = readInstant(at, `${path}.at`, issues);
    if (type === 'status' && typeof status !== 'string') {
      issues.push(`${path}.status: ${describeValue(status)} is not a status name`);
      continue;
    }
    if (ms === null) continue;
    events.push({ type: type as SlaEventType, at: ms, status: typeof status === 'string' ? status : '' });
    if (type === 'created') createdAt = Math.min(createdAt, ms);
  }
  if (!createdSeen) issues.push('events: no "created" event; every clock starts when the ticket is created');
  return { events, createdAt };
}

interface ReadInput extends ReadEvents {
  priority: Priority;
  policy: SlaPolicy;
  now: number;
}

function readInput(ticket: unknown, policy: unknown, now: unknown): ReadInput {
  const issues: string[] = [];
  let priority: unknown;
  let read: ReadEvents = { events: [], createdAt: Infinity };
  try {
    if (!isPlainRecord(ticket)) {
      issues.push(`ticket: expected an object with priority and events, got ${describeValue(ticket)}`);
    } else {
      priority = ticket.priority;
      if (!isPriority(priority)) {
        issues.push(`priority: ${describeValue(priority)} is not a priority (use ${PRIORITIES.join(', ')})`);
      }
      read = readEvents(ticket.events, issues);
    }
  } catch (error) {
    // Getters and proxies can throw while being read; that is a bad ticket, not our failure.
    issues.push(unreadable('ticket', error));
  }
  let policyCopy: unknown;
  try {
    policyCopy = plainCopy(policy);
    issues.push(...validateSlaPolicy(policyCopy));
  } catch (error) {
    issues.push(unreadable('policy', error));
  }
  let nowMs: number | null = null;
  try {
    nowMs = readInstant(now, 'now', issues);
  } catch (error) {
    issues.push(unreadable('now', error));
  }
  if (nowMs !== null && nowMs - read.createdAt > MAX_TICKET_AGE_MS) {
    issues.push(`now: ${describeValue(now)} is more than 100 years after the ticket was created (${TIME_HINT})`);
  }
  if (issues.length > 0) throw new SlaInputError(issues);
  return { ...read, priority: priority as Priority, policy: policyCopy as SlaPolicy, now: nowMs! };
}

interface Cycle {
  kind: SlaKind;
  startedAt: number;
  metAt?: number;
}

type Span = readonly [number, number];

interface History {
  cycles: Partial<Record<SlaKind, Cycle>>;
  /** The latest met cycle of each kind that a newer cycle replaced. */
  closed: Partial<Record<SlaKind, Cycle>>;
  /** When the pausable clocks ran: not paused by status, not resolved. */
  running: Span[];
  /** Whether periodicUpdate and resolution are stopped right now. */
  pausedNow: boolean;
}

/** Replays the events up to `now` into the current cycle of each kind. */
function replay(events: TimedEvent[], created: number, now: number, pauseOn: ReadonlySet<string>): History | null {
  if (now < created) return null;

  const firstResponse: Cycle = { kind: 'firstResponse', startedAt: created };
  const resolution: Cycle = { kind: 'resolution', startedAt: created };
  let nextReply: Cycle | undefined;
  let periodicUpdate: Cycle | undefined;
  const closed: Partial<Record<SlaKind, Cycle>> = {};
  let status = 'open';
  let resolved = false;
  // Customer messages that arrive while resolved wait for the reopen to start a nextReply cycle.
  let waitingSinceResolved = false;
  const running: Span[] = [];
  let runningSince: number | null = null;

  const updateRunning = (at: number) => {
    const runs = !resolved && !pauseOn.has(status);
    if (runs && runningSince === null) runningSince = at;
    if (!runs && runningSince !== null) {
      if (at > runningSince) running.push([runningSince, at]);
      runningSince = null;
    }
  };
  const meetOpenReplyCycles = (at: number) => {
    for (const cycle of [firstResponse, nextReply, periodicUpdate]) {
      if (cycle && cycle.metAt === undefined) cycle.metAt = at;
    }
  };

  updateRunning(created);
  // Array.prototype.sort is stable, so same-time events keep their input order.
  const ordered = [...events].sort((a, b) => a.at - b.at);
  for (const event of ordered) {
    if (event.at > now) break;
    // Events stamped before `created` (clock skew) count as happening at `created`.
    const at = Math.max(event.at, created);
    switch (event.type) {
      case 'created':
        break;
      case 'customer-message':
        if (resolved) waitingSinceResolved = true;
        else if (firstResponse.metAt !== undefined && (!nextReply || nextReply.metAt !== undefined)) {
          if (nextReply) closed.nextReply = nextReply;
          nextReply = { kind: 'nextReply', startedAt: at };
        }
        break;
      case 'agent-reply':
        meetOpenReplyCycles(at);
        waitingSinceResolved = false;
        if (!resolved) {
          if (periodicUpdate) closed.periodicUpdate = periodicUpdate;
          periodicUpdate = { kind: 'periodicUpdate', startedAt: at };
        }
        break;
      case 'status':
        status = event.status;
        updateRunning(at);
        break;
      case 'resolved':
        if (resolved) break;
        resolved = true;
        meetOpenReplyCycles(at);
        resolution.metAt = at;
        updateRunning(at);
        break;
      case 'reopened':
        if (!resolved) break;
        resolved = false;
        delete resolution.metAt;
        status = 'open';
        if (waitingSinceResolved) {
          if (nextReply?.metAt !== undefined) closed.nextReply = nextReply;
          nextReply = { kind: 'nextReply', startedAt: at };
        }
        waitingSinceResolved = false;
        updateRunning(at);
        break;
    }
  }
  if (runningSince !== null && now > runningSince) running.push([runningSince, now]);

  return {
    cycles: { firstResponse, nextReply, periodicUpdate, resolution },
    closed,
    running,
    pausedNow: !resolved && pauseOn.has(status),
  };
}

function clip(spans: readonly Span[], from: number, to: number): Span[] {
  const clipped: Span[] = [];
  for (const [start, end] of spans) {
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedStart < clippedEnd) clipped.push([clippedStart, clippedEnd]);
  }
  return clipped;
}

interface Measured {
  elapsedMs: number;
  /** When the clock reached the target, if it did. */
  crossedAt: number | null;
}

function measure(clock: SlaClock, spans: readonly Span[], targetMs: number): Measured {
  let elapsedMs = 0;
  let crossedAt: number | null = null;
  for (const [start, end] of spans) {
    const length = clock.between(start, end);
    if (crossedAt === null && elapsedMs + length >= targetMs) {
      crossedAt = clock.add(start, targetMs - elapsedMs) ?? end;
    }
    elapsedMs += length;
  }
  return { elapsedMs, crossedAt };
}

interface TargetContext {
  clock: SlaClock;
  now: number;
  warnAt: number;
  /** Where to point a host when a deadline can't be found. */
  path: string;
}

function evaluate(cycle: Cycle, targetMs: number, spans: readonly Span[], paused: boolean, context: TargetContext): SlaTarget {
  const { clock, now, warnAt } = context;
  const { metAt } = cycle;
  const end = metAt ?? now;
  const { elapsedMs, crossedAt } = measure(clock, spans, targetMs);
  const remainingMs = targetMs - elapsedMs;
  const dueAt = crossedAt ?? clock.add(end, remainingMs);
  if (dueAt === null) {
    throw new SlaInputError([`${context.path}: the target can't be reached within 100 years of the calendar's business hours`]);
  }
  // Meeting a target exactly at its deadline is on time.
  const late = crossedAt !== null && (metAt === undefined || metAt > crossedAt);
  let state: SlaState;
  if (late) state = 'breached';
  else if (metAt !== undefined) state = 'met';
  else if (paused) state = 'paused';
  else if (remainingMs <= warnAt * targetMs) state = 'warning';
  else state = 'running';
  return {
    kind: cycle.kind,
    state,
    startedAt: cycle.startedAt,
    dueAt,
    remainingMs,
    targetMs,
    ...(metAt !== undefined && { metAt }),
    ...(late && { breachedAt: dueAt }),
  };
}

const PAUSABLE_KINDS: ReadonlySet<SlaKind> = new Set(['periodicUpdate', 'resolution']);

/**
 * Where each of a ticket's service-level targets stands at `now`. Pure: call it again
 * as time passes. Throws an `SlaInputError` listing every problem when the ticket,
 * policy or time can't be used, and nothing else.
 *
 * - `firstResponse` runs from `created` to the first agent reply; `nextReply` from the
 *   oldest unanswered customer message to the next agent reply; `periodicUpdate` from
 *   each agent reply to the next; `resolution` from `created` to `resolved`. The last two
 *   stop while the status is in `pauseOn`, and `resolution` also while resolved.
 * - Resolving meets every open reply cycle at the resolution time (met, or breached
 *   with `metAt` if already late), so nothing breaches afterwards. A reply sent while
 *   resolved starts no cycle; a customer message sent while resolved starts `nextReply`
 *   at the reopen. `reopened` resumes `resolution` and sets the status back to `'open'`.
 * - `nextReply` exists only once the first response is met (by a reply or a resolution).
 * - Events stamped before `created` count as happening at `created`; the earliest
 *   `created` wins; events after `now` are ignored; before `created` nothing has started.
 * - A target met exactly at its deadline is on time. `next` skips targets met late.
 */
export function computeSla(ticket: SlaTicket, policy: SlaPolicy = DEFAULT_SLA_POLICY, now: Instant = Date.now()): SlaStatus {
  const input = readInput(ticket, policy, now);
  const pauseOn = new Set(input.policy.pauseOn ?? DEFAULT_PAUSE_ON);
  const history = replay(input.events, input.createdAt, input.now, pauseOn);
  if (!history) return { targets: [], next: null, closed: [] };

  const context = {
    clock: input.policy.calendar ? businessClockFor(input.policy.calendar) : ROUND_THE_CLOCK,
    now: input.now,
    warnAt: input.policy.warnAt ?? DEFAULT_WARN_AT,
  };
  const minutesByKind = input.policy.targets[input.priority] ?? {};
  const evaluateCycle = (kind: SlaKind, cycle: Cycle, minutes: number): SlaTarget => {
    const end = cycle.metAt ?? input.now;
    const pausable = PAUSABLE_KINDS.has(kind);
    const spans = pausable ? clip(history.running, cycle.startedAt, end) : [[cycle.startedAt, end] as const];
    const paused = pausable && cycle.metAt === undefined && history.pausedNow;
    const path = `policy.targets.${input.priority}.${kind}`;
    return evaluate(cycle, minutes * MINUTE_MS, spans, paused, { ...context, path });
  };
  const targets: SlaTarget[] = [];
  const closed: SlaTarget[] = [];
  for (const kind of SLA_KINDS) {
    const minutes = minutesByKind[kind];
    if (minutes === undefined) continue;
    const cycle = history.cycles[kind];
    if (cycle) targets.push(evaluateCycle(kind, cycle, minutes));
    const finished = history.closed[kind];
    if (finished) closed.push(evaluateCycle(kind, finished, minutes));
  }

  let next: SlaTarget | null = null;
  for (const target of targets) {
    // A target met late needs no more action, so only targets still open compete.
    if (target.metAt === undefined && (next === null || target.remainingMs < next.remainingMs)) next = target;
  }
  return { targets, next, closed };
}

export interface DeadlineInput {
  dueAt: Instant;
  /** Without it there is no target length, so the state is never `warning`. */
  startedAt?: Instant | null;
  /** Defaults to the current time. */
  now?: Instant | null;
  /** Share of the target still left when `warning` begins; default 0.25. */
  warnAt?: number | null;
}

/**
 * The state of a single wall-clock deadline (no calendar, no pauses): `breached` from
 * `dueAt` on, `warning` when at most `warnAt` of `dueAt − startedAt` is left, else
 * `running`. Returns null for input that can't be used (a bad time, `startedAt` after
 * `dueAt`, `warnAt` outside [0, 1]) so a view can show a neutral state without try/catch.
 */
export function deadlineStatus(input: DeadlineInput): DeadlineStatus | null {
  try {
    if (!isPlainRecord(input)) return null;
    const ignored: string[] = [];
    const dueAt = readInstant(input.dueAt, 'dueAt', ignored);
    const startedAt = input.startedAt == null ? undefined : readInstant(input.startedAt, 'startedAt', ignored);
    const now = input.now == null ? Date.now() : readInstant(input.now, 'now', ignored);
    const warnAt = input.warnAt ?? DEFAULT_WARN_AT;
    if (dueAt === null || startedAt === null || now === null) return null;
    if (typeof warnAt !== 'number' || !(warnAt >= 0 && warnAt <= 1)) return null;
    if (startedAt !== undefined && startedAt > dueAt) return null;

    const remainingMs = dueAt - now;
    const targetMs = startedAt === undefined ? undefined : dueAt - startedAt;
    let state: SlaState = 'running';
    if (now >= dueAt) state = 'breached';
    else if (targetMs !== undefined && remainingMs <= warnAt * targetMs) state = 'warning';
    return {
      state,
      ...(startedAt !== undefined && { startedAt }),
      dueAt,
      remainingMs,
      ...(targetMs !== undefined && { targetMs }),
      ...(state === 'breached' && { breachedAt: dueAt }),
    };
  } catch {
    return null;
  }
}
