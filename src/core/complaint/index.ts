/**
 * Complaint intake (domain §5): the record every complaint is registered with,
 * the script that reads its key facts back to the customer, and hints for filling
 * it in. Pure TypeScript: no DOM, no timers.
 * @module
 */

/** The record's vocabularies (`as const` arrays) and types. */
export {
  COMPLAINT_CHANNELS,
  COMPLAINT_CATEGORIES,
  DESIRED_OUTCOMES,
  COMPLAINT_PRIORITIES,
  type Complaint,
  type ComplaintChannel,
  type ComplaintCategory,
  type DesiredOutcomeKind,
  type ComplaintPriority,
  type ComplaintFields,
  type ComplaintDraft,
  type ComplaintIssue,
  type ComplaintParseResult,
} from './types.js';
/** The zod/mini schemas: complete record, draft (everything optional), and record before its read-back. */
export { complaintSchema, complaintDraftSchema, complaintFieldsSchema } from './schema.js';
/** Validates a record and returns it cleaned, or localized `{ path, message, code }` errors; never throws. */
export { parseComplaint, parseComplaintFields, type ParseComplaintOptions } from './parse.js';
/** The read-back script, and the pieces it is made of. */
export { readBack, addressCustomer, fromAgentSide, spokenDeadline, spokenDay, type ReadBackOptions } from './read-back.js';
/** A hint on the product / service / communication axes, with evidence. */
export { suggestCategory, COMPLAINT_AXES, type ComplaintAxis, type CategorySuggestion, type CategoryEvidence } from './category.js';
/** Prefill from a conversation, an emotion reading and an SLA policy. */
export {
  draftDescription,
  suggestPriority,
  suggestIntake,
  replyDeadline,
  type IntakeMessage,
  type IntakeReading,
  type IntakeSuggestion,
} from './prefill.js';
/** Field rules shared by the schema and forms. */
export { COMPLAINT_LIMITS, isPlausiblePhone, isValidEmail, isCleanText, parseIsoInstant } from './text.js';
/** Field labels and localized messages. */
export { COMPLAINT_FIELDS, COMPLAINT_FIELD_LABELS, fieldLabel, type ComplaintField } from './messages.js';
/** The form's model: one string per control, which controls matter, and the record they make. */
export {
  FORM_FIELDS,
  FORM_FIELD_PATHS,
  formFieldOf,
  emptyFormValues,
  readFormValues,
  relevantFormFields,
  requiredFormFields,
  formValuesToRecord,
  toLocalInput,
  fromLocalInput,
  type FormField,
  type ComplaintFormValues,
} from './form.js';
