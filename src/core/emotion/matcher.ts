import { decideLang, foldTraditional, scriptClass } from '../detect-lang.js';
import type { Lang } from '../lang.js';
import { EMOTIONS, FLAGS, type Emotion, type Flag } from './types.js';
import { BUILTIN_LEXICON } from './lexicon.js';

/** What a term does when it matches. */
export const ROLES = ['word', 'negator', 'degree', 'contrast', 'concession', 'frame', 'guard'] as const;
export type Role = (typeof ROLES)[number];

/**
 * One lexicon term as a host writes it. Only `term` is required: a bare term is a
 * neutral keyword; give it `weights` to make it count towards emotions.
 */
export interface LexiconEntry {
  /** The word or phrase, in either Chinese script or English (matched case-insensitively). A trailing `*` makes an English stem. */
  term: string;
  /** Defaults to 'word'. Modifiers (negator, degree…) carry `factor` instead of weights. */
  role?: Role;
  /** The cue kind reported for a word, e.g. 'keyword', 'emoji', 'threat'. Defaults to 'keyword'. */
  kind?: string;
  weights?: Partial<Record<Emotion, number>>;
  flags?: readonly Flag[];
  /** Negator strength (1 = full) or degree multiplier (1.3 = 30% stronger). */
  factor?: number;
  /** The emotion a negated positive word turns into (defaults to 'disappointed'). */
  negatedAs?: Emotion;
  /** A word that also negates the praise after it in its clause (原以为…, I thought…, was supposed to…). */
  negates?: boolean;
}

export interface Entry {
  role: Role;
  kind: string;
  emotions: Emotion[];
  weights: number[];
  flags: Flag[];
  factor: number;
  negatedAs: Emotion;
  negates: boolean;
  /** A stem: no word boundary is required after it. */
  stem: boolean;
  /** A structural marker (see {@link MARKS}): 0 for an ordinary word. */
  mark: number;
  /** Real anger: an insult, a threat, sarcasm, a demand, abuse, an accusation or a regulator, or an angry word stronger than a mild complaint (> 1.3). */
  strong: boolean;
  /** The folded term (without a stem's `*`). */
  folded: string;
  /** @internal per-entry caches of the analyser (-1 until computed): whether the word opens a request, whether it is thanks, which pair kind it is (0 none, else its index + 1). */
  opens: number;
  thanks: number;
  pair: number;
}

/**
 * Words that carry no feeling of their own but shape how a message reads (docs/analyser.md):
 * a question word, a source that says something (显示, "the app says"), a contradiction
 * (明明, 结果, "actually"), an alternative (还是, or), a hope (期待, looking forward), what is at
 * stake (考试, visa, rent) and a deadline (明天, by Friday). The analyser adds these up only in
 * their frame: a contradiction in a question is confusion, a stake with a deadline is worry.
 */
export const MARKS: ReadonlyMap<string, number> = new Map([
  ['query', 1],
  ['claim', 2],
  ['contrary', 3],
  ['alt', 4],
  ['hope', 5],
  ['stake', 6],
  ['deadline', 7],
  ['meaning', 11],
  ['why', 13],
  ['already', 14],
]);
/** Words of @contact that report what someone said (not "tell me"): a source, like @claim, when a question follows. */
const SPEECH = new Set(['说', '讲', '说了', '讲了', '说过', '讲过', '讲咗', '话咗', 'said', 'saying', 'told']);

/** A compiled lexicon: a character trie over folded text. Build one with {@link createLexicon}. */
export interface Lexicon {
  readonly size: number;
  /** @internal child node of the root per folded UTF-16 unit (0 = none). */
  readonly root: Int32Array;
  /**
   * @internal the other edges, two words a node. links[2k] is k's first child; the children of k
   * are that node and the ones after it, sorted by the unit on their edge (a `~` gap edge, GAP,
   * sorts last). links[2k + 1] holds, from the low bits: the unit on the edge into k (16 bits);
   * 1 an entry ends at k, 2 that entry is a stem, 4 k has a gap edge (3 bits, read instead of
   * `entries` in the inner loop); k's number of children (13 bits, WIDE or more: see `wide`).
   * One array, so that a step of a walk reads its node and searches the children's units in the
   * same few cache lines, with one set of typed-array checks in V8's code; about 8 bytes a node,
   * against about 50 for the open-addressing hash table they replaced.
   *
   * Sibling blocks are laid out depth-first (a node's children are placed when the node is visited,
   * then each child is visited in turn), the ASCII subtrees first: a walk down the trie reads nearby
   * memory (a chain of single children is consecutive), where breadth-first numbering put every step
   * of a walk in another level of a ~700 kB table, a cache miss or more each step.
   */
  readonly links: Int32Array;
  /** @internal the number of children of the nodes that have WIDE or more. */
  readonly wide: ReadonlyMap<number, number>;
  /** @internal the second step from the root for two ASCII units, dense (first * 128 + second → node), the most frequent lookup in English. */
  readonly ascii2: Int32Array;
  /** @internal the entry ending at each node, if any. */
  readonly entries: (Entry | undefined)[];
  /** @internal the source entries, so a lexicon can be extended. */
  readonly source: readonly LexiconEntry[];
  /** @internal the part of the trie an ASCII text can reach, packed into half the memory (see {@link AsciiTrie}); null when too big. */
  readonly ascii: AsciiTrie | null;
}

