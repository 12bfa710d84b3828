import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RapportElement } from '../../internal/rapport-element.js';
import { tokens } from '../../internal/styles.js';
import { announce } from '../../internal/announcer.js';
import { DEV_MODE, devWarn } from '../../internal/dev.js';
import { replyMessages } from '../../internal/i18n/reply.js';
import { lintReply, warmReplyRules, type ReplyFinding, type ReplyRule } from '../../core/reply/index.js';
import { detectLang } from '../../core/detect-lang.js';
import type { Lang } from '../../core/lang.js';
import { ReplyLintEvent, ReplySendEvent, type ReplyLintDetail, type ReplySendDetail } from '../../events/reply-events.js';
import { highlightStyles, mirrorStyles, styles } from './reply-coach.styles.js';
import { FieldHighlighter, rangeInText, splitAtSpans } from '../../internal/highlight.js';
import { whenIdle } from '../../internal/idle.js';

type TextField = HTMLTextAreaElement | HTMLInputElement;
type Field = TextField | HTMLElement;

const isTextField = (el: Element | null | undefined): el is TextField => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
const isField = (el: Element | null | undefined): el is Field => isTextField(el) || (el instanceof HTMLElement && el.isContentEditable);
const readValue = (field: Field): string => (isTextField(field) ? field.value : (field.textContent ?? ''));

/**
 * Checks an agent's reply as they type and offers kinder wording. It attaches to the
 * console's own reply box — `for="id"` like `<label for>`, or a field placed inside —
 * and lists each phrase that tends to inflame an upset customer (blame, orders,
 * "I can't", brushing feelings aside, hiding behind policy, defensiveness, provocation,
 * apologising for the wait, promising too much) with the reason and rewrites.
 *
 * Apply replaces the phrase in the host's field through the browser's editing commands,
 * so the field fires a native `input` event and Ctrl+Z undoes it; an Undo button does
 * the same. Checking is debounced and never blocks typing. With `highlight`, the flagged
 * phrases are also marked on the reply box itself, one colour per category. With `gate`,
 * sending from the field's form is intercepted while problems remain: the agent confirms
 * or keeps editing, and the host may veto the send. Screen readers hear the number of
 * problems, politely, once the agent pauses; the marks on the reply box add nothing for
 * them (the list is the accessible account).
 *
 * @summary Live wording checks and one-click rewrites for a reply box.
 * @tag rp-reply-coach
 *
 * @slot - Optionally, the reply box itself (a textarea, input or contenteditable, or an element containing one), when `for` is not set.
 *
 * @fires {ReplyLintEvent} rp-reply-lint - After each check, with `{ findings, draft, source }`. Not cancelable.
 * @fires {ReplySendEvent} rp-reply-send - With `gate`, when a reply is about to be sent (form submit or `check()`), with `{ draft, findings, confirmed, source }`. Cancelable: `preventDefault()` stops the send.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and status line.
 * @csspart status - The number of problems, or that the draft is clean.
 * @csspart list - The list of findings.
 * @csspart finding - One finding.
 * @csspart category - A finding's category name.
 * @csspart span - The flagged phrase, quoted from the draft.
 * @csspart reason - Why the phrase may hurt, in the draft's language.
 * @csspart suggestions - The rewrites of one finding.
 * @csspart apply - A button that applies a rewrite.
 * @csspart undo - The button that undoes the last rewrite.
 * @csspart preview - The draft with the flagged phrases highlighted (`preview`, or `highlight` where the reply box cannot be painted).
 * @csspart confirm - The send-anyway confirmation (`gate`).
 * @csspart hint - The explanation shown when no reply box is found.
 *
 * @cssstate findings - The draft has wording problems.
 * @cssstate clean - The draft was checked and has none.
 * @cssstate confirming - Waiting for the agent to confirm a send.
 *
 * @cssproperty --rp-reply-coach-mark-color - Underline colour of flagged phrases, for every category (default: one colour per category). Also used by the marks over a textarea or input.
 * @cssproperty --rp-reply-coach-mark-background - Background of flagged phrases (in the coach; over a textarea or input, a tint of the category colour by default).
 */
export class RpReplyCoach extends RapportElement {
  static override styles = [tokens, styles];

  /** The id of the reply box (textarea, input or contenteditable) in the same document or shadow root. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Intercepts the reply box's form submit while problems remain, and fires `rp-reply-send`. */
  @property({ type: Boolean, reflect: true }) gate = false;

