import { isLang, type Lang } from '../lang.js';
import { addLearnedCues } from './learned-opinion.js';
import { defaultLexicon, isWordCode, readText, scanInto, type Lexicon, type Match, type TextFacts } from './matcher.js';
import { EMOTIONS, FLAGS, type Cue, type Emotion, type EmotionFlags, type EmotionReading, type Flag } from './types.js';

/** Neutral's raw score before any neutral cue: an emotion must out-weigh this to be dominant. */
export const NEUTRAL_BASELINE = 0.6;
/** The squashing constant: score = raw / sqrt(raw² + SQUASH_ALPHA). */
export const SQUASH_ALPHA = 4;

/** Turns a raw score (a sum of cue weights) into 0..1, the way VADER normalises its compound score. */
export function squash(raw: number): number {
  return raw > 0 ? raw / Math.sqrt(raw * raw + SQUASH_ALPHA) : 0;
}

const FACTS: TextFacts = { ascii: false, lang: 'en', amplify: 0, mark: 0 };
const MATCHES: Match[] = [];
const GROUPS: Group[] = [];
const GROUP_EMOTION: (Emotion | undefined)[] = [];
const MATCHES_KEPT = 256;

export interface AnalyzeOptions {
  /** Skip detection when the caller knows the language. */
  lang?: Lang;
  /** A lexicon from createLexicon / extendLexicon; the built-in one otherwise. */
  lexicon?: Lexicon;
  /** `false`: the rules alone, without the learned second opinion (learned-opinion.ts). */
  learned?: boolean;
}