/**
 * The nodes of a Lexicon's trie that can be reached from the root along ASCII units, one 32-bit word
 * each instead of two, for texts of ASCII units only (most English): the unit on the edge into the
 * node (7 bits), its bits as in Lexicon.links (an entry ends here, it is a stem, it has a gap edge;
 * bits 7-9), its number of ASCII children (6 bits from bit 10) and its first child (16 bits from bit 16).
 * Numbered in the order of `links` (as they are placed), so a node's ASCII children (the first of
 * its sorted children) are still one block and a walk reads the same sequence of nodes in half the
 * memory; its entries are indexed the same way, so a match reads one array, not three. A walk is a
 * chain of dependent reads, and the rest of the analysis (and whatever else the page runs) evicts
 * the trie between messages: the fewer distinct cache lines a walk needs, the faster it runs.
 * @internal
 */
export interface AsciiTrie {
  readonly nodes: Int32Array;
  /** The entry ending at each packed node, if any (Lexicon.entries by packed node: a match reads one array, not three). */
  readonly entries: (Entry | undefined)[];
  /** The node of Lexicon.links a packed node with a gap edge stands for (the gaps are walked there). */
  readonly gaps: ReadonlyMap<number, number>;
  /** The packed node of each ASCII unit from the root (0 = none). */
  readonly root: Int32Array;
  /** The packed node after two ASCII units from the root, dense (first * 128 + second → node); 16 bits, the hot rows in a few kB. */
  readonly two: Uint16Array;
}

export interface Match {
  start: number;
  end: number;
  entry: Entry;
}

const EMOTION_CODES: Record<string, Emotion> = {
  a: 'angry',
  x: 'anxious',
  c: 'confused',
  d: 'disappointed',
  n: 'neutral',
  s: 'satisfied',
};
const FLAG_CODES: Record<string, Flag> = { C: 'complaint', E: 'escalation', H: 'hostile', S: 'safety' };
const SECTION_ROLE: Record<string, Role> = {
  negator: 'negator',
  degree: 'degree',
  contrast: 'contrast',
  concession: 'concession',
  frame: 'frame',
  guard: 'guard',
};

/** Expands `{a;b}` groups in a term into every combination: `{找;叫}{主管;经理}` is four terms. */
function expand(term: string): string[] {
  const open = term.indexOf('{');
  const close = open < 0 ? -1 : term.indexOf('}', open);
  if (close < 0) return [term];
  const head = term.slice(0, open);
  const tails = expand(term.slice(close + 1));
  const out: string[] = [];
  for (const choice of term.slice(open + 1, close).split(';')) for (const tail of tails) out.push(head + choice + tail);
  return out;
}

/** Parses the line format documented in lexicon.ts and docs/analyser.md. Unknown tags are ignored. */
export function parseLexicon(source: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  let role: Role = 'word';
  let kind = 'keyword';
  let factor = 1;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      const [name = 'keyword', arg] = line.slice(1).split(/\s+/);
      role = SECTION_ROLE[name] ?? 'word';
      kind = role === 'word' ? name : role;
      factor = arg === undefined ? 1 : Number(arg);
      continue;
    }
    const colon = line.lastIndexOf(': ');
    const terms = colon < 0 ? line : line.slice(0, colon);
    const weights: Partial<Record<Emotion, number>> = {};
    const flags: Flag[] = [];
    let negatedAs: Emotion | undefined;
    let negates = false;
    if (colon >= 0) {
      for (const tag of line.slice(colon + 2).trim().split(/\s+/)) {
        const emotion = EMOTION_CODES[tag[0]!];
        if (tag[0] === '>') negatedAs = EMOTION_CODES[tag[1]!];
        else if (tag === 'N') negates = true;
        else if (FLAG_CODES[tag]) flags.push(FLAG_CODES[tag]);
        else if (emotion) weights[emotion] = Number(tag.slice(1));
      }
    }
    for (const term of terms.split('|').flatMap(expand)) {
      if (!term) continue;
      out.push({ term, role, kind, weights, flags, factor, ...(negatedAs ? { negatedAs } : {}), ...(negates ? { negates } : {}) });
    }
  }
  return out;
}

function foldString(term: string): string {
  for (let i = 0; i < term.length; i++) {
    if (FOLD[term.charCodeAt(i)] !== term.charCodeAt(i)) {
      // Terms are short: one array and one call, not a string per character.
      const codes: number[] = [];
      for (let k = 0; k < term.length; k++) codes.push(FOLD[term.charCodeAt(k)]!);
      return String.fromCharCode(...codes);
    }
  }
  return term;
}

/** Folds one UTF-16 unit so that matching ignores case, width and script. */
export function foldCode(code: number): number {
  return FOLD[code & 0xffff]!;
}

function computeFold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xff01 && code <= 0xff5e) return computeFold(code - 0xfee0);
  if (code === 0x2018 || code === 0x2019 || code === 0x2032) return 0x27;
  if (code === 0x3000) return 0x20;
  return foldTraditional(code);
}

const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) FOLD[code] = computeFold(code);
/** The unit of a gap (`~` in a term). U+FFFF is a noncharacter; folded text never contains it. */
const GAP = 0xffff;
FOLD[GAP] = 0xfffd;
/** In Lexicon.links, a child count this large is looked up in Lexicon.wide (13 bits hold less). */
const WIDE = 0x1fff;
/** Lexicon.ascii numbers its nodes in 16 bits (a Uint16Array holds `two`); a lexicon with more ASCII nodes has none. */
const PACKED_MAX = 1 << 16;

