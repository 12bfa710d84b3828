import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { rapportContext, type RapportConfig } from '../../internal/context.js';
import { systemClock, type Clock } from '../../internal/clock.js';
import type { SlaPolicy } from '../../core/sla/index.js';

/**
 * Shares settings with every Rapport element inside it: the clock elements read
 * the time from, and the SLA policy countdowns use. Its `lang` attribute is the
 * language of everything inside (like any ancestor's), and `theme` picks light,
 * dark or the system's colours. Every element also works without a provider.
 *
 * @summary Shares clock, SLA policy, language and theme with descendants.
 * @tag rp-provider
 * @slot - The part of the page the settings apply to.
 */
export class RpProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
  `;

  /** Where elements read the time; see `createManualClock` and `createAcceleratedClock`. Defaults to real time. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** The SLA policy countdowns use when given none of their own. */
  @property({ attribute: false }) slaPolicy?: SlaPolicy;

  /** Colour scheme for the elements inside: `light`, `dark`, or `auto` (the system's). Unset: inherit the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** @internal */
  @provide({ context: rapportContext })
  protected config: RapportConfig = { clock: systemClock };

  protected override willUpdate(): void {
    this.config = { clock: this.clock ?? systemClock, slaPolicy: this.slaPolicy };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('rp-provider')) customElements.define('rp-provider', RpProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rp-provider': RpProvider;
  }
}
