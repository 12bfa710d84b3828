import { isLang, type Lang } from '../lang.js';
import { toEpochMs, type Instant } from '../time.js';
import { analyzeText, type AnalyzeOptions } from './analyze.js';
import { createLexicon, defaultLexicon, foldText, scan, type Lexicon } from './matcher.js';
import { FLAGS, type Cue, type Emotion, type EmotionFlags, type EmotionReading } from './types.js';
// The suggested priority uses the same scale as SLA policies.
import type { Priority } from '../sla/policy.js';
import { deepFreeze } from '../freeze.js';

export interface ConversationMessage {
  author: 'customer' | 'agent';
  text: string;
  /** When it was sent; needed for pauses. */
  at?: Instant;
  /** How long the customer took to type it, if the chat widget knows. */
  typingMs?: number;
}

export interface ConversationOptions {
  lang?: Lang;
  lexicon?: Lexicon;
  /** `false` reads with the rules alone, without the learned second opinion (see analyzeMessage). */
  learned?: boolean;
  /** A gap this long before a customer message is a pause worth a check-in. Default 120 000 ms. */
  pauseMs?: number;
  /** Typing this many times faster than the customer's own median is a cue. Default 1.5. */
  fastTypingRatio?: number;
  /** The present moment, to notice a customer who has gone quiet after the agent's last message. */
  now?: Instant;
}

export const TEMPERAMENTS = ['perfectionist', 'powerful', 'lively', 'peaceful'] as const;
export type Temperament = (typeof TEMPERAMENTS)[number];
export const TRENDS = ['rising', 'falling', 'steady'] as const;
export type Trend = (typeof TRENDS)[number];

/** Evidence that spans messages; `start`/`end` index into `messages[messageIndex].text`. */
export interface ConversationCue {
  kind: 'tone-shift' | 'repetition' | 'typing-speed' | 'pause' | 'silence' | 'emoji';
  messageIndex: number;
  text: string;
  start: number;
  end: number;
  emotion?: Emotion;
  /** Signal strength, 0..1. */
  weight: number;
  /** A short machine-readable reason, e.g. 'calm→agitated', 'restates message 2', 'faster than usual'. */
  detail: string;
}

export interface MessageReading extends EmotionReading {
  /** Index of the message in the input array. */
  messageIndex: number;
  /** The strongest of angry, anxious, disappointed (and confused at 0.6), 0..1. */
  negativeIntensity: number;
  /**
   * Escalation-aware intensity, 0..1: `negativeIntensity` raised to a floor when the message
   * raises a flag (safety 0.9, escalation and hostile 0.8, complaint 0.7), because a calmly
   * worded "叫你们主管出来" or "I'll report you to the regulator" is pressure rising, not a
   * customer calming down. The trend and the calm side of tone shifts are read on this.
   */
  pressure: number;
}

export interface TemperamentHint {
  type: Temperament;
  /** 0..1; a hint, never a verdict: the agent can override it. */
  confidence: number;
  evidence: { messageIndex: number; text: string; start: number; end: number }[];
}

export interface ConversationReading {
  /** One reading per customer message, in order. */
  readings: MessageReading[];
  /** The reading of the latest customer message, or null before the customer has written. */
  current: MessageReading | null;
  /** Direction of escalation-aware intensity (`pressure`) over the latest customer messages. */
  trend: Trend;
  cues: ConversationCue[];
  /** Any customer message's flags, plus complaint for a demand restated after being answered. */
  flags: EmotionFlags;
  emoji: { messageIndex: number; text: string; start: number; end: number }[];
  temperament: TemperamentHint | null;
  suggestedPriority: Priority;
}

const TREND_DELTA = 0.15;
const REPEAT_SIMILARITY = 0.5;
const REPEAT_LOOKBACK = 10;
const TEMPERAMENT_MIN_SCORE = 2;
const TEMPERAMENT_MIN_CONFIDENCE = 0.4;