/** The number of children of node. */
function childCount(links: Int32Array, wide: ReadonlyMap<number, number>, node: number): number {
  const count = links[2 * node + 1]! >>> 19;
  return count === WIDE ? wide.get(node)! : count;
}

/** How many units a gap may skip, never past a clause or sentence end. */
export const GAP_MAX = 8;
const STOPS = new Uint8Array(0x10000);
for (const c of [0x21, 0x2c, 0x2e, 0x3a, 0x3b, 0x3f, 0x0a, 0x3002, 0x3001, 0x2026, 0xff61]) STOPS[c] = 1;

/** ASCII letters, digits, apostrophe-free: the characters an English word is made of. */
export function isWordCode(code: number): boolean {
  return wordBit(code) !== 0;
}

/**
 * 1 for an ASCII letter or digit (what {@link isWordCode} accepts), else 0 (also for undefined),
 * without branches: V8 compiles `a && b || …` into jumps that materialise a boolean, about twenty
 * instructions, and stopped inlining isWordCode into scan's big loop once its budget ran out.
 */
function wordBit(code: number): number {
  const letter = (code | 0x20) - 0x61; // 0…25 for a letter of either case
  const digit = code - 0x30; // 0…9 for a digit
  // (x - size) & ~x has its sign bit set exactly when 0 <= x < size.
  return (((letter - 26) & ~letter) | ((digit - 10) & ~digit)) >>> 31;
}

/**
 * The same string, internalised: a kind sliced out of the lexicon text is a fresh string, and the
 * analyser compares kinds and looks them up as keys on every match, which is a pointer compare
 * only for internalised strings (V8 internalises property keys).
 */
function intern(s: string): string {
  let known = interned.get(s);
  if (known === undefined) interned.set(s, (known = Object.keys({ [s]: 0 })[0] ?? s));
  return known;
}
const interned = new Map<string, string>();

/** The emotions and weights of a weights object; the terms of one lexicon line share one object, so this is computed once a line. */
const weightsOf = new WeakMap<object, { emotions: Emotion[]; weights: number[] }>();
const flagsOf = new WeakMap<readonly Flag[], Flag[]>();
const NO_WEIGHTS = { emotions: [] as Emotion[], weights: [] as number[] };
const NO_FLAGS: Flag[] = [];

function compileWeights(source: Partial<Record<Emotion, number>>): { emotions: Emotion[]; weights: number[] } {
  const emotions: Emotion[] = [];
  const weights: number[] = [];
  for (const emotion of EMOTIONS) {
    const w = source[emotion];
    if (typeof w === 'number' && Number.isFinite(w) && w !== 0) {
      emotions.push(emotion);
      weights.push(w);
    }
  }
  return { emotions, weights };
}

function compileEntry(source: LexiconEntry): Entry {
  let shape = NO_WEIGHTS;
  if (source.weights && typeof source.weights === 'object') {
    shape = weightsOf.get(source.weights) ?? compileWeights(source.weights);
    weightsOf.set(source.weights, shape);
  }
  const { emotions, weights } = shape;
  const factor = source.factor;
  const kind = intern(source.kind || (source.role && source.role !== 'word' ? source.role : 'keyword'));
  let flags = NO_FLAGS;
  if (Array.isArray(source.flags)) {
    flags = flagsOf.get(source.flags) ?? source.flags.filter((f) => (FLAGS as readonly string[]).includes(f));
    flagsOf.set(source.flags, flags);
  }
  return {
    role: source.role && (SECTION_ROLE[source.role] || source.role === 'word') ? source.role : 'word',
    kind,
    emotions,
    weights,
    flags,
    factor: typeof factor === 'number' && Number.isFinite(factor) ? factor : 1,
    negatedAs: source.negatedAs && EMOTIONS.includes(source.negatedAs) ? source.negatedAs : 'disappointed',
    negates: source.negates === true,
    stem: source.term.endsWith('*'),
    folded: foldString(source.term.endsWith('*') ? source.term.slice(0, -1) : source.term),
    opens: -1,
    thanks: -1,
    pair: -1,
    strong:
      kind === 'insult' || kind === 'threat' || kind === 'sarcasm' || kind === 'demand' || flags.includes('hostile') || (weights[emotions.indexOf('angry')] ?? 0) > (kind === 'complaint' ? 0.9 : 1.3),
    mark: emotions.length || source.flags?.length ? 0 : (MARKS.get(source.kind ?? '') ?? (source.kind === 'contact' && SPEECH.has(source.term) ? 2 : 0)),
  };
}

/**
 * Compiles lexicon entries (objects, or text in the documented line format) into a
 * matcher. Later entries override earlier ones with the same folded term, so
 * `createLexicon([...mine], defaultLexicon())` lets a host re-weight or add words.
 */
