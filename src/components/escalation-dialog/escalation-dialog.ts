import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RapportElement } from '../../internal/rapport-element.js';
import { tokens } from '../../internal/styles.js';
import { announce } from '../../internal/announcer.js';
import { DEV_MODE, devWarn } from '../../internal/dev.js';
import { dateTimeFormat } from '../../internal/format.js';
import { deepActiveElement, isEscapeForOverlay, pushOverlay, removeOverlay, restoreFocus } from '../../internal/focus.js';
import { escalationMessages } from '../../internal/i18n/escalation.js';
import { toEpochMs } from '../../core/time.js';
import {
  adviseEscalation,
  checkHandoffNote,
  composeHandoff,
  escalationLabels,
  ESCALATION_REASON_CODES,
  handoffFacts,
  isEscalationTarget,
  type EscalationAdvice,
  type EscalationReasonCode,
  type Handoff,
  type HandoffFact,
} from '../../core/escalation/index.js';
import {
  EscalateEvent,
  EscalationCancelEvent,
  type EscalationCancelDetail,
  type EscalationContext,
  type EscalationTargetOption,
} from '../../events/escalation-events.js';
import { reasonText } from '../../events/wait-until.js';
import { SuggestionPickEvent } from '../../events/suggestion-events.js';
import { styles } from './escalation-dialog.styles.js';

type FieldError = 'target' | 'reasons' | 'unavailable' | 'note';

/**
 * A modal that hands a case upward (domain §7) so that the customer never has to
 * repeat themselves. It reads the case (`.context`: the analyser's reading, the SLA
 * status, the complaint, what was tried and promised), pre-selects the advised
 * colleague and reasons, shows the urgency, and pre-fills an editable note for the
 * colleague and an editable script for the customer (why, to whom, what happens
 * next, when they will hear back). It warns when the chosen colleague is
 * unavailable, and will not let the note lose the facts the customer would
 * otherwise repeat: the customer's name, the complaint in brief, references and
 * contacts.
 *
 * Built on the native `<dialog>` with `showModal()`: focus moves in on open and back
 * to the opener on close; Escape closes only the topmost overlay (a popover or
 * dialog opened inside closes first). Nothing typed is lost when the dialog is
 * dismissed or a save fails: reopening with the same `.context` shows it again.
 *
 * @summary A modal that escalates a case with a handoff note and a customer script.
 * @tag rp-escalation-dialog
 *
 * @fires {EscalateEvent} rp-escalate - The agent submitted. Cancelable: `preventDefault()` keeps the dialog open. Call `detail.waitUntil(promise)` to show a saving state; a rejection keeps everything with an error and a retry, a resolution closes the dialog.
 * @fires {EscalationCancelEvent} rp-escalation-cancel - Dismissed by the Cancel or close button, Escape, or a backdrop click (with `light-dismiss`); `detail.source` says which. Cancelable: `preventDefault()` keeps it open.
 * @fires {SuggestionPickEvent} rp-suggestion-pick - The agent chose Insert for the customer script (`move: 'handoff'`, `source: 'escalation-dialog'`). Not cancelable.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart base - The form inside it.
 * @csspart header - Title, urgency and close button.
 * @csspart title - The heading.
 * @csspart urgency - The urgency badge.
 * @csspart advice - Why this colleague is advised.
 * @csspart close - The close button.
 * @csspart body - The scrolling middle.
 * @csspart targets - The fieldset of colleagues.
 * @csspart target - One colleague's choice.
 * @csspart warning - The warning for an unavailable colleague.
 * @csspart reasons - The fieldset of reasons.
 * @csspart reason - One reason's choice.
 * @csspart label - A field label.
 * @csspart control - A text area.
 * @csspart hint - A field hint.
 * @csspart field-error - An inline validation message.
 * @csspart script-actions - The Copy and Insert buttons and their status.
 * @csspart footer - Cancel and Escalate.
 * @csspart error - The save error.
 * @csspart submit - The Escalate button.
 * @csspart cancel - The Cancel button.
 *
 * @cssstate saving - Waiting for the host to save.
 * @cssstate error - The last save failed.
 * @cssstate unavailable - The chosen colleague is unavailable.
 *
 * @cssproperty --rp-escalation-dialog-width - Width of the dialog. Default `40rem` (never wider than the viewport).
 * @cssproperty --rp-escalation-dialog-backdrop - Colour of the backdrop.
 * @cssproperty --rp-escalation-dialog-immediate-color - Colour of the immediate urgency.
 * @cssproperty --rp-escalation-dialog-high-color - Colour of the high urgency.
 */
