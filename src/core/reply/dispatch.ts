/**
 * Per-position dispatch for the reply rules: from a pattern's source, the UTF-16 units a match
 * can start with. The checker then walks the draft once and, at each position, runs (sticky)
 * only the rules that can start there, instead of scanning the whole draft once per rule.
 *
 * The analysis is conservative: whatever it does not understand (a dot, a negated class, a
 * backreference, an unknown escape, a letter whose case variants it cannot list) counts as
 * "could start with anything", and such a pattern, or one that can match the empty string,
 * gets `null`: it keeps the full scan. A wrong answer could only hide a finding, so the test
 * suite compares the findings of both paths (see tests/core/reply/dispatch.test.ts).
 */
import { openGroup } from './required.js';

/**
 * Where a match of `source` (flags `g`, `d`, and `i` when `ignoreCase`) can start, or null when
 * it cannot be told (the pattern then scans the whole draft).
 */
export function firstUnits(source: string, ignoreCase: boolean): Start | null {
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    if (parser.pos !== source.length || node.nullable || !node.first) return null;
    const first = ignoreCase ? caseClosure(node.first) : node.first;
    if (!first) return null;
    // A first unit the next unit cannot narrow: a match may be that one unit, or the next unit is unknown.
    const alone = new Set<number>();
    const pairs = new Map<number, Set<number>>();
    if (!node.single || !node.pairs) for (const c of first) alone.add(c);
    else if (!ignoreCase) {
      for (const c of node.single) alone.add(c);
      for (const [c, next] of node.pairs) if (!next) alone.add(c);
      for (const [c, next] of node.pairs) if (next && !alone.has(c)) pairs.set(c, next);
    } else {
      const closed = new Map<Set<number>, Set<number> | null>();
      const add = (c0: number, next: Set<number> | null): void => {
        let c1s = next;
        if (next) {
          c1s = closed.get(next) ?? null;
          if (!closed.has(next)) closed.set(next, (c1s = caseClosure(next)));
        }
        for (const c of isAsciiLetter(c0) ? [c0 | 0x20, c0 & ~0x20] : [c0]) {
          if (!c1s) alone.add(c);
          else if (!alone.has(c)) {
            const set = pairs.get(c);
            if (!set) pairs.set(c, c1s);
            else if (set !== c1s) pairs.set(c, new Set([...set, ...c1s]));
          }
        }
      };
      for (const c of node.single) add(c, null);
      for (const [c, next] of node.pairs) add(c, next);
      for (const c of alone) pairs.delete(c);
    }
    return { units: [...first].sort((a, b) => a - b), alone: [...alone].sort((a, b) => a - b), pairs, wordStart: node.boundary };
  } catch {
    return null;
  }
}

export interface Start {
  /** The units a match can start with, ascending. */
  units: number[];
  /** Of those, the ones after which any unit (or none) may follow. */
  alone: number[];
  /** The others: first unit → the units a match can continue with. */
  pairs: Map<number, Set<number>>;
  /**
   * Every match starts at a word boundary (`\b` before anything else): when its first unit is
   * a word character, the unit before it is not one.
   */
  wordStart: boolean;
}

/** Pairs of units a match can start with: first unit → the second units (null: any). */
type Pairs = Map<number, Set<number> | null>;

/**
 * A pattern piece: the units its matches can start with (null: any); its one-unit matches
 * (null: any); the first two units of its longer matches (null: any); whether it can match the
 * empty string, only ever matches it, and asserts a word boundary before consuming anything.
 */
interface Node {
  first: Set<number> | null;
  single: Set<number> | null;
  pairs: Pairs | null;
  nullable: boolean;
  empty: boolean;
  boundary: boolean;
}

const NONE = new Set<number>();
const NO_PAIRS: Pairs = new Map();
const ANY: Node = { first: null, single: null, pairs: null, nullable: false, empty: false, boundary: false };
const ZERO: Node = { first: NONE, single: NONE, pairs: NO_PAIRS, nullable: true, empty: true, boundary: false };
const BOUNDARY: Node = { ...ZERO, boundary: true };
const BACKREF: Node = { first: null, single: null, pairs: null, nullable: true, empty: false, boundary: false };
const MAX_SET = 4096;
/** Beyond these, a first unit runs its rule whatever unit follows (the analysis stays cheap). */
const MAX_TAILS = 256;
const MAX_PAIRS = 2048;

/** Adds `src` to `acc` (which the caller owns); null is "any". */
function addAll(acc: Set<number> | null, src: Set<number> | null): Set<number> | null {
  if (!acc || !src) return null;
  for (const c of src) acc.add(c);
  return acc.size > MAX_SET ? null : acc;
}

/** Adds every unit of `heads` followed by any unit of `tails` to `acc` (which the caller owns). */
function addCross(acc: Pairs | null, heads: Set<number> | null, tails: Set<number> | null): Pairs | null {
  if (!acc || !heads) return null;
  if (tails && !tails.size) return acc;
  // Too many pairs to list cheaply: the heads then run whatever follows.
  if (tails && heads.size * tails.size > MAX_PAIRS) tails = null;
  for (const c of heads) addPair(acc, c, tails);
  return acc;
}