export function createLexicon(entries: readonly LexiconEntry[] | string, base?: Lexicon): Lexicon {
  const added = typeof entries === 'string' ? parseLexicon(entries) : entries.filter((e) => e && typeof e.term === 'string');
  const source = base ? [...base.source, ...added] : [...added];
  const root = new Int32Array(0x10000);
  // While building, each node's children are a linked list sorted by unit, in growable typed arrays
  // (a Map per node cost ~30,000 Maps and most of the first call's time in garbage collection).
  let capacity = 1 << 15;
  let childOf = new Int32Array(capacity); // first child, 0 = none
  let siblingOf = new Int32Array(capacity); // next sibling, 0 = none
  let unitOf = new Uint16Array(capacity);
  let count = 1;
  const compiled: (Entry | undefined)[] = [undefined];
  // One compiled entry per source item, shared by a term and its plural.
  const compiledOf = new Map<LexiconEntry, Entry>();
  let size = 0;
  const newNode = (code: number): number => {
    if (count === capacity) {
      capacity *= 2;
      const grow = <T extends Int32Array | Uint16Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
      childOf = grow(childOf, new Int32Array(capacity));
      siblingOf = grow(siblingOf, new Int32Array(capacity));
      unitOf = grow(unitOf, new Uint16Array(capacity));
    }
    unitOf[count] = code;
    compiled.push(undefined);
    return count++;
  };
  const insert = (term: string, item: LexiconEntry, override: boolean): void => {
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i) === 0x7e ? GAP : foldCode(term.charCodeAt(i));
      // A gap needs something before it.
      if (code === GAP && node === 0) return;
      let child: number;
      if (node === 0) {
        child = root[code]!;
        if (!child) child = root[code] = newNode(code);
      } else {
        let before = 0;
        child = childOf[node]!;
        while (child && unitOf[child]! < code) {
          before = child;
          child = siblingOf[child]!;
        }
        if (!child || unitOf[child] !== code) {
          const fresh = newNode(code);
          siblingOf[fresh] = child;
          if (before) siblingOf[before] = fresh;
          else childOf[node] = fresh;
          child = fresh;
        }
      }
      node = child;
    }
    if (!compiled[node]) size++;
    else if (!override) return;
    let entry = compiledOf.get(item);
    if (!entry) compiledOf.set(item, (entry = compileEntry(item)));
    compiled[node] = entry;
  };
  for (const item of source) {
    const term = item.term.endsWith('*') ? item.term.slice(0, -1) : item.term;
    if (term) insert(term, item, true);
  }
  // A light suffix rule for English phrases: "electric shock" also matches "electric shocks",
  // "gas leak" "gas leaks". Single words use stems (complain*) instead. Never overrides a written term.
  // Backwards, so that a host's re-weighted term also re-weights its plural.
  for (let k = source.length - 1; k >= 0; k--) {
    const plural = pluralOf(source[k]!);
    if (plural) insert(plural, source[k]!, false);
  }
  // Renumber: the root's children first (by unit, so ASCII first), then depth-first from each of
  // them, placing a node's children as one block when the node is visited (see `links`).
  const id = new Int32Array(count);
  const order = new Int32Array(count); // new id → build node
  const links = new Int32Array(2 * count);
  const stack = new Int32Array(count); // new ids still to visit
  const wide = new Map<number, number>();
  // The packed trie of what an ASCII text can reach (see AsciiTrie), numbered as the nodes are placed:
  // new node → its packed number (0 = not reachable along ASCII units), and the packed records.
  const packedOf = new Int32Array(count);
  const packed = new Int32Array(Math.min(count, PACKED_MAX));
  let kept = 0;
  let packable = true;
  let placed = 1;
  for (let code = 0; code < 0x10000; code++) {
    const child = root[code]!;
    if (!child) continue;
    id[child] = placed;
    links[2 * placed + 1] = code;
    if (code < 128) {
      packedOf[placed] = ++kept;
      packed[kept] = code;
    }
    order[placed++] = child;
  }
  let top = 0;
  for (let k = placed - 1; k >= 1; k--) stack[top++] = k;
  while (top > 0) {
    const node = stack[--top]!;
    const from = placed;
    // A packed node's ASCII children (the first of its sorted children) are packed, in a block of their own.
    const packedNode = packable ? packedOf[node]! : 0;
    let ascii = 0;
    for (let child = childOf[order[node]!]!; child; child = siblingOf[child]!) {
      id[child] = placed;
      const unit = unitOf[child]!;
      links[2 * placed + 1] = unit;
      if (packedNode && unit < 128) {
        if (kept + 1 >= PACKED_MAX) packable = false;
        else {
          packedOf[placed] = ++kept;
          packed[kept] = unit;
          ascii++;
        }
      }
      order[placed++] = child;
    }
    if (ascii > 63) packable = false;
    if (packedNode && ascii) packed[packedNode]! |= (ascii << 10) | (packedOf[from]! << 16);
    const children = placed - from;
    links[2 * node] = from;
    links[2 * node + 1]! |= Math.min(children, WIDE) << 19;
    if (children >= WIDE) wide.set(node, children);
    // Visit the first child next: push the block backwards.
    for (let k = placed - 1; k >= from; k--) stack[top++] = k;
  }
  for (let code = 0; code < 0x10000; code++) if (root[code]) root[code] = id[root[code]!]!;
  // A loop, not Array.from with a callback: this runs once per lexicon, cold, where the callback cost ~10 ms.
  const byNode: (Entry | undefined)[] = [undefined];
  for (let node = 1; node < count; node++) byNode.push(compiled[order[node]!]);
  const packedEntries: (Entry | undefined)[] = new Array<Entry | undefined>(kept + 1).fill(undefined);
  const gaps = new Map<number, number>();
  for (let node = 1; node < count; node++) {
    const entry = byNode[node];
    let bits = entry ? (entry.stem ? 3 : 1) : 0;
    // The gap edge sorts last among a node's children.
    const children = childCount(links, wide, node);
    if (children && (links[2 * (links[2 * node]! + children - 1) + 1]! & 0xffff) === GAP) bits |= 4;
    links[2 * node + 1]! |= bits << 16;
    const k = packedOf[node]!;
    if (k) {
      packed[k]! |= bits << 7;
      packedEntries[k] = entry;
      if (bits & 4) gaps.set(k, node);
    }
  }
  const ascii2 = new Int32Array(128 * 128);
  for (let head = 0; head < 128; head++) {
    const node = root[head]!;
    if (!node) continue;
    for (let c = links[2 * node]!, end = c + childCount(links, wide, node); c < end; c++) {
      const u = links[2 * c + 1]! & 0xffff;
      if (u < 128) ascii2[head * 128 + u] = c;
    }
  }
  let ascii: AsciiTrie | null = null;
  if (packable) {
    const packedRoot = new Int32Array(128);
    for (let u = 0; u < 128; u++) packedRoot[u] = root[u] ? packedOf[root[u]!]! : 0;
    const two = new Uint16Array(128 * 128);
    for (let k = 0; k < two.length; k++) if (ascii2[k]) two[k] = packedOf[ascii2[k]!]!;
    ascii = { nodes: packed.subarray(0, kept + 1), entries: packedEntries, gaps, root: packedRoot, two };
  }
  return { size, root, links, wide, ascii2, entries: byNode, source, ascii };
}

