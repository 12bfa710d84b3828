import { isValidTimeZone, parseClockTime, parseIsoDate } from './calendar.js';
import { isOneOf } from '../one-of.js';
import { deepFreeze } from '../freeze.js';

/** Ticket priorities, most relaxed first. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The promises a ticket's clock tracks, in the order targets are reported. */
export const SLA_KINDS = ['firstResponse', 'nextReply', 'periodicUpdate', 'resolution'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

/** Where a target stands. */
export const SLA_STATES = ['running', 'warning', 'paused', 'met', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export function isPriority(value: unknown): value is Priority {
  return isOneOf(PRIORITIES, value);
}

export function isSlaKind(value: unknown): value is SlaKind {
  return isOneOf(SLA_KINDS, value);
}

export function isSlaState(value: unknown): value is SlaState {
  return isOneOf(SLA_STATES, value);
}

/** Weekday keys of a calendar's `week`, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Business hours: only this time counts toward a target. */
export interface SlaCalendar {
  /** IANA time zone the hours and holidays are read in, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** `['HH:mm', 'HH:mm']` intervals per weekday; several a day; `'24:00'` may end a day. */
  week: Partial<Record<Weekday, Array<[string, string]>>>;
  /** `YYYY-MM-DD` dates, in the calendar's zone, with no business time. */
  holidays?: string[];
}

export interface SlaPolicy {
  /** Target length in minutes per priority and kind; a kind left out is not tracked. */
  targets: Partial<Record<Priority, Partial<Record<SlaKind, number>>>>;
  /** Absent: the clock runs around the clock. */
  calendar?: SlaCalendar;
  /** Share of the target still left when `warning` begins; default 0.25. */
  warnAt?: number;
  /** Statuses that stop `periodicUpdate` and `resolution`; default `['pending', 'on-hold']`. */
  pauseOn?: string[];
}

/** Thrown for a ticket, policy or time that can't be used; `issues` lists every problem found. */
export class SlaInputError extends TypeError {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`Invalid SLA input:\n- ${issues.join('\n- ')}`);
    this.name = 'SlaInputError';
    this.issues = issues;
  }
}

export const DEFAULT_WARN_AT = 0.25;
export const DEFAULT_PAUSE_ON: readonly string[] = Object.freeze(['pending', 'on-hold']);

// Longer targets are almost certainly a unit mistake (ms or seconds given as minutes).
export const MAX_TARGET_MINUTES = 10 * 366 * 24 * 60;

const replyTargets = { firstResponse: 15, nextReply: 120, periodicUpdate: 1440 };

/** Rapport's defaults (domain §6): reply within 15 minutes, update daily, resolve by priority. */
export const DEFAULT_SLA_POLICY: Readonly<SlaPolicy> = deepFreeze({
  targets: {
    urgent: { ...replyTargets, resolution: 240 },
    high: { ...replyTargets, resolution: 1440 },
    normal: { ...replyTargets, resolution: 4320 },
    low: { ...replyTargets, resolution: 10080 },
  },
  warnAt: DEFAULT_WARN_AT,
  pauseOn: [...DEFAULT_PAUSE_ON],
});

/** A short, safe rendering of any value for an issue message. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        if (Array.isArray(value)) return 'an array';
        if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
      } catch {
        // A revoked proxy throws even on Array.isArray.
      }
      return 'an object';
  }
}

/**
 * A plain copy of JSON-like input, each property read once, so a getter can't hand
 * validation one value and the computation another.
 */
export function plainCopy(value: unknown, depth = 6): unknown {
  if (depth === 0 || typeof value !== 'object' || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index++) items.push(plainCopy(value[index], depth - 1));
    return items;
  }
  // No prototype, so a "__proto__" key is copied as data rather than setting one.
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = plainCopy((value as Record<string, unknown>)[key], depth - 1);
  return copy;
}

/** An issue for input that threw while being read (a getter, a proxy). */
export function unreadable(path: string, error: unknown): string {
  return `${path}: could not be read (${error instanceof Error ? error.message : describeValue(error)})`;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(values: readonly string[]): string {
  return values.join(', ');
}

function validateTargets(targets: unknown, issues: string[]): void {
  const path = 'policy.targets';
  if (!isPlainRecord(targets)) {
    issues.push(`${path}: expected an object of minutes per priority, got ${describeValue(targets)}`);
    return;
  }
  for (const [priority, kinds] of Object.entries(targets)) {
    if (!isPriority(priority)) {
      issues.push(`${path}.${priority}: unknown priority (use ${listOf(PRIORITIES)})`);
      continue;
    }
    if (kinds === undefined) continue;
    if (!isPlainRecord(kinds)) {
      issues.push(`${path}.${priority}: expected an object of minutes per kind, got ${describeValue(kinds)}`);
      continue;
    }
    for (const [kind, minutes] of Object.entries(kinds)) {
      const at = `${path}.${priority}.${kind}`;
      if (!isSlaKind(kind)) {
        issues.push(`${at}: unknown kind (use ${listOf(SLA_KINDS)})`);
      } else if (minutes === undefined) {
        continue;
      } else if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
        issues.push(`${at}: ${describeValue(minutes)} is not a positive number of minutes`);
      } else if (minutes > MAX_TARGET_MINUTES) {
        issues.push(`${at}: ${minutes} minutes is more than ten years; targets are in minutes`);
      }
    }
  }
}