function addPairs(acc: Pairs | null, src: Pairs | null): Pairs | null {
  if (!acc || !src) return null;
  for (const [c, tails] of src) addPair(acc, c, tails);
  return acc;
}

/** Sets a node made and may extend; any other set is shared (a class's units, another node's). */
const owned = new WeakSet<Set<number>>();

function addPair(acc: Pairs, head: number, tails: Set<number> | null): void {
  const current = acc.get(head);
  // Shared until extended: many heads can point at one set of tails.
  if (current === undefined) acc.set(head, tails && tails.size <= MAX_TAILS ? tails : null);
  else if (current && current !== tails) {
    let next: Set<number> | null = current;
    if (!owned.has(current)) owned.add((next = new Set(current)));
    next = addAll(next, tails);
    acc.set(head, next && next.size <= MAX_TAILS ? next : null);
  }
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * Blocks without cased letters: with the `i` flag (and no `u`) a unit in them matches only
 * itself. tests/core/reply/dispatch.test.ts checks this against the engine.
 */
export const CASELESS: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x40],
  [0x5b, 0x60],
  [0x7b, 0xa9],
  [0xab, 0xb4],
  [0xb6, 0xb9],
  [0xbb, 0xbf],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x3000, 0x30ff],
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

const caseless = (c: number): boolean => CASELESS.some(([lo, hi]) => c >= lo && c <= hi);

/** With `i`: both cases of an ASCII letter; null when a unit's case variants are not known. */
function caseClosure(set: Set<number>): Set<number> | null {
  const out = new Set<number>();
  for (const c of set) {
    if (isAsciiLetter(c)) out.add(c | 0x20).add(c & ~0x20);
    else if (caseless(c)) out.add(c);
    else return null;
  }
  return out;
}