/** The plural of a multi-word English word term ("electric shock" → "electric shocks"), or null. */
function pluralOf(item: LexiconEntry): string | null {
  const term = item.term;
  if ((item.role ?? 'word') !== 'word' || term.endsWith('*') || !/^[a-z' -]+ [a-z]+$/i.test(term)) return null;
  return /(s|x|z|ch|sh)$/i.test(term) ? `${term}es` : `${term}s`;
}

let builtin: Lexicon | undefined;

/** The built-in lexicon, compiled once on first use. */
export function defaultLexicon(): Lexicon {
  builtin ??= createLexicon(BUILTIN_LEXICON);
  return builtin;
}

/** Folds a whole text into a new buffer; one unit in, one unit out, so offsets stay exact. */
export function foldText(text: string): Uint16Array {
  const folded = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) folded[i] = FOLD[text.charCodeAt(i)]!;
  return folded;
}

// Per UTF-16 unit, what the single reading pass needs to know (bits), plus the script class in bits 4-5.
const C_LETTER = 1; // ASCII letter (language detection counts words of these)
const C_UPPER = 2; // ASCII capital
const C_HAN = 4; // Han character (detection's definition)
const C_MARK = 8; // ! or ? once folded: an amplifier may apply
const CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const lower = code | 0x20;
  let cls = 0;
  if (lower >= 0x61 && lower <= 0x7a && code < 0x80) cls |= C_LETTER | (code <= 0x5a ? C_UPPER : 0);
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) cls |= C_HAN | (scriptClass(code) << 4);
  if (FOLD[code] === 0x21 || FOLD[code] === 0x3f) cls |= C_MARK;
  CLASS[code] = cls;
}

let shared = new Uint16Array(1024);
let bytes = new Uint8Array(1024);
/** Whether this machine stores a Uint32 low byte first (every engine the library targets does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** A view of the same memory four bytes at a time, for readText's ASCII pass (null when the length does not allow one). */
function view32(array: Uint8Array | Uint16Array): Uint32Array | null {
  return LITTLE_ENDIAN && array.byteLength % 4 === 0 ? new Uint32Array(array.buffer, array.byteOffset, array.byteLength / 4) : null;
}
let shared32 = view32(shared);
let bytes32 = view32(bytes);
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/** What {@link readText} learned besides the folded units. */
export interface TextFacts {
  /** Whether every unit of the text is ASCII (then the folded text is too, and scanInto can use Lexicon.ascii). */
  ascii?: boolean;
  /** The detected language (detectLang's answer, computed in the same pass). */
  lang: Lang;
  /** Which amplifiers may apply: 1 a ! or ? somewhere, 2 a run of capitals or a unit repeated three times (0: addAmplifiers can be skipped). */
  amplify: number;
  /** Where the first unit that folds to ! or ? is (the text's length when there is none). */
  mark?: number;
}

/**
 * Copies the UTF-16 units of `text` into `out`, or returns true when they are all ASCII
 * and already sit in `bytes`. `charCodeAt` in a loop costs ~10 ns a unit
 * in V8 (it dispatches on the string's representation every time), so the text is
 * first encoded natively to UTF-8 in one call: when that is pure ASCII (most English
 * messages) the bytes are the units, ~1 ns a unit; otherwise it falls back to charCodeAt.
 */
function copyUnits(text: string, out: Uint16Array, n: number): boolean {
  if (encoder && n >= 16 && text.charCodeAt(0) < 0x80) {
    if (bytes.length < n) {
      bytes = new Uint8Array(Math.max(n, bytes.length * 2));
      bytes32 = view32(bytes);
    }
    const b = bytes;
    // Only an ASCII text is read whole (read === n) in exactly n bytes.
    const { read, written } = encoder.encodeInto(text, b);
    // The caller folds straight from `bytes`.
    if (read === n && written === n) return true;
  }
  // Not ASCII (Chinese, emoji): unit by unit; such messages are short.
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  return false;
}