// Markers of the four temperaments in domain.md §3, in the lexicon line format.
const TEMPERAMENT_LEXICON = `
@perfectionist
应该|不应该|本应|按理说|按道理|理应|标准|规范|细节|严谨|精确|条款|合同|第几条|明明写着|白纸黑字|一点都不专业|不专业|should|shouldn't|should have|ought to|supposed to|standard|standards|precisely|exactly|specifically|in detail|clause|terms and conditions|per your policy|your own policy|unprofessional|attention to detail|not acceptable: n1
@powerful
立刻|马上|立即|必须|现在就|给我|我要|我命令|赶紧|别废话|少废话|直接说|直接给|结果|我只要|我不管|我不想听|搞定|办好|right now|immediately|now!|i want|i demand|you need to|you must|you will|just fix|fix it|get me|bottom line|i don't care|don't care how|just do it|no excuses|make it happen|today.: n1
@lively
哈哈|哈哈哈|嘻嘻|嘿嘿|哇|耶|好耶|么么哒|亲|亲亲|啦|呀|哟|～|~|lol|haha|hahaha|lmao|omg|yay|woohoo|awesome|xd|:d|😂|🤣|😄|😆|😜|😝|🥳|🎉|✨|😎|🤪|😊|😁|❤️|❤|💕: n1
@peaceful
没关系|不要紧|不着急|不急|慢慢来|按流程|按规定|按规矩|照规定|都可以|都行|随便|听你们的|麻烦了|辛苦了|理解|no rush|no hurry|whenever|take your time|no worries|no problem|that's fine|it's fine|whatever works|i understand|understandable|as per the process|follow the process|happy to wait: n1
`;

let temperamentLexicon: Lexicon | undefined;

/** How strongly a reading is negative, 0..1: the strongest of angry, anxious, disappointed, and confused at 0.6. */
export function negativeIntensity(reading: EmotionReading): number {
  const s = reading.scores;
  return Math.max(s.angry, s.anxious, s.disappointed, s.confused * 0.6);
}

function isAgitated(reading: EmotionReading): boolean {
  return (reading.emotion === 'angry' || reading.emotion === 'anxious') && reading.intensity >= 0.45;
}

// A message that raises a flag is at least this tense, however mild its words.
const PRESSURE_FLOOR: Record<keyof EmotionFlags, number> = { safety: 0.9, escalation: 0.8, hostile: 0.8, complaint: 0.7 };

function pressureOf(reading: EmotionReading, negative: number): number {
  let p = negative;
  for (const f of FLAGS) if (reading.flags[f]) p = Math.max(p, PRESSURE_FLOOR[f]);
  return p;
}

function isCalm(pressure: number): boolean {
  return pressure < 0.35;
}

/** Folded character bigrams without spaces or punctuation, sorted and unique: a cheap, language-blind fingerprint. */
function bigrams(text: string): Uint32Array {
  const folded = foldText(text.length > 2000 ? text.slice(0, 2000) : text);
  const kept: number[] = [];
  for (const c of folded) {
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x3400 && c <= 0x9fff);
    if (letter) kept.push(c);
  }
  const all = new Uint32Array(Math.max(0, kept.length - 1));
  for (let i = 0; i < all.length; i++) all[i] = kept[i]! * 0x10000 + kept[i + 1]!;
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.slice(0, unique);
}

function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length < 3 || b.length < 3) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  // Overlap against the shorter message, so "refund please" restated inside a longer rant still counts.
  return shared / Math.min(a.length, b.length);
}

function wholeMessage(messageIndex: number, text: string): { messageIndex: number; text: string; start: number; end: number } {
  return { messageIndex, text, start: 0, end: text.length };
}

/**
 * Everything about a customer message that depends on its text (and the language and
 * lexicon it is read with) only. A conversation re-read after one more message is mostly
 * messages read before, so these are remembered per text.
 */