export class RpEscalationDialog extends RapportElement {
  static override styles = [tokens, styles];

  /** Whether the dialog is open. Set it, or call `show()` / `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** A click on the backdrop cancels, like Escape. Off by default: a stray click should not dismiss a half-written handoff. */
  @property({ type: Boolean, reflect: true, attribute: 'light-dismiss' }) lightDismiss = false;

  /** The colleagues or queues that can take the case. Without any, the four kinds (supervisor, specialist, safety, legal) are offered. */
  @property({ attribute: false }) targets?: EscalationTargetOption[];

  /** The case: reading or conversation, SLA status, complaint, tried and promised actions, amounts, contact count. */
  @property({ attribute: false }) context?: EscalationContext;

  /** @internal */ @state() private _targetId = '';
  /** @internal */ @state() private _reasons: EscalationReasonCode[] = [];
  /** @internal */ @state() private _note = '';
  /** @internal */ @state() private _script = '';
  /** @internal */ @state() private _confirmUnavailable = false;
  /** @internal */ @state() private _errors: Partial<Record<FieldError, string>> = {};
  /** @internal */ @state() private _saving = false;
  /** @internal */ @state() private _saveError: string | null = null;
  /** @internal */ @state() private _status = '';

  /** @internal */ @query('dialog') private _dialog!: HTMLDialogElement;
  /** @internal */ @query('textarea[name="script"]') private _scriptArea!: HTMLTextAreaElement;

  #internals: ElementInternals;
  #advice: EscalationAdvice | null = null;
  #handoff: Handoff | null = null;
  #noteEdited = false;
  #scriptEdited = false;
  #submitted = false;
  #opener: Element | null = null;
  /** What the form was filled from; a new context, new targets or a new language refill it unless the agent has typed. */
  #filledFrom: { context: unknown; targets: unknown; lang: string } | null = null;
  #closingOurselves = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** Opens the dialog. Resolves when it is shown. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog without an event. Resolves when it is closed. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  /** The advice the dialog was filled from (null before the first open). */
  get advice(): EscalationAdvice | null {
    return this.#advice;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeOverlay(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = changed.has('context') || changed.has('targets') || changed.has('resolvedLang' as keyof RpEscalationDialog);
    if ((changed.has('open') && this.open) || (this.open && inputs)) this.#fill();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this._dialog;
    if (this.open && !dialog.open) {
      this.#opener = deepActiveElement();
      try {
        dialog.showModal();
      } catch (error) {
        if (DEV_MODE) devWarn(this, '<rp-escalation-dialog> could not open as a modal.', error);
        dialog.show();
      }
      pushOverlay(this);
      this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
    } else if (!this.open && dialog.open) {
      this.#closingOurselves = true;
      dialog.close();
    }
  }