function validateDay(day: string, intervals: unknown, issues: string[]): number {
  const path = `policy.calendar.week.${day}`;
  if (intervals === undefined) return 0;
  if (!Array.isArray(intervals)) {
    issues.push(`${path}: expected an array of ['HH:mm', 'HH:mm'] intervals, got ${describeValue(intervals)}`);
    return 0;
  }
  const valid: Array<{ start: number; end: number; index: number }> = [];
  intervals.forEach((interval: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!Array.isArray(interval) || interval.length !== 2) {
      issues.push(`${at}: expected ['HH:mm', 'HH:mm'], got ${describeValue(interval)}`);
      return;
    }
    const start = parseClockTime(interval[0], false);
    const end = parseClockTime(interval[1], true);
    if (start === null) issues.push(`${at}[0]: ${describeValue(interval[0])} is not a time of day 'HH:mm' (00:00–23:59)`);
    if (end === null) issues.push(`${at}[1]: ${describeValue(interval[1])} is not a time of day 'HH:mm' (00:00–24:00)`);
    if (start === null || end === null) return;
    if (end <= start) {
      issues.push(`${at}: ends at ${interval[1]}, not after it starts at ${interval[0]}`);
      return;
    }
    valid.push({ start, end, index });
  });
  valid.sort((a, b) => a.start - b.start);
  for (let i = 1; i < valid.length; i++) {
    const before = valid[i - 1]!;
    const after = valid[i]!;
    if (after.start < before.end) {
      issues.push(`${path}: intervals [${before.index}] and [${after.index}] overlap`);
    }
  }
  return valid.length;
}

function validateCalendar(calendar: unknown, issues: string[]): void {
  const path = 'policy.calendar';
  if (calendar === undefined) return;
  if (!isPlainRecord(calendar)) {
    issues.push(`${path}: expected an object with timeZone and week, got ${describeValue(calendar)}`);
    return;
  }
  const { timeZone, week, holidays } = calendar;
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    issues.push(`${path}.timeZone: ${describeValue(timeZone)} is not a known IANA time zone (e.g. "Europe/Berlin")`);
  }
  if (!isPlainRecord(week)) {
    issues.push(`${path}.week: expected an object of intervals per weekday (${listOf(WEEKDAYS)}), got ${describeValue(week)}`);
  } else {
    let intervalCount = 0;
    let intervalIssues = 0;
    for (const [day, intervals] of Object.entries(week)) {
      if (!isOneOf(WEEKDAYS, day)) {
        issues.push(`${path}.week.${day}: unknown weekday (use ${listOf(WEEKDAYS)})`);
        continue;
      }
      const before = issues.length;
      intervalCount += validateDay(day, intervals, issues);
      intervalIssues += issues.length - before;
    }
    // Claiming "no business time" is only fair when every interval given was readable.
    if (intervalCount === 0 && intervalIssues === 0) {
      issues.push(`${path}.week: has no business hours on any day, so no deadline could ever fall due`);
    }
  }
  if (holidays !== undefined) {
    if (!Array.isArray(holidays)) {
      issues.push(`${path}.holidays: expected an array of 'YYYY-MM-DD' dates, got ${describeValue(holidays)}`);
    } else {
      holidays.forEach((holiday: unknown, index) => {
        if (parseIsoDate(holiday) === null) {
          issues.push(`${path}.holidays[${index}]: ${describeValue(holiday)} is not a date 'YYYY-MM-DD'`);
        }
      });
    }
  }
}

/**
 * Checks a policy and returns every problem found, in words a host developer can act
 * on (`policy.calendar.week.mon[1]: intervals [0] and [1] overlap`); empty when fine.
 * Never throws.
 */
export function validateSlaPolicy(policy: unknown): string[] {
  const issues: string[] = [];
  try {
    if (!isPlainRecord(policy)) {
      return [`policy: expected an object with targets, got ${describeValue(policy)}`];
    }
    validateTargets(policy.targets, issues);
    validateCalendar(policy.calendar, issues);
    const { warnAt, pauseOn } = policy;
    if (warnAt !== undefined && (typeof warnAt !== 'number' || !(warnAt >= 0 && warnAt <= 1))) {
      issues.push(`policy.warnAt: ${describeValue(warnAt)} is not a share between 0 and 1`);
    }
    if (pauseOn !== undefined) {
      if (!Array.isArray(pauseOn)) {
        issues.push(`policy.pauseOn: expected an array of status names, got ${describeValue(pauseOn)}`);
      } else {
        pauseOn.forEach((status: unknown, index) => {
          if (typeof status !== 'string') {
            issues.push(`policy.pauseOn[${index}]: ${describeValue(status)} is not a status name`);
          }
        });
      }
    }
  } catch (error) {
    // Getters and proxies can throw while being read; that is a bad policy, not our failure.
    issues.push(unreadable('policy', error));
  }
  return issues;
}
