import type * as z from 'zod/mini';
import { detectLang } from '../detect-lang.js';
import { isLang, type Lang } from '../lang.js';
import { fieldLabel, issueMessage, type IssueKind } from './messages.js';
import { complaintFieldsSchema, complaintSchema } from './schema.js';
import type { Complaint, ComplaintFields, ComplaintIssue, ComplaintParseResult } from './types.js';

export interface ParseComplaintOptions {
  /** The language of the messages; detected from the description (then English) when absent. */
  lang?: Lang;
}

// Deeper than any real record (complaint → readBack → corrections → item) by a margin.
const MAX_DEPTH = 8;
// More entries than any field allows, so the schema still reports "too many" after the cut.
const MAX_ENTRIES = 1_000;

interface Snapshot {
  value: unknown;
  problems: Array<{ path: Array<string | number>; issue: IssueKind }>;
}

/**
 * A plain copy of untrusted input, each property read exactly once: getters that
 * throw, revoked proxies, cycles and absurd nesting become problems to report
 * instead of exceptions, and no key (`__proto__` included) can reach a prototype.
 */
function snapshot(input: unknown): Snapshot {
  const problems: Snapshot['problems'] = [];
  const ancestors = new Set<object>();

  const copy = (value: unknown, path: Array<string | number>): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) {
      problems.push({ path, issue: { kind: 'cycle' } });
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      problems.push({ path, issue: { kind: 'too-deep' } });
      return undefined;
    }
    try {
      ancestors.add(value);
      if (Array.isArray(value)) {
        const length = Math.min(value.length, MAX_ENTRIES + 1);
        const items: unknown[] = [];
        for (let index = 0; index < length; index++) items.push(read(value, index, [...path, index]));
        return items;
      }
      const keys = Object.keys(value);
      const record: Record<string, unknown> = Object.create(null);
      for (let i = 0; i < keys.length && i <= MAX_ENTRIES; i++) {
        const key = keys[i]!;
        const child = read(value, key, [...path, key]);
        if (child !== UNREADABLE) record[key] = child;
      }
      return record;
    } catch {
      problems.push({ path, issue: { kind: 'unreadable' } });
      return undefined;
    } finally {
      ancestors.delete(value);
    }
  };

  const read = (owner: object, key: string | number, path: Array<string | number>): unknown => {
    let child: unknown;
    try {
      child = (owner as Record<string | number, unknown>)[key];
    } catch {
      problems.push({ path, issue: { kind: 'unreadable' } });
      return UNREADABLE;
    }
    return copy(child, path);
  };

  return { value: copy(input, []), problems };
}

const UNREADABLE = Symbol('unreadable');

function dotted(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at = root;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[part as string];
  }
  return at;
}

/** Turns one zod issue into the kind of problem it is, in our vocabulary. */
function classify(issue: z.core.$ZodIssue, root: unknown): IssueKind {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { rp?: string; max?: number; key?: string };
      switch (params.rp) {
        case 'too-many':
          return { kind: 'too-many', max: params.max ?? 0 };
        case 'key':
          return { kind: 'key', key: params.key ?? String(issue.path[issue.path.length - 1] ?? '') };
        case 'control':
        case 'phone':
        case 'email':
        case 'contact':
        case 'instant':
        case 'outcome-detail':
          return { kind: params.rp };
        default:
          return { kind: 'invalid' };
      }
    }
    case 'invalid_type': {
      if (valueAt(root, issue.path) === undefined) return { kind: 'required' };
      const expected = issue.expected === 'array' ? 'list' : issue.expected === 'object' || issue.expected === 'record' ? 'object' : 'text';
      return { kind: 'type', expected };
    }
    case 'too_small':
      return { kind: 'required' };
    case 'too_big':
      return issue.origin === 'string' ? { kind: 'too-long', max: Number(issue.maximum) } : { kind: 'too-many', max: Number(issue.maximum) };
    case 'invalid_value':
      if (valueAt(root, issue.path) === undefined) return { kind: 'required' };
      return { kind: 'choice', options: issue.values.map(String) };
    case 'unrecognized_keys':
      return { kind: 'unknown-field', keys: issue.keys };
    case 'invalid_key':
      return { kind: 'key', key: String(issue.path[issue.path.length - 1] ?? '') };
    default:
      return { kind: 'invalid' };
  }
}

function messagesLang(options: ParseComplaintOptions | undefined, root: unknown): Lang {
  let requested: unknown;
  try {
    requested = options?.lang;
  } catch {
    requested = undefined;
  }
  if (isLang(requested)) return requested;
  const description = valueAt(root, ['description']);
  return typeof description === 'string' && description.trim() !== '' ? detectLang(description.slice(0, 2_000)) : 'en';
}