// How much a negator keeps of the word it negates: positives flip, negatives only weaken (不差 ≠ 好).
const FLIP_KEEP = { full: 0.9, soft: 0.7 };
const WEAKEN_KEEP = { full: 0.25, soft: 0.5 };
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
const CONCESSION = 0.5;
const DEGREE_MIN = 0.3;
const DEGREE_MAX = 2.5;
const CAPS_BOOST = 0.5;
const SHOUT_WEIGHT = 0.2;
const SHOUT_MAX = 5;
const EXCLAIM_WEIGHT = [0, 0.2, 0.4, 0.6];
const EXCLAIM_MAX = 1;
const QUESTION_WEIGHT = [0, 0, 0.7, 0.8];
const INTERROBANG_WEIGHT = 0.5;
const REPEAT_WEIGHT = 0.4;
const ELONGATION_WEIGHT = 0.3;
const SARCASM_CONTEXT = 0.5;
const PAIR_WEIGHT = 0.8;
// Two kinds of word that mean something only together in one sentence.
// `clause`: both in one clause (else one sentence); `after`: this kind only counts after its partner.
interface Pair {
  partner: string;
  flag: Flag;
  cue: string;
  emotion: Emotion;
  on: 'self' | 'partner';
  clause?: boolean;
  after?: boolean;
  /** A second partner kind, which must share the clause (a bare "you", 您). */
  also?: string;
  /** Anywhere in the message: a medicine in one sentence, the mix-up or the worry in the next. */
  wide?: boolean;
}
const PAIRS: Record<string, Pair> = {
  count: { partner: 'contact', flag: 'complaint', cue: 'repetition', emotion: 'angry', on: 'self' },
  contact: { partner: 'count', flag: 'complaint', cue: 'repetition', emotion: 'angry', on: 'partner' },
  substance: { partner: 'leak', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  leak: { partner: 'substance', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  // A live part and what it is doing: 插座…冒烟, "water … ceiling light", 外壳…发麻.
  device: { partner: 'hazard', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  hazard: { partner: 'device', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  // A part a vehicle cannot do without and its failure: 刹车…软绵绵, "brakes … went soft".
  vital: { partner: 'failure', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  failure: { partner: 'vital', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  // A small child or a pet and swallowing: 宝宝…吞了, "my son swallowed".
  child: { partner: 'ingest', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  ingest: { partner: 'child', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  // A public platform and posting to it: 在微博…宣传, "post this on Facebook".
  platform: { partner: 'publish', flag: 'complaint', cue: 'complaint', emotion: 'angry', on: 'self' },
  publish: { partner: 'platform', flag: 'complaint', cue: 'complaint', emotion: 'angry', on: 'self' },
  // "you're useless" is abuse; "the app is useless" is not.
  aimed: { partner: 'target', flag: 'hostile', cue: 'insult', emotion: 'angry', on: 'self', also: 'you' },
  target: { partner: 'aimed', flag: 'hostile', cue: 'insult', emotion: 'angry', on: 'partner' },
  // A bare second person ("you", u, 您) aims an insult only in its own clause: "you 🤡", not "thank you. The app is trash".
  you: { partner: 'aimed', flag: 'hostile', cue: 'insult', emotion: 'angry', on: 'partner', clause: true },
  // A part of the body and a reaction: 嘴唇肿, "lips swelled up", 全身起疹.
  body: { partner: 'swell', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner', clause: true },
  swell: { partner: 'body', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self', clause: true },
  // A medicine and a mix-up, a wrong or doubled dose, an expiry or a worry about harm, anywhere in the message.
  med: { partner: 'medwrong', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner', wide: true },
  medwrong: { partner: 'med', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self', wide: true },
  // Glass, metal or a blade and food in one sentence: 饭里…玻璃渣, "metal … in my burger".
  shard: { partner: 'food', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  food: { partner: 'shard', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  // An allergen and eating it or reacting, anywhere in the message: 对花生过敏…吃了, "nut allergy … she ate".
  allergen: { partner: 'ate', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner', wide: true },
  ate: { partner: 'allergen', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self', wide: true },
  // An elderly person or a child and a fall in one sentence: 我妈…摔了一跤, "my dad slipped".
  frail: { partner: 'fall', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner' },
  fall: { partner: 'frail', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self' },
  // Something that hit, fell on or trapped a part of the body, in one clause: 柜门掉下来砸到我儿子脚上, "crushed his finger".
  impact: { partner: 'limb', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'self', clause: true },
  limb: { partner: 'impact', flag: 'safety', cue: 'danger', emotion: 'anxious', on: 'partner', clause: true },
  // A role after a request in one clause: 请贵行安排负责人, 找个能处理的负责人; not 经理叫我等.
  role: { partner: 'ask', flag: 'escalation', cue: 'escalation', emotion: 'angry', on: 'self', clause: true },
  ask: { partner: 'role', flag: 'escalation', cue: 'escalation', emotion: 'angry', on: 'self', clause: true, after: true },
};
// The pair kinds by number, so that the last word of each kind and the flags a pair raised are
// kept in typed arrays, not in objects keyed by kind (a keyed store that adds a property is slow).
const PAIR_KINDS = Object.keys(PAIRS);
const PAIR_LIST = PAIR_KINDS.map((kind) => PAIRS[kind]!);
const PAIR_PARTNER = Int32Array.from(PAIR_LIST, (pair) => PAIR_KINDS.indexOf(pair.partner));
const PAIR_ALSO = Int32Array.from(PAIR_LIST, (pair) => (pair.also ? PAIR_KINDS.indexOf(pair.also) : -1));
const PAIR_FLAG = Int32Array.from(PAIR_LIST, (pair) => FLAGS.indexOf(pair.flag));
const PAIR_AIMED = PAIR_KINDS.indexOf('aimed');
const HOSTILE = FLAGS.indexOf('hostile');
/** The pair kind of an entry (0 none, else its index in PAIR_LIST + 1), cached on the entry. Own keys only, as `PAIRS[kind]` found them (a kind named after an Object.prototype member did nothing there). */
function pairOf(entry: Match['entry']): number {
  let p = entry.pair;
  if (p < 0) entry.pair = p = PAIR_KINDS.indexOf(entry.kind) + 1;
  return p;
}
// The last word of each pair kind in the current reading (valid where LAST_STAMP is the reading's stamp), and per flag the sentence a pair last raised it in (-1 none).
const LAST_STAMP = new Int32Array(PAIR_KINDS.length);
const LAST_SENTENCE = new Int32Array(PAIR_KINDS.length);
const LAST_CLAUSE = new Int32Array(PAIR_KINDS.length);
const LAST_MATCH: (Match | null)[] = PAIR_KINDS.map(() => null);
const FIRED_IN = new Int32Array(FLAGS.length);
let stamp = 0;
// Structural marks: the matcher's (MARKS in matcher.ts) and the ones found here.
const M_QUERY = 1;
const M_CLAIM = 2;
const M_CONTRARY = 3;
const M_ALT = 4;
const M_HOPE = 5;
const M_STAKE = 6;
const M_DEADLINE = 7;
const M_CONTRAST = 8;
const M_DENIAL = 9;
const M_EXPECT = 10;
const M_MEANING = 11;
const M_NEGATOR = 12;
const M_WHY = 13;
// What each mark adds to confusion in a message that asks a question, once per kind of mark
// (a source that says something, a contradiction, an alternative, a "but", "I never…", "I thought",
// "what does … mean", a why (怎么), an "already" (已经…怎么还)). Indexed by mark.
const PUZZLE = [0, 0, 0.35, 0.45, 0.45, 0, 0, 0, 0.45, 0.45, 0.45, 0.7, 0, 0.35, 0.3];
const PUZZLE_MAX = 1.2;
let puzzleBits = 0;
for (let k = 0; k < PUZZLE.length; k++) if (PUZZLE[k]) puzzleBits |= 1 << k;
const PUZZLE_BITS = puzzleBits;
const STAKE_BITS = (1 << M_STAKE) | (1 << M_DEADLINE);
const PUZZLE_FIRM = 0.8;
// Something at stake (an exam, a visa, rent, medicine) and a deadline (明天, by Friday): worry.
const STAKE_WEIGHT = 0.9;
// A hope (期待, looking forward) and, later, what came of it: let-down.
const HOPE_WEIGHT = 0.9;
// Let-down evidence at least this strong, and no strong anger: mild complaint words read as let-down.
const LETDOWN_MIN = 1;
// How much of a lone mild problem word a factual report (a request or a question, no other feeling) takes away.
const FACTUAL = 0.5;
const MILD_ANGER = 1.3;
interface Mark {
  kind: number;
  match: Span;
  sentence: number;
  clause: number;
  /** Nothing follows it in its sentence ("Has it arrived yet?"). */
  last: boolean;
}
const THANKS = ['thank', 'thx', 'ty', 'cheers', '谢', '感谢', '多谢', '感恩', '唔该'];
// The neutral words that open a request, so that the thanks after them is courtesy (not 没事…谢谢).
const REQUESTS = ['please', 'pls', 'kindly', 'could', 'can ', 'would', "i'd", 'i would', 'hi', 'hello', 'hey', 'quick', 'sorry', 'good', '请', '麻烦', '帮', '想', '问', '查', '咨询', '了解', '你好', '您好', '打扰', '不好意思', '唔该'];
const COURTESY = 0.4;

// Acronyms that are normal in support chats and are not shouting.
const ACRONYMS = new Set(
  'SMS PIN OTP USB ATM API PDF VPN UPS DHL FEDEX USPS FAQ CEO BBB FCC FTC ETA SIM WIFI HDMI GPS CPU RAM SSD USA VAT GST IBAN SWIFT IOS MAC APP URL WWW COM HTTP HTTPS NFC QR IMEI TNT EMS SKU PPT CSV XML JSON SSO MFA TFA CVV EST PST GMT UTC SOS LOL OMG ASAP DIY'.split(' '),
);
const LAUGHS = new Set([0x54c8, 0x5475, 0x563f, 0x563b, 0x54c7]); // 哈 呵 嘿 嘻 哇
const QUOTE_OPEN = new Set([0x22, 0x27, 0x201c, 0x300c, 0x300e]);
const QUOTE_CLOSE = new Set([0x22, 0x27, 0x201d, 0x300d, 0x300f]);
const LETDOWN = ['yet another', 'another', 'again', 'one more', 'more', '又', '再次', '再一次', '还是', '照样', '依然', '依旧'];

function isSentenceEnd(folded: Uint16Array, n: number, i: number): boolean {
  const c = folded[i]!;
  if (c === 0x2e) {
    const before = i > 0 ? folded[i - 1]! : 0;
    const after = i + 1 < n ? folded[i + 1]! : 0;
    return !(before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39);
  }
  return c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0x2026 || c === 0xff61;
}

function isClauseEnd(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001 || c === 0xff64 || c === 0x0d || c === 0x2014 || c === 0x7e;
}

// Per folded unit: 1 ends a sentence, 2 ends a clause, 3 a full stop (a sentence end unless between digits).
const BOUNDARY = new Uint8Array(0x10000);
for (const c of [0x21, 0x3f, 0x0a, 0x3002, 0x2026, 0xff61]) BOUNDARY[c] = 1;
for (let c = 0; c < 0x10000; c++) if (isClauseEnd(c)) BOUNDARY[c] = 2;
BOUNDARY[0x2e] = 3;

function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether `to` follows `from` closely enough for a modifier to reach it. */
function near(folded: Uint16Array, from: number, to: number, maxHan: number, maxWords: number): boolean {
  const gap = to - from;
  if (gap <= 0) return true;
  if (gap > 24) return false;
  let han = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const c = folded[i]!;
    if (isWordCode(c)) {
      if (i === from || !isWordCode(folded[i - 1]!)) words++;
    } else if (c > 0x7f) han++;
  }
  return han <= maxHan && words <= maxWords;
}

interface Modifier {
  match: Match;
  factor: number;
}

interface Group {
  match: Match;
  sentence: number;
  degree: { first: Match; last: Match; factor: number } | null;
  negator: Match | null;
  scalers: Modifier[];
  frame: Match | null;
}

const NO_SCALERS: Modifier[] = [];

/** Most words have no scaler, so the list is allocated on the first one. */
function addScaler(group: Group, scaler: Modifier): void {
  if (group.scalers === NO_SCALERS) group.scalers = [scaler];
  else group.scalers.push(scaler);
}

interface Span {
  start: number;
  end: number;
}

/** Never written to: a negated word's flags (none), shared instead of a fresh [] per word. */
const NO_FLAGS: Flag[] = [];

/** flags[flag] = true, without a keyed store (its name varies, so V8 would look it up generically). */
function raise(flags: EmotionFlags, flag: Flag): void {
  switch (flag) {
    case 'complaint':
      flags.complaint = true;
      break;
    case 'escalation':
      flags.escalation = true;
      break;
    case 'hostile':
      flags.hostile = true;
      break;
    case 'safety':
      flags.safety = true;
      break;
  }
}

function emptyFlags(): EmotionFlags {
  return { complaint: false, escalation: false, hostile: false, safety: false };
}

/** The position of an emotion in {@link EMOTIONS}; a switch, since keyed access by a variable name is slow in V8. */
function emotionIndex(e: Emotion): number {
  switch (e) {
    case 'angry':
      return 0;
    case 'anxious':
      return 1;
    case 'confused':
      return 2;
    case 'disappointed':
      return 3;
    case 'neutral':
      return 4;
    default:
      return 5;
  }
}

// Reused per call (the analyser is synchronous and re-entrant only through separate calls).
const RAW = new Float64Array(6);
const FEELING = new Float64Array(4);

/** Asking for someone higher is a request: it adds to what the customer feels (worry, confusion, let-down), anger by default. */
function isRequest(kind: string): boolean {
  return kind === 'escalation' || kind === 'role' || kind === 'ask';
}
const TOTALS = new Float64Array(6);

/** Reads one message; see the public JSDoc on analyzeMessage in index.ts. */
export function analyzeText(input: string, options: AnalyzeOptions = {}): EmotionReading {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const facts = FACTS;
  // One pass folds the text into a shared buffer (first n units valid) and detects the language.
  const folded = readText(text, facts);
  const n = text.length;
  // Most callers pass no language: skip the list lookup then.
  const lang = options && options.lang !== undefined && isLang(options.lang) ? options.lang : facts.lang;
  const amplify = facts.amplify;
  const lexicon = options?.lexicon ?? defaultLexicon();
  // The matches of this message are the first matchCount of MATCHES, reused from call to call
  // (see scanInto): nothing keeps a Match past the call, and LAST_MATCH only within it.
  const matches = MATCHES;
  const matchCount = scanInto(folded, lexicon, n, matches, facts.ascii);
  // Module-level typed arrays are re-read and re-checked on every use in a loop: use a local.
  const boundary = BOUNDARY;

  // The groups of this message are the first groupCount of GROUPS, reused from call to call like MATCHES.
  const groups = GROUPS;
  let groupCount = 0;
  let sentence = 0;
  let clause = 0;
  let pos = 0;
  let sentenceStartGroup = 0;
  let sentenceStart = 0;
  let ellipsisTried = -1;
  let previousSentenceStartGroup = 0;
  let contrastStartGroup = 0;
  let contrast: { match: Match; sentence: number } | null = null;
  // `chain`: where the last danger word it negated ends, so "no smoke or sparks" negates both.
  let negator: { match: Match; clause: number; wide: boolean; chain: number } | null = null;
  let degree: { first: Match; last: Match; factor: number; clause: number } | null = null;
  let concession: { match: Match; clause: number } | null = null;
  let frame: { match: Match; sentence: number } | null = null;
  let sarcasmMarker: Match | null = null;
  let request: Match | null = null;
  // Where the first request for someone higher starts (n when there is none).
  let firstAsk = n;
  // A new stamp invalidates the last words of pair kinds of the previous reading (LAST_STAMP).
  if (++stamp > 0x3fffffff) {
    LAST_STAMP.fill(0);
    stamp = 1;
  }
  // Four stores: fill() is a builtin call that costs more.
  FIRED_IN[0] = FIRED_IN[1] = FIRED_IN[2] = FIRED_IN[3] = -1;
  const pairHits: { match: Match; flag: Flag; cue: string; emotion: Emotion }[] = [];
  const marks: Mark[] = [];
  // The sentences that are questions (？ or a final 吗/呢), as the boundaries are counted.
  let asked: number[] | null = null;
  // After a hope, negators are marked too: "it never came", 没出票 is what came of it.
  let hoped = false;

  for (let m = 0; m < matchCount; m++) {
    const match = matches[m]!;
    // Count the sentence and clause ends before this match (inline: a closure would box these counters).
    for (const to = match.start; pos < to; pos++) {
      const b = boundary[folded[pos]!]!;
      if (b === 0) continue;
      if (b === 1 || (b === 3 && isSentenceEnd(folded, n, pos))) {
        if (folded[pos] === 0x3f || particleBefore(folded, pos)) (asked ??= []).push(sentence);
        sentence++;
        clause++;
        sentenceStart = pos + 1;
        previousSentenceStartGroup = sentenceStartGroup;
        sentenceStartGroup = groupCount;
      } else if (b === 2) clause++;
    }
    const entry = match.entry;
    // 过不过关, 有没有: an A-not-A question; its 不/没 neither negates nor contrasts.
    if ((entry.role === 'negator' || entry.role === 'contrast') && aNotA(folded, n, match.start)) {
      if (pos < match.end) pos = match.end;
      continue;
    }
    switch (entry.role) {
      case 'negator':
        negator = { match, clause, wide: false, chain: -1 };
        if (denial(folded, match.start)) marks.push({ kind: M_DENIAL, match, sentence, clause, last: false });
        else if (hoped) marks.push({ kind: M_NEGATOR, match, sentence, clause, last: false });
        break;
      case 'degree':
        if (degree && degree.clause === clause && near(folded, degree.last.end, match.start, 1, 1)) {
          degree.factor = Math.min(DEGREE_MAX, Math.max(DEGREE_MIN, degree.factor * entry.factor));
          degree.last = match;
        } else degree = { first: match, last: match, factor: entry.factor, clause };
        break;
      case 'contrast': {
        // "A. But B": a contrast opening a sentence reaches back into the one before.
        const from = groupCount === sentenceStartGroup ? previousSentenceStartGroup : sentenceStartGroup;
        for (let g = Math.max(from, contrast ? contrastStartGroup : 0); g < groupCount; g++) {
          addScaler(groups[g]!, { match, factor: CONTRAST_BEFORE });
        }
        contrastStartGroup = groupCount;
        contrast = { match, sentence };
        const after = nextUnit(folded, n, match.end);
        marks.push({ kind: M_CONTRAST, match, sentence, clause, last: after >= n || BOUNDARY[folded[after]!] !== 0 });
        clause++;
        negator = null;
        break;
      }
      case 'concession':
        concession = { match, clause };
        break;
      case 'frame':
        frame = { match, sentence };
        break;
      default: {
        // A structural mark (a question word, a source, a deadline…) only shapes the reading.
        if (entry.mark && entry.kind !== 'contact') {
          marks.push({ kind: entry.mark, match, sentence, clause, last: false });
          if (entry.mark === M_HOPE) hoped = true;
          break;
        }
        let group = groups[groupCount];
        if (group) {
          group.match = match;
          group.sentence = sentence;
          group.degree = null;
          group.negator = null;
          group.scalers = NO_SCALERS;
          group.frame = null;
        } else groups.push((group = { match, sentence, degree: null, negator: null, scalers: NO_SCALERS, frame: null }));
        if (degree && degree.clause === clause && near(folded, degree.last.end, match.start, 2, 2)) {
          group.degree = { first: degree.first, last: degree.last, factor: degree.factor };
          degree = null;
        }
        if (
          negator &&
          negator.clause === clause &&
          (negator.wide
            ? near(folded, negator.match.end, match.start, 8, 6)
            : // Danger and threats are negated only up close ("not dangerous", 没有冒烟), never across "isn't fixed, I'll come down there".
              entry.flags.includes('safety')
              ? near(folded, negator.chain < 0 ? negator.match.end : negator.chain, match.start, negator.chain < 0 ? 1 : 2, negator.chain < 0 ? 0 : 1)
              : near(folded, negator.match.end, match.start, 3, 3))
        ) {
          // 这不是乱收费吗？ is a rhetorical question: it asserts the word, it does not negate it.
          if (!rhetorical(folded, n, match.end)) {
            group.negator = negator.match;
            if (entry.flags.includes('safety')) negator.chain = match.end;
          }
        }
        if (contrast && contrast.sentence === sentence) addScaler(group, { match: contrast.match, factor: CONTRAST_AFTER });
        if (concession && concession.clause === clause) addScaler(group, { match: concession.match, factor: CONCESSION });
        if (frame && sentence - frame.sentence <= 1) group.frame = frame.match;
        if (entry.kind === 'sarcasm') sarcasmMarker = match;
        // A neutral opener (请问, please), or a request word that asks for someone (请…安排经理), opens a request.
        if ((entry.emotions[0] === 'neutral' || entry.kind === 'ask') && !request && startsWithAny(entry, REQUESTS, folded, n, match.start, false)) request = match;
        else if (request && entry.emotions.includes('satisfied') && startsWithAny(entry, THANKS, folded, n, match.start, true)) {
          addScaler(group, { match: request, factor: COURTESY });
        }
        if (firstAsk === n && isRequest(entry.kind)) firstAsk = match.start;
        const kind = pairOf(entry) - 1;
        if (kind >= 0 && !group.negator) {
          const pair = PAIR_LIST[kind]!;
          // The last word of the partner kind, if it is close enough (else of the `also` kind).
          let partner = pair.after ? -1 : PAIR_PARTNER[kind]!;
          let close = partner >= 0 && LAST_STAMP[partner] === stamp && (pair.wide || (LAST_SENTENCE[partner] === sentence && (!pair.clause || LAST_CLAUSE[partner] === clause)));
          if (!close && pair.also) {
            partner = PAIR_ALSO[kind]!;
            close = LAST_STAMP[partner] === stamp && LAST_SENTENCE[partner] === sentence && LAST_CLAUSE[partner] === clause;
          }
          if (close && FIRED_IN[PAIR_FLAG[kind]!] !== sentence) {
            FIRED_IN[PAIR_FLAG[kind]!] = sentence;
            pairHits.push({ match: pair.on === 'self' ? match : LAST_MATCH[partner]!, flag: pair.flag, cue: pair.cue, emotion: pair.emotion });
          }
          LAST_STAMP[kind] = stamp;
          LAST_MATCH[kind] = match;
          LAST_SENTENCE[kind] = sentence;
          LAST_CLAUSE[kind] = clause;
          // "Absolutely useless.", "useless as always": an English sentence that is only the insult is aimed at the reader.
          // Only the first aimed word of a sentence can open it: test once per sentence, so the work stays linear.
          if (kind === PAIR_AIMED && ellipsisTried !== sentence && FIRED_IN[HOSTILE] !== sentence && ((ellipsisTried = sentence), elliptical(folded, n, sentenceStart, group))) {
            FIRED_IN[HOSTILE] = sentence;
            pairHits.push({ match, flag: 'hostile', cue: 'insult', emotion: 'angry' });
          }
        }
        groupCount++;
        // A medicine is also something at stake (insulin… tomorrow).
        if (entry.kind === 'med') marks.push({ kind: M_STAKE, match, sentence, clause, last: false });
        if (entry.negates) negator = { match, clause, wide: true, chain: -1 };
        if (entry.mark) marks.push({ kind: entry.mark, match, sentence, clause, last: false });
        else if (entry.negates) {
          marks.push({ kind: M_EXPECT, match, sentence, clause, last: false });
          hoped = true;
        }
        else if (entry.emotions[0] === 'confused' && entry.weights[0]! <= 0.5) marks.push({ kind: M_QUERY, match, sentence, clause, last: false });
      }
    }
    // A term that ends in ？ (是什么？, "mean?") asks a question its sentence count does not see.
    if (folded[match.end - 1] === 0x3f) (asked ??= []).push(sentence);
    if (pos < match.end) pos = match.end;
  }

  // A long text's matches are not kept for the next message (the ones in use stay alive through groups and marks).
  if (matches.length > MATCHES_KEPT) matches.length = MATCHES_KEPT;

  // Negative context, before contrast, decides whether praise reads as sarcasm.
  let negativeContext = 0;
  // What the customer feels apart from asking for someone higher: the request adds to that feeling.
  // Four stores: a typed array's fill() is a builtin call that costs more than these.
  FEELING[0] = FEELING[1] = FEELING[2] = FEELING[3] = 0;
  // Let-down evidence, and whether anything reads as real anger (an insult, a threat, a strong word).
  let letdown = 0;
  let strong = false;
  // Any feeling other than procedure (a formal complaint).
  let unrest = 0;
  // Praise apart from any request: passing thanks up (转告你们主管…服务超好) is a compliment, not an escalation.
  let praise = 0;
  // The one negative word of a message, if it has exactly one.
  let negatives = 0;
  let lone: Group | null = null;
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g]!;
    const { emotions, weights, kind, flags: entryFlags } = group.match.entry;
    if (!group.negator && !isRequest(kind)) {
      for (let k = 0; k < emotions.length; k++) {
        const e = emotionIndex(emotions[k]!);
        const w = weights[k]! * (group.degree ? group.degree.factor : 1);
        if (e < 4) FEELING[e] += w;
        // A formal complaint (正式投诉, "lodge a complaint") is procedure: it does not make a request impolite.
        if (e < 4 && !(kind === 'complaint' && weights[k]! <= 0.5)) unrest += w;
        // Thanks after a request is courtesy, not praise to pass up.
        else if (e === 5 && !startsWithAny(group.match.entry, THANKS, folded, n, group.match.start, true)) praise += w;
        if (e === 3 && !entryFlags.length) letdown += w;
      }
      if (group.match.entry.strong) strong = true;
      if (negativeEntry(group.match.entry)) {
        negatives++;
        lone = group;
      }
    }
    // A word that also carries praise (🙏) is no complaint for praise to be sarcastic about.
    if (emotions.includes('satisfied')) continue;
    for (let k = 0; k < emotions.length; k++) {
      const e = emotions[k]!;
      if (e === 'angry' || e === 'anxious' || e === 'disappointed') {
        negativeContext += weights[k]! * (group.negator ? WEAKEN_KEEP.full : 1);
      }
    }
  }

  // "麻烦请你们店长回电", "could you pass this to your supervisor": a polite request before the ask and no feeling at all is business.
  const polite = request !== null && request.start <= firstAsk && unrest <= 0 && !(amplify & 1 && bangAny(folded, n));
  // Praise and no complaint at all around a request for someone higher: the customer passes thanks up.
  const compliment = firstAsk < n && unrest <= 0 && praise >= 1 && contrast === null;

  // The shape of the message: a question with a contradiction in it, a hope let down, a stake with a deadline.
  let markBits = 0;
  for (let k = 0; k < marks.length; k++) markBits |= 1 << marks[k]!.kind;
  // Most messages have no shape to read: no puzzle mark where a question is possible, no stake with a deadline, no hope.
  const canAsk = (amplify & 1) !== 0 || (markBits & ((1 << M_QUERY) | (1 << M_WHY))) !== 0 || facts.lang !== 'en';
  const shape =
    (canAsk && markBits & PUZZLE_BITS) || (markBits & STAKE_BITS) === STAKE_BITS || markBits & ((1 << M_HOPE) | (1 << M_EXPECT))
      ? readShape(marks, groups, groupCount, questionsAfter(folded, n, pos, sentence, asked ?? []), strong, FEELING[0]! > 0)
      : null;
  // A hope let down is let-down enough on its own.
  if (shape?.hope) letdown += LETDOWN_MIN;
  // The request adds to what the customer feels, the shape of the message included ("flight in 4 hours… your manager").
  // Only worry and let-down: a quoted source ("your colleague said…") leaves a polite request polite.
  if (shape) for (const cue of shape.cues) if (cue.emotion === 'anxious' || cue.emotion === 'disappointed') FEELING[emotionIndex(cue.emotion)] += cue.weight;
  // A danger reported with the request makes it urgent: worry ("a double dose… put me through to a pharmacist").
  for (const hit of pairHits) if (hit.flag === 'safety') FEELING[1] += PAIR_WEIGHT;
  let asking: Emotion = 'angry';
  for (let k = 1; k < 4; k++) if (FEELING[k]! > FEELING[emotionIndex(asking)]! + 1e-9) asking = EMOTIONS[k]!;
  // A mild puzzle (a source quoted) does not make a polite request less polite.
  if (polite && (!shape?.cues.length || (Math.abs(shape.puzzle - shapeTotal(shape)) < 1e-9 && shape.puzzle < PUZZLE_FIRM))) asking = 'neutral';
  if (compliment) asking = 'satisfied';
  // Let-down with no strong anger: the mild complaint words in it (slow, poor, 差) are the let-down's evidence.
  const letdownRules = letdown >= LETDOWN_MIN && !strong && !bangRun(folded, n, amplify) && !shouting(text, n, amplify);
  // "My parcel arrived damaged, please send a replacement", 网速有点慢，是在维护吗？: one mild problem
  // word, reported with a request or a question and nothing else negative, is a fact, not a feeling.
  const factual = negatives === 1 && lone && !shape?.cues.length && isFactual(lone, request !== null || (amplify & 1) !== 0, folded, n) ? lone : null;
  const cues: Cue[] = [];
  const flags = emptyFlags();
  for (let k = 0; k < 6; k++) RAW[k] = 0;
  const raw = RAW;
  SINK.text = text;
  SINK.cues = cues;

  // Mock praise read as sarcasm (天才欸, "genius") turns the other praise around it to sarcasm too (你好棒喔…👏).
  let mockSpan: Span | null = null;
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g]!;
    if (group.match.entry.kind === 'mock' && !group.negator && (mockSpan = sarcasmSpan(group, sarcasmMarker, negativeContext, text, folded, n))) break;
  }
  // What each matched word ended up meaning, for the amplifiers below (groupEmotion[g] for each group; reused like GROUPS).
  const groupEmotion = GROUP_EMOTION;
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g]!;
    const { match } = group;
    const entry = match.entry;
    const soft = group.negator ? group.negator.entry.factor < 1 : false;
    const raisedFlags = group.negator ? NO_FLAGS : compliment && entry.flags.includes('escalation') ? entry.flags.filter((f) => f !== 'escalation') : entry.flags;
    for (let k = 0; k < raisedFlags.length; k++) raise(flags, raisedFlags[k]!);
    if (entry.emotions.length === 0) {
      if (raisedFlags.length) pushCue(entry.kind, match, undefined, 0, raisedFlags);
      groupEmotion[g] = undefined;
      continue;
    }
    // 收到了没有？, 解决了吗？, "Is it fixed?": a yes/no question about the good news is not the good news.
    if (entry.emotions[0] === 'satisfied' && entry.emotions.length === 1 && !group.negator && askedAbout(folded, n, match.end)) {
      pushCue('question', match, undefined, 0);
      groupEmotion[g] = undefined;
      continue;
    }
    const sarcasm = entry.emotions.includes('satisfied') && !group.negator ? (sarcasmSpan(group, sarcasmMarker, negativeContext, text, folded, n) ?? mockSpan) : null;
    // Mock praise of the agent (佩服你们, "genius move", "well done everyone") read as sarcasm is contempt: hostile.
    const mocking = sarcasm !== null && entry.kind === 'mock';
    if (mocking) flags.hostile = true;
    let mainEmotion: Emotion | undefined;
    let mainWeight = -Infinity;
    for (let k = 0; k < entry.emotions.length; k++) {
      const base = entry.weights[k]!;
      let emotion = entry.emotions[k]!;
      let keep = 1;
      if (group.negator) {
        if (emotion === 'satisfied') {
          emotion = entry.negatedAs;
          keep = soft ? FLIP_KEEP.soft : FLIP_KEEP.full;
        } else if (emotion !== 'neutral') keep = soft ? WEAKEN_KEEP.soft : WEAKEN_KEEP.full;
      }
      if (sarcasm && emotion === 'satisfied') emotion = 'angry';
      if (emotion === 'angry' && isRequest(entry.kind)) emotion = asking;
      else if (emotion === 'angry' && letdownRules && !group.negator && base <= MILD_ANGER) emotion = 'disappointed';
      // 到底/究竟 in a puzzled question (到底是A还是B？) press for an answer, not for blood.
      else if (emotion === 'angry' && shape && shape.puzzle >= PUZZLE_FIRM && (startsWith(folded, n, match.start, '到底') || startsWith(folded, n, match.start, '究竟'))) emotion = 'confused';
      // 不是说…吗？, "I thought it was free?": an expectation in a question is checking a belief, not a let-down.
      if (emotion === 'disappointed' && entry.negates && shape?.puzzled && shape.asked(group.sentence)) emotion = 'confused';
      pushCue(entry.kind, match, emotion, base, k === 0 ? raisedFlags : undefined);
      let running = base;
      if (group.degree) {
        const { first, last, factor } = group.degree;
        pushCue('intensifier', { start: first.start, end: last.end }, emotion, running * (factor - 1));
        running *= factor;
      }
      if (group.negator && keep !== 1) {
        pushCue('negation', group.negator, emotion, running * (keep - 1));
        running *= keep;
      } else if (group.negator && emotion === 'neutral') pushCue('negation', group.negator, undefined, 0);
      if (sarcasm) pushCue('sarcasm', sarcasm, 'angry', 0, mocking && k === 0 ? MOCK_FLAGS : undefined);
      for (const scaler of group.scalers) {
        const role = scaler.match.entry.role;
        pushCue(role === 'word' ? 'courtesy' : role, scaler.match, emotion, running * (scaler.factor - 1));
        running *= scaler.factor;
      }
      if (group === factual && (emotion === 'angry' || emotion === 'disappointed')) {
        pushCue('factual', match, emotion, -running * FACTUAL);
        running *= 1 - FACTUAL;
      }
      if (running > mainWeight) {
        mainWeight = running;
        mainEmotion = emotion;
      }
    }
    groupEmotion[g] = mainEmotion;
  }

  for (const hit of pairHits) {
    if (compliment && hit.flag === 'escalation') continue;
    raise(flags, hit.flag);
    const emotion = hit.flag === 'escalation' ? asking : letdownRules && hit.cue === 'repetition' ? 'disappointed' : hit.emotion;
    pushCue(hit.cue, hit.match, emotion, PAIR_WEIGHT, [hit.flag]);
  }
  if (shape) for (const cue of shape.cues) pushCue(cue.kind, cue.span, cue.emotion, cue.weight);

  if (amplify) addAmplifiers(text, folded, n, amplify, facts.mark ?? 0, groups, groupCount, groupEmotion, raw, pushCue);
  // A long text's groups are not kept for the next message.
  if (groups.length > MATCHES_KEPT) groups.length = MATCHES_KEPT;
  if (groupEmotion.length > MATCHES_KEPT) groupEmotion.length = MATCHES_KEPT;

  // The learned second opinion (learned-opinion.ts): cues of kind 'learned', and a hostile or safety flag the rules missed.
  if (options?.learned !== false) addLearnedCues(text, flags, cues, pushCue);

  SINK.text = '';
  SINK.cues = NO_CUES;
  return reading(lang, mergeCues(cues, n), flags);
}

/**
 * The reading from its merged cues: each emotion's raw score, the dominant one and the squashed
 * scores. A function of its own: analyzeText is too big for V8 to inline the small helpers here.
 */
function reading(lang: Lang, merged: Cue[], flags: EmotionFlags): EmotionReading {
  const totals = TOTALS;
  for (let k = 0; k < 6; k++) totals[k] = 0;
  for (let k = 0; k < merged.length; k++) {
    const e = merged[k]!.emotion;
    if (e) totals[emotionIndex(e)] += merged[k]!.weight;
  }
  totals[4] += NEUTRAL_BASELINE;
  let emotion: Emotion = 'neutral';
  let best = totals[4]!;
  for (let k = 0; k < 6; k++) {
    if (k !== 4 && totals[k]! > best + 1e-9) {
      best = totals[k]!;
      emotion = EMOTIONS[k]!;
    }
  }
  const scores: Record<Emotion, number> = {
    angry: round(squash(totals[0]!)),
    anxious: round(squash(totals[1]!)),
    confused: round(squash(totals[2]!)),
    disappointed: round(squash(totals[3]!)),
    neutral: round(squash(totals[4]!)),
    satisfied: round(squash(totals[5]!)),
  };
  return {
    lang,
    emotion,
    // The dominant emotion's score, computed as in `scores` (a keyed read by a varying name is slow in V8).
    intensity: emotion === 'neutral' ? 0 : round(squash(best)),
    scores,
    cues: merged,
    flags,
  };
}

/** The weight of all the cues a shape planned. */
function shapeTotal(shape: Shape): number {
  let total = 0;
  for (const cue of shape.cues) total += cue.weight;
  return total;
}

/** Where {@link pushCue} writes: set at the start of each reading and cleared at its end. */
const NO_CUES: Cue[] = [];
const SINK: { text: string; cues: Cue[] } = { text: '', cues: NO_CUES };

/** Adds one cue to the current reading, and its weight to the emotion's raw score. */
function pushCue(kind: string, span: Span, emotion: Emotion | undefined, weight: number, flagList?: Flag[]): Cue {
  const text = SINK.text.slice(span.start, span.end);
  const w = round(weight);
  // Each cue is built whole, its keys in the order they serialise in (kind, text, start, end, weight,
  // emotion, flags): adding a key to a built object changes its hidden class and grows its storage.
  let cue: Cue;
  if (flagList && flagList.length) cue = emotion ? { kind, text, start: span.start, end: span.end, weight: w, emotion, flags: flagList } : { kind, text, start: span.start, end: span.end, weight: w, flags: flagList };
  else cue = emotion ? { kind, text, start: span.start, end: span.end, weight: w, emotion } : { kind, text, start: span.start, end: span.end, weight: w };
  if (emotion) RAW[emotionIndex(emotion)] += w;
  SINK.cues.push(cue);
  return cue;
}

/** Why praise reads as sarcasm here, if it does: the span of the marker, frame, quotes, or let-down that says so. */
function sarcasmSpan(group: Group, sarcasmMarker: Match | null, negativeContext: number, text: string, folded: Uint16Array, n: number): Span | null {
  if (sarcasmMarker && sarcasmMarker !== group.match) return sarcasmMarker;
  const others = negativeContext;
  // Praise that only mocks (佩服你们, "10/10 would … again") next to any complaint is sarcasm on its own.
  if (others >= SARCASM_CONTEXT && group.match.entry.kind === 'mock') return group.match;
  if (group.frame && others >= SARCASM_CONTEXT) return group.frame;
  const { start, end } = group.match;
  if (
    others >= SARCASM_CONTEXT &&
    start > 0 &&
    end < n &&
    QUOTE_OPEN.has(text.charCodeAt(start - 1)) &&
    QUOTE_CLOSE.has(text.charCodeAt(end))
  ) {
    return { start: start - 1, end: end + 1 };
  }
  if (others >= SARCASM_CONTEXT && standsAlone(folded, n, start, end) && !startsWithSome(folded, n, start, THANKS)) {
    return group.match;
  }
  return letdownAfter(folded, n, end);
}

interface Planned {
  kind: string;
  span: Span;
  emotion: Emotion;
  weight: number;
}

interface Shape {
  cues: Planned[];
  hope: Planned | null;
  /**
   * The message reads as puzzled, not as a complaint: no anger, and more than a lone 不是说…吗
   * (a second question, or another mark of confusion). Then 不是说, "I thought" check a belief.
   */
  puzzled: boolean;
  /** The confusion its shape adds. */
  puzzle: number;
  asked(sentence: number): boolean;
}

/**
 * Reads the structural marks of a message (see MARKS in matcher.ts) into cues:
 * - a question (？, 吗/呢 at the end, a question word) with sources, contradictions, alternatives,
 *   "but", "I never…", "I thought…" or "what does … mean" in the message is confusion, one
 *   weight per kind of mark (two sources count twice), unless the message is really angry;
 * - a hope (期待, looking forward) followed by a contradiction or a negative word is let-down;
 * - something at stake (exam, visa, rent, medicine) with a deadline (明天, by Friday) is worry.
 */
function readShape(marks: Mark[], groups: Group[], groupCount: number, questionList: number[], strong: boolean, angry: boolean): Shape {
  // One flag per sentence, so that every look-up below is O(1) and the reading stays linear.
  let last = 0;
  for (const s of questionList) if (s > last) last = s;
  for (const mark of marks) if (mark.sentence > last) last = mark.sentence;
  const asked = new Uint8Array(last + 2);
  let questions = 0;
  for (const s of questionList) if (!asked[s]) questions += asked[s] = 1;
  for (const mark of marks) if ((mark.kind === M_QUERY || mark.kind === M_WHY) && !asked[mark.sentence]) questions += asked[mark.sentence] = 1;
  const cues: Planned[] = [];
  let total = 0;
  let others = 0;
  // Real anger (an insult, 搞什么, "ridiculous") is not puzzlement, whatever its shape.
  if (questions && !strong) {
    let seen = 0;
    let claims = 0;
    for (const mark of marks) {
      let weight = PUZZLE[mark.kind] ?? 0;
      if (!weight || total >= PUZZLE_MAX) continue;
      // An alternative only in the question itself ("A or B?", not "by Friday or I can't pay");
      // "but" only with something after it (not "Has it arrived yet?"); "I thought…" only without anger.
      if ((mark.kind === M_ALT || mark.kind === M_MEANING) && !asked[mark.sentence]) continue;
      if (mark.kind === M_CONTRAST && mark.last) continue;
      if (mark.kind === M_EXPECT && angry) continue;
      // Two sources that disagree count twice (客服说…页面写着…); every other kind once.
      if (mark.kind === M_CLAIM ? ++claims > 2 : seen & (1 << mark.kind)) continue;
      seen |= 1 << mark.kind;
      weight = Math.min(weight, PUZZLE_MAX - total);
      total += weight;
      if (mark.kind !== M_EXPECT) others += weight;
      cues.push({ kind: 'puzzle', span: mark.match, emotion: 'confused', weight });
    }
  }
  let hope: Planned | null = null;
  let stake: Mark | null = null;
  let deadline = false;
  for (const mark of marks) {
    if (mark.kind === M_STAKE) stake ??= mark;
    else if (mark.kind === M_DEADLINE) deadline = true;
  }
  if (stake && deadline) cues.push({ kind: 'deadline', span: stake.match, emotion: 'anxious', weight: STAKE_WEIGHT });
  for (const mark of marks) {
    // A hope, or an expectation (说好的, "I thought") outside a question.
    if (mark.kind !== M_HOPE && (mark.kind !== M_EXPECT || asked[mark.sentence])) continue;
    const after = (m: Mark): boolean => m.clause > mark.clause && (m.kind === M_CONTRAST || m.kind === M_CONTRARY || m.kind === M_NEGATOR || m.kind === M_DENIAL);
    let outcome = marks.some(after);
    for (let k = 0; k < groupCount && !outcome; k++) {
      const g = groups[k]!;
      outcome = g.match.start >= mark.match.end && !g.negator && negativeEntry(g.match.entry);
    }
    if (outcome) {
      hope = { kind: 'letdown', span: mark.match, emotion: 'disappointed', weight: HOPE_WEIGHT };
      cues.push(hope);
    }
    break;
  }
  return { cues, hope, puzzle: total, puzzled: (questions > 1 || others > 0) && !strong && !angry, asked: (s) => asked[s] === 1 || asked[s + 1] === 1 };
}

/** A yes/no question ends right after `end`: ？, 吗, 了没有？, 未？. */
function askedAbout(folded: Uint16Array, n: number, end: number): boolean {
  const j = nextUnit(folded, n, end);
  if (j >= n) return false;
  const c = folded[j]!;
  if (c === 0x3f || c === 0x5417) return true;
  if (c !== 0x6ca1 && c !== 0x672a && c !== 0x5187) return false;
  for (let k = j + 1; k < n && k <= j + 2; k++) if (folded[k] === 0x3f || folded[k] === 0x5417) return true;
  return false;
}

/** The first unit at or after `from` that is not a space (n at the end). */
function nextUnit(folded: Uint16Array, n: number, from: number): number {
  let i = from;
  while (i < n && folded[i] === 0x20) i++;
  return i;
}

/** A mild complaint word (≤ 1, not intensified, an ordinary keyword) in a message with a request or a question and no '!'. */
function isFactual(group: Group, asking: boolean, folded: Uint16Array, n: number): boolean {
  const entry = group.match.entry;
  if (!asking || group.negator || entry.kind !== 'keyword' || entry.flags.length || (group.degree && group.degree.factor > 1)) return false;
  for (let k = 0; k < entry.emotions.length; k++) if (entry.weights[k]! > 1 || entry.emotions[k] === 'anxious') return false;
  for (let i = 0; i < n; i++) if (folded[i] === 0x21) return false;
  return true;
}

function negativeEntry(entry: Match['entry']): boolean {
  for (let k = 0; k < entry.emotions.length; k++) {
    const e = entry.emotions[k]!;
    if ((e === 'angry' || e === 'disappointed' || e === 'anxious') && entry.weights[k]! > 0) return true;
  }
  return false;
}

const PARTICLES = new Set([0x5417, 0x5462, 0x4e48, 0x54a9]); // 吗 呢 么 咩

/** Adds the questions after `from` (the boundaries analyzeText's loop did not reach) to `asked`: ？ or a final 吗/呢. */
function questionsAfter(folded: Uint16Array, n: number, from: number, sentence: number, asked: number[]): number[] {
  for (let i = from; i < n; i++) {
    const b = BOUNDARY[folded[i]!]!;
    if (b === 1 || (b === 3 && isSentenceEnd(folded, n, i))) {
      if (folded[i] === 0x3f || particleBefore(folded, i)) asked.push(sentence);
      sentence++;
    }
  }
  if (particleBefore(folded, n)) asked.push(sentence);
  return asked;
}

function particleBefore(folded: Uint16Array, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (folded[j] === 0x20 || folded[j] === 0x7e)) j--;
  return j >= 0 && PARTICLES.has(folded[j]!);
}

/**
 * "I never…", "I didn't…", 我没有…, 我根本没: the customer denies the premise (a past-tense
 * negator right after I / 我). Not "I can't see", "I don't know": those are not denials.
 */
function denial(folded: Uint16Array, at: number): boolean {
  const c0 = folded[at]!;
  if (c0 === 0x6ca1 || c0 === 0x4ece || c0 === 0x672a || c0 === 0x5187) {
    // 没 从(没) 未 冇
    for (let j = at - 1; j >= 0 && at - j <= 3; j--) {
      const c = folded[j]!;
      if (c === 0x6211) return true;
      if (!isHan(c)) break;
    }
    return false;
  }
  // never, didn't, haven't, hadn't, wasn't
  const past = c0 === 0x6e ? folded[at + 1] === 0x65 : c0 === 0x64 ? folded[at + 1] === 0x69 : c0 === 0x68 ? folded[at + 1] === 0x61 : c0 === 0x77 && folded[at + 1] === 0x61;
  return past && at >= 2 && folded[at - 1] === 0x20 && folded[at - 2] === 0x69 && (at === 2 || !isWordCode(folded[at - 3]!));
}

/** A word of three capitals or more that is not an acronym ("this is UNACCEPTABLE"): shouting. */
function shouting(text: string, n: number, amplify: number): boolean {
  if (!(amplify & 2)) return false;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && text.charCodeAt(j) >= 0x41 && text.charCodeAt(j) <= 0x5a) j++;
    if (j - i >= 3 && (i === 0 || !isWordCode(text.charCodeAt(i - 1))) && (j >= n || !isWordCode(text.charCodeAt(j))) && !ACRONYMS.has(text.slice(i, j))) return true;
    i = j > i ? j : i + 1;
  }
  return false;
}

const MOCK_FLAGS: Flag[] = ['hostile'];

/** Any ! in the text. */
function bangAny(folded: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (folded[i] === 0x21) return true;
  return false;
}

/** A run of two or more ! (！！, !!!): shouting, which keeps anger anger. */
function bangRun(folded: Uint16Array, n: number, amplify: number): boolean {
  if (!(amplify & 1)) return false;
  for (let i = 1; i < n; i++) if (folded[i] === 0x21 && folded[i - 1] === 0x21) return true;
  return false;
}

/**
 * Whether the text at `at`, where `entry` matched, starts with one of `words`. Decided once per
 * entry from its term (cached on it) unless a word is longer than the term: then read the text.
 */
function startsWithAny(entry: Match['entry'], words: readonly string[], folded: Uint16Array, n: number, at: number, thanks: boolean): boolean {
  let known = thanks ? entry.thanks : entry.opens;
  if (known < 0) {
    const term = entry.folded;
    known = 0;
    for (const w of words) {
      if (w.length <= term.length ? term.startsWith(w) : w.startsWith(term)) known = w.length <= term.length ? 1 : 2;
      if (known === 1) break;
    }
    if (thanks) entry.thanks = known;
    else entry.opens = known;
  }
  return known === 1 || (known === 2 && startsWithSome(folded, n, at, words));
}

/** Whether the text at `at` starts with one of `words` (a loop: `words.some(closure)` allocates the closure on every call). */
function startsWithSome(folded: Uint16Array, n: number, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (startsWith(folded, n, at, words[k]!)) return true;
  return false;
}

function startsWith(folded: Uint16Array, n: number, at: number, word: string): boolean {
  if (at + word.length > n) return false;
  for (let k = 0; k < word.length; k++) if (folded[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** The group's English word opens its sentence (after degree words only) and nothing but "as …" or the sentence end follows. */
function elliptical(folded: Uint16Array, n: number, sentenceStart: number, group: Group): boolean {
  const { start, end } = group.match;
  // Not "Sucks." (that sucks): only the adjectives and nouns are elliptical insults.
  if (!isWordCode(folded[start]!) || startsWith(folded, n, start, 'suck')) return false;
  let i = sentenceStart;
  while (i < start && (folded[i] === 0x20 || folded[i] === 0x22 || folded[i] === 0x27)) i++;
  if (group.degree && i === group.degree.first.start) i = group.degree.last.end;
  while (i < start && folded[i] === 0x20) i++;
  if (i !== start) return false;
  let j = end;
  while (j < n && folded[j] === 0x20) j++;
  if (j >= n || BOUNDARY[folded[j]!]) return true;
  return folded[j] === 0x61 && folded[j + 1] === 0x73 && folded[j + 2] === 0x20;
}

/** 过不过, 有没有: the unit before a 不/没 at `at` comes again right after it. */
function aNotA(folded: Uint16Array, n: number, at: number): boolean {
  const c = folded[at]!;
  return (c === 0x4e0d || c === 0x6ca1) && at > 0 && at + 1 < n && folded[at - 1] === folded[at + 1] && isHan(folded[at + 1]!);
}

/** Whether the clause ends in 吗？ right after `from`: a rhetorical question (这不是乱收费吗？). */
function rhetorical(folded: Uint16Array, n: number, from: number): boolean {
  for (let j = from; j < n && j - from <= 12; j++) {
    const c = folded[j]!;
    if (c === 0x5417) return j + 1 >= n || folded[j + 1] === 0x3f;
    if (BOUNDARY[c]) return false;
  }
  return false;
}

/** Deadpan praise: "Impressive." as a sentence of its own, next to a complaint. */
function standsAlone(folded: Uint16Array, n: number, start: number, end: number): boolean {
  let i = start - 1;
  for (; i >= 0 && start - i <= 8; i--) {
    const c = folded[i]!;
    if (isSentenceEnd(folded, n, i)) break;
    if (c !== 0x20 && c !== 0x22 && c !== 0x2c && c !== 0x0a) return false;
  }
  if (i >= 0 && start - i > 8) return false;
  let j = end;
  for (; j < n && j - end <= 4; j++) {
    const c = folded[j]!;
    if (isSentenceEnd(folded, n, j)) return true;
    if (c !== 0x20 && c !== 0x22) return false;
  }
  return j >= n;
}

/** "Great, another week…", "太好了，又延期了": praise followed at once by a let-down reads as sarcasm. */
function letdownAfter(folded: Uint16Array, n: number, end: number): Span | null {
  let i = end;
  let sawPunctuation = false;
  while (i < n && i < end + 4) {
    const c = folded[i]!;
    if (c === 0x20) i++;
    else if (c === 0x2c || c === 0x2e || c === 0x21 || c === 0xff0c || c === 0x3002 || c === 0x2026 || c === 0x3001) {
      sawPunctuation = true;
      i++;
    } else break;
  }
  if (!sawPunctuation) return null;
  outer: for (const word of LETDOWN) {
    if (i + word.length > n) continue;
    for (let k = 0; k < word.length; k++) if (folded[i + k] !== word.charCodeAt(k)) continue outer;
    if (isWordCode(word.charCodeAt(0)) && i + word.length < n && isWordCode(folded[i + word.length]!)) continue;
    return { start: i, end: i + word.length };
  }
  return null;
}

type PushCue = (kind: string, span: Span, emotion: Emotion | undefined, weight: number) => Cue;

/** Punctuation runs, shouting and repeated characters amplify whichever emotion the words set up. */
function addAmplifiers(
  text: string,
  folded: Uint16Array,
  n: number,
  amplify: number,
  mark: number,
  groups: Group[],
  groupCount: number,
  groupEmotion: (Emotion | undefined)[],
  raw: Float64Array,
  pushCue: PushCue,
): void {
  let lead: Emotion | undefined;
  let leadRaw = 0;
  for (let k = 0; k < 6; k++) {
    if (k !== 4 && raw[k]! > leadRaw + 1e-9) {
      lead = EMOTIONS[k]!;
      leadRaw = raw[k]!;
    }
  }
  const negativeLead = lead === 'satisfied' ? undefined : lead;
  let exclaimed = 0;
  let shouted = 0;
  // Whether the text has a lower-case letter, computed once when first needed (a closure would be allocated every call).
  let hasLower: boolean | undefined;
  let g = 0;
  // Without capitals or repeats only ! and ? runs can amplify: skip everything else quickly, from the first of them on.
  const marksOnly = (amplify & 2) === 0;
  for (let i = marksOnly ? mark : 0; i < n; ) {
    const c = folded[i]!;
    if (marksOnly && c !== 0x21 && c !== 0x3f) {
      i++;
      continue;
    }
    if (c === 0x21 || c === 0x3f) {
      let j = i;
      let bangs = 0;
      let questions = 0;
      while (j < n && (folded[j] === 0x21 || folded[j] === 0x3f)) {
        if (folded[j] === 0x21) bangs++;
        else questions++;
        j++;
      }
      const span = { start: i, end: j };
      if (bangs && questions) pushCue('punctuation', span, negativeLead === 'confused' || !negativeLead ? 'angry' : negativeLead, INTERROBANG_WEIGHT);
      else if (bangs && exclaimed < EXCLAIM_MAX) {
        const target = lead ?? (bangs >= 2 ? 'angry' : undefined);
        const weight = Math.min(EXCLAIM_WEIGHT[Math.min(bangs, 3)]!, EXCLAIM_MAX - exclaimed);
        if (target) {
          pushCue('punctuation', span, target, weight);
          exclaimed += weight;
        }
      } else if (questions >= 2) {
        const target = negativeLead === 'angry' || negativeLead === 'anxious' ? negativeLead : 'confused';
        pushCue('punctuation', span, target, QUESTION_WEIGHT[Math.min(questions, 3)]!);
      }
      i = j;
      continue;
    }
    if (isWordCode(c) && (c < 0x30 || c > 0x39) && (i === 0 || !isWordCode(folded[i - 1]!))) {
      let j = i;
      let upper = true;
      let elongated = -1;
      while (j < n && isWordCode(folded[j]!)) {
        if (upper) {
          const original = text.charCodeAt(j);
          if (!(original >= 0x41 && original <= 0x5a)) upper = false;
        }
        if (elongated < 0 && j - i >= 2 && folded[j] === folded[j - 1] && folded[j] === folded[j - 2] && folded[j]! > 0x39) elongated = j;
        j++;
      }
      if (upper && j - i >= 3 && !ACRONYMS.has(text.slice(i, j))) {
        while (g < groupCount && groups[g]!.match.end <= i) g++;
        const group = g < groupCount ? groups[g] : undefined;
        const emotion = group && group.match.start <= i && group.match.end >= j ? groupEmotion[g] : undefined;
        if (emotion && group) {
          const entry = group.match.entry;
          const k = Math.max(0, entry.emotions.indexOf(emotion));
          pushCue('caps', { start: i, end: j }, emotion, Math.abs(entry.weights[k] ?? 1) * CAPS_BOOST);
        } else if (shouted < SHOUT_MAX && (negativeLead || !(hasLower ??= anyLower(text, n)))) {
          pushCue('caps', { start: i, end: j }, negativeLead ?? 'angry', SHOUT_WEIGHT);
          shouted++;
        }
      } else if (elongated >= 0 && j - i >= 4 && lead) {
        pushCue('repetition', { start: i, end: j }, lead, ELONGATION_WEIGHT);
      }
      i = j;
      continue;
    }
    if (isHan(c) && !LAUGHS.has(c) && i + 2 < n && folded[i + 1] === c && folded[i + 2] === c) {
      let j = i + 3;
      while (j < n && folded[j] === c) j++;
      while (g < groupCount && groups[g]!.match.end <= i) g++;
      const emotion = g < groupCount && groups[g]!.match.start < j ? groupEmotion[g] : undefined;
      pushCue('repetition', { start: i, end: j }, emotion ?? negativeLead ?? 'angry', REPEAT_WEIGHT);
      i = j;
      continue;
    }
    i++;
  }
}

function anyLower(text: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Cues with the same kind, span and emotion become one, their weights summed; then text order. */
function mergeCues(input: Cue[], n: number): Cue[] {
  let cues = input;
  let sorted = true;
  for (let k = 1; k < cues.length && sorted; k++) sorted = compareCues(cues[k - 1]!, cues[k]!) <= 0;
  if (!sorted) cues = cues.length > 64 ? sortByStart(cues, n) : insertionSort(cues);
  let same = false;
  for (let k = 1; k < cues.length && !same; k++) same = sameCue(cues[k - 1]!, cues[k]!);
  if (!same) return cues;
  const out: Cue[] = [];
  let last: Cue | undefined;
  for (const cue of cues) {
    if (last && sameCue(last, cue)) {
      last.weight = round(last.weight + cue.weight);
      if (cue.flags) last.flags = [...new Set([...(last.flags ?? []), ...cue.flags])];
    } else {
      out.push(cue);
      last = cue;
    }
  }
  return out;
}

/**
 * The order of compareCues in linear time for long texts: a stable counting sort on
 * `start`, then each run of equal starts (a few cues) sorted on its own.
 */
function sortByStart(cues: Cue[], n: number): Cue[] {
  const slots = new Int32Array(n + 2);
  for (const cue of cues) slots[cue.start + 1]!++;
  for (let i = 1; i < slots.length; i++) slots[i]! += slots[i - 1]!;
  const out: Cue[] = new Array<Cue>(cues.length);
  for (const cue of cues) out[slots[cue.start]!++] = cue;
  for (let i = 0; i < out.length; ) {
    let j = i + 1;
    while (j < out.length && out[j]!.start === out[i]!.start) j++;
    if (j - i > 1) {
      const run = out.slice(i, j).sort(compareCues);
      for (let k = 0; k < run.length; k++) out[i + k] = run[k]!;
    }
    i = j;
  }
  return out;
}

/**
 * Sorts a few cues in place by compareCues: stable like Array.prototype.sort (so the same order),
 * without the builtin's call into a comparator per comparison; the cues arrive nearly sorted.
 */
function insertionSort(cues: Cue[]): Cue[] {
  for (let k = 1; k < cues.length; k++) {
    const cue = cues[k]!;
    let j = k - 1;
    while (j >= 0 && compareCues(cues[j]!, cue) > 0) {
      cues[j + 1] = cues[j]!;
      j--;
    }
    cues[j + 1] = cue;
  }
  return cues;
}

function sameCue(a: Cue, b: Cue): boolean {
  return a.start === b.start && a.end === b.end && a.kind === b.kind && a.emotion === b.emotion;
}

function compareCues(a: Cue, b: Cue): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    ((a.emotion ?? '') < (b.emotion ?? '') ? -1 : (a.emotion ?? '') > (b.emotion ?? '') ? 1 : 0)
  );
}