  #options(): EscalationTargetOption[] {
    const given = Array.isArray(this.targets) ? this.targets.filter((t) => t && typeof t.id === 'string' && typeof t.name === 'string') : [];
    if (DEV_MODE && Array.isArray(this.targets) && given.length !== this.targets.length) {
      devWarn(this, '<rp-escalation-dialog> ignored targets without a string id and name.');
    }
    if (given.length > 0) return given;
    const labels = escalationLabels(this.resolvedLang).targets;
    return (['supervisor', 'specialist', 'safety', 'legal'] as const).map((kind) => ({ id: kind, name: labels[kind], kind, available: true }));
  }

  #selected(): EscalationTargetOption | undefined {
    return this.#options().find((t) => t.id === this._targetId);
  }

  #fill(): void {
    const lang = this.resolvedLang;
    const from = this.#filledFrom;
    if (from && from.context === this.context && from.targets === this.targets && from.lang === lang) return;
    const typed = this.#noteEdited || this.#scriptEdited;
    // The agent's typing outlives a new language or a refreshed context: only the untouched parts are refilled.
    if (from && typed && from.context === this.context && from.targets === this.targets) {
      this.#filledFrom = { ...from, lang };
      this.#compose();
      return;
    }
    this.#filledFrom = { context: this.context, targets: this.targets, lang };
    this.#advice = adviseEscalation({ ...(this.context ?? {}), lang });
    const options = this.#options();
    const advised = this.#advice.target;
    const pick = options.find((o) => o.kind === advised && o.available) ?? options.find((o) => o.kind === advised);
    this._targetId = pick?.id ?? '';
    this._reasons = this.#advice.reasons.map((r) => r.code);
    this._confirmUnavailable = false;
    this._errors = {};
    this._saveError = null;
    this._status = '';
    this.#submitted = false;
    this.#noteEdited = false;
    this.#scriptEdited = false;
    this.#compose();
  }

  /** Recomputes the handoff for the current choices; refills the texts the agent has not edited. */
  #compose(): void {
    const target = this.#selected();
    this.#handoff = composeHandoff({
      ...(this.context ?? {}),
      policy: this.context?.policy ?? this.config?.slaPolicy,
      lang: this.resolvedLang,
      now: this.clock.now(),
      reasons: this._reasons,
      target: target ? { kind: isEscalationTarget(target.kind) ? target.kind : undefined, name: target.name } : null,
    });
    if (!this.#noteEdited) this._note = this.#handoff.note;
    if (!this.#scriptEdited) this._script = this.#handoff.customerScript;
    this.#syncStates();
  }

  #syncStates(): void {
    const states = this.#internals.states;
    const set = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    set('saving', this._saving);
    set('error', this._saveError !== null);
    set('unavailable', this.#selected()?.available === false);
  }

  #validate(): FieldError[] {
    const m = this.t(escalationMessages);
    const errors: Partial<Record<FieldError, string>> = {};
    const target = this.#selected();
    if (!target) errors.target = m.errorTarget;
    else if (!target.available && !this._confirmUnavailable) errors.unavailable = m.errorUnavailable;
    if (this._reasons.length === 0) errors.reasons = m.errorReasons;
    const missing = checkHandoffNote(this._note, handoffFacts(this.context ?? {}));
    if (missing.length > 0) errors.note = m.errorFacts(missing.map((f) => this.#factText(f)).join(this.resolvedLang === 'en' ? ', ' : '、'));
    else if (this._note.trim() === '') errors.note = m.errorNoteEmpty;
    this._errors = errors;
    return Object.keys(errors) as FieldError[];
  }

  #factText(fact: HandoffFact): string {
    const m = this.t(escalationMessages);
    switch (fact.kind) {
      case 'customer-name':
        return m.factName(fact.text);
      case 'complaint':
        return m.factComplaint;
      case 'reference':
        return m.factReference(fact.text);
      default:
        return m.factContact(fact.text);
    }
  }

  #onTarget(event: Event): void {
    this._targetId = (event.target as HTMLInputElement).value;
    this._confirmUnavailable = false;
    this.#compose();
    if (this.#submitted) this.#validate();
  }

  #onReason(event: Event): void {
    const input = event.target as HTMLInputElement;
    const code = input.value as EscalationReasonCode;
    const chosen = new Set(this._reasons);
    if (input.checked) chosen.add(code);
    else chosen.delete(code);
    this._reasons = ESCALATION_REASON_CODES.filter((c) => chosen.has(c));
    this.#compose();
    if (this.#submitted) this.#validate();
  }

  #onConfirm(event: Event): void {
    this._confirmUnavailable = (event.target as HTMLInputElement).checked;
    if (this.#submitted) this.#validate();
  }

  #onNote(event: Event): void {
    this._note = (event.target as HTMLTextAreaElement).value;
    this.#noteEdited = true;
    if (this.#submitted) this.#validate();
  }

  #onScript(event: Event): void {
    this._script = (event.target as HTMLTextAreaElement).value;
    this.#scriptEdited = true;
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._saving) return;
    this.#submitted = true;
    const errors = this.#validate();
    if (errors.length > 0) {
      await this.updateComplete;
      const first = errors[0]!;
      const selector = first === 'target' ? 'input[name="target"]' : first === 'unavailable' ? 'input[name="confirm"]' : first === 'reasons' ? 'input[name="reason"]' : 'textarea[name="note"]';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      return;
    }
    const target = this.#selected()!;
    const handoff = this.#handoff;
    const escalate = new EscalateEvent({
      target: { ...target },
      reasons: handoff?.reasons ?? [],
      urgency: handoff?.urgency ?? 'normal',
      note: this._note,
      customerScript: this._script,
      context: this.context ?? {},
      confirmedUnavailable: !target.available && this._confirmUnavailable,
    });
    this.dispatchEvent(escalate);
    if (escalate.defaultPrevented) return;
    const pending = escalate.pending;
    if (pending.length > 0) {
      this._saving = true;
      this._saveError = null;
      this.#syncStates();
      try {
        await Promise.all(pending);
      } catch (error) {
        this._saving = false;
        this._saveError = this.t(escalationMessages).saveFailed(reasonText(error));
        this.#syncStates();
        announce(this._saveError);
        return;
      }
      this._saving = false;
    }
    this._saveError = null;
    this.#syncStates();
    announce(this.t(escalationMessages).escalated(target.name));
    // A finished escalation is not a draft: the next open starts afresh.
    this.#filledFrom = null;
    this.open = false;
  }

  #requestCancel(source: EscalationCancelDetail['source']): void {
    if (this._saving) return;
    const cancel = new EscalationCancelEvent({ source });
    this.dispatchEvent(cancel);
    if (!cancel.defaultPrevented) this.open = false;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (!isEscapeForOverlay(event, this._dialog, this)) return;
    event.preventDefault();
    this.#requestCancel('escape');
  }

  #onNativeCancel(event: Event): void {
    // Escape is handled on keydown, where an overlay above this one can claim it first.
    event.preventDefault();
  }

  #onDialogClick(event: MouseEvent): void {
    if (!this.lightDismiss || event.target !== this._dialog) return;
    const box = this._dialog.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (outside) this.#requestCancel('backdrop');
  }

  #onClose(): void {
    removeOverlay(this);
    const expected = this.#closingOurselves;
    this.#closingOurselves = false;
    if (this.open) {
      this.open = false;
      // The browser closed it without asking (e.g. a close request it would not let us refuse): still tell the host.
      const cancel = new EscalationCancelEvent({ source: 'escape' });
      if (!expected) this.dispatchEvent(cancel);
    }
    restoreFocus(this.#opener);
    this.#opener = null;
  }

  async #copy(): Promise<void> {
    const m = this.t(escalationMessages);
    const text = this._script;
    let copied = false;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      const area = this._scriptArea;
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this._status = copied ? m.copied : m.copyFailed;
    announce(this._status);
  }

  #insert(): void {
    const pick = new SuggestionPickEvent({ text: this._script, move: 'handoff', source: 'escalation-dialog' });
    this.dispatchEvent(pick);
    this._status = this.t(escalationMessages).inserted;
    announce(this._status);
  }

  #availability(target: EscalationTargetOption): string {
    const m = this.t(escalationMessages);
    const eta = target.eta === undefined ? null : toEpochMs(target.eta);
    const time = eta === null ? '' : dateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(eta);
    if (target.available) return time ? m.availableBy(time) : m.available;
    return time ? m.unavailableUntil(time) : m.unavailable;
  }

  protected override render() {
    const m = this.t(escalationMessages);
    const labels = escalationLabels(this.resolvedLang);
    const advice = this.#advice;
    const handoff = this.#handoff;
    const urgency = handoff?.urgency ?? 'normal';
    const options = this.#options();
    const selected = this.#selected();
    const unavailable = selected?.available === false;
    const advisedReasons = new Map((advice?.reasons ?? []).map((r) => [r.code, r]));
    const errors = this._errors;
    const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;
    const kindName = (kind: string) => (isEscalationTarget(kind) ? labels.targets[kind] : kind);
    const advisedText = advice?.escalate && advice.target ? m.advised(labels.targets[advice.target], advice.targetWhy) : m.manual;

    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="urgency advice"
      @keydown=${this.#onKeydown}
      @cancel=${this.#onNativeCancel}
      @close=${this.#onClose}
      @click=${this.#onDialogClick}
    >
      <form part="base" novalidate aria-busy=${this._saving ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <header part="header">
          <h2 part="title" id="title" tabindex="-1">${m.title}</h2>
          <button part="close" type="button" aria-label=${m.close} ?disabled=${this._saving} @click=${() => this.#requestCancel('button')}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></svg>
          </button>
          <p part="urgency" id="urgency" data-urgency=${urgency}>
            <strong>${m.urgency(labels.urgencies[urgency])}</strong> <span>${m.urgencyHint[urgency]}</span>
          </p>
          <p part="advice" id="advice">${advisedText}</p>
        </header>
        <div part="body">
          <fieldset part="targets" aria-describedby=${describedBy(errors.target && 'target-error')} ?disabled=${this._saving}>
            <legend>${m.targetLegend}</legend>
            ${options.map(
              (option) => html`<label part="target" data-available=${String(option.available)}>
                <input
                  type="radio"
                  name="target"
                  .value=${option.id}
                  .checked=${option.id === this._targetId}
                  aria-invalid=${errors.target ? 'true' : 'false'}
                  aria-describedby=${describedBy(option.id === this._targetId && unavailable && 'unavailable-warning')}
                  @change=${this.#onTarget}
                />
                <span class="target-name">${option.name}</span>
                ${option.name !== kindName(option.kind) ? html`<span class="target-kind">${kindName(option.kind)}</span>` : nothing}
                <span class="availability">${this.#availability(option)}</span>
              </label>`,
            )}
            ${errors.target ? html`<p part="field-error" id="target-error">${errors.target}</p>` : nothing}
          </fieldset>
          ${unavailable
            ? html`<div part="warning" id="unavailable-warning">
                <p>${m.unavailableWarning(selected!.name)}</p>
                <label>
                  <input
                    type="checkbox"
                    name="confirm"
                    .checked=${this._confirmUnavailable}
                    ?disabled=${this._saving}
                    aria-invalid=${errors.unavailable ? 'true' : 'false'}
                    aria-describedby=${describedBy(errors.unavailable && 'unavailable-error')}
                    @change=${this.#onConfirm}
                  />
                  ${m.confirmUnavailable}
                </label>
                ${errors.unavailable ? html`<p part="field-error" id="unavailable-error">${errors.unavailable}</p>` : nothing}
              </div>`
            : nothing}
          <fieldset part="reasons" aria-describedby=${describedBy(errors.reasons && 'reasons-error')} ?disabled=${this._saving}>
            <legend>${m.reasonsLegend}</legend>
            ${ESCALATION_REASON_CODES.map((code) => {
              const advised = advisedReasons.get(code);
              return html`<label part="reason" data-advised=${String(Boolean(advised))}>
                <input
                  type="checkbox"
                  name="reason"
                  .value=${code}
                  .checked=${this._reasons.includes(code)}
                  aria-invalid=${errors.reasons ? 'true' : 'false'}
                  aria-describedby=${describedBy(advised && `reason-${code}`)}
                  @change=${this.#onReason}
                />
                <span>${labels.reasons[code]}${advised ? html` <span class="tag">${m.advisedTag}</span>` : nothing}</span>
                ${advised ? html`<span class="reason-message" id=${`reason-${code}`}>${advised.message}</span>` : nothing}
              </label>`;
            })}
            ${errors.reasons ? html`<p part="field-error" id="reasons-error">${errors.reasons}</p>` : nothing}
          </fieldset>
          <div class="field">
            <label part="label" for="note">${m.note}</label>
            <p part="hint" id="note-hint">${m.noteHint}</p>
            <textarea
              part="control"
              id="note"
              name="note"
              rows="9"
              .value=${this._note}
              ?readonly=${this._saving}
              aria-invalid=${errors.note ? 'true' : 'false'}
              aria-describedby=${describedBy('note-hint', errors.note && 'note-error')}
              @input=${this.#onNote}
            ></textarea>
            ${errors.note ? html`<p part="field-error" id="note-error">${errors.note}</p>` : nothing}
          </div>
          <div class="field">
            <label part="label" for="script">${m.script}</label>
            <p part="hint" id="script-hint">${m.scriptHint}</p>
            <textarea part="control" id="script" name="script" rows="6" .value=${this._script} ?readonly=${this._saving} aria-describedby="script-hint" @input=${this.#onScript}></textarea>
            <div part="script-actions">
              <button type="button" class="secondary" name="copy" @click=${this.#copy}>${m.copy}</button>
              <button type="button" class="secondary" name="insert" @click=${this.#insert}>${m.insert}</button>
              <span class="status">${this._status}</span>
            </div>
          </div>
        </div>
        ${this._saveError ? html`<p part="error">${this._saveError}</p>` : nothing}
        <footer part="footer">
          <button part="cancel" type="button" class="secondary" ?disabled=${this._saving} @click=${() => this.#requestCancel('button')}>${m.cancel}</button>
          <button part="submit" type="submit" class="primary" aria-disabled=${this._saving ? 'true' : 'false'}>
            ${this._saving ? m.saving : this._saveError ? m.retry : m.submit}
          </button>
        </footer>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('rp-escalation-dialog')) customElements.define('rp-escalation-dialog', RpEscalationDialog);

declare global {
  interface HTMLElementTagNameMap {
    'rp-escalation-dialog': RpEscalationDialog;
  }
}
