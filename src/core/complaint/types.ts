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