interface MessageFacts {
  /** Deep-frozen and shared between calls: every call hands out its own copy. */
  readonly reading: EmotionReading;
  readonly negative: number;
  readonly pressure: number;
  /** Bigram fingerprint, for restated demands; never leaves this module. */
  readonly print: Uint32Array;
  /** The flags its reading raises. */
  readonly raised: readonly (keyof EmotionFlags)[];
  /** Where the temperament markers are. */
  readonly markers: readonly { readonly type: Temperament; readonly start: number; readonly end: number }[];
  /** It asks for someone in charge: a sign of the powerful temperament. */
  readonly escalationCue: boolean;
  /** Its emoji cues, and the strongest cue that names an emotion (where a tone shift shows). */
  readonly emoji: readonly Cue[];
  readonly strongest: Cue | undefined;
}

/**
 * Texts remembered per language and lexicon (about 3 kB each): enough for ten open 50-message
 * chats, since chats that take turns would otherwise evict each other. A longer conversation
 * keeps all of its own texts until a shorter one is read.
 */
const READING_CACHE_SIZE = 512;
/** Longer texts are rare in chat and read in linear time anyway; not worth holding on to. */
const READING_CACHE_MAX_TEXT = 4000;
/** The language option, and whether the learned second opinion is off (readings differ). */
type LangKey = Lang | 'auto' | `${Lang | 'auto'}/rules`;
// Weak on the lexicon, so a host lexicon that is dropped takes its readings with it.
let readingCaches = new WeakMap<Lexicon, Map<LangKey, Map<string, MessageFacts>>>();

function langKey(options: Pick<ConversationOptions, 'lang' | 'learned'>): LangKey {
  const lang = isLang(options.lang) ? options.lang : 'auto';
  return options.learned === false ? `${lang}/rules` : lang;
}

