import type { Lang } from '../lang.js';
import { isOneOf } from '../one-of.js';

/** The nine wording categories of domain.md §4; the single source of the `ReplyCategory` union. */
export const REPLY_CATEGORIES = [
  'blame',
  'command',
  'negative',
  'dismissive',
  'policy',
  'defensive',
  'provocative',
  'wait-apology',
  'overpromise',
] as const;

export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];

export function isReplyCategory(value: unknown): value is ReplyCategory {
  return isOneOf(REPLY_CATEGORIES, value);
}

/** One wording problem in a draft reply. `draft.slice(start, end) === text`. */
export interface ReplyFinding {
  category: ReplyCategory;
  /** UTF-16 offsets into the exact draft. */
  start: number;
  end: number;
  /** The span to underline. */
  text: string;
  /** Why, in the draft's language. */
  message: string;
  /** Replacements for `text` (the span), best first; applying one keeps the agent's meaning. */
  suggestions: string[];
  /** The id of the rule that matched (built-in ids start with `en.` or `zh.`). */
  rule: string;
}

/**
 * A wording rule, as data. Built-in rules and a host's own rules share this shape.
 *
 * - `lang: 'zh'` covers Simplified and Traditional drafts: Traditional text is
 *   folded to Simplified one character for one before matching, so write zh
 *   patterns and phrases in Simplified. `lang: 'en'` matches case-insensitively,
 *   with curly apostrophes read as straight ones.
 * - `match`: a phrase, a list of phrases (literal text; English phrases match whole
 *   words) or a RegExp (flags other than `i` are ignored). The whole match is the span.
 * - `suggestions`: templates for the span's replacement, best first. `{1}`…`{9}` and
 *   `{name}` insert capture groups as the draft wrote them (in zh, 你 becomes 您),
 *   `{match}` the whole span. Give `en` for English rules and `hans` (+ `hant`,
 *   else `hans` is used) for zh rules, or a plain array for either.
 * - `message`: the reason shown, per language; defaults to the category's reason.
 */
export interface ReplyRule {
  id: string;
  category: ReplyCategory;
  lang: 'zh' | 'en';
  match: string | readonly string[] | RegExp;
  suggestions?: readonly string[] | { en?: readonly string[]; hans?: readonly string[]; hant?: readonly string[] };
  message?: string | Partial<Record<Lang, string>>;
}

export interface LintReplyOptions {
  /** The draft's language; detected when absent. Chooses the language of messages and rewrites. */
  lang?: Lang;
  /** Extra rules (a company's banned phrases and preferred wording), checked after the built-in ones. */
  rules?: readonly ReplyRule[];
  /** Ids of rules to switch off (built-in or host). */
  disable?: readonly string[];
}

export interface ReplyLinterConfig {
  /** The host's rules. */
  rules?: readonly ReplyRule[];
  /** true: use only the host's rules, none of the built-in ones. */
  replace?: boolean;
  /** Ids of rules to switch off. */
  disable?: readonly string[];
  /** Only check these categories. */
  categories?: readonly ReplyCategory[];
}

/** A configured checker: `lintReply` with the host's rules compiled once. */
export type ReplyLinter = (draft: string, options?: { lang?: Lang }) => ReplyFinding[];
