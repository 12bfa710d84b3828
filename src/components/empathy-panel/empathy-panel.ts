import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { RapportElement } from '../../internal/rapport-element.js';
import { tokens } from '../../internal/styles.js';
import { announce } from '../../internal/announcer.js';
import { DEV_MODE, devWarn } from '../../internal/dev.js';
import { numberFormat } from '../../internal/format.js';
import { splitAtSpans } from '../../internal/highlight.js';
import { whenIdle } from '../../internal/idle.js';
import { parseEmotionReading } from '../../internal/reading-schema.js';
import { empathyMessages } from '../../internal/i18n/empathy.js';
import { isLang, type Lang } from '../../core/lang.js';
import {
  analyzeConversation,
  defaultLexicon,
  negativeIntensity,
  FLAGS,
  TEMPERAMENTS,
  withCurrentReading,
  type ConversationMessage,
  type ConversationReading,
  type Cue,
  type Emotion,
  type EmotionFlags,
  type EmotionReading,
  type MessageReading,
  type Temperament,
} from '../../core/emotion/index.js';
import { detectConversationSector, isSector, RESPONSE_MOVES, SECTORS, type Sector, suggestResponses, type HostPhrases, type ResponseSuggestion, type ResponseSuggestions, type ResponseOptions } from '../../core/suggest/index.js';
import { SuggestionPickEvent } from '../../events/suggestion-events.js';
import { EmotionChangeEvent, EscalationRequestEvent } from '../../events/empathy-events.js';
import { styles } from './empathy-panel.styles.js';

/** A host's own analyser: reads the latest customer message and returns the contract's `EmotionReading`, now or later. */
export type EmpathyAnalyzer = (
  text: string,
  context: { lang?: Lang; messages: readonly ConversationMessage[] },
) => EmotionReading | Promise<EmotionReading>;

/** Every state the panel can be in, for `:state()` styling. */
export const EMPATHY_PANEL_STATES = ['empty', 'pending', 'ready', 'fallback'] as const;
export type EmpathyPanelState = (typeof EMPATHY_PANEL_STATES)[number];

