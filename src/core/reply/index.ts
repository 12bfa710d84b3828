/**
 * The reply checker: finds wording in an agent's draft that tends to inflame an
 * upset customer (domain.md §4) and offers rewrites that keep the agent's meaning.
 * Pure TypeScript, no DOM. Rules are data (`BUILTIN_REPLY_RULES`, `ReplyRule`); hosts
 * add their own banned phrases and preferred wording. See docs/reply-checker.md.
 */
import { lintWith, makeLinter, warmBuiltinRules } from './lint.js';
import type { LintReplyOptions, ReplyFinding, ReplyLinter, ReplyLinterConfig } from './types.js';

export { REPLY_CATEGORIES, isReplyCategory } from './types.js';
export type { ReplyCategory, ReplyFinding, ReplyRule, LintReplyOptions, ReplyLinterConfig, ReplyLinter } from './types.js';
export { BUILTIN_REPLY_RULES } from './rules.js';
export { CATEGORY_MESSAGES as REPLY_CATEGORY_MESSAGES } from './messages.js';

/**
 * Checks a draft reply for the nine wording categories (blame, command, negative,
 * dismissive, policy, defensive, provocative, wait-apology, overpromise) in
 * Simplified Chinese, Traditional Chinese and English.
 *
 * Each finding gives the span to underline (`draft.slice(start, end) === text`, UTF-16
 * offsets), a short reason in the draft's language and replacements for the span, best
 * first. Text inside quotation marks (the customer's own words) is never flagged.
 * Findings come in text order. Never throws; linear in the length of the draft.
 *
 * @param draft what the agent is about to send
 * @param options `lang` skips detection; `rules` adds host rules; `disable` switches rules off by id
 * @example
 * lintReply('你必须先填表')[0].suggestions[0]; // '请您先填写这张表，您看可以吗？'
 */
export function lintReply(draft: string, options?: LintReplyOptions): ReplyFinding[] {
  return lintWith(draft, options);
}

/**
 * Builds a checker with a host's rules compiled once: a company's banned phrases and
 * preferred wording, on top of the built-in catalogue or (`replace: true`) instead of it.
 *
 * @example
 * const lint = createReplyLinter({
 *   rules: [{ id: 'acme.cheap', category: 'negative', lang: 'en', match: ['cheap plan'], suggestions: ['Essentials plan'] }],
 *   disable: ['en.command.should'],
 * });
 * lint('The cheap plan has no roaming.');
 */
export function createReplyLinter(config?: ReplyLinterConfig): ReplyLinter {
  return makeLinter(config);
}

/**
 * Prepares the built-in rules ahead of the first draft, in slices of at most `budgetMs`
 * (call it again until it returns true; `<rp-reply-coach>` does this while the page is idle).
 * The first check of a draft otherwise compiles every rule at once: ~100 ms for Chinese,
 * ~300 ms for English on a fast machine.
 */
export function warmReplyRules(budgetMs = 8): boolean {
  return warmBuiltinRules(Number.isFinite(budgetMs) && budgetMs > 0 ? budgetMs : 8);
}