  /**
   * Marks the flagged phrases on the reply box itself: a wavy underline and a tint per
   * category. Over a textarea or input, a mirror (`<div data-rp-highlight="rp-reply">`,
   * `aria-hidden`, inert, letting every click through) is placed right after the field in
   * its own root; on a contenteditable, CSS Custom Highlights `rp-reply-<category>` colour
   * the field's own text. Where a contenteditable cannot be painted (no Highlight API), the
   * coach shows its preview instead. Off by default: the reply box belongs to the host.
   */
  @property({ type: Boolean }) highlight = false;

  /** Shows a copy of the draft with its flagged phrases highlighted, above the list. */
  @property({ type: Boolean }) preview = false;

  /** Milliseconds to wait after the last keystroke before checking. */
  @property({ type: Number }) delay = 300;

  /** The draft's language when known (`zh-Hans`, `zh-Hant`, `en`); detected from the text otherwise. */
  @property({ attribute: 'draft-lang' }) draftLang?: Lang;

  /** A company's own rules (banned phrases, preferred wording), added to the built-in ones. */
  @property({ attribute: false }) rules?: readonly ReplyRule[];

  /** Ids of rules to switch off. */
  @property({ attribute: false }) disable?: readonly string[];

  /** @internal */
  @state() private _findings: ReplyFinding[] = [];
  /** @internal */
  @state() private _draft = '';
  /** @internal */
  @state() private _checked = false;
  /** @internal */
  @state() private _confirming = false;
  /** @internal */
  @state() private _missing = false;
  /** @internal */
  @state() private _canUndo = false;
  /** @internal Whether the reply box itself shows the marks. */
  @state() private _painted = false;

