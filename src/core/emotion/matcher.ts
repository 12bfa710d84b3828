import { foldTraditional } from '../detect-lang.js';
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
}

/** A compiled lexicon: a character trie over folded text. Build one with {@link createLexicon}. */
export interface Lexicon {
  readonly size: number;
  /** @internal child node of the root per folded UTF-16 unit (0 = none). */
  readonly root: Int32Array;
  /** @internal the other edges, in an open-addressing hash table: (node, unit) → child. */
  readonly edgeNode: Int32Array;
  readonly edgeUnit: Int32Array;
  readonly edgeChild: Int32Array;
  readonly edgeMask: number;
  /** @internal the entry ending at each node, if any. */
  readonly entries: (Entry | undefined)[];
  /** @internal the source entries, so a lexicon can be extended. */
  readonly source: readonly LexiconEntry[];
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
    for (const term of terms.split('|')) {
      if (!term) continue;
      out.push({ term, role, kind, weights, flags, factor, ...(negatedAs ? { negatedAs } : {}), ...(negates ? { negates } : {}) });
    }
  }
  return out;
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

/** ASCII letters, digits, apostrophe-free: the characters an English word is made of. */
export function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

function compileEntry(source: LexiconEntry): Entry {
  const emotions: Emotion[] = [];
  const weights: number[] = [];
  for (const emotion of EMOTIONS) {
    const w = source.weights?.[emotion];
    if (typeof w === 'number' && Number.isFinite(w) && w !== 0) {
      emotions.push(emotion);
      weights.push(w);
    }
  }
  const factor = source.factor;
  return {
    role: source.role && (SECTION_ROLE[source.role] || source.role === 'word') ? source.role : 'word',
    kind: source.kind || (source.role && source.role !== 'word' ? source.role : 'keyword'),
    emotions,
    weights,
    flags: (source.flags ?? []).filter((f) => (FLAGS as readonly string[]).includes(f)),
    factor: typeof factor === 'number' && Number.isFinite(factor) ? factor : 1,
    negatedAs: source.negatedAs && EMOTIONS.includes(source.negatedAs) ? source.negatedAs : 'disappointed',
    negates: source.negates === true,
    stem: source.term.endsWith('*'),
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
  const next: Map<number, number>[] = [new Map()];
  const compiled: (Entry | undefined)[] = [undefined];
  let size = 0;
  for (const item of source) {
    const term = item.term.endsWith('*') ? item.term.slice(0, -1) : item.term;
    if (!term) continue;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = foldCode(term.charCodeAt(i));
      let child = node === 0 ? root[code]! : next[node]!.get(code) ?? 0;
      if (!child) {
        child = next.length;
        next.push(new Map());
        compiled.push(undefined);
        if (node === 0) root[code] = child;
        else next[node]!.set(code, child);
      }
      node = child;
    }
    if (!compiled[node]) size++;
    compiled[node] = compileEntry(item);
  }
  let edges = 0;
  for (const map of next) edges += map.size;
  let capacity = 16;
  while (capacity < edges * 2) capacity *= 2;
  const edgeNode = new Int32Array(capacity).fill(-1);
  const edgeUnit = new Int32Array(capacity);
  const edgeChild = new Int32Array(capacity);
  const edgeMask = capacity - 1;
  next.forEach((map, node) => {
    for (const [unit, child] of map) {
      let h = edgeHash(node, unit) & edgeMask;
      while (edgeNode[h] !== -1) h = (h + 1) & edgeMask;
      edgeNode[h] = node;
      edgeUnit[h] = unit;
      edgeChild[h] = child;
    }
  });
  return { size, root, edgeNode, edgeUnit, edgeChild, edgeMask, entries: compiled, source };
}

function edgeHash(node: number, unit: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
}

let builtin: Lexicon | undefined;

/** The built-in lexicon, compiled once on first use. */
export function defaultLexicon(): Lexicon {
  builtin ??= createLexicon(BUILTIN_LEXICON);
  return builtin;
}

/** Folds a whole text into a reusable buffer; one unit in, one unit out, so offsets stay exact. */
export function foldText(text: string): Uint16Array {
  const folded = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) folded[i] = FOLD[text.charCodeAt(i)]!;
  return folded;
}

/**
 * Leftmost-longest matching over the folded text: at each position the longest term
 * wins and matching resumes after it, so compounds (不错, 没问题, not bad) hide their
 * parts. English terms need word boundaries on both sides (stems only on the left).
 * Work is linear in the text length times the longest term.
 */
export function scan(folded: Uint16Array, lexicon: Lexicon): Match[] {
  const { root, edgeNode, edgeUnit, edgeChild, edgeMask, entries } = lexicon;
  const n = folded.length;
  const matches: Match[] = [];
  for (let i = 0; i < n; i++) {
    const first = folded[i]!;
    let node = root[first]!;
    if (!node) continue;
    if (isWordCode(first) && i > 0 && isWordCode(folded[i - 1]!)) continue;
    let best: Entry | undefined;
    let bestEnd = 0;
    // Invariant: node spells folded[i..j).
    for (let j = i + 1; ; j++) {
      const entry = entries[node];
      if (entry && (entry.stem || j >= n || !isWordCode(folded[j - 1]!) || !isWordCode(folded[j]!))) {
        best = entry;
        bestEnd = j;
      }
      if (j >= n) break;
      const unit = folded[j]!;
      let h = edgeHash(node, unit) & edgeMask;
      let child = 0;
      for (let probe = edgeNode[h]!; probe !== -1; probe = edgeNode[h]!) {
        if (probe === node && edgeUnit[h] === unit) {
          child = edgeChild[h]!;
          break;
        }
        h = (h + 1) & edgeMask;
      }
      if (!child) break;
      node = child;
    }
    if (!best) continue;
    // A stem's evidence is the whole word it starts (complained, not complain).
    if (best.stem) while (bestEnd < n && isWordCode(folded[bestEnd]!)) bestEnd++;
    if (best.role !== 'guard') matches.push({ start: i, end: bestEnd, entry: best });
    i = bestEnd - 1;
  }
  return matches;
}