function describe(path: ReadonlyArray<PropertyKey>, issue: IssueKind, lang: Lang): ComplaintIssue {
  const at = dotted(path);
  const labelPath = at.replace(/\[\d+\]/g, '');
  return { path: at, code: issue.kind, message: issueMessage(issue, fieldLabel(labelPath, lang), lang) };
}

const blank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Zod skips an object's own checks while a field inside it is wrong, so "no way to
 * reach the customer" would only show after the name is fixed. Everything is said at once.
 */
function addCrossFieldProblems(root: object, errors: ComplaintIssue[], lang: Lang): void {
  const has = (path: string) => errors.some((e) => e.path === path);
  const customer = (root as Record<string, unknown>).customer;
  if (typeof customer === 'object' && customer !== null && !Array.isArray(customer)) {
    const { phone, email } = customer as Record<string, unknown>;
    if (blank(phone) && blank(email) && !has('customer.phone') && !has('customer.email')) {
      errors.push(describe(['customer', 'phone'], { kind: 'contact' }, lang));
    }
  }
  const outcome = (root as Record<string, unknown>).desiredOutcome;
  if (typeof outcome === 'object' && outcome !== null && !Array.isArray(outcome)) {
    const { kind, detail } = outcome as Record<string, unknown>;
    if (kind === 'other' && blank(detail) && !has('desiredOutcome.detail')) errors.push(describe(['desiredOutcome', 'detail'], { kind: 'outcome-detail' }, lang));
  }
  const order = (e: ComplaintIssue) => (e.path === '' ? Infinity : FIELD_ORDER.findIndex((prefix) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`)));
  errors.sort((a, b) => order(a) - order(b));
}

// The order fields appear in a record (and in a form), for listing problems.
const FIELD_ORDER = [
  'customer.name',
  'customer.honorific',
  'customer.phone',
  'customer.email',
  'customer.address',
  'customer',
  'channel',
  'references',
  'category',
  'description',
  'desiredOutcome',
  'priority',
  'occurredAt',
  'replyBy',
  'readBack',
  'createdAt',
  'extra',
];

function run<T>(schema: z.ZodMiniType<T>, input: unknown, options: ParseComplaintOptions | undefined): ComplaintParseResult<T> {
  let lang: Lang = 'en';
  try {
    const { value, problems } = snapshot(input);
    lang = messagesLang(options, value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, errors: [describe([], { kind: problems[0]?.issue.kind === 'unreadable' ? 'unreadable' : 'not-record' }, lang)] };
    }
    const errors: ComplaintIssue[] = problems.map((p) => describe(p.path, p.issue, lang));
    const covered = errors.map((e) => e.path);
    const result = schema.safeParse(value);
    if (result.success && errors.length === 0) return { ok: true, value: result.data };
    const seen = new Set(errors.map((e) => e.path));
    for (const issue of result.success ? [] : result.error.issues) {
      const error = describe(issue.path, classify(issue, value), lang);
      // A field we could not read is reported once, not again as "required".
      if (covered.some((path) => error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`))) continue;
      // One problem per field: the first is the one to fix (zod may add a length complaint to a type error).
      if (seen.has(error.path)) continue;
      seen.add(error.path);
      errors.push(error);
    }
    addCrossFieldProblems(value, errors, lang);
    return { ok: false, errors };
  } catch {
    // Nothing above should throw; if an engine quirk does, the record is still refused, not crashed on.
    return { ok: false, errors: [describe([], { kind: 'unreadable' }, lang)] };
  }
}

/**
 * Validates a complete complaint record against `complaintSchema` and returns it
 * cleaned (trimmed, blank optional texts dropped), or every problem found, each
 * with its path and a message in `options.lang` (detected from the description
 * when absent). Never throws, whatever `input` is: null, numbers, cyclic objects,
 * getters that throw, `__proto__` keys and huge strings all come back as errors.
 */
export function parseComplaint(input: unknown, options?: ParseComplaintOptions): ComplaintParseResult<Complaint> {
  return run(complaintSchema, input, options);
}

/**
 * Like `parseComplaint` for a record without its read-back: what a form checks
 * before reading the facts back to the customer. Never throws.
 */
export function parseComplaintFields(input: unknown, options?: ParseComplaintOptions): ComplaintParseResult<ComplaintFields> {
  return run(complaintFieldsSchema, input, options);
}
