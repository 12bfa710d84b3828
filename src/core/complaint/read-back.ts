import { detectLang } from '../detect-lang.js';
import { isLang, type Lang } from '../lang.js';
import { toEpochMs, type Instant } from '../time.js';
import { parseIsoInstant } from './text.js';
import type { ComplaintDraft, DesiredOutcomeKind } from './types.js';

export interface ReadBackOptions {
  /** The language of the script; detected from the description when absent. */
  lang?: Lang;
  /** The present moment, so deadlines read as "today", "tomorrow" or a weekday. Without it, dates are absolute. */
  now?: Instant;
  /** IANA time zone the customer hears times in; default the runtime's. */
  timeZone?: string;
}

const HAN_NAME = /^[\p{Script=Han}·・]+$/u;
const HAN = /\p{Script=Han}/u;

// Two-character surnames, so 欧阳娜娜 is 欧阳女士 rather than 欧女士.
const COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 尉迟 尉遲 公孙 公孫 夏侯 长孙 長孫 宇文 司徒 轩辕 軒轅 端木 南宫 南宮 西门 西門 独孤 獨孤 澹台 澹臺 申屠 钟离 鍾離 呼延 闻人 聞人 万俟 萬俟'.split(' '),
);

type Honorifics = Record<Lang, string>;

// Forms of address with an equivalent in the other languages; any other form is used as the customer gave it.
const HONORIFICS: Array<{ match: string[]; forms: Honorifics }> = [
  { match: ['mr', '先生'], forms: { en: 'Mr', 'zh-Hans': '先生', 'zh-Hant': '先生' } },
  { match: ['ms', '女士'], forms: { en: 'Ms', 'zh-Hans': '女士', 'zh-Hant': '女士' } },
  { match: ['mrs', '太太', '夫人'], forms: { en: 'Mrs', 'zh-Hans': '太太', 'zh-Hant': '太太' } },
  { match: ['miss', '小姐'], forms: { en: 'Miss', 'zh-Hans': '小姐', 'zh-Hant': '小姐' } },
  { match: ['dr', '博士'], forms: { en: 'Dr', 'zh-Hans': '博士', 'zh-Hant': '博士' } },
  { match: ['医生', '醫生'], forms: { en: 'Dr', 'zh-Hans': '医生', 'zh-Hant': '醫生' } },
  { match: ['prof', 'professor', '教授'], forms: { en: 'Prof', 'zh-Hans': '教授', 'zh-Hant': '教授' } },
  { match: ['老师', '老師'], forms: { en: '', 'zh-Hans': '老师', 'zh-Hant': '老師' } },
  // Mx has no Chinese counterpart: Chinese scripts use the full name.
  { match: ['mx'], forms: { en: 'Mx', 'zh-Hans': '', 'zh-Hant': '' } },
];

function surnameOf(name: string): string {
  if (HAN_NAME.test(name)) {
    const two = name.slice(0, 2);
    return COMPOUND_SURNAMES.has(two) ? two : name.slice(0, 1);
  }
  const words = name.split(/\s+/);
  return words[words.length - 1]!;
}

/** How to address the customer: 王先生, Ms Lee, 李博士, or just the name when there is no form of address. */
export function addressCustomer(name: string | undefined, honorific: string | undefined, lang: Lang): string {
  const fullName = (name ?? '').trim().replace(/\s+/g, ' ');
  const given = (honorific ?? '').trim();
  if (!fullName) return '';
  if (!given) return fullName;
  const key = given.toLowerCase().replace(/\.$/, '');
  const known = HONORIFICS.find((h) => h.match.includes(key));
  const form = known ? known.forms[lang] : given;
  if (!form) return fullName;
  const surname = surnameOf(fullName);
  // Chinese forms of address follow the surname (王先生); others precede it (Ms Lee).
  return HAN.test(form) ? `${surname}${form}` : `${form} ${surname}`;
}

// --- Speaking from the agent's side: the customer's "I" is "you", their "you" is "we". ---

const ZH_SWAPS: Record<string, string> = {
  我们家: '您家',
  我們家: '您家',
  我们: '您',
  我們: '您',
  你们: '我们',
  你們: '我們',
  您们: '我们',
  您們: '我們',
  你: '我',
  我: '您',
};
// 你好 and 迷你 are not the company being addressed.
const ZH_PRONOUNS = /我们家|我們家|我们|我們|你们|你們|您们|您們|(?<!迷)你(?!好)|我/g;

