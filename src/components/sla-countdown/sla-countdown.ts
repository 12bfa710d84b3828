import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { RapportElement } from '../../internal/rapport-element.js';
import { tokens } from '../../internal/styles.js';
import { ticker, type TickerSubscriber } from '../../internal/ticker.js';
import { announce } from '../../internal/announcer.js';
import { DEV_MODE, devWarn } from '../../internal/dev.js';
import { formatDateTime, formatDuration } from '../../internal/format.js';
import { toEpochMs } from '../../core/time.js';
import {
  computeSla,
  deadlineStatus,
  DEFAULT_SLA_POLICY,
  SlaInputError,
  type SlaKind,
  type DeadlineStatus,
  type SlaPolicy,
  type SlaTicket,
} from '../../core/sla/index.js';
import { diffSlaTargets } from '../../core/sla/transitions.js';
import { countdownDisplayKey, msUntilCountdownChanges } from '../../core/sla/countdown.js';
import { SlaBreachEvent, SlaMetEvent, SlaWarningEvent, type SlaEventDetail } from '../../events/sla-events.js';
import { styles } from './sla-countdown.styles.js';
import { slaMessages } from '../../internal/i18n/sla.js';

/** Every value the `state` attribute and custom state can take. */
export const COUNTDOWN_STATES = ['none', 'running', 'warning', 'paused', 'met', 'breached', 'invalid'] as const;
export type CountdownState = (typeof COUNTDOWN_STATES)[number];

/** A target as the countdown shows it: a ticket's SLA target, or the single `deadline` of the simple form. */
export type CountdownTarget = DeadlineStatus & { kind: SlaKind | 'deadline'; startedAt: number };
type ShownTarget = CountdownTarget;

/** What the countdown currently tracks; `next` is the unmet target with the least time left. */
export interface CountdownStatus {
  targets: CountdownTarget[];
  next: CountdownTarget | null;
  /** Cycles met and replaced by a newer one (see `SlaStatus.closed`); used to report them as met. */
  closed?: CountdownTarget[];
}

interface TargetView {
  target: ShownTarget;
  name: string;
  text: string;
  /** Changes exactly when `text` would; lets a tick skip formatting. */
  key: string;
  dueText: string;
  dueIso: string;
  elapsed: number;
}

const ICONS: Record<CountdownState, SVGTemplateResult> = {
  none: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 2"/>`,
  running: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  warning: svg`<path d="M8 1.75 15 14.25H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.75" r="0.9" fill="currentColor"/>`,
  paused: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.5 5.5v5M9.5 5.5v5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  met: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="m5.25 8.25 2 2 3.5-4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  breached: svg`<circle cx="8" cy="8" r="6.25" fill="currentColor"/><path d="M8 4.5v4.25" stroke="Canvas" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.25" r="0.95" fill="Canvas"/>`,
  invalid: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.25 6.25a1.75 1.75 0 1 1 2.5 1.6c-.5.25-.75.6-.75 1.15v.25" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/><circle cx="8" cy="11.5" r="0.85" fill="currentColor"/>`,
};

function parseInstantAttribute(value: string | null | undefined): number | null {
  if (value == null || value.trim() === '') return null;
  const text = value.trim();
  return /^-?\d+$/.test(text) ? Number(text) : toEpochMs(text);
}

