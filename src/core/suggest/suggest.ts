import { isLang, type Lang } from '../lang.js';
import {
  analyzeConversation,
  analyzeMessage,
  EMOTIONS,
  TEMPERAMENTS,
  type ConversationMessage,
  type ConversationReading,
  type Cue,
  type Emotion,
  type EmotionFlags,
  type EmotionReading,
  type Temperament,
} from '../emotion/index.js';
import { PREFERRED_TONE, SECTOR_OPTION_KEYS, type AvoidKey, type OptionKey, type Phrase, type PhraseCatalogue, type SlotId, type Topic } from './catalogue.js';
import { checkPhrases, resolveCatalogue, type Variant } from './host-phrases.js';
import { customerTextOf, detectSector, isSector, type Sector } from './sector.js';
import { en } from './phrases-en.js';
import { zhHans } from './phrases-zh-hans.js';
import { zhHant } from './phrases-zh-hant.js';
import type {
  AnsweredCue,
  EscalationCause,
  PhraseToAvoid,
  ResponseOptions,
  ResponseSuggestion,
  ResponseSuggestions,
  SuggestInput,
  SuggestOptions,
  SuggestedEscalation,
  SuggestionKind,
} from './types.js';

/** The built-in phrase catalogues, one per language. */
export const PHRASE_CATALOGUES: Readonly<Record<Lang, PhraseCatalogue>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** Anger at or above this intensity calls for escalation on its own. */
export const HIGH_ANGER = 0.8;

const MAX_QUOTED = 3;
const MAX_SOLVE = 3;
const MAX_AVOID = 5;
const MAX_ADDRESS = 40;
// Cue kinds that explain a score but are not words worth quoting back to the agent ('learned' points
// at a whole clause; it is quoted only as the evidence of a flag the rules did not raise).
const UNQUOTABLE = new Set(['negation', 'contrast', 'concession', 'intensifier', 'diminisher', 'frame', 'guard', 'learned']);
const SAFETY_KINDS = new Set(['threat', 'danger']);
const HOSTILE_KINDS = new Set(['insult', 'profanity']);
const REPEAT_KINDS = new Set(['repetition', 'count']);
const TITLE_ONLY = /^(mr|ms|mrs|miss|mx|dr|prof)\.?$/i;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// The last line of defence against canned cheer: never sent unless the customer is genuinely pleased.
const UPBEAT = /\b(glad|great to hear|good to hear|delighted|pleased to hear)\b|you're happy|高兴|高興|开心|開心|欣慰/i;

interface Normalised {
  reading: EmotionReading;
  conversation: ConversationReading | null;
  messageIndex: number | undefined;
  agentTexts: string[];
  /** What the customer wrote, when the input carries it (a message or a conversation; a reading does not). */
  customerText: string;
}

interface Context {
  cat: PhraseCatalogue;
  variants: Record<SlotId, readonly Variant[]>;
  lang: Lang;
  address: string;
  /** What `{ref}` becomes: the sector's reference, else the generic one. */
  reference: string;
  sector: Sector | null;
  tone: ReturnType<typeof toneFor>;
  used: Set<string>;
  /** `used` as a list, for the substring check. */
  usedList: string[];
  agentTexts: string[];
  seed: number;
  taken: Set<string>;
}

/**
 * Turns a reading into what to say next (domain.md §2): lines ordered by the three moves
 * (acknowledge the feeling → a fitting solution → care), questions that bring an angry,
 * anxious or confused customer back to facts, the phrases to avoid in this state, an
 * options template with concrete choices, and escalation advice when the reading calls
 * for it. Every line has a `why` that quotes the customer's own words.
 *
 * Lines are personalised (`customerName` + `honorific`: 王先生, Ms Lee), fitted to the
 * temperament (the agent's override, else the analyser's hint), varied (nothing listed in
 * `used`, and nothing the agent already sent in a given conversation, is suggested again),
 * and never cheerful unless the customer is genuinely pleased (no "glad you're happy" to
 * sarcasm). Deterministic; never throws.
 *
 * With a sector (`sector`, else detected from the customer's text by {@link detectSector})
 * the options template offers that sector's concrete choices (a traveller: rebooking, a
 * hotel night, a refund) and questions ask for its reference (a booking reference, not an
 * order number); without one the generic choices stay.
 *
 * @param input an `analyzeMessage` reading, an `analyzeConversation` reading, the
 *   conversation's messages, or one message's text
 */
