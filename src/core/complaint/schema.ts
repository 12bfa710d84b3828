import * as z from 'zod/mini';
import { PRIORITIES } from '../sla/policy.js';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, DESIRED_OUTCOMES, type Complaint, type ComplaintDraft, type ComplaintFields } from './types.js';
import { COMPLAINT_LIMITS as L, isCleanText, isPlausiblePhone, isSafeExtraKey, isValidEmail, parseIsoInstant } from './text.js';

// Every custom issue carries `params.rp`, the kind parseComplaint turns into words in three languages.
const rp = (kind: string, message: string, extra: Record<string, unknown> = {}) => ({ message, params: { rp: kind, ...extra }, abort: true });

interface TextOptions {
  max: number;
  multiLine?: boolean;
  format?: 'phone' | 'email';
}

function textChecks({ max, multiLine = false, format }: TextOptions, required: boolean) {
  return z.string().check(
    z.trim(),
    ...(required ? [z.minLength(1, { abort: true })] : []),
    z.maxLength(max, { abort: true }),
    z.refine((value: string) => isCleanText(value, multiLine), rp('control', 'Contains control characters.')),
    ...(format === 'phone' ? [z.refine<string>((value) => value === '' || isPlausiblePhone(value), rp('phone', 'Not a phone number.'))] : []),
    ...(format === 'email' ? [z.refine<string>((value) => value === '' || isValidEmail(value), rp('email', 'Not a valid e-mail address.'))] : []),
  );
}

/** A text the record needs: trimmed, not empty, bounded, no control characters. */
const requiredText = (options: TextOptions) => textChecks(options, true);

/** A text the record may leave out; blank counts as left out. */
const optionalText = (options: TextOptions) =>
  z.optional(z.pipe(textChecks(options, false), z.transform((value: string) => (value === '' ? undefined : value))));

const instant = z.string().check(
  z.trim(),
  z.refine((value: string) => parseIsoInstant(value) !== null, rp('instant', 'Not an ISO 8601 date-time with an offset.')),
);

// Zod drops a "__proto__" key from records without a word; look at the raw keys first so it is reported.
const extraKeys = z.unknown().check(
  z.superRefine((value: unknown, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const keys = Object.keys(value);
    if (keys.length > L.extraEntries) {
      ctx.issues.push({ code: 'custom', input: value, message: 'Too many entries.', params: { rp: 'too-many', max: L.extraEntries } });
      return;
    }
    for (const key of keys) {
      if (!isSafeExtraKey(key)) ctx.issues.push({ code: 'custom', input: value, path: [key], message: 'Key not allowed.', params: { rp: 'key', key } });
    }
  }),
);

const extra = z.optional(
  z.pipe(extraKeys, z.record(z.string().check(z.refine(isSafeExtraKey, rp('key', 'Key not allowed.'))), requiredText({ max: L.extraValue, multiLine: true }))),
);

function build(draft: boolean, withReadBack: boolean) {
  const req = <T extends z.ZodMiniType>(schema: T) => (draft ? z.optional(schema) : schema);
  const text = (options: TextOptions) => (draft ? optionalText(options) : requiredText(options));

  const customerShape = z.strictObject({
    name: text({ max: L.name }),
    honorific: optionalText({ max: L.honorific }),
    phone: optionalText({ max: L.phone, format: 'phone' }),
    email: optionalText({ max: L.email, format: 'email' }),
    address: optionalText({ max: L.address, multiLine: true }),
  });
  const customer = draft
    ? customerShape
    : customerShape.check(
        z.refine((c: { phone?: string; email?: string }) => Boolean(c.phone || c.email), {
          ...rp('contact', 'Give a phone number or an e-mail address.'),
          path: ['phone'],
        }),
      );

  const outcomeShape = z.strictObject({
    kind: req(z.enum(DESIRED_OUTCOMES)),
    detail: optionalText({ max: L.outcomeDetail, multiLine: true }),
  });
  const desiredOutcome = draft
    ? outcomeShape
    : outcomeShape.check(
        z.refine((o: { kind?: string; detail?: string }) => o.kind !== 'other' || Boolean(o.detail), {
          ...rp('outcome-detail', 'Say what the customer wants when the outcome is "other".'),
          path: ['detail'],
        }),
      );

  const readBack = z.strictObject({
    text: text({ max: L.readBackText, multiLine: true }),
    confirmedAt: req(instant),
    corrections: req(z.array(requiredText({ max: L.correction })).check(z.maxLength(L.corrections))),
  });

  return z.strictObject({
    customer: req(customer),
    channel: req(z.enum(COMPLAINT_CHANNELS)),
    references: z.optional(
      z.strictObject({
        order: optionalText({ max: L.reference }),
        account: optionalText({ max: L.reference }),
        ticket: optionalText({ max: L.reference }),
      }),
    ),
    category: req(z.enum(COMPLAINT_CATEGORIES)),
    description: text({ max: L.description, multiLine: true }),
    desiredOutcome: req(desiredOutcome),
    priority: req(z.enum(PRIORITIES)),
    occurredAt: z.optional(instant),
    replyBy: z.optional(instant),
    ...(withReadBack ? { readBack: draft ? z.optional(readBack) : readBack } : {}),
    createdAt: z.optional(instant),
    extra,
  });
}

/**
 * A complete, submittable complaint record (domain §5): the customer and how to
 * reach them (phone or e-mail, at least one), channel, references, category,
 * the complaint in the customer's words, what they want, priority, the promised
 * reply time, and the read-back the customer confirmed. Texts are trimmed and
 * bounded, control characters rejected, unknown fields refused (put them under
 * `extra`). Built with `zod/mini`, so hosts can validate the same record on
 * their server.
 */
export const complaintSchema: z.ZodMiniType<Complaint> = build(false, true) as z.ZodMiniType<Complaint>;

/** The same record with every field optional, for drafts; the values present are checked as strictly. */
export const complaintDraftSchema: z.ZodMiniType<ComplaintDraft> = build(true, true) as z.ZodMiniType<ComplaintDraft>;

/** A complete record except the read-back: what a form checks before reading the facts back. */
export const complaintFieldsSchema: z.ZodMiniType<ComplaintFields> = build(false, false) as z.ZodMiniType<ComplaintFields>;
