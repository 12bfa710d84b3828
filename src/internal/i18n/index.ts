import type { Lang } from '../../core/lang.js';
import { en, type Messages } from './en.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export type { Messages };

const CATALOGUES: Record<Lang, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}
