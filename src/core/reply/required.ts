/**
 * A cheap pre-check for the reply rules: from a pattern's source, a set of characters of which
 * every match must contain at least one. A draft without any of them cannot match, so the rule's
 * regular expression is not run at all (most of ~190 rules, for most drafts).
 *
 * The analysis is conservative: whatever it does not understand (a class with escapes, a wide
 * range, a dot, a backreference) counts as "could be anything", and a pattern with no certain
 * character gets `null`, which means "always run". A wrong answer could only hide a finding, so
 * the test suite compares every labelled draft's findings with and without the pre-check.
 */

/** Characters at least one of which is in every match of `source`, or null when unknown. */
export function requiredChars(source: string, ignoreCase: boolean): number[] | null {
  try {
    const parser = new Parser(source, ignoreCase);
    const set = parser.alternation();
    if (parser.pos !== source.length) return null;
    return set ? [...set] : null;
  } catch {
    return null;
  }
}

type CharSet = Set<number> | null;

/**
 * The Han characters found in the most drafts and messages of tests/data (folded; the first in
 * over half of them, the 60th in about one in fifteen). A required set made of these rarely
 * lets a rule be skipped, so a sequence prefers a set of rarer characters. Letters are in every
 * English draft of any length: the pre-check mostly pays off for Chinese rules.
 */
const COMMON = '我了的你不一这是您们个到好有没要在就下帮上已问经说会人理都来天么以可还系次唔退能单去吗点等请电时话再给过费款定明看题用真很心收处也跟先三出里家回咗样保现得货直想把谢服发打机办事自什多哋错管意客前小今公解司让快转两行怎门号改又果那送边面同月诉';
const COST = new Map<number, number>();
for (let k = 0; k < COMMON.length; k++) COST.set(COMMON.charCodeAt(k), k < 60 ? 8 : 3);

/** How likely a draft is to contain one of the set's characters, roughly: lower is a better filter. */
function cost(set: Set<number>): number {
  let sum = 0;
  for (const c of set) sum += COST.get(c) ?? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 8 : 1);
  return sum;
}

const BRACES = /\{(\d+)(,\d*)?\}/y;

/** A small recursive-descent reader of the JavaScript pattern syntax the rules use. */
class Parser {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** a|b|c: a character from any branch's set (every branch must have one). */
  alternation(): CharSet {
    let union: Set<number> | null = new Set();
    for (;;) {
      const branch = this.sequence();
      if (union) {
        if (branch) for (const c of branch) union.add(c);
        else union = null;
      }
      if (this.src[this.pos] !== '|') return union && union.size ? union : null;
      this.pos++;
    }
  }