export function suggestResponses(input: SuggestInput, options: SuggestOptions = {}): ResponseSuggestions {
  const opts = options && typeof options === 'object' ? options : {};
  const { reading, conversation, messageIndex, agentTexts, customerText } = normalise(input, opts.lang);
  const lang: Lang = isLang(opts.lang) ? opts.lang : isLang(reading.lang) ? reading.lang : 'en';
  const host = opts.phrases === undefined ? null : checkPhrases(opts.phrases);
  const { cat, variants } = resolveCatalogue(PHRASE_CATALOGUES[lang], host?.phrases[lang]);
  const flags = conversation ? conversation.flags : reading.flags;
  const evidence = collectEvidence(reading, conversation, messageIndex);

  const [temperament, temperamentSource] = chooseTemperament(opts.temperament, conversation);
  const used = usedSet(opts.used);
  const [sector, sectorSource] = chooseSector(opts.sector, customerText);
  const ctx: Context = {
    cat,
    variants,
    lang,
    address: formatAddress(opts.customerName, opts.honorific, lang),
    reference: sector ? cat.sectors[sector].reference : cat.reference,
    sector,
    tone: toneFor(temperament),
    used,
    usedList: [...used],
    agentTexts: agentTexts.map(normaliseText).filter((t) => t.length > 0),
    seed: seedOf(reading),
    taken: new Set(),
  };

  const sarcastic = evidence.sarcasm.some((c) => c.kind === 'sarcasm');
  const state = effectiveState(reading.emotion, flags, sarcastic);
  const repeated = evidence.repeat.length > 0;
  const why = (topic: Topic, cues: AnsweredCue[]) => explain(cat, lang, topic, cues);
  const stateCues = state === 'angry' && sarcastic ? evidence.sarcasm : evidence.byEmotion(state === reading.emotion ? state : reading.emotion);

  let named = false;
  const line = (slot: SlotId, kind: SuggestionKind, topic: Topic, cues: AnsweredCue[], count = 1): ResponseSuggestion[] => {
    const picked = pick(ctx, slot, count);
    return picked.map(({ phrase, key }) => {
      const text = render(cat, phraseText(phrase), kind === 'acknowledge' && named ? '' : ctx.address, ctx.reference);
      if (phraseText(phrase).includes('{to}') && ctx.address) named = true;
      return { id: `${slot}#${key}`, kind, text, why: why(topic, cues), cues };
    });
  };

  const acknowledge: ResponseSuggestion[] = [];
  const solve: ResponseSuggestion[] = [];
  const care: ResponseSuggestion[] = [];
  const questions: ResponseSuggestion[] = [];

  if (flags.safety) {
    acknowledge.push(...line('ack.safety', 'acknowledge', 'safety', evidence.safety));
    solve.push(...line('solve.safety', 'solve', 'safety', evidence.safety));
    if (flags.escalation) solve.push(...line('solve.escalation', 'solve', 'escalation', evidence.escalation));
    care.push(...line('care.safety', 'care', 'safety', evidence.safety));
  } else {
    if (evidence.silence) acknowledge.push(...line('ack.checkin', 'acknowledge', 'checkin', []));
    const specific: [SlotId, Topic, AnsweredCue[]] | null = flags.hostile
      ? ['ack.hostile', 'hostile', evidence.hostile]
      : repeated
        ? ['ack.repeat', 'repeat', evidence.repeat]
        : sarcastic
          ? ['ack.sarcasm', 'sarcasm', evidence.sarcasm]
          : null;
    if (specific) acknowledge.push(...line(specific[0], 'acknowledge', specific[1], specific[2]));
    if (!specific || temperament !== 'powerful') acknowledge.push(...line(`ack.${state}`, 'acknowledge', state, stateCues));
    if (evidence.pause && !evidence.silence && (state === 'neutral' || state === 'confused' || state === 'disappointed')) {
      acknowledge.push(...line('ack.checkin', 'acknowledge', 'checkin', []));
    }

    if (flags.escalation) solve.push(...line('solve.escalation', 'solve', 'escalation', evidence.escalation));
    if (flags.complaint) solve.push(...line('solve.complaint', 'solve', 'complaint', evidence.complaint));
    solve.push(...line(SOLVE_SLOT[state], 'solve', state, stateCues));
    if (temperament) solve.push(...line(`solve.${temperament}`, 'solve', temperament, evidence.temperament));
    solve.splice(MAX_SOLVE);

    care.push(...line(`care.${state}`, 'care', state, stateCues));

    if (state === 'angry') questions.push(...line('ask.angry', 'question', 'askAngry', stateCues, 2));
    else if (state === 'confused') questions.push(...line('ask.confused', 'question', 'askConfused', stateCues, 2));
    else if (state === 'anxious') questions.push(...line('ask.anxious', 'question', 'askAnxious', stateCues, 1));
  }

  const genuinelyPleased = state === 'satisfied';
  const keep = (s: { text: string }) => genuinelyPleased || !UPBEAT.test(s.text);

  return {
    lang,
    emotion: reading.emotion,
    intensity: reading.intensity,
    flags: { ...flags },
    temperament,
    temperamentSource,
    sector,
    sectorSource,
    suggestions: [...acknowledge, ...solve, ...care].filter(keep),
    questions: questions.filter(keep),
    avoid: avoidFor(cat, flags, state, sarcastic),
    options: flags.safety || state === 'satisfied' ? null : optionsFor(ctx, state, temperament, why(state, stateCues), stateCues),
    escalation: escalationFor(cat, lang, reading, flags, evidence),
    phraseIssues: host ? host.issues : [],
  };
}

