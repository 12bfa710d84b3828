import type { SlaCalendar, Weekday } from './policy.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// How far a deadline is looked for before the policy is declared unreachable.
export const HORIZON_DAYS = 100 * 366;

// UTC offsets run from -12:00 to +14:00, so every instant of local day D lies in
// (D·day − 14h, D·day + day + 12h); days are walked without asking Intl where they start.
const MAX_EAST_MS = 14 * HOUR_MS;
const MAX_WEST_MS = 12 * HOUR_MS;

/** Measures and adds time in a policy's clock: business time with a calendar, plain time without. */
export interface SlaClock {
  /** Clock time in `[from, to)`; 0 when `to <= from`. */
  between(from: number, to: number): number;
  /** The earliest instant at or after `from` with `ms` of clock time since `from`; null past the horizon. */
  add(from: number, ms: number): number | null;
}

export const ROUND_THE_CLOCK: SlaClock = {
  between: (from, to) => Math.max(0, to - from),
  add: (from, ms) => from + Math.max(0, ms),
};

/** Minutes since midnight for `'HH:mm'`; `'24:00'` only when it may end a day. */
export function parseClockTime(value: unknown, endOfDay: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (endOfDay && value === '24:00') return 24 * 60;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Days since 1970-01-01 for a real `'YYYY-MM-DD'` date, else null. */
export function parseIsoDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = utcMs(year, month, day, 0, 0, 0);
  const date = new Date(ms);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? Math.round(ms / DAY_MS) : null;
}

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

interface ZoneData {
  formatter: Intl.DateTimeFormat;
  /** UTC offset at each UTC midnight, by day number. */
  midnightOffsets: Map<number, number>;
  /** Stretches of a local date with one offset each, by local day number. */
  days: Map<number, DayPiece[]>;
}

interface DayPiece {
  start: number;
  end: number;
  offset: number;
}

const MAX_CACHED_ZONES = 64;
const MAX_CACHED_DAYS = 4096;
const zones = new Map<string, ZoneData>();

function zoneData(timeZone: string): ZoneData {
  let data = zones.get(timeZone);
  if (!data) {
    if (zones.size >= MAX_CACHED_ZONES) zones.clear();
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    data = { formatter, midnightOffsets: new Map(), days: new Map() };
    zones.set(timeZone, data);
  }
  return data;
}

/** Whether `Intl` knows the time zone, e.g. `'Asia/Shanghai'`. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneData(timeZone);
    return true;
  } catch {
    return false;
  }
}

const EN_US_WALL_TIME = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** Wall clock minus UTC, in ms, at an instant. */
function offsetAt(zone: ZoneData, at: number): number {
  const second = Math.floor(at / 1000) * 1000;
  // format() is about five times faster than formatToParts(); the parts are the fallback.
  const match = EN_US_WALL_TIME.exec(zone.formatter.format(second));
  let fields: number[];
  if (match) {
    fields = [Number(match[3]), Number(match[1]), Number(match[2]), Number(match[4]), Number(match[5]), Number(match[6])];
  } else {
    const parts = new Map<string, number>(zone.formatter.formatToParts(second).map((part) => [part.type, Number(part.value)]));
    fields = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => parts.get(type) ?? 0);
  }
  const [year, month, day, hour, minute, sec] = fields as [number, number, number, number, number, number];
  return utcMs(year, month, day, hour, minute, sec) - second;
}

function midnightOffset(zone: ZoneData, dayNumber: number): number {
  let offset = zone.midnightOffsets.get(dayNumber);
  if (offset === undefined) {
    if (zone.midnightOffsets.size >= MAX_CACHED_DAYS) zone.midnightOffsets.clear();
    offset = offsetAt(zone, dayNumber * DAY_MS);
    zone.midnightOffsets.set(dayNumber, offset);
  }
  return offset;
}