function cacheFor(lexicon: Lexicon, lang: LangKey): Map<string, MessageFacts> | null {
  if (!lexicon || typeof lexicon !== 'object') return null;
  let byLang = readingCaches.get(lexicon);
  if (!byLang) readingCaches.set(lexicon, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  return cache;
}

/** Least recently used first: a hit moves the text to the end of the map's order. */
function factsOf(text: string, cache: Map<string, MessageFacts> | null, options: AnalyzeOptions): MessageFacts {
  if (!cache) return readFacts(text, options);
  const known = cache.get(text);
  if (known) {
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const facts = readFacts(text, options);
  if (text.length <= READING_CACHE_MAX_TEXT) cache.set(text, facts);
  return facts;
}

function trimCache(cache: Map<string, MessageFacts>, inUse: number): void {
  const limit = Math.max(READING_CACHE_SIZE, inUse);
  for (const text of cache.keys()) {
    if (cache.size <= limit) break;
    cache.delete(text);
  }
}

function readFacts(text: string, options: AnalyzeOptions): MessageFacts {
  // Remember a copy: the objects the analyser returns are its own business, never frozen by us.
  const read = analyzeText(text, options);
  const reading: EmotionReading = { ...read, scores: { ...read.scores }, cues: copyCues(read.cues), flags: { ...read.flags } };
  const negative = negativeIntensity(reading);
  temperamentLexicon ??= createLexicon(TEMPERAMENT_LEXICON);
  const markers: { type: Temperament; start: number; end: number }[] = [];
  for (const match of scan(foldText(text), temperamentLexicon)) {
    const type = match.entry.kind;
    if ((TEMPERAMENTS as readonly string[]).includes(type)) markers.push({ type: type as Temperament, start: match.start, end: match.end });
  }
  return {
    reading: deepFreeze(reading),
    negative,
    pressure: pressureOf(reading, negative),
    print: bigrams(text),
    raised: FLAGS.filter((f) => reading.flags[f]),
    markers: deepFreeze(markers),
    escalationCue: reading.cues.some((c) => c.kind === 'escalation'),
    emoji: reading.cues.filter((c) => c.kind === 'emoji'),
    strongest: reading.cues.reduce<Cue | undefined>((best, c) => (c.emotion && (!best || c.weight > best.weight) ? c : best), undefined),
  };
}

function copyCues(source: readonly Cue[]): Cue[] {
  const cues: Cue[] = new Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const cue = source[i]!;
    cues[i] = cue.flags ? { ...cue, flags: [...cue.flags] } : { ...cue };
  }
  return cues;
}

/** A caller's own copy of a remembered reading, so what one caller changes no other call sees. */
function copyReading(reading: EmotionReading, messageIndex: number, facts: MessageFacts): MessageReading {
  return { ...reading, scores: { ...reading.scores }, cues: copyCues(reading.cues), flags: { ...reading.flags }, messageIndex, negativeIntensity: facts.negative, pressure: facts.pressure };
}

/** @internal For tests: the texts remembered for these options, least recently read first. */
export function rememberedTexts(options: Pick<ConversationOptions, 'lang' | 'lexicon' | 'learned'> = {}): string[] {
  const cache = readingCaches.get(options.lexicon ?? defaultLexicon())?.get(langKey(options));
  return cache ? [...cache.keys()] : [];
}

/** @internal For tests: forget every remembered text. */
export function clearReadingCache(): void {
  readingCaches = new WeakMap();
}

/**
 * Reads a whole conversation: a reading per customer message, the current one, the
 * trend of negative intensity, tone shifts, demands restated across messages, typing
 * speed against the customer's own pace, pauses, emoji, a temperament hint and a
 * suggested priority (safety is always urgent). Agent messages are only used for
 * timing and to notice a demand restated after it was answered. Never throws.
 *
 * What a message's text alone decides (its reading, fingerprint and temperament markers)
 * is remembered per text, language option and lexicon (the 512 texts read most recently,
 * or all of a longer conversation's), so reading a conversation again after one more
 * message reads one new text. The result is the caller's own: changing it changes
 * nothing for any other call. A lexicon is read as immutable: to change one, pass a new one.
 */
export function analyzeConversation(
  messages: readonly ConversationMessage[],
  options: ConversationOptions = {},
): ConversationReading {
  const list = Array.isArray(messages) ? messages : [];
  const pauseMs = options.pauseMs && options.pauseMs > 0 ? options.pauseMs : 120_000;
  const fastRatio = options.fastTypingRatio && options.fastTypingRatio > 1 ? options.fastTypingRatio : 1.5;
  const readings: MessageReading[] = [];
  const facts: MessageFacts[] = [];
  const cues: ConversationCue[] = [];
  const flags: EmotionFlags = { complaint: false, escalation: false, hostile: false, safety: false };
  const emoji: ConversationReading['emoji'] = [];
  const speeds: number[] = [];
  const prints: { messageIndex: number; print: Uint32Array; answered: boolean }[] = [];
  let previousAt: number | null = null;
  let lastAuthor: ConversationMessage['author'] | null = null;
  const analyzeOptions: AnalyzeOptions = {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(options.learned === false ? { learned: false } : {}),
  };
  let cache: Map<string, MessageFacts> | null | undefined;

  for (let messageIndex = 0; messageIndex < list.length; messageIndex++) {
    const message = list[messageIndex];
    if (!message || typeof message !== 'object') continue;
    const text = typeof message.text === 'string' ? message.text : '';
    const at = toEpochMs(message.at);
    if (message.author !== 'customer') {
      for (const p of prints) p.answered = true;
      if (at !== null) previousAt = at;
      lastAuthor = 'agent';
      continue;
    }
    cache ??= cacheFor(options.lexicon ?? defaultLexicon(), langKey(options));
    const known = factsOf(text, cache, analyzeOptions);
    facts.push(known);
    const reading = known.reading;
    const mine = copyReading(reading, messageIndex, known);
    for (const f of known.raised) flags[f] = true;
    for (const cue of known.emoji) {
      emoji.push({ messageIndex, text: cue.text, start: cue.start, end: cue.end });
      cues.push({ kind: 'emoji', messageIndex, text: cue.text, start: cue.start, end: cue.end, ...(cue.emotion ? { emotion: cue.emotion } : {}), weight: Math.min(1, Math.abs(cue.weight)), detail: 'emoji' });
    }

    const before = readings[readings.length - 1];
    if (before) {
      const strongest = known.strongest;
      const span = strongest ? { messageIndex, text: strongest.text, start: strongest.start, end: strongest.end } : wholeMessage(messageIndex, text);
      if (isCalm(before.pressure) && isAgitated(reading)) {
        cues.push({ kind: 'tone-shift', ...span, emotion: reading.emotion, weight: round(mine.negativeIntensity), detail: 'calm→agitated' });
      } else if (isAgitated(before) && reading.emotion === 'disappointed') {
        cues.push({ kind: 'tone-shift', ...span, emotion: 'disappointed', weight: round(mine.negativeIntensity), detail: 'agitated→dejected' });
      } else if (isAgitated(before) && isCalm(known.pressure)) {
        cues.push({ kind: 'tone-shift', ...span, weight: round(before.negativeIntensity - mine.negativeIntensity), detail: 'agitated→calm' });
      }
    }

    let restated = false;
    for (let p = Math.max(0, prints.length - REPEAT_LOOKBACK); p < prints.length; p++) {
      const earlier = prints[p]!;
      const sim = similarity(known.print, earlier.print);
      if (sim < REPEAT_SIMILARITY) continue;
      restated = true;
      cues.push({ kind: 'repetition', ...wholeMessage(messageIndex, text), emotion: 'angry', weight: round(sim), detail: `restates message ${earlier.messageIndex}` });
      // Restating a demand the agent has already answered means it was not met: a complaint signal.
      if (earlier.answered) flags.complaint = true;
      break;
    }
    if (!restated) prints.push({ messageIndex, print: known.print, answered: false });

    const typingMs = typeof message.typingMs === 'number' && Number.isFinite(message.typingMs) && message.typingMs > 0 ? message.typingMs : 0;
    if (typingMs && text.length >= 8) {
      const speed = text.length / (typingMs / 1000);
      if (speeds.length >= 2) {
        const sorted = [...speeds].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)]!;
        if (speed >= median * fastRatio) {
          cues.push({ kind: 'typing-speed', ...wholeMessage(messageIndex, text), emotion: reading.emotion === 'angry' ? 'angry' : 'anxious', weight: round(Math.min(1, speed / median - 1)), detail: 'faster than usual' });
        } else if (speed <= median / fastRatio) {
          cues.push({ kind: 'typing-speed', ...wholeMessage(messageIndex, text), weight: round(Math.min(1, median / speed - 1)), detail: 'slower than usual' });
        }
      }
      speeds.push(speed);
    }

    if (at !== null && previousAt !== null && at - previousAt >= pauseMs && lastAuthor !== null) {
      cues.push({ kind: 'pause', ...wholeMessage(messageIndex, text), weight: round(Math.min(1, (at - previousAt) / (pauseMs * 5))), detail: `paused ${Math.round((at - previousAt) / 1000)} s: a moment to check in` });
    }
    if (at !== null) previousAt = at;
    lastAuthor = 'customer';
    readings.push(mine);
  }

  const now = toEpochMs(options.now);
  const last = list[list.length - 1];
  if (now !== null && previousAt !== null && lastAuthor === 'agent' && last && now - previousAt >= pauseMs) {
    const text = typeof last.text === 'string' ? last.text : '';
    cues.push({ kind: 'silence', ...wholeMessage(list.length - 1, text), weight: round(Math.min(1, (now - previousAt) / (pauseMs * 5))), detail: 'customer has gone quiet: check in' });
  }

  if (cache) trimCache(cache, facts.length);
  const current = readings[readings.length - 1] ?? null;
  const trend = trendOf(readings);
  return {
    readings,
    current,
    trend,
    cues,
    flags,
    emoji,
    temperament: temperamentOf(list, readings, facts),
    suggestedPriority: priorityOf(current, flags, trend),
  };
}