const range = (from: number, to: number, into: Set<number>): void => {
  for (let c = from; c <= to; c++) into.add(c);
};
const DIGITS = new Set<number>();
range(0x30, 0x39, DIGITS);
const WORD = new Set<number>([0x5f]);
range(0x30, 0x39, WORD);
range(0x41, 0x5a, WORD);
range(0x61, 0x7a, WORD);
// \s: WhiteSpace and LineTerminator.
const SPACE = new Set<number>([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
range(0x2000, 0x200a, SPACE);

/** A run of pattern text without groups or alternatives: units, escapes, classes (no u flag). */
const PLAIN = /(?:[^\\()[|]|\\[^]|\[(?:[^\]\\]|\\[^])*\])+/y;
const BRACES = /\{(\d+)(,(\d*))?\}/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;

const units = (set: Set<number> | null): Node =>
  set ? { first: set, single: set, pairs: NO_PAIRS, nullable: false, empty: false, boundary: false } : ANY;
const unit = (c: number): Node => units(new Set([c]));

/** A small recursive-descent reader of JavaScript pattern syntax (no `u` flag). */
class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  /** a|b|c: any branch's. */
  alternation(): Node {
    const node = this.sequence();
    if (this.src[this.pos] !== '|') return node;
    let { first, single, pairs, nullable, empty, boundary } = node;
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      first = addAll(first, next.first);
      single = addAll(single, next.single);
      pairs = addPairs(pairs, next.pairs);
      nullable = nullable || next.nullable;
      empty = empty && next.empty;
      boundary = boundary && next.boundary;
    }
    return { first, single, pairs, nullable, empty, boundary };
  }

  /** abc: the terms' units, through the first ones that cannot match the empty string. */
  sequence(): Node {
    // What the sequence read so far can match (fresh sets: the node owns and extends them).
    let first: Set<number> | null = new Set();
    let single: Set<number> | null = new Set();
    let pairs: Pairs | null = new Map();
    let nullable = true;
    let empty = true;
    // Whether every match asserts \b before consuming anything.
    let boundary = false;
    let leading = true;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      // Once every match has consumed two units, what follows changes nothing.
      if (!nullable && single && !single.size) {
        this.skip(true);
        break;
      }
      const term = this.atom();
      const [min, max] = this.quantifier();
      const termNullable = min === 0 || term.nullable;
      if (leading) {
        if (term.boundary && min > 0) (boundary = true), (leading = false);
        else if (!term.empty) leading = false;
      }
      // A one-unit match so far, then this term's first unit.
      pairs = addCross(pairs, single, term.first);
      if (nullable) {
        first = addAll(first, term.first);
        pairs = addPairs(pairs, term.pairs);
        // Repeated, a one-unit match of the term can be followed by another match of it.
        if (max > 1) pairs = addCross(pairs, term.single, term.first);
      }
      // One-unit matches: so far, then this term empty; or nothing so far, then this term's.
      if (!termNullable) single = nullable ? addAll(new Set(), term.single) : new Set();
      else if (nullable) single = addAll(single, term.single);
      nullable = nullable && termNullable;
      empty = empty && term.empty;
    }
    return { first, single, pairs, nullable, empty, boundary };
  }

  /** The minimum and maximum repetition of the quantifier after an atom ([1, 1] when there is none). */
  quantifier(): [number, number] {
    const ch = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (ch === '*') (min = 0), (max = Infinity), this.pos++;
    else if (ch === '?') (min = 0), this.pos++;
    else if (ch === '+') (max = Infinity), this.pos++;
    else if (ch === '{') {
      BRACES.lastIndex = this.pos;
      const m = BRACES.exec(this.src);
      if (!m) return [1, 1]; // a literal {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.pos += m[0].length;
    } else return [1, 1];
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return [min, max];
  }

  /** Skips to the `)` that closes the current group (or the end), or to a `|` of it when `bar`. */
  skip(bar: boolean): void {
    const { src } = this;
    let depth = 0;
    for (;;) {
      PLAIN.lastIndex = this.pos;
      if (PLAIN.test(src)) this.pos = PLAIN.lastIndex;
      const ch = src[this.pos];
      if (ch === undefined) return;
      if (ch === '(') depth++;
      else if (ch === ')' || (ch === '|' && bar)) {
        if (depth === 0) return;
        if (ch === ')') depth--;
      }
      this.pos++;
    }
  }

  atom(): Node {
    const ch = this.src[this.pos]!;
    if (ch === '(') {
      this.pos++;
      const opened = openGroup(this.src, this.pos);
      this.pos = opened.pos;
      const look = opened.look;
      // A look-around consumes nothing.
      const inner = look ? (this.skip(false), ZERO) : this.alternation();
      if (this.src[this.pos] !== ')') throw new Error('unclosed');
      this.pos++;
      return inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    this.pos++;
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return ZERO;
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?') throw new Error('syntax');
    return unit(ch.charCodeAt(0));
  }

  /** After a backslash outside a class. */
  escape(): Node {
    this.pos++;
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new Error('escape');
    if (ch === 'b') return BOUNDARY;
    if (ch === 'B') return ZERO;
    if (ch === 'k' || (ch >= '0' && ch <= '9')) return BACKREF;
    if (ch === 'd') return units(DIGITS);
    if (ch === 'w') return units(WORD);
    if (ch === 's') return units(SPACE);
    const code = this.escapedUnit(ch);
    return code === null ? ANY : unit(code);
  }

  /** The unit of a character escape (\n, \u4f60, \.), or null when it is anything else. */
  escapedUnit(ch: string): number | null {
    switch (ch) {
      case 'n':
        return 0x0a;
      case 't':
        return 0x09;
      case 'r':
        return 0x0d;
      case 'f':
        return 0x0c;
      case 'v':
        return 0x0b;
      case 'u': {
        const hex = this.src.slice(this.pos, this.pos + 4);
        if (!HEX4.test(hex)) return null;
        this.pos += 4;
        return parseInt(hex, 16);
      }
      case 'x': {
        const hex = this.src.slice(this.pos, this.pos + 2);
        if (!HEX2.test(hex)) return null;
        this.pos += 2;
        return parseInt(hex, 16);
      }
    }
    // Any other letter or digit (\c, \p, \0, classes, backreferences): not handled here.
    if (/[0-9A-Za-z]/.test(ch)) return null;
    return ch.charCodeAt(0);
  }

  /** [abc], [a-c], [\d\s]: its units; [^…] and whatever is not understood: any. */
  charClass(): Node {
    this.pos++;
    let set: Set<number> | null = new Set();
    if (this.src[this.pos] === '^') {
      set = null;
      this.pos++;
    }
    // Without the u flag, the first unescaped ] closes the class ([] is empty and never matches).
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const from = this.classAtom();
      if (this.src[this.pos] === '-' && this.pos + 1 < this.src.length && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const to = this.classAtom();
        if (!set || typeof from !== 'number' || typeof to !== 'number' || to < from || to - from > MAX_SET) set = null;
        else range(from, to, set);
      } else if (set) {
        if (from === null) set = null;
        else if (typeof from === 'number') set.add(from);
        else for (const c of from) set.add(c);
      }
      if (set && set.size > MAX_SET) set = null;
    }
    if (this.src[this.pos] !== ']') throw new Error('class');
    this.pos++;
    return units(set);
  }

  /** One unit, a class escape's units, or null (unknown). */
  classAtom(): number | Set<number> | null {
    if (this.src[this.pos] !== '\\') return this.src.charCodeAt(this.pos++);
    this.pos++;
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new Error('escape');
    if (ch === 'b') return 0x08;
    if (ch === 'd') return DIGITS;
    if (ch === 'w') return WORD;
    if (ch === 's') return SPACE;
    if (ch === '-') return 0x2d;
    return this.escapedUnit(ch);
  }
}

