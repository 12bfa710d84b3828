/** Where the complaint came in. */
export const COMPLAINT_CHANNELS = ['phone', 'email', 'chat', 'social', 'in-person', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The diagnosis axes of the source documents (product, service, communication), plus delivery, billing and other. */
export const COMPLAINT_CATEGORIES = ['product', 'service', 'communication', 'delivery', 'billing', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** What the customer asks for. */
export const DESIRED_OUTCOMES = ['refund', 'replacement', 'repair', 'compensation', 'apology', 'explanation', 'other'] as const;
export type DesiredOutcomeKind = (typeof DESIRED_OUTCOMES)[number];

/** A complete, submittable complaint record (validated by `complaintSchema`). */
export interface Complaint {
  customer: { name: string; honorific?: string; phone?: string; email?: string; address?: string };
  channel: ComplaintChannel;
  references?: { order?: string; account?: string; ticket?: string };
  category: ComplaintCategory;
  /** The complaint in the customer's words. */
  description: string;
  desiredOutcome: { kind: DesiredOutcomeKind; detail?: string };
  priority: 'low' | 'normal' | 'high' | 'urgent';
  /** ISO 8601. */
  occurredAt?: string;
  /** ISO 8601: the deadline promised to the customer. */
  replyBy?: string;
  /** The key facts read back to the customer, and when they confirmed them. */
  readBack: { text: string; confirmedAt: string; corrections: string[] };
  createdAt?: string;
  extra?: Record<string, string>;
}

/** Complaint priorities, most relaxed first (the same scale as SLA tickets). */
export const COMPLAINT_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type ComplaintPriority = (typeof COMPLAINT_PRIORITIES)[number];

/** A complete record except the read-back: what is checked before the facts are read back. */
export type ComplaintFields = Omit<Complaint, 'readBack'>;

/** A complaint draft: any part of a record, each part present valid on its own. */
export interface ComplaintDraft {
  customer?: Partial<Complaint['customer']>;
  channel?: ComplaintChannel;
  references?: Complaint['references'];
  category?: ComplaintCategory;
  description?: string;
  desiredOutcome?: Partial<Complaint['desiredOutcome']>;
  priority?: Complaint['priority'];
  occurredAt?: string;
  replyBy?: string;
  readBack?: Partial<Complaint['readBack']>;
  createdAt?: string;
  extra?: Record<string, string>;
}

/** One problem with a record: where (`customer.phone`, `readBack.corrections[1]`) and what, in the requested language. */
export interface ComplaintIssue {
  path: string;
  message: string;
  /** What kind of problem it is (`required`, `phone`, `too-long`, …), for hosts that react to specific ones. */
  code: string;
}

/** `parseComplaint()`'s answer. */
export type ComplaintParseResult<T = Complaint> = { ok: true; value: T } | { ok: false; errors: ComplaintIssue[] };