/**
 * A live countdown to a promise made to a customer. Give it one deadline by
 * attributes (`due-at`, optionally `started-at` and `label`), or a whole ticket
 * by properties (`.ticket`, `.policy`) to track every service level the policy
 * sets: it shows the most urgent one and lists the others on expand.
 *
 * Time left and time overdue read in the element's language ("剩余 12 分钟",
 * "15 min overdue"); the absolute due time appears on hover and focus; icon,
 * colour and text all carry the state. Screen readers hear when a deadline
 * enters its warning window, passes or is met, never the ticking itself.
 *
 * Every countdown on the page shares one timer, which sleeps when none is
 * connected and catches up when a hidden tab becomes visible again.
 *
 * @summary A live, accessible countdown to a service-level deadline.
 * @tag rp-sla-countdown
 *
 * @fires {SlaWarningEvent} rp-sla-warning - A deadline entered its warning window (`policy.warnAt` or `warn-at` of the time left). Not cancelable.
 * @fires {SlaBreachEvent} rp-sla-breach - A deadline passed unmet; also fired on the next tick after a tab slept through it. Not cancelable.
 * @fires {SlaMetEvent} rp-sla-met - A deadline was met (see `detail.target.state` for on time or late). Not cancelable.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The host's label.
 * @csspart state - The state icon and name.
 * @csspart icon - The state icon.
 * @csspart time - The time left or overdue; focusable, reveals the due time.
 * @csspart due - The absolute due time shown on hover and focus.
 * @csspart bar - The track of the elapsed-share bar.
 * @csspart bar-fill - The elapsed share of the bar.
 * @csspart toggle - The button that shows the other deadlines.
 * @csspart others - The list of the other deadlines.
 * @csspart hint - The explanation shown for invalid input.
 *
 * @cssstate running - Time is left and the warning window has not begun.
 * @cssstate warning - Inside the warning window.
 * @cssstate paused - The clock is stopped (e.g. waiting for the customer).
 * @cssstate met - Met on time.
 * @cssstate breached - Overdue, or met late.
 * @cssstate invalid - The input could not be read.
 * @cssstate none - Nothing to track yet.
 *
 * @cssproperty --rp-sla-countdown-running-color - Colour of the running state.
 * @cssproperty --rp-sla-countdown-warning-color - Colour of the warning state.
 * @cssproperty --rp-sla-countdown-breached-color - Colour of the breached state.
 * @cssproperty --rp-sla-countdown-met-color - Colour of the met state.
 * @cssproperty --rp-sla-countdown-paused-color - Colour of the paused and invalid states.
 * @cssproperty --rp-sla-countdown-bar-track - Colour of the bar's track.
 * @cssproperty --rp-sla-countdown-bar-height - Height of the bar.
 * @cssproperty --rp-sla-countdown-min-width - Minimum width.
 */
export class RpSlaCountdown extends RapportElement implements TickerSubscriber {
  static override styles = [tokens, styles];

  /** When the deadline falls: ISO 8601 with an offset (`2026-11-23T18:00:00+08:00`) or epoch milliseconds. */
  @property({ attribute: 'due-at' }) dueAt?: string;

  /** When the clock started, for the elapsed-share bar and the warning window. Same formats as `due-at`. */
  @property({ attribute: 'started-at' }) startedAt?: string;

  /** What the deadline is for, shown before the countdown ("Callback to Ms Lee"). */
  @property() label?: string;

  /** Share of the time still left when the warning begins (0–1) for `due-at` countdowns. Default 0.25. */
  @property({ attribute: 'warn-at', type: Number }) warnAt?: number;

  /** A whole ticket: tracks every target its policy sets. Takes precedence over `due-at`. */
  @property({ attribute: false }) ticket?: SlaTicket;

  /** The SLA policy for `.ticket`. Falls back to the provider's, then to `DEFAULT_SLA_POLICY`. */
  @property({ attribute: false }) policy?: SlaPolicy;

  /** Shows the other deadlines of a ticket below the most urgent one. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The current state, reflected for styling. Read-only: the element sets it. */
  @property({ reflect: true }) state: CountdownState = 'none';

  #internals: ElementInternals;
  #views: TargetView[] = [];
  #status: CountdownStatus | null = null;
  #issues: string[] = [];
  #renderKey = '';
  /** Clock time before which nothing shown can change without new input. */
  #nextChangeAt = -Infinity;
  #evaluatedAt = Infinity;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** The latest computed status (all targets and the most urgent), or null when there is nothing valid to track. */
  get status(): CountdownStatus | null {
    return this.#status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ticker.subscribe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ticker.unsubscribe(this);
  }

  /** @internal Called by the shared ticker. */
  tick(): number {
    const now = this.clock.now();
    const rate = this.clock.rate;
    // Most ticks change nothing on most countdowns: skip them without reading any input.
    if (now >= this.#evaluatedAt && now < this.#nextChangeAt) return rate > 0 ? (this.#nextChangeAt - now) / rate : Infinity;
    return this.#evaluate('tick');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['dueAt', 'startedAt', 'label', 'warnAt', 'ticket', 'policy', 'config', 'resolvedLang', 'locale'] as const;
    if (inputs.some((key) => changed.has(key as keyof RpSlaCountdown)) && this.isConnected) {
      ticker.wake(this.#evaluate('update'));
    }
  }

  #policy(): SlaPolicy {
    return this.policy ?? this.config?.slaPolicy ?? DEFAULT_SLA_POLICY;
  }

  /** The warning share in force: the policy's for a ticket, else `warn-at` when it is usable. */
  #warnAt(): number {
    if (this.ticket !== undefined) return this.#policy().warnAt ?? 0.25;
    const warnAt = this.warnAt;
    return warnAt !== undefined && warnAt >= 0 && warnAt <= 1 ? warnAt : 0.25;
  }

