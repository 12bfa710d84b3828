import type { Lang } from '../core/lang.js';
import { splitDuration } from '../core/duration.js';

// Constructing Intl formatters costs far more than using them; a page with a
// thousand countdowns must not build a thousand. The cache is bounded because
// hosts may pass arbitrary locale tags.
const MAX_CACHED = 64;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  hit = make();
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, hit);
  return hit;
}

/** The Intl locale for a resolved language, keeping the host's own tag (zh-HK, en-GB) when it has one. */
export function intlLocale(lang: Lang, tag?: string | null): string {
  if (tag) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // An invalid tag falls through to the language default.
    }
  }
  return lang === 'zh-Hans' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : 'en';
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

// Countdowns format durations on every tick: keep this lookup free of JSON keys.
const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: DurationUnit): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    if (unitFormats.size >= MAX_CACHED * 4) unitFormats.clear();
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    unitFormats.set(key, format);
  }
  return format;
}

/**
 * A duration as a countdown shows it: the two largest non-zero units at display
 * precision ("2 hr 5 min", "2小时5分钟", "45 sec"), always unsigned.
 */
export function formatDuration(ms: number, lang: Lang, locale = intlLocale(lang)): string {
  const parts = splitDuration(ms);
  const units: Array<[DurationUnit, number]> = [
    ['day', parts.days],
    ['hour', parts.hours],
    ['minute', parts.minutes],
    ['second', parts.seconds],
  ];
  const first = units.findIndex(([, value]) => value > 0);
  if (first === -1) return unitFormat(locale, 'second').format(0);
  const shown = units.slice(first, first + 2).filter(([, value]) => value > 0);
  const formatted = shown.map(([unit, value]) => unitFormat(locale, unit).format(value));
  // Locales that space a number from its unit ("2 hr", "2 小時") also space the units apart; zh-CN writes "2小时5分钟".
  return formatted.join(/\s/.test(formatted[0]!) ? ' ' : '');
}

/** An absolute date and time, in the host's locale and the viewer's time zone. */
export function formatDateTime(epochMs: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}