const EN_SWAPS: Record<string, string> = {
  "i'm": "you're",
  'i am': 'you are',
  'i was': 'you were',
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  "you're": "we're",
  "you've": "we've",
  "you'll": "we'll",
  "you'd": "we'd",
  your: 'our',
  yours: 'ours',
  yourself: 'ourselves',
  yourselves: 'ourselves',
};
// After these words "you" is an object ("told you" → "told us"); elsewhere a subject ("you sent" → "we sent").
const OBJECT_CONTEXT = new Set(
  'to for with at from about of by on in into than told tell asked ask gave give sent send called call charged emailed e-mailed contacted promised paid pay thank thanked help helped let make made want wanted expect expected need needed sold show showed owe owed trust trusted believe believed'.split(' '),
);
const EN_PRONOUNS = /\b(?:i'm|i am|i was|i've|i'd|i'll|we're|we've|we'll|we'd|you're|you've|you'll|you'd|you guys|you people|yourselves|yourself|yours|your|you|ourselves|ours|our|myself|mine|my|me|i|we|us)\b/gi;
const LEADING_LOWERCASE = new Set('the a an it this that these those there my our your when after since on in last yesterday today when while'.split(' '));

function swapEnglish(text: string): string {
  const swapped = text.replace(EN_PRONOUNS, (match: string, offset: number) => {
    const lower = match.toLowerCase().replace(/\s+/g, ' ');
    // "US" in capitals is a country, not a pronoun.
    if (match === 'US') return match;
    // "i.e." is not "I".
    if (lower === 'i' && text.charAt(offset + 1) === '.') return match;
    if (lower === 'you' || lower === 'you guys' || lower === 'you people') {
      const before = /([a-z'-]+)\W*$/i.exec(text.slice(Math.max(0, offset - 24), offset));
      const previous = before?.[1]?.toLowerCase();
      return previous !== undefined && OBJECT_CONTEXT.has(previous) ? 'us' : 'we';
    }
    return EN_SWAPS[lower] ?? match;
  });
  const first = /^[A-Za-z']+/.exec(text)?.[0] ?? '';
  const startsWithPronoun = first.toLowerCase() === 'you' || Object.prototype.hasOwnProperty.call(EN_SWAPS, first.toLowerCase());
  // A swapped pronoun that starts a later sentence still starts it with a capital.
  const sentences = swapped.replace(/([.!?]\s+)(we|our|ours|us|you|your|yours)\b/g, (_, gap: string, word: string) => gap + capitalise(word));
  if (startsWithPronoun || LEADING_LOWERCASE.has(first.toLowerCase())) return sentences.charAt(0).toLowerCase() + sentences.slice(1);
  return sentences;
}

function swapChinese(text: string): string {
  return text.replace(ZH_PRONOUNS, (match) => ZH_SWAPS[match] ?? match);
}

/** The customer's words from the agent's side ("my order" → "your order", "你们发错货了" → "我们发错货了"). */
export function fromAgentSide(text: string): string {
  return HAN.test(text) ? swapChinese(text) : swapEnglish(text);
}

const SENTENCE_END = /[。！？!?；;]+|\.(?=\s|$)/g;
const TRAILING = /[\s。．.!！?？;；,，、~～…:：]+$/;

/** The opening of the description, short enough to read aloud: whole sentences up to `max` characters. */
function summarise(description: string, max: number): string {
  // Lines drafted from separate chat messages become sentences.
  const han = HAN.test(description);
  const text = description
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line, index, lines) => (index < lines.length - 1 && !/[。！？!?.;；…]$/.test(line) ? `${line}${han ? '。' : '.'}` : line))
    .join(han ? '' : ' ');
  if (text.length <= max) return text.replace(TRAILING, '');
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match && match.index < max; match = SENTENCE_END.exec(text)) cut = match.index;
  if (cut === 0) {
    const space = text.lastIndexOf(' ', max);
    cut = HAN.test(text.slice(0, max)) || space < max / 2 ? max : space;
  }
  return `${text.slice(0, cut).replace(TRAILING, '')}…`;
}

// --- Times as a person says them. ---

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function civilFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        weekday: 'short',
        hourCycle: 'h23',
      });
    } catch {
      // An unknown zone falls back to the runtime's.
      return civilFormat(undefined);
    }
    if (formatters.size > 32) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