/**
 * One pass over the text: folds it into a shared buffer (valid until the next call;
 * its first `text.length` units are the folded text) and detects the language and
 * whether any amplifier can apply. The buffer is reused so that short messages cost
 * no allocation; callers must not keep it.
 */
export function readText(text: string, facts: TextFacts): Uint16Array {
  const n = text.length;
  if (shared.length < n) {
    shared = new Uint16Array(Math.max(n, shared.length * 2));
    shared32 = view32(shared);
  }
  const out = shared;
  if (copyUnits(text, out, n)) {
    // ASCII only: no Han, so English; fold case and look for amplifiers only.
    // Folding ASCII is lowering A-Z, done here without the FOLD table: V8 reloads and re-checks a
    // module-level typed array on every use in a loop, which tripled the cost of this pass.
    const b = bytes;
    const words = bytes32;
    const out32 = shared32;
    let upper = 0;
    let amplify = 0;
    let mark = n;
    let p1 = -1;
    let p2 = -2;
    for (let i = 0; i < n; ) {
      if ((i & 3) === 0 && i + 4 <= n && words && out32) {
        // Four units at once when none of them is a capital, a ! or ?, or equal to the one before
        // (a repeat): then folding copies them and only p1, p2 and upper change. Each test below
        // sets the top bit of a byte (units are below 0x80, so no carry crosses bytes).
        const w = words[i >> 2]!;
        const capitals = (w + 0x3f3f3f3f) & ~(w + 0x25252525); // 0x41 <= unit <= 0x5a
        const bang = w ^ 0x21212121;
        const ask = w ^ 0x3f3f3f3f;
        const repeat = w ^ ((w << 8) | (p1 & 0xff)); // a zero byte where a unit equals the one before
        if ((capitals | ((bang - 0x01010101) & ~bang) | ((ask - 0x01010101) & ~ask) | ((repeat - 0x01010101) & ~repeat)) & 0x80808080) {
          // Something to look at: unit by unit below.
        } else {
          out32[i >> 1] = (w & 0xff) | ((w & 0xff00) << 8);
          out32[(i >> 1) + 1] = ((w >>> 16) & 0xff) | ((w >>> 8) & 0xff0000);
          upper = 0;
          p2 = (w >>> 16) & 0xff;
          p1 = w >>> 24;
          i += 4;
          continue;
        }
      }
      const code = b[i]!;
      if ((code - 0x41) >>> 0 < 26) {
        // A capital: FOLD lowers it.
        const f = code + 0x20;
        out[i] = f;
        if (++upper >= 3) amplify |= 2;
        p2 = p1;
        p1 = f;
      } else {
        out[i] = code;
        upper = 0;
        if (code === 0x21 || code === 0x3f) {
          if (!(amplify & 1)) mark = i;
          amplify |= 1;
        } else if (code === p1 && code === p2) amplify |= 2;
        p2 = p1;
        p1 = code;
      }
      i++;
    }
    facts.lang = 'en';
    facts.ascii = true;
    facts.amplify = amplify;
    facts.mark = mark;
    return out;
  }
  const fold = FOLD;
  const classes = CLASS;
  let han = 0;
  let words = 0;
  let hant = 0;
  let hans = 0;
  let weak = 0;
  let inWord = false;
  let upper = 0;
  let amplify = 0;
  let mark = n;
  let p1 = -1;
  let p2 = -2;
  // Every unit ORed: below 0x80 when the text is ASCII (a short English message comes this way too).
  let units = 0;
  for (let i = 0; i < n; i++) {
    const code = out[i]!;
    units |= code;
    const f = fold[code]!;
    out[i] = f;
    const cls = classes[code]!;
    if (cls & C_LETTER) {
      if (!inWord) words++;
      inWord = true;
      if (cls & C_UPPER) {
        if (++upper >= 3) amplify |= 2;
      } else upper = 0;
    } else {
      inWord = inWord && code === 0x27;
      upper = 0;
      if (cls & C_HAN) {
        han++;
        const kind = cls >> 4;
        if (kind === 1) hant++;
        else if (kind === 2) hans++;
        else if (kind === 3) weak++;
      } else if (cls & C_MARK) {
        if (!(amplify & 1)) mark = i;
        amplify |= 1;
      }
    }
    if (f === p1 && f === p2) amplify |= 2;
    p2 = p1;
    p1 = f;
  }
  facts.lang = decideLang(text, han, words, hant, hans, weak);
  facts.ascii = units < 0x80;
  facts.amplify = amplify;
  facts.mark = mark;
  return out;
}

/**
 * Leftmost-longest matching over the folded text: at each position the longest term
 * wins and matching resumes after it, so compounds (不错, 没问题, not bad) hide their
 * parts. English terms need word boundaries on both sides (stems only on the left).
 * Work is linear in the text length times the longest term.
 */
export function scan(folded: Uint16Array, lexicon: Lexicon, length = folded.length): Match[] {
  const matches: Match[] = [];
  matches.length = scanInto(folded, lexicon, length, matches);
  return matches;
}