/** The first whole second in `(from, to]` whose offset is no longer `offsetBefore`. */
function findTransition(zone: ZoneData, from: number, to: number, offsetBefore: number): number {
  let low = from;
  let high = to;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(zone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The instants whose wall-clock date in the zone is local day `dayNumber`, as
 * stretches of constant offset: one on most days, two on a DST change.
 */
function localDayPieces(zone: ZoneData, dayNumber: number): DayPiece[] {
  const cached = zone.days.get(dayNumber);
  if (cached) return cached;
  const dayStart = dayNumber * DAY_MS;
  const dayEnd = dayStart + DAY_MS;
  // A 72-hour window holds every instant of the day; DST changes are months apart,
  // so it holds at most one change.
  const offsetBefore = midnightOffset(zone, dayNumber - 1);
  const offsetAfter = midnightOffset(zone, dayNumber + 2);
  let pieces: DayPiece[];
  if (offsetBefore === offsetAfter) {
    pieces = [{ start: dayStart - offsetBefore, end: dayEnd - offsetBefore, offset: offsetBefore }];
  } else {
    const change = findTransition(zone, dayStart - DAY_MS, dayEnd + DAY_MS, offsetBefore);
    pieces = [
      { start: dayStart - offsetBefore, end: Math.min(dayEnd - offsetBefore, change), offset: offsetBefore },
      { start: Math.max(dayStart - offsetAfter, change), end: dayEnd - offsetAfter, offset: offsetAfter },
    ].filter((piece) => piece.start < piece.end);
  }
  if (zone.days.size >= MAX_CACHED_DAYS) zone.days.clear();
  zone.days.set(dayNumber, pieces);
  return pieces;
}

// getUTCDay() order: 1970-01-01 (day 0) was a Thursday.
const DAY_KEYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const MAX_CACHED_CLOCKS = 32;
const clocks = new Map<string, SlaClock>();

/** The clock for a validated calendar, shared between calls so its days are worked out once. */
export function businessClockFor(calendar: SlaCalendar): SlaClock {
  const key = JSON.stringify([calendar.timeZone, calendar.week, calendar.holidays ?? []]);
  let clock = clocks.get(key);
  if (!clock) {
    if (clocks.size >= MAX_CACHED_CLOCKS) clocks.clear();
    clock = createBusinessClock(calendar);
    clocks.set(key, clock);
  }
  return clock;
}

/**
 * A clock that only runs in the calendar's business hours. The calendar must have
 * passed validation. A business interval is the set of instants whose wall-clock
 * time in the zone falls inside it, so a repeated hour counts twice and a skipped
 * hour not at all.
 */
export function createBusinessClock(calendar: SlaCalendar): SlaClock {
  const zone = zoneData(calendar.timeZone);
  const intervalsByWeekday = DAY_KEYS.map((key) =>
    (calendar.week[key] ?? [])
      .map(([start, end]) => [parseClockTime(start, false) ?? 0, parseClockTime(end, true) ?? 0] as const)
      .sort((a, b) => a[0] - b[0]),
  );
  const holidays = new Set((calendar.holidays ?? []).map(parseIsoDate));
  const segmentsByDay = new Map<number, Array<readonly [number, number]>>();

  function businessSegments(dayNumber: number): Array<readonly [number, number]> {
    let segments = segmentsByDay.get(dayNumber);
    if (segments) return segments;
    segments = [];
    const intervals = intervalsByWeekday[(((dayNumber + 4) % 7) + 7) % 7]!;
    if (intervals.length > 0 && !holidays.has(dayNumber)) {
      const dayStart = dayNumber * DAY_MS;
      for (const [startMinute, endMinute] of intervals) {
        for (const piece of localDayPieces(zone, dayNumber)) {
          const start = Math.max(dayStart + startMinute * MINUTE_MS - piece.offset, piece.start);
          const end = Math.min(dayStart + endMinute * MINUTE_MS - piece.offset, piece.end);
          if (start < end) segments.push([start, end]);
        }
      }
      segments.sort((a, b) => a[0] - b[0]);
    }
    if (segmentsByDay.size >= MAX_CACHED_DAYS) segmentsByDay.clear();
    segmentsByDay.set(dayNumber, segments);
    return segments;
  }

  // The earliest local day that can hold `at` or anything after it.
  const earliestLocalDay = (at: number): number => Math.floor((at - MAX_WEST_MS) / DAY_MS);

  return {
    between(from, to) {
      let total = 0;
      for (let day = earliestLocalDay(from); day * DAY_MS - MAX_EAST_MS < to; day++) {
        for (const [start, end] of businessSegments(day)) {
          const overlap = Math.min(end, to) - Math.max(start, from);
          if (overlap > 0) total += overlap;
        }
      }
      return total;
    },
    add(from, ms) {
      if (ms <= 0) return from;
      let left = ms;
      const firstDay = earliestLocalDay(from);
      for (let day = firstDay; day <= firstDay + HORIZON_DAYS; day++) {
        for (const [start, end] of businessSegments(day)) {
          if (end <= from) continue;
          const begin = Math.max(start, from);
          if (end - begin >= left) return begin + left;
          left -= end - begin;
        }
      }
      return null;
    },
  };
}