  /** Reads the inputs into targets; sets `#issues` and returns null when they cannot be read. */
  #readTargets(now: number): CountdownStatus | null {
    this.#issues = [];
    if (this.ticket !== undefined) {
      if (DEV_MODE && this.dueAt) devWarn(this, '<rp-sla-countdown> has both .ticket and due-at; .ticket is used.');
      try {
        return computeSla(this.ticket, this.#policy(), now);
      } catch (error) {
        this.#issues = error instanceof SlaInputError ? error.issues : [String(error)];
        return null;
      }
    }
    if (this.dueAt == null || this.dueAt === '') return { targets: [], next: null };
    const dueAt = parseInstantAttribute(this.dueAt);
    const startedAt = parseInstantAttribute(this.startedAt);
    if (dueAt === null) this.#issues.push(`due-at="${this.dueAt}" is not a valid time (use ISO 8601 with an offset, or epoch ms).`);
    if (this.startedAt && startedAt === null) this.#issues.push(`started-at="${this.startedAt}" is not a valid time.`);
    if (dueAt !== null && startedAt !== null && startedAt >= dueAt) this.#issues.push('started-at must be before due-at.');
    if (DEV_MODE && this.warnAt !== undefined && !(this.warnAt >= 0 && this.warnAt <= 1)) {
      devWarn(this, `<rp-sla-countdown> warn-at="${this.getAttribute('warn-at')}" must be between 0 and 1; using 0.25.`);
    }
    if (this.#issues.length > 0 || dueAt === null) return null;
    const target = deadlineStatus({ dueAt, startedAt: startedAt ?? undefined, now, warnAt: this.#warnAt() });
    if (!target) return null;
    // Without a start there is no elapsed share to draw; the start then equals the due time.
    const shown: ShownTarget = { ...target, kind: 'deadline', startedAt: target.startedAt ?? target.dueAt };
    return { targets: [shown], next: shown };
  }

  #view(target: ShownTarget, previous: TargetView | undefined): TargetView {
    const key = `${countdownDisplayKey(target)}|${this.locale}|${this.resolvedLang}`;
    const text = previous?.key === key ? previous.text : this.#timeText(target);
    const dueText =
      previous && previous.target.dueAt === target.dueAt && previous.key.endsWith(`|${this.locale}|${this.resolvedLang}`)
        ? previous.dueText
        : this.t(slaMessages).dueAt(formatDateTime(target.dueAt, this.locale));
    const total = target.targetMs ?? target.dueAt - target.startedAt;
    const left = target.state === 'met' || target.metAt !== undefined ? 0 : target.remainingMs;
    const elapsed = total > 0 ? Math.min(1, Math.max(0, 1 - left / total)) : target.state === 'breached' ? 1 : 0;
    const dueIso = previous?.target.dueAt === target.dueAt ? previous.dueIso : new Date(target.dueAt).toISOString();
    return { target, name: this.t(slaMessages).kind[target.kind], text, key, dueText, dueIso, elapsed };
  }

  #timeText(target: ShownTarget): string {
    const sla = this.t(slaMessages);
    const duration = (ms: number) => formatDuration(ms, this.resolvedLang, this.locale);
    if (target.state === 'met') return sla.metOnTime;
    if (target.metAt !== undefined) {
      return sla.metLate(duration(target.remainingMs < 0 ? -target.remainingMs : target.metAt - target.dueAt));
    }
    if (target.state === 'breached') return sla.overdue(duration(-target.remainingMs));
    return sla.left(duration(target.remainingMs));
  }

  #evaluate(source: SlaEventDetail['source']): number {
    const now = this.clock.now();
    const read = this.#readTargets(now);
    const previousViews = this.#views;
    const previous = previousViews.map((v) => v.target);
    this.#evaluatedAt = now;

    if (!read) {
      if (DEV_MODE) devWarn(this, `<rp-sla-countdown> cannot read its deadline: ${this.#issues.join(' ')}`);
      this.#status = null;
      this.#views = [];
      this.#setState('invalid');
      this.#maybeRender();
      this.#nextChangeAt = Infinity;
      return Infinity;
    }

    this.#status = read;
    const primary = read.next ?? read.targets[0];
    const ordered = primary ? [primary, ...read.targets.filter((t) => t !== primary)] : [];
    this.#views = ordered.map((target) => this.#view(target, previousViews.find((v) => v.target.kind === target.kind)));
    this.#setState(primary ? primary.state : 'none');

    for (const change of diffSlaTargets(previous, this.#views.map((v) => v.target), read.closed)) {
      this.#announceAndDispatch(change.type, change.target, change.previousState, source);
    }
    this.#maybeRender();

    const warnAt = this.#warnAt();
    const soonest = Math.min(...this.#views.map((v) => msUntilCountdownChanges(v.target, warnAt)));
    this.#nextChangeAt = now + soonest;
    const rate = this.clock.rate;
    return rate > 0 ? soonest / rate : Infinity;
  }

  #announceAndDispatch(type: 'warning' | 'breach' | 'met', target: ShownTarget, previousState: CountdownTarget['state'], source: SlaEventDetail['source']): void {
    const sla = this.t(slaMessages);
    const name = this.label ? `${this.label} · ${sla.kind[target.kind]}` : sla.kind[target.kind];
    const detail: SlaEventDetail = {
      kind: target.kind,
      label: this.label ?? '',
      target,
      previousState,
      dueAt: target.dueAt,
      remainingMs: target.remainingMs,
      source,
    };
    const [message, event] =
      type === 'warning'
        ? [sla.announceWarning(name, formatDuration(target.remainingMs, this.resolvedLang, this.locale)), new SlaWarningEvent(detail)]
        : type === 'breach'
          ? [sla.announceBreach(name), new SlaBreachEvent(detail)]
          : [sla.announceMet(name), new SlaMetEvent(detail)];
    announce(message);
    this.dispatchEvent(event);
  }

  #setState(next: CountdownState): void {
    if (this.state === next && this.#internals.states.has(next)) return;
    this.#internals.states.clear();
    this.#internals.states.add(next);
    this.state = next;
  }

  /** Re-renders only when something visible changed: most ticks change nothing on most countdowns. */
  #maybeRender(): void {
    const key = `${this.state}|${this.#views.map((v) => `${v.key}|${Math.round(v.elapsed * 100)}|${v.target.dueAt}`).join('|')}`;
    if (key === this.#renderKey) return;
    this.#renderKey = key;
    this.requestUpdate();
  }

  #toggle(): void {
    this.expanded = !this.expanded;
  }