/**
 * {@link scan} into `pool`: its first entries (the return value says how many) become the
 * matches, Match objects already in it reused and new ones appended. The analyser passes the
 * same pool every call: a message's matches then cost no allocation, and allocation is what
 * costs most in a steady stream of messages (each new object claims a fresh cache line,
 * evicting the trie).
 */
export function scanInto(folded: Uint16Array, lexicon: Lexicon, length: number, pool: Match[], ascii = false): number {
  const packed = lexicon.ascii;
  if (ascii && packed) return scanAscii(folded, lexicon, packed, Math.min(length, folded.length), pool);
  const { root, links, entries, ascii2 } = lexicon;
  const n = Math.min(length, folded.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const first = folded[i]!;
    const node = root[first]!;
    const word = wordBit(first);
    if (!node || (word && i > 0 && wordBit(folded[i - 1]!))) {
      // No English term starts inside a word: skip the rest of it at once.
      if (word) while (i + 1 < n && wordBit(folded[i + 1]!)) i++;
      continue;
    }
    // The walk from this start, inline (the hot loop of English); gaps go through walk().
    let bestNode = 0;
    let bestEnd = 0;
    // x: the record of `at` (its unit, bits and child count, see Lexicon.links), read where the
    // search for `at` already had it. Indices are built with shifts, not 2 * at + 1: V8 checks an
    // arithmetic add for overflow, not a bitwise one.
    let x = links[(node << 1) | 1]!;
    for (let j = i + 1, at = node; ; j++) {
      if (x & 0x70000) {
        // An entry ends here: a stem, or a term at a word boundary.
        if (x & 0x30000 && j > bestEnd && (x & 0x20000 || j >= n || (wordBit(folded[j - 1]!) & wordBit(folded[j]!)) === 0)) {
          bestNode = at;
          bestEnd = j;
        }
        if (x & 0x40000) {
          walked.node = bestNode;
          walked.end = bestEnd;
          tryGaps(folded, n, lexicon, at, j, 0);
          bestNode = walked.node;
          bestEnd = walked.end;
        }
      }
      if (j >= n) break;
      const unit = folded[j]!;
      let child = 0;
      if (j === i + 1 && (first | unit) < 128) {
        child = ascii2[(first << 7) | unit]!;
        if (child) x = links[(child << 1) | 1]!;
      } else {
        // childOf, inline: most nodes on a walk have one to three children.
        const count = x >>> 19;
        if (count === 1) {
          // One child (a chain): one comparison, no loop whose exit the CPU cannot predict.
          const only = links[at << 1]!;
          const y = links[(only << 1) | 1]!;
          if ((y & 0xffff) === unit) {
            child = only;
            x = y;
          }
        } else if (count > 8) {
          child = searchChild(links, lexicon.wide, at, unit);
          if (child) x = links[(child << 1) | 1]!;
        } else
          for (let lo = links[at << 1]!, hi = lo + count; lo < hi; lo++) {
            const y = links[(lo << 1) | 1]!;
            const u = y & 0xffff;
            if (u >= unit) {
              if (u === unit) {
                child = lo;
                x = y;
              }
              break;
            }
          }
      }
      if (!child) break;
      at = child;
    }
    if (!bestNode) {
      if (word) while (i + 1 < n && wordBit(folded[i + 1]!)) i++;
      continue;
    }
    const best = entries[bestNode]!;
    // A stem's evidence is the whole word it starts (complained, not complain).
    if (links[(bestNode << 1) | 1]! & 0x20000) while (bestEnd < n && wordBit(folded[bestEnd]!)) bestEnd++;
    if (best.role !== 'guard') {
      if (count < pool.length) {
        const match = pool[count]!;
        match.start = i;
        match.end = bestEnd;
        match.entry = best;
      } else pool.push({ start: i, end: bestEnd, entry: best });
      count++;
    }
    i = bestEnd - 1;
  }
  return count;
}

/**
 * {@link scanInto} for a folded text of ASCII units only, walking Lexicon.ascii: the same walk
 * and the same matches (the nodes an ASCII text can reach, packed); gaps and the entries through
 * the nodes of Lexicon.links that the packed ones stand for.
 */