const SOLVE_SLOT: Record<Emotion, SlotId> = {
  angry: 'solve.fault',
  disappointed: 'solve.fault',
  anxious: 'solve.urgent',
  confused: 'solve.guide',
  neutral: 'solve.neutral',
  satisfied: 'solve.satisfied',
};

const OPTION_FOR: Record<Exclude<Emotion, 'satisfied'>, OptionKey> = {
  angry: 'remedy',
  disappointed: 'remedy',
  anxious: 'speed',
  confused: 'guide',
  neutral: 'general',
};

/**
 * The state the suggestions answer. Praise that comes with sarcasm, a complaint or abuse
 * is not satisfaction, and abuse is never calm: answering those literally is the canned
 * empathy that backfires.
 */
function effectiveState(emotion: Emotion, flags: EmotionFlags, sarcastic: boolean): Emotion {
  if (sarcastic && (emotion === 'satisfied' || emotion === 'neutral')) return 'angry';
  if (flags.hostile && (emotion === 'satisfied' || emotion === 'neutral')) return 'angry';
  if (emotion === 'satisfied' && (flags.complaint || flags.escalation || flags.safety)) return 'disappointed';
  return emotion;
}

function chooseTemperament(override: SuggestOptions['temperament'], conversation: ConversationReading | null): [Temperament | null, 'override' | 'hint' | null] {
  if (override === null) return [null, null];
  if (override !== undefined && (TEMPERAMENTS as readonly string[]).includes(override)) return [override, 'override'];
  const hint = conversation?.temperament?.type;
  return hint && (TEMPERAMENTS as readonly string[]).includes(hint) ? [hint, 'hint'] : [null, null];
}

/** The host's sector wins; `null` turns detection off; otherwise the customer's own words decide, when the input has them. */
function chooseSector(option: SuggestOptions['sector'], customerText: string): [Sector | null, 'option' | 'detected' | null] {
  if (option === null) return [null, null];
  if (isSector(option)) return [option, 'option'];
  const detected = customerText ? detectSector(customerText) : null;
  return detected ? [detected, 'detected'] : [null, null];
}

function toneFor(temperament: Temperament | null) {
  return temperament ? PREFERRED_TONE[temperament] : null;
}

// ---- input ----------------------------------------------------------------

