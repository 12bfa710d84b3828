import { COMPLAINT_LIMITS, parseIsoInstant } from './text.js';
import type { ComplaintField } from './messages.js';

/**
 * The complaint as a form holds it: one string per control, exactly as typed, so a
 * half-written phone number survives a reload. `formValuesToRecord` turns it into
 * the record the schema checks.
 */
export const FORM_FIELDS = [
  'name',
  'honorific',
  'phone',
  'email',
  'address',
  'channel',
  'order',
  'account',
  'ticket',
  'category',
  'description',
  'occurredAt',
  'outcome',
  'outcomeDetail',
  'priority',
  'replyBy',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type ComplaintFormValues = Record<FormField, string>;

/** Where each control's value lives in the record. */
export const FORM_FIELD_PATHS: Readonly<Record<FormField, ComplaintField>> = {
  name: 'customer.name',
  honorific: 'customer.honorific',
  phone: 'customer.phone',
  email: 'customer.email',
  address: 'customer.address',
  channel: 'channel',
  order: 'references.order',
  account: 'references.account',
  ticket: 'references.ticket',
  category: 'category',
  description: 'description',
  occurredAt: 'occurredAt',
  outcome: 'desiredOutcome.kind',
  outcomeDetail: 'desiredOutcome.detail',
  priority: 'priority',
  replyBy: 'replyBy',
};

/** The control a record path belongs to (`customer.phone` → `phone`), or null. */
export function formFieldOf(path: string): FormField | null {
  for (const field of FORM_FIELDS) if (FORM_FIELD_PATHS[field] === path) return field;
  return null;
}

export function emptyFormValues(): ComplaintFormValues {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field, ''])) as ComplaintFormValues;
}

/** Stored or restored values, each field a string within a generous bound; null when `input` is no such thing. */
export function readFormValues(input: unknown): ComplaintFormValues | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const values = emptyFormValues();
  try {
    for (const field of FORM_FIELDS) {
      const value = (input as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (typeof value !== 'string') return null;
      // Twice the description limit: enough for anything typed, not enough to fill memory.
      values[field] = value.slice(0, COMPLAINT_LIMITS.description * 2);
    }
  } catch {
    return null;
  }
  return values;
}

/** Outcomes that send something or someone to the customer, so the address matters. */
const NEEDS_ADDRESS = new Set(['replacement', 'repair']);

/** The controls worth showing for these values: the outcome detail once an outcome is chosen, the address when something is sent, the ticket when known. */
export function relevantFormFields(values: ComplaintFormValues): Set<FormField> {
  const shown = new Set<FormField>(FORM_FIELDS);
  if (!values.outcome) shown.delete('outcomeDetail');
  if (!NEEDS_ADDRESS.has(values.outcome) && !values.address.trim()) shown.delete('address');
  if (!values.ticket.trim()) shown.delete('ticket');
  return shown;
}

/** The controls that must be filled for these values (phone and e-mail are "one of", not each required). */
export function requiredFormFields(values: ComplaintFormValues): Set<FormField> {
  const required = new Set<FormField>(['name', 'channel', 'category', 'description', 'outcome', 'priority']);
  if (values.outcome === 'other') required.add('outcomeDetail');
  return required;
}

// --- Wall-clock times in a zone, for datetime-local controls. ---

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = zoneFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      return zoneFormat(undefined);
    }
    if (zoneFormats.size > 32) zoneFormats.clear();
    zoneFormats.set(key, format);
  }
  return format;
}

function wallClock(ms: number, timeZone: string | undefined): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

function offsetAt(ms: number, timeZone: string | undefined): number {
  const c = wallClock(ms, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a `datetime-local` value (`2026-11-24T18:00`) on the wall clock of `timeZone` (default the runtime's). */
export function toLocalInput(ms: number, timeZone?: string): string {
  if (!Number.isFinite(ms)) return '';
  const c = wallClock(ms, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** A `datetime-local` value read on the wall clock of `timeZone`, as ISO 8601 in UTC; null when it is not one. */
export function fromLocalInput(value: string, timeZone?: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const guess = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!);
  if (!Number.isFinite(guess)) return null;
  // Twice: the offset at the guess can differ from the offset at the answer across a DST change.
  let ms = guess - offsetAt(guess, timeZone);
  ms = guess - offsetAt(ms, timeZone);
  const iso = new Date(ms).toISOString();
  return parseIsoInstant(iso) === null ? null : iso;
}

/**
 * The record a form's values describe: trimmed texts, blank ones left out, times
 * read in `timeZone`. A time that cannot be read is passed through as typed, so
 * validation reports it instead of silently dropping it.
 */
export function formValuesToRecord(values: ComplaintFormValues, options: { timeZone?: string } = {}): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const time = (value: string) => (value.trim() === '' ? undefined : (fromLocalInput(value, options.timeZone) ?? value));
  const compact = <T extends Record<string, unknown>>(record: T): T | undefined => {
    const kept = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
    return Object.keys(kept).length ? kept : undefined;
  };
  return compact({
    customer: compact({
      name: text(values.name) ?? '',
      honorific: text(values.honorific),
      phone: text(values.phone),
      email: text(values.email),
      address: text(values.address),
    }),
    channel: text(values.channel),
    references: compact({ order: text(values.order), account: text(values.account), ticket: text(values.ticket) }),
    category: text(values.category),
    description: values.description.trim(),
    desiredOutcome: values.outcome ? compact({ kind: values.outcome, detail: text(values.outcomeDetail) }) : undefined,
    priority: text(values.priority),
    occurredAt: time(values.occurredAt),
    replyBy: time(values.replyBy),
  }) ?? {};
}