function scanAscii(folded: Uint16Array, lexicon: Lexicon, packed: AsciiTrie, n: number, pool: Match[]): number {
  const { nodes, root, two } = packed;
  const { links, entries } = lexicon;
  const packedEntries = packed.entries;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const first = folded[i]!;
    const node = root[first]!;
    const word = wordBit(first);
    if (!node || (word && i > 0 && wordBit(folded[i - 1]!))) {
      // No English term starts inside a word: skip the rest of it at once.
      if (word) while (i + 1 < n && wordBit(folded[i + 1]!)) i++;
      continue;
    }
    // The longest match so far ends at bestEnd, at packed node `best`, or at node `bestGap` of Lexicon.links when tryGaps found it.
    let best = 0;
    let bestGap = 0;
    let bestEnd = 0;
    // x: the packed record of `at` (unit, bits << 7, child count << 10, first child << 16).
    let x = nodes[node]!;
    for (let j = i + 1, at = node; ; j++) {
      if (x & 0x380) {
        // An entry ends here: a stem, or a term at a word boundary.
        if (x & 0x180 && j > bestEnd && (x & 0x100 || j >= n || (wordBit(folded[j - 1]!) & wordBit(folded[j]!)) === 0)) {
          best = at;
          bestGap = 0;
          bestEnd = j;
        }
        if (x & 0x200) {
          // walk() only writes `walked` when it finds a longer match.
          walked.node = 0;
          walked.end = bestEnd;
          tryGaps(folded, n, lexicon, packed.gaps.get(at)!, j, 0);
          if (walked.node) {
            best = 0;
            bestGap = walked.node;
            bestEnd = walked.end;
          }
        }
      }
      if (j >= n) break;
      const unit = folded[j]!;
      let child = 0;
      if (j === i + 1) {
        child = two[(first << 7) | unit]!;
        if (child) x = nodes[child]!;
      } else {
        const children = (x >>> 10) & 63;
        const from = x >>> 16;
        if (children === 1) {
          const y = nodes[from]!;
          if ((y & 0x7f) === unit) {
            child = from;
            x = y;
          }
        } else if (children > 8) {
          let lo = from;
          const end = from + children;
          let hi = end;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((nodes[mid]! & 0x7f) < unit) lo = mid + 1;
            else hi = mid;
          }
          if (lo < end && (nodes[lo]! & 0x7f) === unit) {
            child = lo;
            x = nodes[lo]!;
          }
        } else
          for (let lo = from, hi = lo + children; lo < hi; lo++) {
            const y = nodes[lo]!;
            const u = y & 0x7f;
            if (u >= unit) {
              if (u === unit) {
                child = lo;
                x = y;
              }
              break;
            }
          }
      }
      if (!child) break;
      at = child;
    }
    if (!best && !bestGap) {
      if (word) while (i + 1 < n && wordBit(folded[i + 1]!)) i++;
      continue;
    }
    const entry = best ? packedEntries[best]! : entries[bestGap]!;
    // A stem's evidence is the whole word it starts (complained, not complain).
    if (best ? nodes[best]! & 0x100 : links[(bestGap << 1) | 1]! & 0x20000) while (bestEnd < n && wordBit(folded[bestEnd]!)) bestEnd++;
    if (entry.role !== 'guard') {
      if (count < pool.length) {
        const match = pool[count]!;
        match.start = i;
        match.end = bestEnd;
        match.entry = entry;
      } else pool.push({ start: i, end: bestEnd, entry });
      count++;
    }
    i = bestEnd - 1;
  }
  return count;
}

/** The longest match {@link walk} found: its node and where it ends (0 when none). */
const walked = { node: 0, end: 0 };

/**
 * Follows the trie past a gap from `node` (which spells the text up to `j`), recording in
 * {@link walked} the longest term that ends at a word boundary. A further gap edge recurses
 * through {@link tryGaps}, at most three gaps deep: bounded work per start, so scanning stays linear.
 */
function walk(folded: Uint16Array, n: number, lexicon: Lexicon, node: number, j: number, depth: number): void {
  const links = lexicon.links;
  for (; ; j++) {
    const t = links[(node << 1) | 1]! >> 16;
    if (t & 3 && (t & 2 || j >= n || !isWordCode(folded[j - 1]!) || !isWordCode(folded[j]!)) && j > walked.end) {
      walked.node = node;
      walked.end = j;
    }
    if (t & 4) tryGaps(folded, n, lexicon, node, j, depth);
    if (j >= n) return;
    const child = childOf(links, lexicon.wide, node, folded[j]!);
    if (!child) return;
    node = child;
  }
}

/**
 * At a node with a gap edge that spells the text up to j: continues past each way of skipping
 * 0…GAP_MAX units of the same clause, recording a longer match in {@link walked}.
 */
function tryGaps(folded: Uint16Array, n: number, lexicon: Lexicon, node: number, j: number, depth: number): void {
  // At most three gaps deep; what came before a gap ends a word (in English), what follows starts one.
  if (depth >= 3 || (j < n && isWordCode(folded[j - 1]!) && isWordCode(folded[j]!))) return;
  const { links, wide } = lexicon;
  const gap = links[node << 1]! + childCount(links, wide, node) - 1;
  for (let p = j; p <= j + GAP_MAX && p < n; p++) {
    if (p > j && STOPS[folded[p - 1]!]) break;
    if (STOPS[folded[p]!]) break;
    if (p > j && isWordCode(folded[p]!) && isWordCode(folded[p - 1]!)) continue;
    const child = childOf(links, wide, gap, folded[p]!);
    if (child) walk(folded, n, lexicon, child, p + 1, depth + 1);
  }
}

/** The child of node along unit, or 0. The children are sorted: a short linear search (most nodes have one to three). */
function childOf(links: Int32Array, wide: ReadonlyMap<number, number>, node: number, unit: number): number {
  const count = links[(node << 1) | 1]! >>> 19;
  if (count > 8) return searchChild(links, wide, node, unit);
  for (let lo = links[node << 1]!, hi = lo + count; lo < hi; lo++) {
    const u = links[(lo << 1) | 1]! & 0xffff;
    if (u >= unit) return u === unit ? lo : 0;
  }
  return 0;
}

/** Binary search for unit among the (more than eight) children of node: the child, or 0. */
function searchChild(links: Int32Array, wide: ReadonlyMap<number, number>, node: number, unit: number): number {
  let lo = links[2 * node]!;
  const end = lo + childCount(links, wide, node);
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((links[2 * mid + 1]! & 0xffff) < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && (links[2 * lo + 1]! & 0xffff) === unit ? lo : 0;
}
