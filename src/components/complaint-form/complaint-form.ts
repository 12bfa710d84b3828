import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RapportElement } from '../../internal/rapport-element.js';
import { tokens } from '../../internal/styles.js';
import { announce } from '../../internal/announcer.js';
import { DEV_MODE, devWarn } from '../../internal/dev.js';
import { formatDateTime } from '../../internal/format.js';
import { clearDraft, loadDraft, saveDraft } from '../../internal/storage.js';
import { complaintMessages } from '../../internal/i18n/complaint.js';
import { detectLang } from '../../core/detect-lang.js';
import { isLang, normalizeLang, type Lang } from '../../core/lang.js';
import type { SlaPolicy } from '../../core/sla/index.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_FIELD_LABELS,
  COMPLAINT_PRIORITIES,
  DESIRED_OUTCOMES,
  FORM_FIELD_PATHS,
  FORM_FIELDS,
  emptyFormValues,
  formFieldOf,
  formValuesToRecord,
  parseComplaint,
  parseComplaintFields,
  readBack,
  readFormValues,
  relevantFormFields,
  replyDeadline,
  requiredFormFields,
  spokenDeadline,
  suggestIntake,
  toLocalInput,
  type Complaint,
  type ComplaintFields,
  type ComplaintFormValues,
  type ComplaintPriority,
  type FormField,
  type IntakeMessage,
  type IntakeReading,
  type IntakeSuggestion,
} from '../../core/complaint/index.js';
import { ComplaintReadBackEvent, ComplaintSubmitEvent } from '../../events/complaint-events.js';
import { reasonText, WaitUntil } from '../../events/wait-until.js';
import { styles } from './complaint-form.styles.js';

/** The steps of registering a complaint, in order; `saved` follows the last. */
export const COMPLAINT_FORM_STEPS = ['fill', 'review', 'submit', 'saved'] as const;
export type ComplaintFormStep = (typeof COMPLAINT_FORM_STEPS)[number];

/** The customer as a host knows them; any part may be missing. */
export interface ComplaintCustomerPrefill {
  name?: string;
  honorific?: string;
  phone?: string;
  email?: string;
  address?: string;
}

/** What the draft stored under `draft-key` holds. */
interface StoredDraft {
  v: 1;
  values: ComplaintFormValues;
  marked: FormField[];
  corrections: string[];
  savedAt: number;
}

interface FieldProblem {
  field: FormField;
  message: string;
}

/** Facts the customer can correct during the read-back, in the order they are heard. */
const CORRECTABLE: FormField[] = ['name', 'honorific', 'phone', 'email', 'address', 'order', 'occurredAt', 'description', 'outcome', 'outcomeDetail', 'replyBy'];

const MULTI_LINE = new Set<FormField>(['description', 'outcomeDetail', 'address']);

/**
 * Registers a complaint the way the source documents require (domain §5): the
 * agent fills in the record, reads its key facts back to the customer, and can
 * save only what the customer confirmed. Nothing the agent types is ever lost:
 * every change is saved as a draft under `draft-key` (localStorage, or memory when
 * storage is blocked or full), restored on reload, and cleared only once the host
 * confirms the save.
 *
 * Prefill it from what the console already knows: `.customer`, `.references`,
 * `.conversation` (drafts the description from the customer's messages and
 * suggests a category), `.reading` (suggests the priority), and `.policy` (sets the
 * promised reply time). Prefill never overwrites what the agent typed.
 *
 * Form-associated: with a `name` inside a `<form>`, its value is the confirmed
 * complaint as JSON, and it is invalid until the customer has confirmed.
 *
 * @summary An accessible complaint-intake form with read-back, autosave and host-confirmed saving.
 * @tag rp-complaint-form
 *
 * @fires {ComplaintSubmitEvent} rp-complaint-submit - The agent saves a confirmed complaint. Cancelable: `preventDefault()` keeps the form and the draft as they are. Call `detail.waitUntil(promise)` with the host's save: the form shows "saving", blocks double submits, keeps everything and offers a retry if the promise rejects, and clears the draft once it resolves. Without `waitUntil` the save counts as done.
 * @fires {ComplaintReadBackEvent} rp-complaint-readback - The read-back script was shown (`outcome: 'shown'`), confirmed, or corrected by the customer. Not cancelable.
 * @fires input - A field changed (native, as typed).
 * @fires change - A field's value was committed (native semantics, re-dispatched from the host).
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The step indicator.
 * @csspart notice - The restored-draft notice and the storage warning.
 * @csspart error-summary - The list of problems shown when the read-back is requested too early.
 * @csspart form - The fields of the first step.
 * @csspart field - One label, control, hint and error.
 * @csspart label - A field's label.
 * @csspart control - An input, select or textarea.
 * @csspart hint - A field's hint or suggestion.
 * @csspart error - A field's error.
 * @csspart script - The read-back text to read aloud.
 * @csspart footer - The row of actions.
 * @csspart button - Every button.
 * @csspart primary - The main action of the step.
 * @csspart status - Saving, saved and failed-save messages.
 *
 * @cssstate fill - Filling in the details.
 * @cssstate review - The read-back is shown.
 * @cssstate submit - Confirmed; ready to save.
 * @cssstate saving - The host's save is pending.
 * @cssstate saved - The host confirmed the save.
 * @cssstate failed - The host's save failed; retry is offered.
 * @cssstate memory-draft - Drafts are kept in memory only (storage blocked or full).
 *
 * @cssproperty --rp-complaint-form-max-width - Maximum width. Default none.
 * @cssproperty --rp-complaint-form-padding - Padding around the form.
 * @cssproperty --rp-complaint-form-corrected-color - Colour marking a field the customer corrected.
 */