function isReading(value: unknown): value is EmotionReading {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<EmotionReading>;
  return typeof r.emotion === 'string' && (EMOTIONS as readonly string[]).includes(r.emotion) && Array.isArray(r.cues) && !!r.flags && typeof r.flags === 'object';
}

function isConversationReading(value: unknown): value is ConversationReading {
  return !!value && typeof value === 'object' && Array.isArray((value as ConversationReading).readings) && 'current' in value && !!(value as ConversationReading).flags;
}

function normalise(input: SuggestInput, lang: Lang | undefined): Normalised {
  const langOption = isLang(lang) ? { lang } : {};
  try {
    if (typeof input === 'string') return { reading: analyzeMessage(input, langOption), conversation: null, messageIndex: undefined, agentTexts: [], customerText: input };
    if (Array.isArray(input)) {
      const messages = input as readonly ConversationMessage[];
      const conversation = analyzeConversation(messages, langOption);
      const agentTexts = messages.filter((m) => m && m.author === 'agent' && typeof m.text === 'string').map((m) => m.text);
      return fromConversation(conversation, agentTexts, customerTextOf(messages), langOption);
    }
    if (isConversationReading(input)) return fromConversation(input, [], '', langOption);
    if (isReading(input)) {
      const safe: EmotionReading = {
        ...input,
        intensity: clamp01(input.intensity),
        cues: input.cues.filter(isCue),
        flags: { complaint: !!input.flags.complaint, escalation: !!input.flags.escalation, hostile: !!input.flags.hostile, safety: !!input.flags.safety },
      };
      return { reading: safe, conversation: null, messageIndex: undefined, agentTexts: [], customerText: '' };
    }
  } catch {
    // A malformed reading from a host falls through to a neutral one: suggestions never throw.
  }
  return { reading: analyzeMessage('', langOption), conversation: null, messageIndex: undefined, agentTexts: [], customerText: '' };
}

function fromConversation(conversation: ConversationReading, agentTexts: string[], customerText: string, langOption: { lang?: Lang }): Normalised {
  const current = conversation.current;
  if (current && isReading(current)) return { reading: current, conversation, messageIndex: current.messageIndex, agentTexts, customerText };
  return { reading: analyzeMessage('', langOption), conversation, messageIndex: undefined, agentTexts, customerText };
}

function isCue(value: unknown): value is Cue {
  if (!value || typeof value !== 'object') return false;
  const c = value as Cue;
  return typeof c.text === 'string' && typeof c.kind === 'string' && typeof c.start === 'number' && typeof c.end === 'number';
}

function clamp01(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

// ---- evidence -------------------------------------------------------------

interface Evidence {
  safety: AnsweredCue[];
  hostile: AnsweredCue[];
  complaint: AnsweredCue[];
  escalation: AnsweredCue[];
  repeat: AnsweredCue[];
  sarcasm: AnsweredCue[];
  temperament: AnsweredCue[];
  pause: boolean;
  silence: boolean;
  byEmotion: (emotion: Emotion) => AnsweredCue[];
}

function answered(cue: { kind: string; text: string; start: number; end: number }, messageIndex: number | undefined): AnsweredCue {
  return { kind: cue.kind, text: cue.text, start: cue.start, end: cue.end, ...(messageIndex !== undefined ? { messageIndex } : {}) };
}

/** The customer's words, strongest first, without repeats, then back in reading order. */
function quotable(cues: AnsweredCue[], weights?: Map<AnsweredCue, number>): AnsweredCue[] {
  const seen = new Set<string>();
  const ranked = weights ? [...cues].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0)) : cues;
  const kept: AnsweredCue[] = [];
  for (const cue of ranked) {
    const key = cue.text.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(cue);
    if (kept.length >= MAX_QUOTED) break;
  }
  return kept.sort((a, b) => (a.messageIndex ?? 0) - (b.messageIndex ?? 0) || a.start - b.start);
}

