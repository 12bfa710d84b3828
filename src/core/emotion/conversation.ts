import { type Lang } from '../lang.js';
import { toEpochMs, type Instant } from '../time.js';
import { analyzeText } from './analyze.js';
import { createLexicon, foldText, scan, type Lexicon } from './matcher.js';
import { FLAGS, type Emotion, type EmotionFlags, type EmotionReading } from './types.js';
// The suggested priority uses the same scale as SLA policies.
import type { Priority } from '../sla/policy.js';

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

function isCalm(reading: EmotionReading): boolean {
  return pressureOf(reading, negativeIntensity(reading)) < 0.35;
}

/** Folded character bigrams without spaces or punctuation: a cheap, language-blind fingerprint. */
function bigrams(text: string): Set<number> {
  const folded = foldText(text.length > 2000 ? text.slice(0, 2000) : text);
  const kept: number[] = [];
  for (const c of folded) {
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x3400 && c <= 0x9fff);
    if (letter) kept.push(c);
  }
  const set = new Set<number>();
  for (let i = 0; i + 1 < kept.length; i++) set.add(kept[i]! * 0x10000 + kept[i + 1]!);
  return set;
}

function similarity(a: Set<number>, b: Set<number>): number {
  if (a.size < 3 || b.size < 3) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  // Overlap against the shorter message, so "refund please" restated inside a longer rant still counts.
  return shared / small.size;
}

function wholeMessage(messageIndex: number, text: string): { messageIndex: number; text: string; start: number; end: number } {
  return { messageIndex, text, start: 0, end: text.length };
}

/**
 * Reads a whole conversation: a reading per customer message, the current one, the
 * trend of negative intensity, tone shifts, demands restated across messages, typing
 * speed against the customer's own pace, pauses, emoji, a temperament hint and a
 * suggested priority (safety is always urgent). Agent messages are only used for
 * timing and to notice a demand restated after it was answered. Never throws.
 */
export function analyzeConversation(
  messages: readonly ConversationMessage[],
  options: ConversationOptions = {},
): ConversationReading {
  const list = Array.isArray(messages) ? messages : [];
  const pauseMs = options.pauseMs && options.pauseMs > 0 ? options.pauseMs : 120_000;
  const fastRatio = options.fastTypingRatio && options.fastTypingRatio > 1 ? options.fastTypingRatio : 1.5;
  const readings: MessageReading[] = [];
  const cues: ConversationCue[] = [];
  const flags: EmotionFlags = { complaint: false, escalation: false, hostile: false, safety: false };
  const emoji: ConversationReading['emoji'] = [];
  const speeds: number[] = [];
  const prints: { messageIndex: number; print: Set<number>; answered: boolean }[] = [];
  let previousAt: number | null = null;
  let lastAuthor: ConversationMessage['author'] | null = null;

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
    const reading = analyzeText(text, { ...(options.lang ? { lang: options.lang } : {}), ...(options.lexicon ? { lexicon: options.lexicon } : {}) });
    const negative = negativeIntensity(reading);
    const mine: MessageReading = { ...reading, messageIndex, negativeIntensity: negative, pressure: pressureOf(reading, negative) };
    for (const f of FLAGS) if (reading.flags[f]) flags[f] = true;
    for (const cue of reading.cues) {
      if (cue.kind === 'emoji') {
        emoji.push({ messageIndex, text: cue.text, start: cue.start, end: cue.end });
        cues.push({ kind: 'emoji', messageIndex, text: cue.text, start: cue.start, end: cue.end, ...(cue.emotion ? { emotion: cue.emotion } : {}), weight: Math.min(1, Math.abs(cue.weight)), detail: 'emoji' });
      }
    }

    const before = readings[readings.length - 1];
    if (before) {
      const strongest = reading.cues.reduce<(typeof reading.cues)[number] | undefined>((best, c) => (c.emotion && (!best || c.weight > best.weight) ? c : best), undefined);
      const span = strongest ? { messageIndex, text: strongest.text, start: strongest.start, end: strongest.end } : wholeMessage(messageIndex, text);
      if (isCalm(before) && isAgitated(reading)) {
        cues.push({ kind: 'tone-shift', ...span, emotion: reading.emotion, weight: round(mine.negativeIntensity), detail: 'calm→agitated' });
      } else if (isAgitated(before) && reading.emotion === 'disappointed') {
        cues.push({ kind: 'tone-shift', ...span, emotion: 'disappointed', weight: round(mine.negativeIntensity), detail: 'agitated→dejected' });
      } else if (isAgitated(before) && isCalm(reading)) {
        cues.push({ kind: 'tone-shift', ...span, weight: round(before.negativeIntensity - mine.negativeIntensity), detail: 'agitated→calm' });
      }
    }

    const print = bigrams(text);
    let restated = false;
    for (const earlier of prints.slice(-REPEAT_LOOKBACK)) {
      const sim = similarity(print, earlier.print);
      if (sim < REPEAT_SIMILARITY) continue;
      restated = true;
      cues.push({ kind: 'repetition', ...wholeMessage(messageIndex, text), emotion: 'angry', weight: round(sim), detail: `restates message ${earlier.messageIndex}` });
      // Restating a demand the agent has already answered means it was not met: a complaint signal.
      if (earlier.answered) flags.complaint = true;
      break;
    }
    if (!restated) prints.push({ messageIndex, print, answered: false });

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

  const current = readings[readings.length - 1] ?? null;
  const trend = trendOf(readings);
  return {
    readings,
    current,
    trend,
    cues,
    flags,
    emoji,
    temperament: temperamentOf(list, readings),
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

function temperamentOf(list: readonly ConversationMessage[], readings: MessageReading[]): TemperamentHint | null {
  if (!readings.length) return null;
  temperamentLexicon ??= createLexicon(TEMPERAMENT_LEXICON);
  const score: Record<Temperament, number> = { perfectionist: 0, powerful: 0, lively: 0, peaceful: 0 };
  const evidence: Record<Temperament, TemperamentHint['evidence']> = { perfectionist: [], powerful: [], lively: [], peaceful: [] };
  for (const reading of readings) {
    const raw = list[reading.messageIndex]?.text;
    const text = typeof raw === 'string' ? raw : '';
    for (const match of scan(foldText(text), temperamentLexicon)) {
      const type = match.entry.kind as Temperament;
      if (!(type in score)) continue;
      score[type] += 1;
      if (evidence[type].length < 5) evidence[type].push({ messageIndex: reading.messageIndex, text: text.slice(match.start, match.end), start: match.start, end: match.end });
    }
    // Calm, courteous messages with no demands lean peaceful; praise-free criticism leans perfectionist.
    if (reading.emotion === 'neutral' && reading.negativeIntensity < 0.2) score.peaceful += 0.5;
    if (reading.cues.some((c) => c.kind === 'escalation')) score.powerful += 1;
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
