/**
 * What to say next (domain.md §2–§4): `suggestResponses` turns the analyser's reading into
 * lines ordered by the three moves, questions back to facts, phrases to avoid, an options
 * template and escalation advice, each explained by the customer's own words, made concrete
 * for the case's sector (`detectSector`: retail, travel, telecom…). The phrase
 * catalogues (zh-Hans, zh-Hant, en) are Rapport's own writing. Pure TypeScript, no DOM.
 * See docs/empathy-panel.md.
 * @module
 */
export { suggestResponses, formatAddress, PHRASE_CATALOGUES, HIGH_ANGER } from './suggest.js';
export { RESPONSE_MOVES, ESCALATION_CAUSES } from './types.js';
export type {
  ResponseMove,
  SuggestionKind,
  EscalationCause,
  AnsweredCue,
  ResponseSuggestion,
  PhraseToAvoid,
  ResponseOptions,
  SuggestedEscalation,
  SuggestOptions,
  ResponseSuggestions,
  SuggestInput,
} from './types.js';
export { checkPhrases } from './host-phrases.js';
export type { HostPhrases, PhraseOverrides, SectorOverrides, PhraseIssue, CheckedPhrases } from './host-phrases.js';
export { SLOTS, TOPICS, AVOID_KEYS, OPTION_KEYS, SECTOR_OPTION_KEYS, PREFERRED_TONE } from './catalogue.js';
export type {
  SlotId,
  Topic,
  AvoidKey,
  OptionKey,
  SectorOptionKey,
  Tone,
  Phrase,
  PhraseCatalogue,
  AvoidEntry,
  OptionsEntry,
  SectorPhrases,
  SectorOptionsEntry,
} from './catalogue.js';
export { detectSector, detectConversationSector, isSector, SECTORS } from './sector.js';
export type { Sector } from './sector.js';