  /** abc: of the atoms that must occur, the set least likely to be in a draft. */
  sequence(): CharSet {
    let best: Set<number> | null = null;
    let bestCost = Infinity;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom && min > 0) {
        const c = cost(atom);
        if (c < bestCost) (best = atom), (bestCost = c);
      }
    }
    return best;
  }

  /** The minimum repetition of the quantifier after an atom (1 when there is none). */
  quantifier(): number {
    const ch = this.src[this.pos];
    let min = 1;
    if (ch === '*' || ch === '?') (min = 0), this.pos++;
    else if (ch === '+') this.pos++;
    else if (ch === '{') {
      BRACES.lastIndex = this.pos;
      const m = BRACES.exec(this.src);
      if (!m) return 1; // a literal {
      min = Number(m[1]);
      this.pos += m[0].length;
    } else return 1;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return min;
  }

  atom(): CharSet {
    const ch = this.src[this.pos]!;
    if (ch === '(') {
      this.pos++;
      const opened = openGroup(this.src, this.pos);
      this.pos = opened.pos;
      const look = opened.look;
      const inner = this.alternation();
      if (this.src[this.pos] !== ')') throw new Error('unclosed');
      this.pos++;
      // A look-around is not part of the match.
      return look ? null : inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    this.pos++;
    if (ch === '.' || ch === '^' || ch === '$') return null;
    if (ch === ')' || ch === '|') throw new Error('syntax');
    return this.literal(ch.charCodeAt(0));
  }

  literal(code: number): Set<number> {
    const set = new Set([code]);
    if (this.ignoreCase && ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) {
      set.add(code | 0x20);
      set.add(code & ~0x20);
    }
    return set;
  }

  /** After a backslash: a literal character, or null for a class (\s, \w, \d…) or an assertion (\b). */
  escape(inClass: boolean): CharSet {
    this.pos++;
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new Error('escape');
    if (ch === 'u' && /^[0-9a-fA-F]{4}/.test(this.src.slice(this.pos, this.pos + 4))) {
      const code = parseInt(this.src.slice(this.pos, this.pos + 4), 16);
      this.pos += 4;
      return this.literal(code);
    }
    if (ch === 'x' && /^[0-9a-fA-F]{2}/.test(this.src.slice(this.pos, this.pos + 2))) {
      const code = parseInt(this.src.slice(this.pos, this.pos + 2), 16);
      this.pos += 2;
      return this.literal(code);
    }
    if (ch === 'n') return this.literal(10);
    if (ch === 't') return this.literal(9);
    if (ch === 'p' || ch === 'P' || ch === 'k') {
      // \p{…}, \k<name>: skip the braces or brackets; anything.
      const close = this.src.indexOf(ch === 'k' ? '>' : '}', this.pos);
      if (close < 0) throw new Error('escape');
      this.pos = close + 1;
      return null;
    }
    if (/[0-9a-zA-Z]/.test(ch)) {
      // \b \B \s \S \w \W \d \D, backreferences and the rest: not one known character.
      if (inClass && ch === 'b') return this.literal(8);
      return null;
    }
    return this.literal(ch.charCodeAt(0));
  }

  /** [abc], [a-c]: its characters (small ranges only); [^…] and classes with escapes are unknown. */
  charClass(): CharSet {
    this.pos++;
    let set: Set<number> | null = new Set();
    if (this.src[this.pos] === '^') {
      set = null;
      this.pos++;
    }
    // In a JavaScript pattern without the u flag, the first unescaped ] closes the class ([] is empty).
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      let code: number;
      if (this.src[this.pos] === '\\') {
        const escaped = this.escape(true);
        if (!escaped || escaped.size !== 1 || !set) {
          set = null;
          continue;
        }
        code = [...escaped][0]!;
      } else code = this.src.charCodeAt(this.pos++);
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        let to: number;
        if (this.src[this.pos] === '\\') {
          const escaped = this.escape(true);
          if (!escaped || escaped.size !== 1) {
            set = null;
            continue;
          }
          to = [...escaped][0]!;
        } else to = this.src.charCodeAt(this.pos++);
        if (!set || to - code > 64) {
          set = null;
          continue;
        }
        for (let c = code; c <= to; c++) for (const x of this.literal(c)) set.add(x);
      } else if (set) for (const x of this.literal(code)) set.add(x);
    }
    if (this.src[this.pos] !== ']') throw new Error('class');
    this.pos++;
    return set && set.size ? set : null;
  }
}

/**
 * Reads what follows a group's `(` at `pos` in a pattern's source: `?:`, a look-around or a
 * named group's `?<name>`. Returns where the group's content starts and whether it is a
 * look-around (which consumes nothing). Throws on anything else after `(?`.
 */
export function openGroup(src: string, pos: number): { pos: number; look: boolean } {
  if (src[pos] !== '?') return { pos, look: false };
  const rest = src.slice(pos, pos + 3);
  if (rest.startsWith('?:')) return { pos: pos + 2, look: false };
  if (rest.startsWith('?=') || rest.startsWith('?!')) return { pos: pos + 2, look: true };
  if (rest.startsWith('?<=') || rest.startsWith('?<!')) return { pos: pos + 3, look: true };
  if (rest.startsWith('?<')) {
    const close = src.indexOf('>', pos);
    if (close < 0) throw new Error('group');
    return { pos: close + 1, look: false };
  }
  throw new Error('group');
}
