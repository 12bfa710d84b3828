import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import type { Lang } from '../core/lang.js';
import { intlLocale } from './format.js';
import { observeLang, resolveLang, unobserveLang } from './lang-observer.js';
import { rapportContext, type RapportConfig } from './context.js';
import { systemClock, type Clock } from './clock.js';

/**
 * What every Rapport element shares: the language it speaks (the nearest `lang`,
 * re-resolved whenever one changes), its UI strings, and the configuration an
 * enclosing `<rp-provider>` shares (clock, SLA policy).
 */
export class RapportElement extends LitElement {
  /** @internal */
  @state() protected resolvedLang: Lang = 'en';

  /** @internal The Intl locale: the host's own tag when it has one (zh-HK, en-GB). */
  @state() protected locale = 'en';

  /** @internal */
  @consume({ context: rapportContext, subscribe: true })
  @state()
  protected config?: RapportConfig;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** @internal One feature's UI strings (see `defineMessages`) in the resolved language. */
  protected t<M>(catalogue: Readonly<Record<Lang, M>>): M {
    return catalogue[this.resolvedLang];
  }

  /** @internal */
  protected get clock(): Clock {
    return this.config?.clock ?? systemClock;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observeLang(this);
    this.langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.langChanged();
  }

  /** @internal Called by the shared observer when any `lang` attribute in the document changes. */
  langChanged(): void {
    const { lang, tag } = resolveLang(this);
    this.resolvedLang = lang;
    this.locale = intlLocale(lang, tag);
  }
}