function collectEvidence(reading: EmotionReading, conversation: ConversationReading | null, messageIndex: number | undefined): Evidence {
  // Flags are the conversation's, so their evidence may sit in an earlier message.
  const all: { cue: Cue; messageIndex: number | undefined }[] = conversation
    ? conversation.readings.flatMap((r) => (Array.isArray(r.cues) ? r.cues.filter(isCue).map((cue) => ({ cue, messageIndex: r.messageIndex })) : []))
    : reading.cues.map((cue) => ({ cue, messageIndex }));
  const current = reading.cues.filter(isCue);
  const flagged = (flag: keyof EmotionFlags, kinds: Set<string> | string) =>
    quotable(
      all
        .filter(({ cue }) => cue.flags?.includes(flag) || (typeof kinds === 'string' ? cue.kind === kinds : kinds.has(cue.kind)))
        .map(({ cue, messageIndex: i }) => answered(cue, i)),
    );
  const conversationCues = conversation?.cues ?? [];
  const here = conversationCues.filter((c) => c.messageIndex === messageIndex);
  const repeat = [
    ...current.filter((c) => REPEAT_KINDS.has(c.kind)).map((c) => answered(c, messageIndex)),
    // A restated message is quoted by its strongest words, not by the whole message.
    ...(here.some((c) => c.kind === 'repetition') && !current.some((c) => REPEAT_KINDS.has(c.kind)) ? strongest(current, messageIndex, current) : []),
  ];
  const temperamentEvidence = conversation?.temperament?.evidence ?? [];
  return {
    safety: flagged('safety', SAFETY_KINDS),
    hostile: flagged('hostile', HOSTILE_KINDS),
    complaint: flagged('complaint', 'complaint'),
    escalation: flagged('escalation', 'escalation'),
    repeat: quotable(repeat),
    sarcasm: quotable(
      current.filter((c) => c.kind === 'sarcasm' || (c.emotion === 'angry' && c.weight > 0 && !UNQUOTABLE.has(c.kind))).map((c) => answered(c, messageIndex)),
    ),
    temperament: quotable(temperamentEvidence.map((e) => ({ kind: 'temperament', text: e.text, start: e.start, end: e.end, messageIndex: e.messageIndex }))),
    pause: here.some((c) => c.kind === 'pause'),
    silence: conversationCues.some((c) => c.kind === 'silence'),
    byEmotion: (emotion) => strongest(current.filter((c) => c.emotion === emotion), messageIndex, current),
  };
}

function strongest(cues: Cue[], messageIndex: number | undefined, context: readonly Cue[] = cues): AnsweredCue[] {
  const weights = new Map<AnsweredCue, number>();
  const list = cues
    .filter((c) => c.weight > 0 && !UNQUOTABLE.has(c.kind))
    .map((c) => {
      // Quote "不专业", not "专业": a negation right before the word is part of what was said.
      const negation = context.find((n) => n.kind === 'negation' && n.end === c.start);
      const a = negation
        ? answered({ kind: c.kind, text: negation.text + c.text, start: negation.start, end: c.end }, messageIndex)
        : answered(c, messageIndex);
      weights.set(a, c.weight);
      return a;
    });
  return quotable(list, weights);
}