  #internals: ElementInternals;
  #field?: Field;
  #form?: HTMLFormElement | null;
  #timer?: ReturnType<typeof setTimeout>;
  #cancelWarmUp?: () => void;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #announced = -1;
  #applying = false;
  #undoStack: string[] = [];
  #pendingSend?: Promise<boolean>;
  #decide?: (send: boolean) => void;
  #bypass = false;
  #highlighter = new FieldHighlighter({
    name: 'rp-reply',
    mirrorStyles,
    highlightStyles,
    tokens: { from: this, names: ['--rp-reply-coach-mark-color', '--rp-reply-coach-mark-background'] },
  });

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** The findings for the draft as last checked. */
  get findings(): readonly ReplyFinding[] {
    return this._findings;
  }

  /** The reply box the coach is attached to, if found. */
  get field(): HTMLElement | null {
    return this.#field ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    queueMicrotask(() => this.#attach());
    // The first check compiles every rule (~100 ms Chinese, ~300 ms English): do it while the page is idle.
    this.#cancelWarmUp ??= whenIdle((budgetMs) => warmReplyRules(budgetMs));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelWarmUp?.();
    this.#cancelWarmUp = undefined;
    this.#detach();
    clearTimeout(this.#timer);
    clearTimeout(this.#announceTimer);
  }

  // Re-attaching and re-checking here, before render, costs no second update.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('htmlFor') || changed.has('gate')) this.#attach();
    else if ((changed.has('rules') || changed.has('disable') || changed.has('draftLang')) && this.#field) this.lint('input');
    else if (changed.has('highlight')) this.#paint();
  }

  protected override updated(): void {
    // The list may have grown or shrunk around the reply box.
    this.#highlighter.refresh();
    const states = this.#internals.states;
    const set = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    set('findings', this._findings.length > 0);
    set('clean', this._checked && this._findings.length === 0);
    set('confirming', this._confirming);
  }

  #resolveField(): Field | undefined {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const el = root.getElementById?.(this.htmlFor);
      return isField(el) ? el : undefined;
    }
    for (const child of Array.from(this.children)) {
      if (isField(child)) return child;
      const inner = child.querySelector('textarea, input, [contenteditable]');
      if (isField(inner)) return inner;
    }
    return undefined;
  }

  #attach(): void {
    if (!this.isConnected) return;
    const field = this.#resolveField();
    const form = field ? (isTextField(field) ? field.form : field.closest('form')) : null;
    if (field !== this.#field || form !== this.#form) {
      this.#detach();
      this.#field = field;
      this.#form = form;
      field?.addEventListener('input', this.#onInput);
      form?.addEventListener('submit', this.#onSubmit, { capture: true });
    }
    this._missing = !field;
    if (!field) {
      if (DEV_MODE) devWarn(this, `<rp-reply-coach> found no reply box${this.htmlFor ? ` with id "${this.htmlFor}"` : ''}.`);
      return;
    }
    this.lint('connect');
  }

  #detach(): void {
    this.#highlighter.detach();
    this._painted = false;
    this.#field?.removeEventListener('input', this.#onInput);
    this.#form?.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#field = undefined;
    this.#form = undefined;
  }

  // Our own mirror, placed next to a slotted field, changes the slot too: only a new field matters.
  #onSlotChange = (): void => {
    if (!this.#field || this.#resolveField() !== this.#field) this.#attach();
  };

  /** Marks the findings on the reply box when `highlight` is on; removes the marks otherwise. */
  #paint(): void {
    const field = this.#field;
    if (!this.highlight || !field) {
      this.#highlighter.detach();
      this._painted = false;
      return;
    }
    this._painted = this.#highlighter.attach(field);
    this.#highlighter.paint(
      this._draft,
      this._findings.map((f) => ({ start: f.start, end: f.end, kind: f.category })),
    );
  }

  /** @internal */
  override langChanged(): void {
    super.langChanged();
    // A new language may bring a different font for the reply box.
    this.#highlighter.refresh();
  }

  #onInput = (): void => {
    if (this.#applying) return;
    // The agent typed: native undo now belongs to their edit, not to our rewrite.
    this.#undoStack = [];
    this._canUndo = false;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.lint('input'), Math.max(0, Number(this.delay) || 0));
  };

  /** Checks the reply box now and returns the findings (also fires `rp-reply-lint`). */
  lint(source: ReplyLintDetail['source'] = 'check'): ReplyFinding[] {
    clearTimeout(this.#timer);
    if (!this.#field) this.#attach();
    const field = this.#field;
    if (!field) return [];
    const draft = readValue(field);
    const findings = lintReply(draft, { lang: this.draftLang, rules: this.rules, disable: this.disable });
    this._draft = draft;
    this._findings = findings;
    this._checked = draft.trim() !== '';
    this.#paint();
    const event = new ReplyLintEvent({ findings, draft, source });
    this.dispatchEvent(event);
    this.#scheduleAnnouncement();
    return findings;
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    // Wait for a pause in typing, and speak only when the count changes.
    this.#announceTimer = setTimeout(() => {
      const count = this._findings.length;
      if (count === this.#announced || (!this._checked && count === 0)) return;
      this.#announced = count;
      announce(this.t(replyMessages).announceCount(count));
    }, 1000);
  }

  /** Replaces a finding's span in the reply box with `suggestion`, as an undoable edit. */
  apply(finding: ReplyFinding, suggestion: string): boolean {
    const field = this.#field;
    if (!field) return false;
    const before = readValue(field);
    if (before.slice(finding.start, finding.end) !== finding.text) {
      this.lint('apply');
      announce(this.t(replyMessages).stale);
      return false;
    }
    const expected = before.slice(0, finding.start) + suggestion + before.slice(finding.end);
    this.#applying = true;
    try {
      this.#replace(field, finding.start, finding.end, suggestion, expected);
    } finally {
      this.#applying = false;
    }
    this.#undoStack.push(before);
    this._canUndo = true;
    this.lint('apply');
    announce(this.t(replyMessages).applied(suggestion));
    return true;
  }

  #replace(field: Field, start: number, end: number, text: string, expected: string): void {
    field.focus();
    if (isTextField(field)) {
      field.setSelectionRange(start, end);
      // execCommand keeps the edit on the field's native undo stack and fires `input` itself.
      const done = document.execCommand('insertText', false, text);
      if (done && field.value === expected) return;
      field.value = readValue(field) === expected ? expected : field.value.slice(0, start) + text + field.value.slice(end);
      if (field.value !== expected) field.value = expected;
      field.setSelectionRange(start + text.length, start + text.length);
    } else {
      const range = rangeInText(field, start, end);
      if (range) {
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        if (document.execCommand('insertText', false, text) && readValue(field) === expected) return;
        if (readValue(field) !== expected) {
          const again = rangeInText(field, start, end);
          again?.deleteContents();
          again?.insertNode(document.createTextNode(text));
        }
      } else field.textContent = expected;
    }
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
  }

  /** Undoes the last rewrite applied from the coach. */
  undo(): void {
    const field = this.#field;
    const previous = this.#undoStack.pop();
    if (!field || previous === undefined) return;
    this.#applying = true;
    try {
      field.focus();
      document.execCommand('undo');
      if (readValue(field) !== previous) {
        if (isTextField(field)) field.value = previous;
        else field.textContent = previous;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'historyUndo' }));
      }
    } finally {
      this.#applying = false;
    }
    this._canUndo = this.#undoStack.length > 0;
    this.lint('apply');
    announce(this.t(replyMessages).undone);
  }

  /**
   * For hosts that send by script: checks the draft and, when problems remain, asks the
   * agent to confirm. Resolves true when the reply may be sent (after a `rp-reply-send`
   * that no listener cancelled), false when the agent keeps editing or the host vetoes.
   */
  check(): Promise<boolean> {
    return this.#sendFlow('check');
  }

  #sendFlow(source: ReplySendDetail['source']): Promise<boolean> {
    if (this.#pendingSend) return this.#pendingSend;
    const findings = this.lint('check');
    const draft = this._draft;
    const finish = (confirmed: boolean): boolean => {
      const event = new ReplySendEvent({ draft, findings: this._findings, confirmed, source });
      this.dispatchEvent(event);
      return !event.defaultPrevented;
    };
    if (!findings.length) return Promise.resolve(finish(false));
    this._confirming = true;
    this.#pendingSend = new Promise<boolean>((resolve) => {
      this.#decide = (send: boolean) => {
        this.#decide = undefined;
        this.#pendingSend = undefined;
        this._confirming = false;
        if (!send) {
          this.#field?.focus();
          resolve(false);
        } else resolve(finish(true));
      };
    });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[part~="confirm"] .keep')?.focus());
    return this.#pendingSend;
  }

  #onSubmit = (event: SubmitEvent): void => {
    if (!this.gate) return;
    if (this.#bypass) {
      this.#bypass = false;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const form = event.target as HTMLFormElement;
    const submitter = event.submitter;
    void this.#sendFlow('submit').then((send) => {
      if (!send) return;
      this.#bypass = true;
      form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
      this.#bypass = false;
    });
  };

  #onConfirmKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.#decide?.(false);
    }
  };

  override render() {
    const m = this.t(replyMessages);
    const findings = this._findings;
    const draftLang = this.draftLang ?? (this._draft ? detectLang(this._draft) : this.resolvedLang);
    const status = this._missing ? '' : findings.length ? m.count(findings.length) : this._checked ? m.clean : m.empty;
    return html`<div part="base" role="region" aria-labelledby="title">
      <p part="header"><span class="title" id="title">${m.title}</span><span part="status">${status}</span></p>
      ${this._missing ? html`<p part="hint">${m.noField}</p>` : nothing}
      ${this._confirming
        ? html`<div part="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @keydown=${this.#onConfirmKey}>
            <p id="confirm-title"><strong>${m.confirmTitle}</strong></p>
            <p id="confirm-text">${m.confirmText(findings.length)}</p>
            <div class="actions">
              <button type="button" class="keep primary" @click=${() => this.#decide?.(false)}>${m.keepEditing}</button>
              <button type="button" class="send" @click=${() => this.#decide?.(true)}>${m.sendAnyway}</button>
            </div>
          </div>`
        : nothing}
      ${this._canUndo ? html`<div class="actions"><button type="button" part="undo" @click=${() => this.undo()}>${m.undo}</button></div>` : nothing}
      ${(this.preview || this.#previewInstead()) && findings.length ? this.#renderPreview(m.preview, draftLang) : nothing}
      ${findings.length
        ? html`<ul part="list">
            ${findings.map((f, i) => this.#renderFinding(f, i, draftLang))}
          </ul>`
        : nothing}
      <slot @slotchange=${this.#onSlotChange}></slot>
    </div>`;
  }

  /** A contenteditable that cannot be painted (no Highlight API) shows the marks in the coach instead. */
  #previewInstead(): boolean {
    return this.highlight && !this._painted && !!this.#field && !isTextField(this.#field);
  }

  #renderPreview(label: string, lang: Lang) {
    const pieces = splitAtSpans(this._draft, this._findings).map((piece) => (piece.mark ? html`<mark data-category=${piece.mark.category}>${piece.text}</mark>` : piece.text));
    return html`<p part="preview" lang=${lang} aria-label=${label}>${pieces}</p>`;
  }

  #renderFinding(f: ReplyFinding, index: number, lang: Lang) {
    const m = this.t(replyMessages);
    return html`<li part="finding">
      <span part="category">${m.category[f.category]}</span>
      <div class="body" lang=${lang}>
        <p part="span"><mark data-category=${f.category}>${f.text}</mark></p>
        <p part="reason">${f.message}</p>
        ${f.suggestions.length
          ? html`<p class="label" id=${`label-${index}`} lang=${this.resolvedLang}>${m.suggestionsLabel}</p>
              <ul part="suggestions" aria-labelledby=${`label-${index}`}>
                ${f.suggestions.map(
                  (s) => html`<li>
                    <span class="rewrite">${s}</span>
                    <button type="button" part="apply" lang=${this.resolvedLang} aria-label=${m.applyLabel(f.text, s)} @click=${() => this.apply(f, s)}>
                      ${m.apply}
                    </button>
                  </li>`,
                )}
              </ul>`
          : nothing}
      </div>
    </li>`;
  }
}

if (!customElements.get('rp-reply-coach')) customElements.define('rp-reply-coach', RpReplyCoach);

declare global {
  interface HTMLElementTagNameMap {
    'rp-reply-coach': RpReplyCoach;
  }
}