/**
 * The direction of {@link MessageReading.pressure} (escalation-aware intensity): the latest
 * customer message against the mean of the three before it. A latest message that raises a
 * flag (supervisor, regulator or bad review, abuse, danger) is never 'falling'.
 */
function trendOf(readings: MessageReading[]): Trend {
  if (readings.length < 2) return 'steady';
  const latest = readings[readings.length - 1]!;
  const last = latest.pressure;
  const earlier = readings.slice(-4, -1);
  const mean = earlier.reduce((sum, r) => sum + r.pressure, 0) / earlier.length;
  if (last - mean > TREND_DELTA) return 'rising';
  if (mean - last > TREND_DELTA && !FLAGS.some((f) => latest.flags[f])) return 'falling';
  return 'steady';
}

function priorityOf(current: MessageReading | null, flags: EmotionFlags, trend: Trend): Priority {
  if (flags.safety) return 'urgent';
  if (!current) return 'low';
  const negative = current.negativeIntensity;
  if (flags.hostile || flags.escalation || flags.complaint || negative >= 0.7 || (trend === 'rising' && negative >= 0.5)) return 'high';
  if (negative >= 0.3 || current.emotion === 'confused') return 'normal';
  return 'low';
}

function temperamentOf(list: readonly ConversationMessage[], readings: MessageReading[], facts: MessageFacts[]): TemperamentHint | null {
  if (!readings.length) return null;
  const score: Record<Temperament, number> = { perfectionist: 0, powerful: 0, lively: 0, peaceful: 0 };
  const evidence: Record<Temperament, TemperamentHint['evidence']> = { perfectionist: [], powerful: [], lively: [], peaceful: [] };
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i]!;
    const known = facts[i]!;
    const raw = list[reading.messageIndex]?.text;
    const text = typeof raw === 'string' ? raw : '';
    for (const { type, start, end } of known.markers) {
      score[type] += 1;
      if (evidence[type].length < 5) evidence[type].push({ messageIndex: reading.messageIndex, text: text.slice(start, end), start, end });
    }
    // Calm, courteous messages with no demands lean peaceful; praise-free criticism leans perfectionist.
    if (reading.emotion === 'neutral' && reading.negativeIntensity < 0.2) score.peaceful += 0.5;
    if (known.escalationCue) score.powerful += 1;
  }
  const ranked = TEMPERAMENTS.map((type) => [type, score[type]] as const).sort((a, b) => b[1] - a[1]);
  const [type, top] = ranked[0]!;
  const total = ranked.reduce((sum, [, s]) => sum + s, 0);
  const confidence = round((top / (total + 1)) * Math.min(1, top / 3));
  if (top < TEMPERAMENT_MIN_SCORE || confidence < TEMPERAMENT_MIN_CONFIDENCE || !evidence[type].length) return null;
  return { type, confidence, evidence: evidence[type] };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The conversation with `reading` (a host analyser's reading of the latest customer message)
 * in place of the built-in one: it becomes `current`, replaces its message's reading, and its
 * flags join the conversation's.
 */
export function withCurrentReading(conversation: ConversationReading, reading: MessageReading): ConversationReading {
  const flags = { ...conversation.flags };
  for (const f of FLAGS) flags[f] = flags[f] || reading.flags[f];
  const readings = conversation.readings.map((r) => (r.messageIndex === reading.messageIndex ? reading : r));
  return { ...conversation, current: reading, readings, flags };
}