export class RpComplaintForm extends RapportElement {
  static override styles = [tokens, styles];
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...RapportElement.shadowRootOptions, delegatesFocus: true };
  /** @internal */
  static formAssociated = true;

  /** The name under which a host `<form>` receives the complaint (JSON). */
  @property({ reflect: true }) name = '';

  /** Where the draft is kept in localStorage; no autosave without it. Use one key per complaint (`complaint:T-1042`). */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** The channel the complaint came in on, preselected (`phone`, `email`, `chat`, `social`, `in-person`, `other`). */
  @property() channel = '';

  /** IANA time zone the times are entered and read back in (e.g. `Asia/Shanghai`). Default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The language the read-back is written in, if not the description's (`zh-Hans`, `zh-Hant`, `en`, or any tag). */
  @property({ attribute: 'customer-lang' }) customerLang = '';

  /** The customer as the console knows them. */
  @property({ attribute: false }) customer?: ComplaintCustomerPrefill;

  /** Order, account and ticket numbers. */
  @property({ attribute: false }) references?: { order?: string; account?: string; ticket?: string };

  /** The conversation so far; the customer's messages draft the description and suggest a category. */
  @property({ attribute: false }) conversation?: IntakeMessage[];

  /** The emotion analyser's reading of the customer; suggests the priority (and a misunderstanding when confused). */
  @property({ attribute: false }) reading?: IntakeReading;

  /** The SLA policy that sets the promised reply time. Falls back to the provider's, then `DEFAULT_SLA_POLICY`. */
  @property({ attribute: false }) policy?: SlaPolicy;

  #internals: ElementInternals;
  #values: ComplaintFormValues = emptyFormValues();
  /** Fields the agent typed in (or restored from a draft): prefill leaves them alone. */
  #touched = new Set<FormField>();
  /** What prefill put in each field, so a later prefill may replace its own value but never the agent's. */
  #prefilled = new Map<FormField, string>();
  /** Fields whose committed value has been checked; their format errors show before any submit. */
  #committed = new Set<FormField>();
  #step: ComplaintFormStep = 'fill';
  #showAllErrors = false;
  #summary: FieldProblem[] = [];
  #script = '';
  #scriptLang: Lang = 'en';
  #round = 0;
  #correcting = false;
  #marked = new Set<FormField>();
  #corrections: string[] = [];
  #confirmedAt: number | null = null;
  #createdAt: number | null = null;
  #saving = false;
  #saveError: string | null = null;
  #attempt = 0;
  #restoredAt: number | null = null;
  #memoryOnly = false;
  #loadedKey: string | null = null;
  #suggestion: IntakeSuggestion | null = null;
  /** The problems shown in this render, computed once per render. */
  #shownProblems: FieldProblem[] = [];
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** Where the agent is: `fill`, `review`, `submit` or `saved`. */
  get step(): ComplaintFormStep {
    return this.#step;
  }

  /** The confirmed complaint, once the customer confirmed the read-back; otherwise null. */
  get complaint(): Complaint | null {
    if ((this.#step !== 'submit' && this.#step !== 'saved') || this.#confirmedAt === null) return null;
    const parsed = parseComplaint(this.#record(), { lang: this.resolvedLang });
    return parsed.ok ? parsed.value : null;
  }

  /** The confirmed complaint as JSON (what a host form receives), or '' before confirmation. */
  get value(): string {
    const complaint = this.complaint;
    return complaint ? JSON.stringify(complaint) : '';
  }

  /** The current values of every field, as typed. */
  get values(): Readonly<ComplaintFormValues> {
    return { ...this.#values };
  }

  /** Where drafts go: `storage` normally, `memory` when the browser refused to store them. */
  get draftLocation(): 'storage' | 'memory' {
    return this.#memoryOnly ? 'memory' : 'storage';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Empties the form, forgets the confirmation and removes the stored draft. Prefill applies again. */
  reset(): void {
    if (this.draftKey) clearDraft(this.draftKey);
    this.#values = emptyFormValues();
    this.#touched.clear();
    this.#prefilled.clear();
    this.#committed.clear();
    this.#marked.clear();
    this.#corrections = [];
    this.#showAllErrors = false;
    this.#summary = [];
    this.#correcting = false;
    this.#confirmedAt = null;
    this.#createdAt = null;
    this.#saving = false;
    this.#saveError = null;
    this.#attempt = 0;
    this.#round = 0;
    this.#restoredAt = null;
    this.#setStep('fill');
    this.#applyPrefill();
    this.requestUpdate();
  }

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal The browser restores a form on back/forward navigation. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    this.#applyStoredDraft(state, 'storage');
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.toggleAttribute('data-disabled', disabled);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restore();
    this.#syncForm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draftKey') && this.draftKey !== this.#loadedKey) this.#restore();
    const prefillInputs = ['customer', 'references', 'conversation', 'reading', 'policy', 'config', 'channel', 'timeZone'] as const;
    if (prefillInputs.some((key) => changed.has(key as keyof RpComplaintForm))) this.#applyPrefill();
    if (changed.has('resolvedLang' as keyof RpComplaintForm) && this.#showAllErrors) this.#summary = this.#problems();
  }

  protected override updated(): void {
    this.#syncForm();
    const target = this.#focusAfterUpdate?.();
    this.#focusAfterUpdate = null;
    target?.focus();
  }

  // --- Prefill ---

  #prefill(field: FormField, value: string | undefined | null): void {
    if (value == null || this.#touched.has(field)) return;
    const current = this.#values[field];
    if (current !== '' && current !== this.#prefilled.get(field)) return;
    this.#values[field] = value;
    this.#prefilled.set(field, value);
  }

  #applyPrefill(): void {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const customer = this.customer;
    if (customer !== undefined && (typeof customer !== 'object' || customer === null)) {
      if (DEV_MODE) devWarn(this, '<rp-complaint-form> .customer must be an object like { name, honorific, phone, email, address }.');
    } else if (customer) {
      this.#prefill('name', text(customer.name));
      this.#prefill('honorific', text(customer.honorific));
      this.#prefill('phone', text(customer.phone));
      this.#prefill('email', text(customer.email));
      this.#prefill('address', text(customer.address));
    }
    if (this.references && typeof this.references === 'object') {
      this.#prefill('order', text(this.references.order));
      this.#prefill('account', text(this.references.account));
      this.#prefill('ticket', text(this.references.ticket));
    }
    if (this.channel) {
      if ((COMPLAINT_CHANNELS as readonly string[]).includes(this.channel)) this.#prefill('channel', this.channel);
      else if (DEV_MODE) devWarn(this, `<rp-complaint-form> channel="${this.channel}" is not one of ${COMPLAINT_CHANNELS.join(', ')}.`);
    }
    const hasConversation = Array.isArray(this.conversation) && this.conversation.length > 0;
    if (this.conversation !== undefined && !Array.isArray(this.conversation) && DEV_MODE) {
      devWarn(this, '<rp-complaint-form> .conversation must be an array of { author, text } messages.');
    }
    this.#suggestion = hasConversation || this.reading ? suggestIntake({ conversation: this.conversation, reading: this.reading }) : null;
    if (hasConversation) this.#prefill('channel', 'chat');
    if (this.#suggestion?.description) this.#prefill('description', this.#suggestion.description);
    if (this.#suggestion?.category) this.#prefill('category', this.#suggestion.category);
    this.#prefill('priority', this.#suggestion?.priority ?? 'normal');
    this.#prefillReplyBy();
  }

  #prefillReplyBy(): void {
    const priority = this.#values.priority as ComplaintPriority;
    if (!(COMPLAINT_PRIORITIES as readonly string[]).includes(priority)) return;
    const due = replyDeadline(priority, this.policy ?? this.config?.slaPolicy, this.clock.now());
    if (due === null) return;
    this.#prefill('replyBy', toLocalInput(due, this.#zone()));
  }

  #zone(): string | undefined {
    return this.timeZone || undefined;
  }

  // --- Drafts ---

  #draft(): StoredDraft {
    return { v: 1, values: { ...this.#values }, marked: [...this.#marked], corrections: [...this.#corrections], savedAt: this.clock.now() };
  }

  #persist(): void {
    if (!this.draftKey || this.#step === 'saved') return;
    const location = saveDraft(this.draftKey, JSON.stringify(this.#draft()));
    if (location === 'memory' && !this.#memoryOnly) {
      this.#memoryOnly = true;
      this.#internals.states.add('memory-draft');
      if (DEV_MODE) devWarn(this, `<rp-complaint-form> could not write the draft to localStorage under "${this.draftKey}"; keeping it in memory.`);
      announce(this.t(complaintMessages).storageWarning);
    }
  }

  /** Loads the draft under `draft-key` into an untouched form. */
  #restore(): void {
    const key = this.draftKey;
    this.#loadedKey = key;
    if (!key || this.#touched.size > 0 || this.#step !== 'fill') return;
    const stored = loadDraft(key);
    if (!stored) return;
    if (this.#applyStoredDraft(stored.text, stored.location)) {
      announce(this.t(complaintMessages).restored(formatDateTime(this.#restoredAt ?? this.clock.now(), this.locale, this.#zone())));
    }
  }

  #applyStoredDraft(text: string, location: 'storage' | 'memory'): boolean {
    let parsed: Partial<StoredDraft> | null = null;
    try {
      parsed = JSON.parse(text) as Partial<StoredDraft>;
    } catch {
      parsed = null;
    }
    const values = parsed && parsed.v === 1 ? readFormValues(parsed.values) : null;
    if (!parsed || !values) {
      if (DEV_MODE) devWarn(this, `<rp-complaint-form> ignored an unreadable draft under "${this.draftKey}".`);
      return false;
    }
    this.#values = values;
    for (const field of FORM_FIELDS) if (values[field] !== '') this.#touched.add(field);
    const fields = new Set<string>(FORM_FIELDS);
    this.#marked = new Set((Array.isArray(parsed.marked) ? parsed.marked : []).filter((f): f is FormField => typeof f === 'string' && fields.has(f)));
    this.#corrections = (Array.isArray(parsed.corrections) ? parsed.corrections : []).filter((c): c is string => typeof c === 'string').slice(0, 50);
    this.#restoredAt = typeof parsed.savedAt === 'number' && Number.isFinite(parsed.savedAt) ? parsed.savedAt : this.clock.now();
    if (location === 'memory') {
      this.#memoryOnly = true;
      this.#internals.states.add('memory-draft');
    }
    this.#applyPrefill();
    this.requestUpdate();
    return true;
  }

  #discard(): void {
    const key = this.draftKey;
    this.reset();
    if (key) clearDraft(key);
    announce(this.t(complaintMessages).discarded);
    this.#focusAfterUpdate = () => this.#control('name');
  }

  // --- Editing ---

  #onInput(field: FormField, event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    this.#values[field] = control.value;
    this.#touched.add(field);
    this.#prefilled.delete(field);
    if (field === 'priority') this.#prefillReplyBy();
    if (this.#createdAt === null) this.#createdAt = this.clock.now();
    if (this.#showAllErrors) this.#summary = this.#problems();
    this.#persist();
    this.requestUpdate();
  }

  #onChange(field: FormField): void {
    this.#committed.add(field);
    this.requestUpdate();
    // A native change event does not leave the shadow root; the host re-announces it.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #record(): Record<string, unknown> {
    const record = formValuesToRecord(this.#values, { timeZone: this.#zone() });
    if (this.#createdAt !== null) record.createdAt = new Date(this.#createdAt).toISOString();
    if (this.#confirmedAt !== null) {
      record.readBack = { text: this.#script, confirmedAt: new Date(this.#confirmedAt).toISOString(), corrections: [...this.#corrections] };
    }
    return record;
  }

  /** Every problem with the fields, in the order they appear. */
  #problems(): FieldProblem[] {
    const record = formValuesToRecord(this.#values, { timeZone: this.#zone() });
    const result = parseComplaintFields(record, { lang: this.resolvedLang });
    if (result.ok) return [];
    const problems: FieldProblem[] = [];
    for (const error of result.errors) {
      const field = formFieldOf(error.path) ?? (error.path.startsWith('desiredOutcome') ? 'outcome' : error.path.startsWith('customer') ? 'name' : null);
      if (field && !problems.some((p) => p.field === field)) problems.push({ field, message: error.message });
    }
    return problems.sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field));
  }

  #fieldProblem(field: FormField): string | null {
    if (this.#showAllErrors) return this.#summary.find((p) => p.field === field)?.message ?? null;
    // Before a first attempt only a committed, non-empty value is judged: no "required" while the agent is still typing.
    if (!this.#committed.has(field) || this.#values[field].trim() === '') return null;
    return this.#shownProblems.find((p) => p.field === field)?.message ?? null;
  }

  #toReview(event: Event): void {
    event.preventDefault();
    this.#showAllErrors = true;
    this.#summary = this.#problems();
    if (this.#summary.length > 0) {
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]');
      this.requestUpdate();
      return;
    }
    const record = formValuesToRecord(this.#values, { timeZone: this.#zone() });
    this.#scriptLang = this.customerLang ? (isLang(this.customerLang) ? this.customerLang : normalizeLang(this.customerLang)) : detectLang(this.#values.description);
    this.#script = readBack(record as ComplaintFields, { lang: this.#scriptLang, now: this.clock.now(), timeZone: this.#zone() });
    this.#round++;
    this.#correcting = false;
    this.#setStep('review');
    this.#persist();
    this.#dispatchReadBack('shown', []);
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part~="script"]');
    this.requestUpdate();
  }

  #dispatchReadBack(outcome: 'shown' | 'confirmed' | 'corrected', corrections: string[]): void {
    const complaint = formValuesToRecord(this.#values, { timeZone: this.#zone() }) as ComplaintFields;
    const event = new ComplaintReadBackEvent({ text: this.#script, complaint, round: this.#round, outcome, corrections });
    this.dispatchEvent(event);
  }

  #confirm(): void {
    this.#confirmedAt = this.clock.now();
    this.#saveError = null;
    this.#setStep('submit');
    this.#persist();
    this.#dispatchReadBack('confirmed', []);
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part~="primary"]');
    this.requestUpdate();
  }

  #startCorrection(): void {
    this.#correcting = true;
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.corrections input');
    this.requestUpdate();
  }

  #cancelCorrection(): void {
    this.#correcting = false;
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[data-action="corrected"]');
    this.requestUpdate();
  }

  #applyCorrection(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const chosen = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'), (box) => box.value as FormField);
    for (const field of chosen) {
      this.#marked.add(field);
      const path = FORM_FIELD_PATHS[field];
      if (!this.#corrections.includes(path)) this.#corrections.push(path);
    }
    this.#correcting = false;
    this.#confirmedAt = null;
    this.#setStep('fill');
    this.#persist();
    this.#dispatchReadBack('corrected', chosen.map((field) => FORM_FIELD_PATHS[field]));
    const first = chosen[0] ?? 'name';
    this.#focusAfterUpdate = () => this.#control(first);
    this.requestUpdate();
  }

  #edit(): void {
    this.#confirmedAt = null;
    this.#saveError = null;
    this.#setStep('fill');
    this.#persist();
    this.#focusAfterUpdate = () => this.#control('name');
    this.requestUpdate();
  }

  // --- Saving ---

  async #save(): Promise<void> {
    if (this.#saving || this.#step !== 'submit' || this.#confirmedAt === null) return;
    const parsed = parseComplaint(this.#record(), { lang: this.resolvedLang });
    if (!parsed.ok) {
      // Only possible if the record changed under us (e.g. a time zone change); back to the fields.
      this.#edit();
      this.#showAllErrors = true;
      this.#summary = this.#problems();
      return;
    }
    this.#attempt++;
    const saves = new WaitUntil(() => {
      if (DEV_MODE) devWarn(this, 'rp-complaint-submit: waitUntil() must be called while the event is being dispatched.');
    });
    const event = new ComplaintSubmitEvent({ complaint: parsed.value, attempt: this.#attempt, waitUntil: saves.add });
    this.#saveError = null;
    this.dispatchEvent(event);
    const pending = saves.close();
    if (event.defaultPrevented) {
      this.requestUpdate();
      return;
    }
    if (pending.length === 0) {
      this.#succeed();
      return;
    }
    this.#saving = true;
    this.#internals.states.add('saving');
    this.#internals.states.delete('failed');
    this.requestUpdate();
    try {
      await Promise.all(pending);
      this.#succeed();
    } catch (reason) {
      this.#saving = false;
      this.#internals.states.delete('saving');
      this.#internals.states.add('failed');
      const t = this.t(complaintMessages);
      const detail = reasonText(reason, 300);
      this.#saveError = detail ? t.saveFailed(detail) : t.saveFailedGeneric;
      announce(`${this.#saveError} ${t.retryHint}`);
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
      this.requestUpdate();
    }
  }

  #succeed(): void {
    this.#saving = false;
    this.#saveError = null;
    this.#internals.states.delete('saving');
    this.#internals.states.delete('failed');
    if (this.draftKey) clearDraft(this.draftKey);
    this.#restoredAt = null;
    this.#setStep('saved');
    announce(this.t(complaintMessages).saved);
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
    this.requestUpdate();
  }

  #setStep(step: ComplaintFormStep): void {
    this.#step = step;
    for (const s of COMPLAINT_FORM_STEPS) this.#internals.states.delete(s);
    this.#internals.states.add(step);
  }

  #syncForm(): void {
    const complaint = this.complaint;
    const state = JSON.stringify(this.#draft());
    if (complaint) {
      this.#internals.setFormValue(JSON.stringify(complaint), state);
      this.#internals.setValidity({});
    } else {
      this.#internals.setFormValue(null, state);
      const anchor = this.renderRoot?.querySelector<HTMLElement>('[part~="primary"]') ?? undefined;
      this.#internals.setValidity({ valueMissing: true }, this.t(complaintMessages).notConfirmed, anchor);
    }
    if (!this.#internals.states.has(this.#step)) this.#setStep(this.#step);
  }

  #control(field: FormField): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
  }

  #focusField(event: Event, field: FormField): void {
    event.preventDefault();
    const control = this.#control(field);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  // --- Rendering ---

  protected override render() {
    const t = this.t(complaintMessages);
    const disabled = this.hasAttribute('data-disabled');
    return html`<div part="base" role="group" aria-label=${t.formLabel} ?inert=${disabled}>
      ${this.#renderSteps()} ${this.#renderNotices()}
      ${this.#step === 'fill' ? this.#renderFill() : this.#step === 'review' ? this.#renderReview() : this.#step === 'submit' ? this.#renderSubmit() : this.#renderSaved()}
    </div>`;
  }

  #renderSteps() {
    const t = this.t(complaintMessages);
    const current = this.#step === 'saved' ? 3 : COMPLAINT_FORM_STEPS.indexOf(this.#step) + 1;
    const names = [t.steps.fill, t.steps.review, t.steps.submit];
    return html`<ol part="steps" aria-label=${t.steps.label}>
      ${names.map(
        (name, index) => html`<li aria-current=${index + 1 === current ? 'step' : nothing} data-done=${index + 1 < current || this.#step === 'saved' ? 'true' : 'false'}>
          <span class="step-number" aria-hidden="true">${index + 1}</span><span>${name}</span>
        </li>`,
      )}
    </ol>`;
  }

  #renderNotices() {
    const t = this.t(complaintMessages);
    const restored =
      this.#restoredAt !== null && this.#step !== 'saved'
        ? html`<div part="notice" class="notice" role="status">
            <span>${t.restored(formatDateTime(this.#restoredAt, this.locale, this.#zone()))}</span>
            <button part="button" type="button" @click=${this.#discard}>${t.discard}</button>
          </div>`
        : nothing;
    const memory = this.#memoryOnly && this.#step !== 'saved' ? html`<div part="notice" class="notice warning" role="status">${t.storageWarning}</div>` : nothing;
    return html`${restored}${memory}`;
  }

  #renderFill() {
    const t = this.t(complaintMessages);
    const shown = relevantFormFields(this.#values);
    this.#shownProblems = this.#showAllErrors || this.#committed.size === 0 ? this.#summary : this.#problems();
    const summary = this.#showAllErrors && this.#summary.length > 0;
    return html`${summary
        ? html`<div part="error-summary" tabindex="-1" aria-labelledby="summary-title">
            <p id="summary-title" class="summary-title">${t.summaryTitle(this.#summary.length)}</p>
            <ul>
              ${this.#summary.map(
                (problem) => html`<li><a href=${`#f-${problem.field}`} @click=${(e: Event) => this.#focusField(e, problem.field)}>${problem.message}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.#toReview}>
        <p class="required-note">${t.requiredNote}</p>
        <fieldset>
          <legend>${t.groups.customer}</legend>
          <div class="grid">
            ${this.#input('name', { hint: t.hints.name })} ${this.#input('honorific', { hint: t.hints.honorific, list: true })}
            ${this.#input('phone', { type: 'tel', hint: t.hints.contact })} ${this.#input('email', { type: 'email', hint: t.hints.contact })}
            ${shown.has('address') ? this.#textarea('address', { hint: t.hints.address, rows: 2, wide: true }) : nothing}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.groups.complaint}</legend>
          <div class="grid">
            ${this.#select('channel', COMPLAINT_CHANNELS, t.channels)} ${this.#select('category', COMPLAINT_CATEGORIES, t.categories, this.#categoryHint())}
            ${this.#textarea('description', { hint: t.hints.description, rows: 5, wide: true })}
            ${this.#input('order', {})} ${this.#input('account', {})} ${shown.has('ticket') ? this.#input('ticket', {}) : nothing}
            ${this.#input('occurredAt', { type: 'datetime-local', hint: t.hints.occurredAt })}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.groups.outcome}</legend>
          <div class="grid">
            ${this.#select('outcome', DESIRED_OUTCOMES, t.outcomes)}
            ${shown.has('outcomeDetail')
              ? this.#textarea('outcomeDetail', { hint: this.#values.outcome === 'other' ? t.hints.outcomeOther : t.hints.outcomeDetail, rows: 2 })
              : nothing}
            ${this.#select('priority', COMPLAINT_PRIORITIES, t.priorities, this.#priorityHint())}
            ${this.#input('replyBy', { type: 'datetime-local', hint: this.#replyByHint() })}
          </div>
        </fieldset>
        <div part="footer">
          <button part="button primary" type="submit">${t.toReadBack}</button>
        </div>
      </form>`;
  }

  #categoryHint(): string {
    const suggestion = this.#suggestion;
    if (!suggestion?.category) return '';
    const t = this.t(complaintMessages);
    const words = [...new Set(suggestion.categoryEvidence.map((e) => e.text))].slice(0, 3);
    return t.suggested(t.categories[suggestion.category], words.join(this.resolvedLang === 'en' ? '”, “' : this.resolvedLang === 'zh-Hant' ? '」「' : '”“'));
  }

  #priorityHint(): string {
    const priority = this.#suggestion?.priority;
    if (!priority || !this.reading) return '';
    const t = this.t(complaintMessages);
    return t.suggestedByMood(t.priorities[priority]);
  }

  #replyByHint(): string {
    const t = this.t(complaintMessages);
    const fromPolicy = !this.#touched.has('replyBy') && this.#values.replyBy !== '' && this.#prefilled.get('replyBy') === this.#values.replyBy;
    if (!fromPolicy) return t.hints.replyBy;
    const record = formValuesToRecord(this.#values, { timeZone: this.#zone() });
    const ms = typeof record.replyBy === 'string' ? Date.parse(record.replyBy) : NaN;
    if (!Number.isFinite(ms)) return t.hints.replyBy;
    const policy = t.hints.replyByPolicy(spokenDeadline(ms, this.resolvedLang, this.clock.now(), this.#zone()));
    return this.resolvedLang === 'en' ? `${t.hints.replyBy} ${policy}` : `${t.hints.replyBy}${policy}`;
  }

  /** Label, required mark, corrected badge; the parts every control shares. */
  #frame(field: FormField, control: (describedBy: string, invalid: boolean, required: boolean) => TemplateResult, options: { hint?: string; wide?: boolean }) {
    const t = this.t(complaintMessages);
    const label = COMPLAINT_FIELD_LABELS[this.resolvedLang][FORM_FIELD_PATHS[field]];
    const required = requiredFormFields(this.#values).has(field);
    const problem = this.#fieldProblem(field);
    const marked = this.#marked.has(field);
    const ids = [options.hint ? `f-${field}-hint` : '', marked ? `f-${field}-note` : '', problem ? `f-${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class=${`field${options.wide ? ' wide' : ''}${marked ? ' corrected' : ''}${problem ? ' invalid' : ''}`}>
      <label part="label" for=${`f-${field}`}
        >${label}${required ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden">(${t.required})</span>` : nothing}${marked
          ? html`<span class="badge">${t.correctedBadge}</span>`
          : nothing}</label
      >
      ${options.hint ? html`<p part="hint" id=${`f-${field}-hint`}>${options.hint}</p>` : nothing}
      ${marked ? html`<p part="hint" class="corrected-note" id=${`f-${field}-note`}>${t.correctedNote}</p>` : nothing}
      ${control(ids, problem !== null, required)}
      ${problem ? html`<p part="error" id=${`f-${field}-error`}><span class="visually-hidden">${t.errorPrefix}</span>${problem}</p>` : nothing}
    </div>`;
  }

  #input(field: FormField, options: { type?: string; hint?: string; list?: boolean; wide?: boolean }) {
    return this.#frame(
      field,
      (describedBy, invalid, required) => html`<input
          part="control"
          id=${`f-${field}`}
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete="off"
          .value=${this.#values[field]}
          ?required=${required}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          list=${options.list ? 'honorifics' : nothing}
          @input=${(e: Event) => this.#onInput(field, e)}
          @change=${() => this.#onChange(field)}
        />${options.list
          ? html`<datalist id="honorifics">${['先生', '女士', 'Mr', 'Ms', 'Mx', 'Dr'].map((h) => html`<option value=${h}></option>`)}</datalist>`
          : nothing}`,
      options,
    );
  }

  #textarea(field: FormField, options: { hint?: string; rows: number; wide?: boolean }) {
    return this.#frame(
      field,
      (describedBy, invalid, required) => html`<textarea
        part="control"
        id=${`f-${field}`}
        name=${field}
        rows=${options.rows}
        .value=${this.#values[field]}
        ?required=${required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.#onInput(field, e)}
        @change=${() => this.#onChange(field)}
      ></textarea>`,
      { ...options, wide: options.wide ?? MULTI_LINE.has(field) },
    );
  }

  #select(field: FormField, values: readonly string[], labels: Record<string, string>, hint = '') {
    const t = this.t(complaintMessages);
    const current = this.#values[field];
    return this.#frame(
      field,
      (describedBy, invalid, required) => html`<select
        part="control"
        id=${`f-${field}`}
        name=${field}
        ?required=${required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.#onInput(field, e)}
        @change=${() => this.#onChange(field)}
      >
        <option value="" ?selected=${current === ''}>${t.choose}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${current === value}>${labels[value] ?? value}</option>`)}
      </select>`,
      { hint },
    );
  }

  #renderReview() {
    const t = this.t(complaintMessages);
    const labels = COMPLAINT_FIELD_LABELS[this.resolvedLang];
    const correctable = CORRECTABLE.filter((field) => this.#values[field].trim() !== '');
    return html`<section class="review" aria-labelledby="review-title">
      <p id="review-title" class="step-title">${t.readAloud}</p>
      <p part="hint" id="review-hint">${t.readAloudHint}</p>
      <blockquote part="script" tabindex="-1" lang=${this.#scriptLang} aria-describedby="review-hint">${this.#script}</blockquote>
      ${this.#correcting
        ? html`<form class="corrections" @submit=${this.#applyCorrection}>
            <fieldset>
              <legend>${t.whatCorrected}</legend>
              ${correctable.map(
                (field) => html`<label class="check"><input type="checkbox" value=${field} />${labels[FORM_FIELD_PATHS[field]]}</label>`,
              )}
            </fieldset>
            <div part="footer">
              <button part="button primary" type="submit">${t.backToFields}</button>
              <button part="button" type="button" @click=${this.#cancelCorrection}>${t.cancel}</button>
            </div>
          </form>`
        : html`<div part="footer">
            <button part="button primary" type="button" data-action="confirmed" @click=${this.#confirm}>${t.confirmed}</button>
            <button part="button" type="button" data-action="corrected" @click=${this.#startCorrection}>${t.corrected}</button>
          </div>`}
    </section>`;
  }

  #renderSubmit() {
    const t = this.t(complaintMessages);
    const confirmedAt = this.#confirmedAt === null ? '' : formatDateTime(this.#confirmedAt, this.locale, this.#zone());
    return html`<section class="review" aria-labelledby="submit-title">
      <p id="submit-title" class="step-title">${t.confirmedAt(confirmedAt)}</p>
      <blockquote part="script" lang=${this.#scriptLang}>${this.#script}</blockquote>
      ${this.#saving ? html`<p part="status" class="saving" role="status" tabindex="-1">${t.saving}</p>` : nothing}
      ${this.#saveError
        ? html`<div part="status" class="failed" role="alert" tabindex="-1">
            <p>${this.#saveError}</p>
            <p>${t.retryHint}</p>
          </div>`
        : nothing}
      <div part="footer">
        <button part="button primary" type="button" aria-disabled=${this.#saving ? 'true' : 'false'} @click=${this.#save}>
          ${this.#saving ? t.saving : this.#saveError ? t.retry : t.save}
        </button>
        <button part="button" type="button" ?disabled=${this.#saving} @click=${this.#edit}>${t.edit}</button>
      </div>
    </section>`;
  }

  #renderSaved() {
    const t = this.t(complaintMessages);
    return html`<section class="review">
      <p part="status" class="saved" role="status" tabindex="-1">${t.saved}</p>
      <blockquote part="script" lang=${this.#scriptLang}>${this.#script}</blockquote>
      <div part="footer">
        <button part="button" type="button" @click=${() => this.#another()}>${t.another}</button>
      </div>
    </section>`;
  }

  #another(): void {
    this.reset();
    this.#focusAfterUpdate = () => this.#control('name');
  }
}

if (!customElements.get('rp-complaint-form')) customElements.define('rp-complaint-form', RpComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    'rp-complaint-form': RpComplaintForm;
  }
}