  protected override render() {
    const sla = this.t(slaMessages);
    if (this.state === 'invalid') {
      return html`<div part="base" role="group" aria-label=${this.label ?? sla.kind.deadline}>
        <div class="row">
          ${this.label ? html`<span part="label">${this.label}</span>` : nothing}
          <span part="state">${this.#icon('invalid')}<span>${sla.state.invalid}</span></span>
        </div>
        <span part="hint">${sla.invalidHint}</span>
      </div>`;
    }
    const [primary, ...others] = this.#views;
    if (!primary) {
      return html`<div part="base">
        <div class="row">
          ${this.label ? html`<span part="label">${this.label}</span>` : nothing}
          <span part="state">${this.#icon('none')}<span>${sla.state.none}</span></span>
        </div>
      </div>`;
    }
    const { target } = primary;
    const showKind = this.ticket !== undefined || !this.label;
    const dueText = primary.dueText;
    return html`<div part="base" role="group" aria-label=${this.label ?? primary.name}>
      <div class="row">
        ${this.label ? html`<span part="label">${this.label}</span>` : nothing}
        ${showKind ? html`<span class="kind">${primary.name}</span>` : nothing}
        <span part="state"
          >${this.#icon(target.state)}${
            // Overdue and met texts already say their state ("15 min overdue", "Met on time"); the word would repeat it.
            target.state === 'breached' || target.state === 'met' ? nothing : html`<span>${sla.state[target.state]}</span>`
          }</span
        >
        <span class="due-anchor">
          <time part="time" tabindex="0" datetime=${primary.dueIso} aria-describedby="due">${primary.text}</time>
          <span part="due" id="due">${dueText}</span>
        </span>
      </div>
      ${target.dueAt > target.startedAt
        ? html`<div part="bar" aria-hidden="true">
            <div part="bar-fill" style=${styleMap({ '--_elapsed': String(primary.elapsed) })}></div>
          </div>`
        : nothing}
      ${others.length > 0
        ? html`<button part="toggle" type="button" aria-expanded=${String(this.expanded)} aria-controls="others" @click=${this.#toggle}>
              ${sla.others(others.length)}
            </button>
            <ul part="others" id="others" aria-label=${sla.listLabel} ?hidden=${!this.expanded}>
              ${others.map(
                (view) => html`<li>
                  <span>${view.name}</span>
                  <span class="other-state" data-state=${view.target.state}>${sla.state[view.target.state]}</span>
                  <time datetime=${view.dueIso} title=${view.dueText}>${view.text}</time>
                </li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }

  #icon(state: CountdownState) {
    return html`<svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[state]}</svg>`;
  }
}

if (!customElements.get('rp-sla-countdown')) customElements.define('rp-sla-countdown', RpSlaCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'rp-sla-countdown': RpSlaCountdown;
  }
}