function civil(ms: number, timeZone: string | undefined): Civil {
  const parts: Record<string, string> = {};
  for (const part of civilFormat(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
  };
}

function dayNumber(c: Civil): number {
  return Date.UTC(c.year, c.month - 1, c.day) / 86_400_000;
}

const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EN_WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const ZH_WEEKDAYS = '日一二三四五六';

function clockTime(c: Civil, lang: Lang): string {
  const mm = String(c.minute).padStart(2, '0');
  if (lang !== 'en') return `${String(c.hour).padStart(2, '0')}:${mm}`;
  const h12 = c.hour % 12 || 12;
  return `${h12}${c.minute ? `:${mm}` : ''} ${c.hour < 12 ? 'am' : 'pm'}`;
}

function dayWords(c: Civil, lang: Lang, now: Civil | null, future: boolean): string {
  const diff = now ? dayNumber(c) - dayNumber(now) : NaN;
  const withYear = now !== null && now.year !== c.year;
  if (lang === 'en') {
    if (diff === 0) return 'today';
    if (diff === 1) return 'tomorrow';
    if (diff === -1) return 'yesterday';
    // Only deadlines use weekdays: a past "Friday" next to a coming one would be ambiguous.
    if (future && diff > 1 && diff < 7) return `on ${EN_WEEKDAYS[c.weekday]}`;
    return `on ${c.day} ${EN_MONTHS[c.month - 1]}${withYear ? ` ${c.year}` : ''}`;
  }
  const hant = lang === 'zh-Hant';
  if (diff === 0) return '今天';
  if (diff === 1) return '明天';
  if (diff === 2) return hant ? '後天' : '后天';
  if (diff === -1) return '昨天';
  if (diff === -2) return '前天';
  if (future && diff > 2 && diff < 7) return `${hant ? '週' : '周'}${ZH_WEEKDAYS[c.weekday]}`;
  return `${withYear ? `${c.year} 年 ` : ''}${c.month} 月 ${c.day} 日`;
}

/** A deadline as said aloud: "明天 18:00", "6 pm tomorrow", "週五 09:30", "6 pm on 25 November". */
export function spokenDeadline(ms: number, lang: Lang, now?: number | null, timeZone?: string): string {
  const at = civil(ms, timeZone);
  const today = now == null ? null : civil(now, timeZone);
  const day = dayWords(at, lang, today, true);
  return lang === 'en' ? `${clockTime(at, lang)} ${day}` : `${day} ${clockTime(at, lang)}`;
}

/** A past day as said aloud: "昨天", "11 月 20 日", "on Monday", "on 20 November". */
export function spokenDay(ms: number, lang: Lang, now?: number | null, timeZone?: string): string {
  return dayWords(civil(ms, timeZone), lang, now == null ? null : civil(now, timeZone), false);
}

// --- The script. ---

const WANTS: Record<Lang, Record<Exclude<DesiredOutcomeKind, 'other'>, string>> = {
  en: {
    refund: 'a refund',
    replacement: 'a replacement',
    repair: 'to have it repaired',
    compensation: 'compensation',
    apology: 'an apology',
    explanation: 'an explanation of what went wrong',
  },
  'zh-Hans': {
    refund: '退款',
    replacement: '换一个新的',
    repair: '维修',
    compensation: '得到补偿',
    apology: '得到一个正式的道歉',
    explanation: '我们解释清楚原因',
  },
  'zh-Hant': {
    refund: '退款',
    replacement: '換一個新的',
    repair: '維修',
    compensation: '得到補償',
    apology: '得到一個正式的道歉',
    explanation: '我們解釋清楚原因',
  },
};

function str(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function instantOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  return parseIsoInstant(value.trim());
}

interface Facts {
  name: string;
  occurred: string;
  what: string;
  order: string;
  want: string;
  address: string;
  phone: string;
  email: string;
  channel: string;
  when: string;
}

function scriptIn(lang: Lang, f: Facts): string {
  if (lang === 'en') {
    const contact =
      f.phone && (f.channel === 'phone' || !f.email)
        ? `call you on ${f.phone}`
        : f.email
          ? `e-mail you at ${f.email}`
          : 'get back to you';
    const next = `we'll ${contact}${f.when ? ` by ${f.when}` : ' as soon as we can'}${contact === 'get back to you' ? '' : ' with an answer'}`;
    const opening = f.name ? `${f.name}, let me read that back to make sure I have it right:` : 'Let me read that back to make sure I have it right:';
    const facts = [f.occurred && f.what ? `${f.occurred}, ${f.what}` : f.what || f.occurred, f.order ? `(order ${f.order})` : ''].filter(Boolean).join(' ');
    const sentences = [facts ? `${opening} ${facts}.` : opening.replace(/:$/, '.')];
    const want = f.want ? `you'd like ${f.want}` : '';
    const address = f.address ? `your address is ${f.address}` : '';
    const middle = [want, address].filter(Boolean).join(', ');
    sentences.push(`${capitalise(middle ? `${middle}, and ${next}` : next)}.`);
    sentences.push('Is that right?');
    return sentences.join(' ');
  }
  const hant = lang === 'zh-Hant';
  const contact =
    f.phone && (f.channel === 'phone' || !f.email)
      ? `致電 ${f.phone} `
      : f.email
        ? `${hant ? '寄電子郵件到' : '发邮件到'} ${f.email} `
        : '';
  const reply = hant ? '給您回覆' : '给您答复';
  const next = f.when
    ? `${hant ? '我們會在' : '我们会在'}${f.when} 前${hant ? contact : contact.replace('致電', '致电')}${reply}`
    : `${hant ? '我們會盡快' : '我们会尽快'}${hant ? contact : contact.replace('致電', '致电')}${reply}`;
  const clauses: string[] = [];
  if (f.occurred) clauses.push(f.occurred);
  if (f.what) clauses.push(`${f.what}${f.order ? `（${hant ? '訂單編號' : '订单号'} ${f.order}）` : ''}`);
  else if (f.order) clauses.push(`${hant ? '訂單編號' : '订单号'} ${f.order}`);
  if (f.want) clauses.push(`您希望${f.want}`);
  if (f.address) clauses.push(`${hant ? '您的地址是' : '您的地址是'}${f.address}`);
  clauses.push(next);
  const opening = `${f.name ? `${f.name}，` : ''}${hant ? '跟您確認一下' : '跟您确认一下'}：`;
  return `${opening}${clauses.join('，')}，${hant ? '對嗎' : '对吗'}？`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WHEN_IN_TEXT =
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|[昨今前]天|上[周週个個]|上星期|上礼拜|上禮拜|\b(?:yesterday|today|last (?:week|month|night)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b/i;

/** True when a description already says when it happened ("11月20日", "yesterday", "on 20 Nov"). */
export function mentionsWhen(text: string): boolean {
  return WHEN_IN_TEXT.test(text);
}

/**
 * The script an agent reads back to the customer before saving (domain §5): the
 * customer's name and form of address, what happened (their own words, turned to
 * the agent's side and cut to what can be read aloud), what they want, how and by
 * when we will answer, and a closing question. In `options.lang`, else the
 * description's language. Accepts a draft; leaves out what is missing. Never throws.
 *
 * "王先生，跟您确认一下：您收到的电饭煲无法加热，您希望换一个新的，我们会在明天 18:00 前致电 138 0013 8000 给您答复，对吗？"
 */
export function readBack(complaint: ComplaintDraft, options: ReadBackOptions = {}): string {
  try {
    const c = (typeof complaint === 'object' && complaint !== null ? complaint : {}) as ComplaintDraft;
    const customer = (typeof c.customer === 'object' && c.customer !== null ? c.customer : {}) as NonNullable<ComplaintDraft['customer']>;
    const description = str(c.description);
    const lang: Lang = isLang(options.lang) ? options.lang : description ? detectLang(description.slice(0, 2_000)) : 'en';
    const now = options.now === undefined ? null : toEpochMs(options.now);
    const timeZone = typeof options.timeZone === 'string' && options.timeZone ? options.timeZone : undefined;
    const outcome = (typeof c.desiredOutcome === 'object' && c.desiredOutcome !== null ? c.desiredOutcome : {}) as NonNullable<ComplaintDraft['desiredOutcome']>;
    const kind = outcome.kind;
    const detail = str(outcome.detail).replace(TRAILING, '');
    let want = '';
    if (kind === 'other') want = detail;
    else if (kind && Object.prototype.hasOwnProperty.call(WANTS[lang], kind)) {
      const phrase = WANTS[lang][kind];
      want = detail ? (lang === 'en' ? `${phrase} (${detail})` : `${phrase}（${detail}）`) : phrase;
    }
    const occurredMs = instantOf(c.occurredAt);
    const replyMs = instantOf(c.replyBy);
    const references = typeof c.references === 'object' && c.references !== null ? c.references : {};
    return scriptIn(lang, {
      name: addressCustomer(str(customer.name), str(customer.honorific), lang),
      // The customer's own words may already say when; saying the date twice sounds like a form being read out.
      occurred: occurredMs === null || mentionsWhen(String(c.description ?? '')) ? '' : spokenDay(occurredMs, lang, now, timeZone),
      what: description ? fromAgentSide(summarise(String(c.description), lang === 'en' ? 200 : 90)) : '',
      order: str(references.order),
      want,
      address: str(customer.address).replace(TRAILING, ''),
      phone: str(customer.phone),
      email: str(customer.email),
      channel: str(c.channel),
      when: replyMs === null ? '' : spokenDeadline(replyMs, lang, now, timeZone),
    });
  } catch {
    return '';
  }
}