const ICONS: Record<Emotion, SVGTemplateResult> = {
  angry: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M5 6l2 1M11 6 9 7M5.5 11.25c1.5-1.3 3.5-1.3 5 0" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
  anxious: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="6" cy="6.75" r=".9" fill="currentColor"/><circle cx="10" cy="6.75" r=".9" fill="currentColor"/><path d="M5.5 11c.8-.6 1.6.6 2.5 0s1.7.6 2.5 0" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round"/>`,
  confused: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="6" cy="6.75" r=".9" fill="currentColor"/><circle cx="10" cy="6.75" r=".9" fill="currentColor"/><path d="M5.75 10.75 10.25 10" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
  disappointed: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M5 7h2M9 7h2M5.5 11.5c1.5-1 3.5-1 5 0" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
  neutral: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="6" cy="6.75" r=".9" fill="currentColor"/><circle cx="10" cy="6.75" r=".9" fill="currentColor"/><path d="M5.5 10.5h5" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
  satisfied: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="6" cy="6.75" r=".9" fill="currentColor"/><circle cx="10" cy="6.75" r=".9" fill="currentColor"/><path d="M5.25 9.75c1.5 1.7 4 1.7 5.5 0" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>`,
};

const ALERT_ICON = svg`<path d="M8 1.75 15 14.25H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.75" r="0.9" fill="currentColor"/>`;

/**
 * The agent's coach beside a chat: how the customer feels and why (the emotion, its
 * intensity, the words that show it, the trend across the conversation, the case flags
 * and a temperament hint), and what to say next: lines grouped by the three moves
 * (acknowledge → solve → care), questions that bring the customer back to facts, an
 * options template, and phrases to avoid, each with the customer's words that call for
 * it. Insert hands a line to the host's composer; Copy puts it on the clipboard.
 *
 * Give it the conversation as `.messages`, or one message as `text`. A host may bring its
 * own analyser (`.analyzer`, sync or async); while it works the panel shows a loading
 * state, and if it fails or returns something that is not an `EmotionReading`, the panel
 * uses Rapport's built-in reading and says so. Customer text is always rendered as text.
 *
 * Fits a 320 px sidebar (compact, one column) and a wide pane (two columns) by container
 * queries. Screen readers hear a new emotion and a safety concern, politely.
 *
 * @summary Emotion reading and empathetic reply suggestions for the agent.
 * @tag rp-empathy-panel
 *
 * @fires {EmotionChangeEvent} rp-emotion-change - The dominant emotion or a case flag changed (also for the first reading). Not cancelable.
 * @fires {SuggestionPickEvent} rp-suggestion-pick - The agent pressed Insert: `{ text, move, source: 'empathy-panel' }`. Not cancelable.
 * @fires {EscalationRequestEvent} rp-escalation-request - The agent acted on the advice to escalate. Not cancelable.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The emotion, its icon, label and intensity.
 * @csspart icon - The emotion icon.
 * @csspart label - The emotion's name.
 * @csspart meter - The intensity meter.
 * @csspart flags - The list of flag badges.
 * @csspart flag - One flag badge.
 * @csspart safety - The safety banner.
 * @csspart notice - The loading and fallback notices.
 * @csspart message - The latest customer message with its cues marked.
 * @csspart cue - One marked cue in the message.
 * @csspart trend - The trend sparkline.
 * @csspart temperament - The temperament hint and its override.
 * @csspart control - The temperament override select.
 * @csspart escalation - The escalation advice.
 * @csspart body - The suggestions.
 * @csspart group - One group of suggestions (a move, questions, options).
 * @csspart suggestion - One suggestion.
 * @csspart hint - A suggestion's why.
 * @csspart insert - An Insert button.
 * @csspart copy - A Copy button.
 * @csspart avoid - The phrases to avoid.
 *
 * @cssstate empty - No customer message yet.
 * @cssstate pending - The host's analyser is working.
 * @cssstate ready - Showing a reading.
 * @cssstate fallback - Showing the built-in reading after the host's analyser failed.
 * @cssstate safety - The safety flag is raised.
 *
 * @cssproperty --rp-empathy-panel-mark - Background of marked cues.
 * @cssproperty --rp-empathy-panel-emotion-color - Colour of the emotion icon and meter.
 */
export class RpEmpathyPanel extends RapportElement {
  static override styles = [tokens, styles];

  /** The conversation, oldest first. Takes precedence over `text`. */
  @property({ attribute: false }) messages?: readonly ConversationMessage[];

  /** One customer message, for hosts without a conversation. */
  @property() text?: string;

  /** The customer's name as they use it (王, Lee). */
  @property({ attribute: 'customer-name' }) customerName?: string;

  /** How to address the customer (先生, 女士, Ms, Mr). */
  @property() honorific?: string;

  /** The agent's temperament choice; wins over the analyser's hint. `null` fits to none. Set by the override control too. */
  @property({ attribute: false }) temperament?: Temperament | null;

  /** The language of the suggested replies. Defaults to the customer's language as read. */
  @property({ attribute: 'reply-lang' }) replyLang?: Lang;

  /**
   * What the case is about (`retail`, `travel`, `telecom`, `banking`, `insurance`, `utilities`,
   * `software`): picks options the company can really offer and the reference to ask for (a
   * booking reference, not an order number). Detected from the customer's messages when absent;
   * `none` turns detection off. An unknown value is ignored with a development warning.
   */
  @property() sector?: string;

  /** A host's own analyser for the latest customer message; the built-in one is used when it fails. */
  @property({ attribute: false }) analyzer?: EmpathyAnalyzer;

  /** Suggestion ids or texts already used in this conversation; they are not suggested again. */
  @property({ attribute: false }) used?: readonly string[];

  /**
   * The host's own phrases per language (brand voice, the options it can really offer),
   * passed to `suggestResponses`: added to the built-in ones, or replacing them with
   * `mode: 'replace'`. Bad entries are skipped (and listed by a development warning).
   * Set a new object to change them.
   */
  @property({ attribute: false }) phrases?: HostPhrases;

  /** @internal */
  @state() private panelState: EmpathyPanelState = 'empty';
  /** @internal */
  @state() private copiedId = '';
  /** @internal */
  @state() private copyFailedId = '';
  /** @internal */
  @state() private escalationRequested = false;

  #internals: ElementInternals;
  #conversation: ConversationReading | null = null;
  #reading: MessageReading | null = null;
  #source: 'analyzer' | 'built-in' = 'built-in';
  #suggestions: ResponseSuggestions | null = null;
  #list: readonly ConversationMessage[] = [];
  #request = 0;
  /** Lines inserted or copied; left out from the next reading on, never from the one on screen. */
  #picked = new Set<string>();
  #pickedForNext = new Set<string>();
  #lastEmotion: Emotion | null = null;
  #lastFlags: EmotionFlags | null = null;
  #cancelWarmUp?: () => void;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first reading compiles the lexicon (a few hundred ms): a panel still waiting for the customer does it while the page is idle.
    this.#cancelWarmUp ??= whenIdle(() => (defaultLexicon(), true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelWarmUp?.();
    this.#cancelWarmUp = undefined;
  }

  /** The reading shown now (the host's or the built-in one), or null before the customer writes. */
  get reading(): EmotionReading | null {
    return this.#reading;
  }

  /** The suggestions shown now. */
  get suggestions(): ResponseSuggestions | null {
    return this.#suggestions;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['messages', 'text', 'analyzer'] as const;
    if (inputs.some((key) => changed.has(key as keyof RpEmpathyPanel))) {
      this.#analyse();
    } else if (['temperament', 'customerName', 'honorific', 'used', 'replyLang', 'phrases', 'sector'].some((key) => changed.has(key as keyof RpEmpathyPanel))) {
      this.#suggest();
    }
  }

  /** The host's sector, else the one the customer's own words point to (null: none or unclear). */
  #sector(): Sector | null {
    const chosen = this.sector;
    if (chosen === 'none') return null;
    if (isSector(chosen)) return chosen;
    if (DEV_MODE && chosen) devWarn(this, `<rp-empathy-panel> sector="${chosen}" is not one of ${SECTORS.join(', ')} or none; detecting it instead.`);
    return detectConversationSector(this.#list);
  }

  #customerMessages(): { list: readonly ConversationMessage[] } {
    if (Array.isArray(this.messages)) return { list: this.messages.filter((m) => m && typeof m === 'object' && typeof m.text === 'string') };
    if (DEV_MODE && this.messages !== undefined && this.messages !== null) devWarn(this, '<rp-empathy-panel> .messages must be an array of { author, text }.');
    return { list: typeof this.text === 'string' && this.text.trim() ? [{ author: 'customer', text: this.text }] : [] };
  }

  #analyse(): void {
    const { list } = this.#customerMessages();
    this.#list = list;
    for (const id of this.#pickedForNext) this.#picked.add(id);
    this.#pickedForNext.clear();
    this.escalationRequested = false;
    this.copiedId = this.copyFailedId = '';
    const conversation = analyzeConversation(list);
    this.#conversation = conversation;
    const request = ++this.#request;
    const current = conversation.current;
    if (!current) {
      this.#apply(null, 'built-in', 'empty');
      return;
    }
    if (!this.analyzer) {
      this.#apply(current, 'built-in', 'ready');
      return;
    }
    const text = list[current.messageIndex]?.text ?? '';
    let result: EmotionReading | Promise<EmotionReading>;
    try {
      result = this.analyzer(text, { lang: current.lang, messages: list });
    } catch (error) {
      this.#fallBack(current, error);
      return;
    }
    if (result && typeof (result as Promise<EmotionReading>).then === 'function') {
      this.#setState('pending');
      Promise.resolve(result).then(
        (value) => request === this.#request && this.#accept(current, value, text),
        (error) => request === this.#request && this.#fallBack(current, error),
      );
      return;
    }
    this.#accept(current, result as EmotionReading, text);
  }

  #accept(builtIn: MessageReading, value: unknown, text: string): void {
    const parsed = parseEmotionReading(value);
    if (!parsed.ok) {
      this.#fallBack(builtIn, new Error(`invalid EmotionReading (${parsed.issue})`));
      return;
    }
    // The host's cues are evidence only where they point at the text they quote.
    const cues = parsed.reading.cues.filter((c: Cue) => c.end <= text.length && text.slice(c.start, c.end) === c.text);
    const reading: MessageReading = { ...builtIn, ...parsed.reading, cues, messageIndex: builtIn.messageIndex, negativeIntensity: builtIn.negativeIntensity };
    this.#apply(reading, 'analyzer', 'ready');
  }

  #fallBack(builtIn: MessageReading, error: unknown): void {
    if (DEV_MODE) devWarn(this, '<rp-empathy-panel> the host analyser failed; using the built-in reading.', error);
    this.#apply(builtIn, 'built-in', 'fallback');
  }

  #apply(reading: MessageReading | null, source: 'analyzer' | 'built-in', next: EmpathyPanelState): void {
    this.#reading = reading;
    this.#source = source;
    this.#setState(next);
    this.#suggest();
    if (reading) this.#notifyChange(reading);
    this.requestUpdate();
  }

  #suggest(): void {
    const conversation = this.#conversation;
    const reading = this.#reading;
    if (!conversation || !reading) {
      this.#suggestions = null;
      return;
    }
    const input = reading === conversation.current ? conversation : withCurrentReading(conversation, reading);
    const agentTexts = this.#list.filter((m) => m.author === 'agent').map((m) => m.text);
    this.#suggestions = suggestResponses(input, {
      ...(isLang(this.replyLang) ? { lang: this.replyLang } : {}),
      ...(this.temperament !== undefined ? { temperament: this.temperament } : {}),
      ...(this.customerName ? { customerName: this.customerName } : {}),
      ...(this.honorific ? { honorific: this.honorific } : {}),
      used: [...(Array.isArray(this.used) ? this.used : []), ...this.#picked, ...agentTexts],
      ...(this.phrases !== undefined ? { phrases: this.phrases } : {}),
      sector: this.#sector(),
    });
    if (DEV_MODE && this.#suggestions.phraseIssues.length) {
      devWarn(this, '<rp-empathy-panel> some .phrases entries were skipped.', this.#suggestions.phraseIssues);
    }
    this.#internals.states[this.#suggestions.flags.safety ? 'add' : 'delete']('safety');
  }

  #notifyChange(reading: MessageReading): void {
    const flags = this.#suggestions?.flags ?? reading.flags;
    const previous = this.#lastEmotion;
    const previousFlags = this.#lastFlags;
    const changed = previous !== reading.emotion || !previousFlags || FLAGS.some((f) => previousFlags[f] !== flags[f]);
    if (!changed) return;
    this.#lastEmotion = reading.emotion;
    this.#lastFlags = { ...flags };
    const ui = this.t(empathyMessages);
    if (flags.safety && !previousFlags?.safety) announce(ui.announceSafety);
    if (previous !== null && previous !== reading.emotion) announce(ui.announceEmotion(ui.emotion[reading.emotion]));
    const event = new EmotionChangeEvent({ emotion: reading.emotion, previousEmotion: previous, intensity: reading.intensity, flags: { ...flags }, previousFlags, reading, source: this.#source });
    this.dispatchEvent(event);
  }

  #setState(next: EmpathyPanelState): void {
    this.panelState = next;
    for (const s of EMPATHY_PANEL_STATES) this.#internals.states.delete(s);
    this.#internals.states.add(next);
  }

  #insert(line: { id: string; text: string; kind: string }): void {
    this.#pickedForNext.add(line.id);
    const pick = new SuggestionPickEvent({ text: line.text, move: line.kind, source: 'empathy-panel' });
    this.dispatchEvent(pick);
  }

  async #copy(line: { id: string; text: string }): Promise<void> {
    const ui = this.t(empathyMessages);
    this.#pickedForNext.add(line.id);
    let ok = false;
    try {
      await navigator.clipboard.writeText(line.text);
      ok = true;
    } catch {
      ok = this.#copyBySelection(line.text);
    }
    this.copiedId = ok ? line.id : '';
    this.copyFailedId = ok ? '' : line.id;
    announce(ok ? ui.copied : ui.copyFailed);
  }

  /** For pages without clipboard permission (insecure origins, some embedded consoles). */
  #copyBySelection(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    this.renderRoot.appendChild(area);
    try {
      area.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }

  #requestEscalation(): void {
    const s = this.#suggestions;
    const reading = this.#reading;
    if (!s?.escalation || !reading) return;
    this.escalationRequested = true;
    const request = new EscalationRequestEvent({ causes: [...s.escalation.causes], advice: s.escalation.advice, flags: { ...s.flags }, reading, source: 'empathy-panel' });
    this.dispatchEvent(request);
  }

  #temperamentChanged(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.temperament = value === 'auto' ? undefined : value === 'none' ? null : (TEMPERAMENTS as readonly string[]).includes(value) ? (value as Temperament) : undefined;
  }

  protected override render() {
    const ui = this.t(empathyMessages);
    if (this.panelState === 'empty') {
      return html`<section part="base" aria-label=${ui.panelLabel}><p part="notice">${ui.empty}</p></section>`;
    }
    const pending = this.panelState === 'pending';
    return html`<section part="base" aria-label=${ui.panelLabel} aria-busy=${pending ? 'true' : 'false'}>
      <div class="reading">
        ${this.#suggestions?.flags.safety ? html`<p part="safety"><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ALERT_ICON}</svg>${ui.safetyBanner}</p>` : nothing}
        ${pending ? html`<p part="notice" class="loading" role="status">${ui.loading}</p>` : nothing}
        ${this.panelState === 'fallback' ? html`<p part="notice" class="fallback">${ui.fallback}</p>` : nothing}
        ${pending ? nothing : this.#renderReading()}
      </div>
      ${pending ? nothing : this.#renderSuggestions()}
    </section>`;
  }

  #renderReading(): TemplateResult | typeof nothing {
    const ui = this.t(empathyMessages);
    const reading = this.#reading;
    const s = this.#suggestions;
    if (!reading || !s) return nothing;
    const percent = numberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(reading.intensity);
    const raised = FLAGS.filter((f) => s.flags[f]);
    return html`
      <div part="header" data-emotion=${reading.emotion}>
        <svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[reading.emotion]}</svg>
        <span part="label">${ui.emotion[reading.emotion]}</span>
        <label class="meter">
          <span class="visually-hidden">${ui.intensity}</span>
          <meter part="meter" min="0" max="1" low="0.35" high="0.7" optimum="0" .value=${reading.intensity}>${percent}</meter>
          <span class="meter-value" aria-hidden="true">${percent}</span>
        </label>
      </div>
      ${raised.length
        ? html`<ul part="flags" aria-label=${ui.flagsLabel}>
            ${raised.map((f) => html`<li part="flag" data-flag=${f}>${ui.flag[f]}</li>`)}
          </ul>`
        : nothing}
      ${this.#renderMessage(reading)} ${this.#renderTrend()} ${this.#renderTemperament()} ${this.#renderEscalation()}
    `;
  }

  #renderMessage(reading: MessageReading) {
    const ui = this.t(empathyMessages);
    const text = this.#list[reading.messageIndex]?.text ?? '';
    const marked = reading.cues.filter((c) => c.weight !== 0 || (c.flags?.length ?? 0) > 0);
    const rules = marked.filter((c) => c.kind !== 'learned');
    // The learned opinion points at a whole clause: marked only where the rules marked nothing in it.
    const learned = marked.filter((c) => c.kind === 'learned' && !rules.some((r) => r.start < c.end && c.start < r.end));
    const segments = splitAtSpans(text, [...rules, ...learned]);
    return html`<figure class="latest">
      <figcaption>${ui.latest}</figcaption>
      <blockquote part="message">${segments.map((seg) =>
        seg.mark ? html`<mark part="cue" data-kind=${seg.mark.kind} title=${ui.cueTitle(seg.mark.kind)}>${seg.text}</mark>` : seg.text,
      )}</blockquote>
    </figure>`;
  }

  #renderTrend() {
    const ui = this.t(empathyMessages);
    const conversation = this.#conversation;
    if (!conversation || conversation.readings.length < 2) return nothing;
    const values = conversation.readings.map((r) => (r.messageIndex === this.#reading?.messageIndex ? Math.max(r.negativeIntensity, negativeIntensity(this.#reading)) : r.negativeIntensity));
    const n = values.length;
    const points = values.map((v, i) => `${((i / (n - 1)) * 100).toFixed(1)},${(28 - v * 24).toFixed(1)}`).join(' ');
    const label = ui.trendLabel(ui.trend[conversation.trend], n);
    const last = points.split(' ').at(-1)!.split(',');
    return html`<figure part="trend" class="trend" data-trend=${conversation.trend}>
      <svg viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label=${label}>
        ${svg`<polyline points=${points} fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke" stroke-linejoin="round"/>
        <circle cx=${last[0]!} cy=${last[1]!} r="2" fill="currentColor"/>`}
      </svg>
      <figcaption>${label}</figcaption>
    </figure>`;
  }

  #renderTemperament() {
    const ui = this.t(empathyMessages);
    const hint = this.#conversation?.temperament ?? null;
    const value = this.temperament === undefined ? 'auto' : this.temperament === null ? 'none' : this.temperament;
    // The hint is a new object on every reading but rarely a different one.
    const shown = hint ? [hint.type, hint.confidence, ...hint.evidence.map((e) => e.text)].join('\u0000') : '';
    return guard([shown, value, ui, this.locale], () => {
      const percent = hint ? numberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(hint.confidence) : '';
      return html`<div part="temperament">
        <p class="hint">
          ${hint ? ui.temperamentHint(ui.temperamentName[hint.type], percent) : ui.temperamentNone}
          ${hint?.evidence.length
            ? html`<span class="evidence">${ui.temperamentEvidence}
                ${hint.evidence.map((e) => html`<q>${e.text}</q>`)}</span>`
            : nothing}
        </p>
        <label class="control-row">
          <span>${ui.temperament}</span>
          <select part="control" .value=${value} @change=${this.#temperamentChanged}>
            <option value="auto" ?selected=${value === 'auto'}>${ui.temperamentAuto}${hint ? ` (${ui.temperamentName[hint.type]})` : ''}</option>
            ${TEMPERAMENTS.map((t) => html`<option value=${t} ?selected=${value === t}>${ui.temperamentName[t]}</option>`)}
            <option value="none" ?selected=${value === 'none'}>${ui.temperamentOff}</option>
          </select>
        </label>
      </div>`;
    });
  }

  #renderEscalation() {
    const ui = this.t(empathyMessages);
    const advice = this.#suggestions?.escalation;
    if (!advice) return nothing;
    return html`<div part="escalation" data-cause=${advice.causes[0]!}>
      <p class="advice"><strong>${ui.escalation}:</strong> ${advice.advice}</p>
      <p part="hint">${advice.why}</p>
      <button type="button" class="primary" ?disabled=${this.escalationRequested} @click=${this.#requestEscalation}>
        ${this.escalationRequested ? ui.escalationRequested : ui.requestEscalation}
      </button>
    </div>`;
  }

  #renderSuggestions() {
    const ui = this.t(empathyMessages);
    const s = this.#suggestions;
    if (!s) return nothing;
    const lang = s.lang;
    return html`<div part="body" aria-label=${ui.suggestionsLabel} role="region">
      ${RESPONSE_MOVES.map((move) => {
        const lines = s.suggestions.filter((x) => x.kind === move);
        return lines.length ? this.#renderGroup(`move-${move}`, ui.moves[move], lines, lang) : nothing;
      })}
      ${s.questions.length ? this.#renderGroup('questions', ui.questions, s.questions, lang) : nothing}
      ${s.options ? this.#renderOptions(s.options, lang, ui) : nothing}
      ${s.avoid.length
        ? html`<details part="avoid">
            <summary>${ui.avoid}</summary>
            <ul>
              ${s.avoid.map((a) =>
                guard(
                  [a.text, a.instead, a.why, lang, ui],
                  () => html`<li>
                    <s lang=${lang}>${a.text}</s>
                    <span class="instead">${ui.instead}: <span lang=${lang}>${a.instead}</span></span>
                    <span part="hint" lang=${lang}>${a.why}</span>
                  </li>`,
                ),
              )}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  #renderGroup(key: string, title: string, lines: ResponseSuggestion[], lang: Lang) {
    const ui = this.t(empathyMessages);
    // A line that reads the same as last time keeps its DOM untouched.
    return html`<section part="group" class="group" data-group=${key} aria-labelledby=${`h-${key}`}>
      <p class="title" id=${`h-${key}`}>${title}</p>
      <ul>
        ${lines.map((line) =>
          guard([line.id, line.text, line.why, lang, ui, this.copiedId === line.id, this.copyFailedId === line.id], () => this.#renderLine(line, lang)),
        )}
      </ul>
    </section>`;
  }

  #renderOptions(options: ResponseOptions, lang: Lang, ui: (typeof empathyMessages)[Lang]) {
    const textId = this.#domId(options.id);
    const shown = [options.id, options.text, options.why, lang, ui, this.copiedId === options.id, this.copyFailedId === options.id];
    return guard(
      shown,
      () => html`<section part="group" class="group" data-group="options" aria-labelledby="h-options">
        <p class="title" id="h-options">${ui.options}</p>
        <div part="suggestion" class="suggestion">
          <div class="text" id=${textId} lang=${lang}>
            <p>${options.intro}</p>
            <ol>
              ${options.choices.map((c) => html`<li>${c}</li>`)}
            </ol>
            <p>${options.closing}</p>
          </div>
          <p part="hint" lang=${lang}>${options.why}</p>
          ${this.#renderActions(options, textId)}
        </div>
      </section>`,
    );
  }

  #renderLine(line: ResponseSuggestion, lang: Lang) {
    const textId = this.#domId(line.id);
    return html`<li part="suggestion" class="suggestion" data-id=${line.id}>
      <p class="text" id=${textId} lang=${lang}>${line.text}</p>
      <p part="hint" lang=${lang}>${line.why}</p>
      ${this.#renderActions(line, textId)}
    </li>`;
  }

  #renderActions(line: { id: string; text: string; kind: string }, describedBy: string) {
    const ui = this.t(empathyMessages);
    return html`<div class="actions">
      <button type="button" part="insert" aria-describedby=${describedBy} @click=${() => this.#insert(line)}>${ui.insert}</button>
      <button type="button" part="copy" aria-describedby=${describedBy} @click=${() => this.#copy(line)}>
        ${this.copiedId === line.id ? ui.copied : ui.copy}
      </button>
      ${this.copyFailedId === line.id ? html`<span class="copy-failed">${ui.copyFailed}</span>` : nothing}
    </div>`;
  }

  #domId(id: string): string {
    return `s-${id.replace(/[^a-z0-9-]/gi, '-')}`;
  }
}


if (!customElements.get('rp-empathy-panel')) customElements.define('rp-empathy-panel', RpEmpathyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'rp-empathy-panel': RpEmpathyPanel;
  }
}