function explain(cat: PhraseCatalogue, lang: Lang, topic: Topic, cues: AnsweredCue[]): string {
  const reason = cat.why[topic];
  if (!cues.length) return reason;
  const wrote = cat.wrote(cat.list(cues.map((c) => cat.quote(oneLine(c.text)))));
  return lang === 'en' ? `${reason} ${wrote}` : `${reason}${wrote}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

// ---- choosing and rendering lines ------------------------------------------

function phraseText(phrase: Phrase): string {
  return typeof phrase === 'string' ? phrase : phrase.text;
}

function phraseTone(phrase: Phrase) {
  return typeof phrase === 'string' ? null : phrase.tone;
}

// The same agent messages and catalogue lines are normalised on every reading of a conversation: remember them.
const normalised = new Map<string, string>();
const MAX_NORMALISED = 2000;

function normaliseText(text: string): string {
  const key = String(text);
  let n = normalised.get(key);
  if (n === undefined) {
    n = key.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
    if (key.length <= 2000) {
      if (normalised.size >= MAX_NORMALISED) normalised.clear();
      normalised.set(key, n);
    }
  }
  return n;
}

function usedSet(used: SuggestOptions['used']): Set<string> {
  const set = new Set<string>();
  if (!Array.isArray(used)) return set;
  for (const u of used) {
    if (typeof u !== 'string') continue;
    set.add(u);
    const n = normaliseText(u);
    if (n) set.add(n);
  }
  return set;
}

function seedOf(reading: EmotionReading): number {
  let h = 0;
  for (const cue of reading.cues) for (let i = 0; i < cue.text.length; i++) h = (h * 31 + cue.text.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * Variants of a slot in the order they are offered: a host's own lines first, then the
 * built-in ones; within each, the temperament's tone first, each group rotated by the
 * reading so that different messages get different lines, minus anything already used
 * or already sent by the agent.
 */
function pick(ctx: Context, slot: SlotId, count: number): { phrase: Phrase; key: string }[] {
  const variants = ctx.variants[slot];
  const rotate = (group: Variant[]) => {
    if (group.length < 2) return group;
    const k = ctx.seed % group.length;
    return [...group.slice(k), ...group.slice(0, k)];
  };
  const ordered: Variant[] = [];
  for (const host of [true, false]) {
    const own = variants.filter((v) => v.host === host);
    const preferred = ctx.tone ? own.filter((v) => phraseTone(v.phrase) === ctx.tone) : [];
    ordered.push(...rotate(preferred), ...rotate(own.filter((v) => !preferred.includes(v))));
  }
  const out: { phrase: Phrase; key: string }[] = [];
  for (const { phrase, key } of ordered) {
    if (out.length >= count) break;
    const id = `${slot}#${key}`;
    if (ctx.taken.has(id) || isUsed(ctx, id, phrase)) continue;
    ctx.taken.add(id);
    out.push({ phrase, key });
  }
  return out;
}

function isUsed(ctx: Context, id: string, phrase: Phrase): boolean {
  if (ctx.used.has(id)) return true;
  const bare = normaliseText(render(ctx.cat, phraseText(phrase), '', ctx.reference));
  if (ctx.used.has(bare)) return true;
  if (ctx.address && ctx.used.has(normaliseText(render(ctx.cat, phraseText(phrase), ctx.address, ctx.reference)))) return true;
  // Something used or already sent, with or without the customer's name in front.
  return bare.length > 0 && (ctx.agentTexts.some((sent) => sent.includes(bare)) || ctx.usedList.some((u) => u.length > bare.length && u.includes(bare)));
}

/** Fills `{to}` with the address (or removes it) and `{ref}` with the case's reference, and capitalises the first letter. */
function render(cat: PhraseCatalogue, template: string, address: string, reference = cat.reference): string {
  // Replacer functions, so a `$` in a name or a host's reference is not read as a pattern.
  const text = template.replace('{to}', () => (address ? cat.vocative(address) : '')).replace('{ref}', () => reference);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How to address the customer: surname + honorific in Chinese (王 + 先生 → 王先生),
 * honorific + name in English (Ms + Lee → Ms Lee). A title alone ("Ms") is dropped.
 *
 * Given the language of the reply, a title written for the other language is translated
 * and placed where that language puts it: Mr, Mrs, Ms, Miss, Dr, Prof (any case, with or
 * without a dot) become 先生, 太太, 女士, 小姐, 博士, 教授 after the name in Chinese
 * (Mr + 王 → 王先生); 先生, 太太, 女士, 小姐, 博士, 教授 become Mr, Mrs, Ms, Ms, Dr, Prof
 * before the name in English (先生 + Wang → Mr Wang). Other titles are kept as written.
 */
export function formatAddress(customerName?: unknown, honorific?: unknown, lang?: Lang): string {
  const clean = (v: unknown) => (typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_ADDRESS) : '');
  const name = clean(customerName);
  const title = translateTitle(clean(honorific), lang);
  if (!name) return title && !TITLE_ONLY.test(title) ? title : '';
  if (!title || name.startsWith(title) || name.endsWith(title)) return name;
  return CJK.test(title) ? `${name}${title}` : `${title} ${name}`;
}

