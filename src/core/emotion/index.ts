/**
 * The explainable emotion analyser: how a customer feels, how strongly, what raises
 * the case's priority, and why, with the exact words as evidence. Pure TypeScript,
 * no DOM: runs in Node, a worker and the browser. See docs/analyser.md.
 */
import type { Lang } from '../lang.js';
import { analyzeText, NEUTRAL_BASELINE, SQUASH_ALPHA, squash, type AnalyzeOptions } from './analyze.js';
import { createLexicon, defaultLexicon, type Lexicon, type LexiconEntry } from './matcher.js';
import type { EmotionReading } from './types.js';

const NO_OPTIONS = {};

export { EMOTIONS, FLAGS } from './types.js';
export type { Emotion, Flag, Cue, EmotionReading, EmotionFlags } from './types.js';
export { ROLES, createLexicon, defaultLexicon, parseLexicon } from './matcher.js';
export { analyzeConversation, negativeIntensity, TEMPERAMENTS, TRENDS, withCurrentReading } from './conversation.js';
export type {
  ConversationMessage,
  ConversationOptions,
  ConversationReading,
  ConversationCue,
  MessageReading,
  Temperament,
  TemperamentHint,
  Trend,
} from './conversation.js';
export type { Lexicon, LexiconEntry, Role } from './matcher.js';
export { BUILTIN_LEXICON } from './lexicon.js';
export { detectLang } from '../detect-lang.js';
export { NEUTRAL_BASELINE, SQUASH_ALPHA, squash };
export type { AnalyzeOptions };

/**
 * Reads one customer message.
 *
 * Every judgement is explainable: each emotion's raw score is the sum of the weights
 * of the cues that name it (neutral starts from {@link NEUTRAL_BASELINE}), its score
 * is `squash(raw)` = raw / √(raw² + {@link SQUASH_ALPHA}) (0 when raw ≤ 0), and the
 * dominant emotion is the one with the highest raw score above neutral's.
 * `cue.text === text.slice(cue.start, cue.end)` for every cue (UTF-16 offsets).
 *
 * Never throws on any string (empty, huge, lone surrogates, control characters),
 * is deterministic, and works in time linear in the text length.
 *
 * @param text what the customer wrote
 * Besides its rules, the analyser has a learned second opinion: a small model trained on
 * labelled messages from many writers, which adds cues of kind `'learned'` (weight towards an
 * emotion, or the hostile or safety flag the rules missed) pointing at the words that weighed
 * most. `learned: false` reads with the rules alone.
 *
 * @param options `lang` skips detection; `lexicon` replaces the built-in lexicon
 *   (build one with `extendLexicon`); `learned: false` turns the second opinion off
 */
export function analyzeMessage(text: string, options?: { lang?: Lang; lexicon?: AnalyzeOptions['lexicon']; learned?: boolean }): EmotionReading {
  return analyzeText(text, options ?? NO_OPTIONS);
}

/**
 * Adds host terms to the built-in lexicon (or to `base`) and returns a new lexicon for
 * `analyzeMessage(text, { lexicon })`. Entries are objects or lines in the documented
 * format; a term already present is replaced, so hosts can re-weight built-in words.
 *
 * @example
 * const lexicon = extendLexicon([{ term: '退货难', weights: { angry: 1.2 }, flags: ['complaint'] }]);
 * analyzeMessage('你们退货难得要命', { lexicon });
 */
export function extendLexicon(entries: readonly LexiconEntry[] | string, base: Lexicon = defaultLexicon()): Lexicon {
  return createLexicon(entries, base);
}
