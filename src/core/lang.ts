import { isOneOf } from './one-of.js';
/** The three languages Rapport speaks: Simplified Chinese, Traditional Chinese and English. */
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return isOneOf(LANGS, value);
}

const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Maps any BCP 47 tag to one of the three languages: zh, zh-CN and zh-SG give
 * zh-Hans; zh-TW, zh-HK, zh-MO and zh-Hant give zh-Hant; anything else gives en.
 * Script subtags win over regions (zh-Hant-CN is Traditional).
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  if (!tag) return 'en';
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((p) => HANT_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
}