const TITLE_TO_CHINESE: Record<string, string> = { mr: '先生', mrs: '太太', ms: '女士', miss: '小姐', dr: '博士', prof: '教授' };
const TITLE_TO_ENGLISH: Record<string, string> = { 先生: 'Mr', 太太: 'Mrs', 女士: 'Ms', 小姐: 'Ms', 博士: 'Dr', 教授: 'Prof' };

/** A title in the reply's language: Mr → 先生 for Chinese, 先生 → Mr for English; anything else as written. */
function translateTitle(title: string, lang: Lang | undefined): string {
  if (!title || !isLang(lang)) return title;
  if (lang === 'en') return Object.hasOwn(TITLE_TO_ENGLISH, title) ? TITLE_TO_ENGLISH[title]! : title;
  const latin = title.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(TITLE_TO_CHINESE, latin) ? TITLE_TO_CHINESE[latin]! : title;
}

// ---- avoid, options, escalation ---------------------------------------------

function avoidFor(cat: PhraseCatalogue, flags: EmotionFlags, state: Emotion, sarcastic: boolean): PhraseToAvoid[] {
  const keys: AvoidKey[] = [];
  if (flags.safety) keys.push('safety');
  if (flags.hostile) keys.push('hostile');
  if (sarcastic) keys.push('sarcasm');
  keys.push(state);
  const seen = new Set<string>();
  const out: PhraseToAvoid[] = [];
  for (const key of keys) {
    for (const entry of cat.avoid[key]) {
      if (seen.has(entry.text)) continue;
      seen.add(entry.text);
      out.push({ text: entry.text, instead: entry.instead, why: entry.why });
    }
  }
  return out.slice(0, MAX_AVOID);
}

/**
 * The options template for the state, else the general one when it was used. A sector
 * gives the remedy and speed templates its own choices (id `options.speed#travel`); a used
 * template id covers its sector variants too.
 */
function optionsFor(ctx: Context, state: Exclude<Emotion, 'satisfied'>, temperament: Temperament | null, why: string, cues: AnsweredCue[]): ResponseOptions | null {
  const keys = [...new Set<OptionKey>([OPTION_FOR[state], 'general'])];
  for (const key of keys) {
    const generic = ctx.cat.options[key];
    const own = ctx.sector && isSectorOption(key) ? ctx.cat.sectors[ctx.sector].options[key] : null;
    const id = own ? `options.${key}#${ctx.sector}` : `options.${key}`;
    const intro = render(ctx.cat, own?.intro ?? generic.intro, ctx.address, ctx.reference);
    const closing = (temperament && ctx.cat.closingFor[temperament]) || own?.closing || generic.closing;
    const choices = [...(own ?? generic).choices];
    const text = [intro, ...choices.map((c, i) => ctx.cat.choice(i + 1, c)), closing].join('\n');
    if (ctx.used.has(id) || ctx.used.has(`options.${key}`) || ctx.used.has(normaliseText(text))) continue;
    return { id, kind: 'options', intro, choices, closing, text, why, cues };
  }
  return null;
}

function isSectorOption(key: OptionKey): key is (typeof SECTOR_OPTION_KEYS)[number] {
  return (SECTOR_OPTION_KEYS as readonly string[]).includes(key);
}

function escalationFor(cat: PhraseCatalogue, lang: Lang, reading: EmotionReading, flags: EmotionFlags, evidence: Evidence): SuggestedEscalation | null {
  const causes: EscalationCause[] = [];
  const cues: AnsweredCue[] = [];
  const add = (cause: EscalationCause, because: AnsweredCue[]) => {
    causes.push(cause);
    cues.push(...because);
  };
  if (flags.safety) add('safety', evidence.safety);
  if (flags.escalation) add('escalation', evidence.escalation);
  if (flags.hostile) add('hostile', evidence.hostile);
  if (reading.emotion === 'angry' && reading.intensity >= HIGH_ANGER) add('anger', evidence.byEmotion('angry'));
  const first = causes[0];
  if (!first) return null;
  const quoted = quotable(cues);
  const topic: Topic = first === 'anger' ? 'angry' : first;
  return { causes, advice: cat.escalation[first], why: explain(cat, lang, topic, quoted), cues: quoted };
}
