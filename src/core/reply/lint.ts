import { detectLang, foldTraditional } from '../detect-lang.js';
import { isLang, type Lang } from '../lang.js';
import { CATEGORY_MESSAGES } from './messages.js';
import { BUILTIN_REPLY_RULES } from './rules.js';
import { firstUnits, type Start } from './dispatch.js';
import { requiredChars } from './required.js';
import type { ReplyCategory, ReplyFinding, ReplyLinterConfig, ReplyRule } from './types.js';

interface CompiledRule {
  rule: ReplyRule;
  pattern: RegExp;
  ignoreCase: boolean;
  /** Whether the fields below are set: the analyses run on the first draft the rule applies to. */
  ready: boolean;
  /** Characters at least one of which every match contains (see required.ts), or null: always run. */
  required: number[] | null;
  /** The units a match can start with (see dispatch.ts), or null: scan the whole draft. */
  start: Start | null;
  /** The pattern, sticky, for the per-position runs; null when `start` is. */
  sticky: RegExp | null;
}

/** Analyses a rule's pattern (once). */
function prepare(entry: CompiledRule): CompiledRule {
  if (entry.ready) return entry;
  const { source, flags } = entry.pattern;
  entry.required = requiredChars(source, entry.ignoreCase);
  entry.start = firstUnits(source, entry.ignoreCase);
  entry.sticky = entry.start && new RegExp(source, flags + 'y');
  entry.ready = true;
  return entry;
}

const compiled = new WeakMap<ReplyRule, CompiledRule | null>();

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordChar = (ch: string | undefined): boolean => !!ch && /\w/.test(ch);

// The shared Traditional → Simplified table (variant forms such as 麽, 説, 絶 included), so a
// host's zh phrases and the draft fold alike and rules written in Simplified match both scripts.
const fold = foldTraditional;

function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold(text.charCodeAt(i)));
  return out;
}

function phraseSource(phrase: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return escapeRegExp(foldString(phrase));
  const body = escapeRegExp(phrase.replace(/\u2019/g, "'")).replace(/\s+/g, '\\s+');
  return (isWordChar(phrase[0]) ? '\\b' : '') + body + (isWordChar(phrase[phrase.length - 1]) ? '\\b' : '');
}

/** Compiles a rule once; a malformed host rule is skipped rather than thrown on. */
function compile(rule: ReplyRule): CompiledRule | null {
  let entry = compiled.get(rule);
  if (entry !== undefined) return entry;
  entry = null;
  try {
    if (rule && (rule.lang === 'zh' || rule.lang === 'en')) {
      const { match } = rule;
      let source: string | undefined;
      let ignoreCase = rule.lang === 'en';
      if (match instanceof RegExp) {
        // zh patterns run on folded text: fold the pattern too, so a Traditional or variant
        // character written in a rule (囉, 搵, 喎) still matches. Only Han characters change.
        source = rule.lang === 'zh' ? foldString(match.source) : match.source;
        ignoreCase = ignoreCase || match.flags.includes('i');
      } else {
        const phrases = (typeof match === 'string' ? [match] : Array.isArray(match) ? match : []).filter(
          (p): p is string => typeof p === 'string' && p.trim() !== '',
        );
        if (phrases.length) source = phrases.map((p) => phraseSource(p.trim(), rule.lang)).join('|');
      }
      if (source) {
        const pattern = new RegExp(source, ignoreCase ? 'gdi' : 'gd');
        entry = { rule, pattern, ignoreCase, ready: false, required: null, start: null, sticky: null };
      }
    }
  } catch {
    entry = null;
  }
  compiled.set(rule, entry);
  return entry;
}

const HAN = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

interface View {
  /** The draft with Traditional folded to Simplified and curly apostrophes straightened, one unit for one. */
  text: string;
  hasHan: boolean;
  hasLatin: boolean;
}

function makeView(draft: string): View {
  let hasHan = false;
  let hasLatin = false;
  let changed = false;
  const codes = new Uint16Array(draft.length);
  for (let i = 0; i < draft.length; i++) {
    let code = draft.charCodeAt(i);
    if (HAN(code)) {
      hasHan = true;
      const folded = fold(code);
      if (folded !== code) (code = folded), (changed = true);
    } else if (code === 0x2019) {
      code = 0x27;
      changed = true;
    } else if (!hasLatin && ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) {
      hasLatin = true;
    }
    codes[i] = code;
  }
  if (!changed) return { text: draft, hasHan, hasLatin };
  // One code unit for one (a lone surrogate becomes U+FFFD), so offsets stay exact.
  return { text: utf16.decode(codes), hasHan, hasLatin };
}

const utf16 = new TextDecoder('utf-16le');

// Opening quotation marks and their closing partners, by code unit.
const OPEN_TO_CLOSE = new Map<number, number>([
  [0x201c, 0x201d], // “ ”
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0xff02, 0xff02], // ＂ ＂
  [0x22, 0x22], // " "
  [0xab, 0xbb], // « »
]);

/**
 * Ranges of quoted text (“…”, 「…」, 『…』, "…", «…»): the customer's own words or a
 * quotation, never the agent's wording. An unclosed quote runs to the end of its line.
 */
function quotedRanges(draft: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < draft.length) {
    const close = OPEN_TO_CLOSE.get(draft.charCodeAt(i));
    if (close === undefined) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    for (let code = draft.charCodeAt(j); j < draft.length && code !== close && code !== 0x0a; code = draft.charCodeAt(++j));
    ranges.push([start, j]);
    i = j + 1;
  }
  return ranges;
}

function inRanges(ranges: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (pos < s) hi = mid - 1;
    else if (pos > e) lo = mid + 1;
    else return true;
  }
  return false;
}

const TERMINAL = /[.!?。！？]$/;

function messageFor(rule: ReplyRule, lang: Lang): string {
  const { message } = rule;
  if (typeof message === 'string') return message;
  if (message && typeof message === 'object' && typeof message[lang] === 'string') return message[lang]!;
  return CATEGORY_MESSAGES[lang][rule.category];
}

function templatesFor(rule: ReplyRule, script: 'en' | 'hans' | 'hant'): readonly string[] {
  const { suggestions } = rule;
  if (!suggestions) return [];
  if (Array.isArray(suggestions)) return suggestions;
  const bag = suggestions as { en?: readonly string[]; hans?: readonly string[]; hant?: readonly string[] };
  return (script === 'hant' ? (bag.hant ?? bag.hans) : bag[script]) ?? bag.hans ?? bag.en ?? [];
}

/** A captured piece of the draft, ready to sit in a rewrite addressed to the customer. */
function polishCapture(text: string, rule: ReplyRule, bare: boolean): string {
  // Certainty words leave the agent's words, so a promise rewritten as a commitment stays one.
  if (rule.lang !== 'zh')
    return text
      .replace(/\b(will|'ll|’ll) never (happen|occur) again\b/gi, 'doesn’t $2 again')
      .replace(/\b(?:won't|won’t|will not) (happen|occur) again\b/gi, 'doesn’t $1 again')
      .replace(/ ?\b(?:definitely|certainly|absolutely|surely|for sure|without fail|no matter what|guaranteed)\b| ?\b100 ?%/gi, '')
      // A promise rewritten as "…make sure the claim gets approved" (not "…will be approved").
      .replace(/\b(?:will|'ll|’ll) be (\w+ed)\b/gi, (m, verb: string) => (rule.category === 'overpromise' ? `gets ${verb}` : m))
      .trim();
  let out = text.trim();
  // `bare` drops a leading "for you" (帮您退款 → 退款) where the template already says who.
  if (bare) out = out.replace(/^(?:帮|幫|给|給|为|為|替)[你您]/, '');
  return out
    .replace(/你(?![们們])/g, '您')
    .replace(/填表/g, '填写这张表')
    .replace(/一定|肯定|绝对|絕對|百分之百|百分百|再也|永远|永遠|(?:以后|以後|今后|今後|往后|往後)(?:都|也)?/g, '');
}

/** Fills a template; null when it needs a group the match left empty. */
function fillTemplate(template: string, match: RegExpExecArray, draft: string, rule: ReplyRule, script: 'en' | 'hans' | 'hant'): string | null {
  const indices = match.indices!;
  let missing = false;
  let out = template.replace(/\{(\w+)(:bare|:lower)?\}/g, (whole, key: string, mod: string | undefined) => {
    if (key === 'match') return draft.slice(indices[0]![0], indices[0]![1]);
    let span: [number, number] | undefined;
    if (/^\d$/.test(key)) span = indices[Number(key)];
    else if (indices.groups && key in indices.groups) span = indices.groups[key];
    else return whole;
    let text = span ? polishCapture(draft.slice(span[0], span[1]), rule, mod === ':bare') : '';
    if (!text && key !== 'be') missing = true;
    // `lower`: a capture that opened the agent's sentence ("Send us…") now sits mid-sentence.
    if (mod === ':lower' && /^[A-Z][a-z]/.test(text)) text = text[0]!.toLowerCase() + text.slice(1);
    return text;
  });
  if (missing) return null;
  if (rule.lang === 'en') out = out.replace(/ {2,}/g, ' ').replace(/ ([?.!,])/g, '$1');
  else if (script === 'hant') out = out.replace(/填写这张表/g, '填寫這張表');
  return out;
}

/** Makes a rewrite fit where the span sits: sentence case in English, no doubled end marks. */
function fitSuggestion(text: string, draft: string, start: number, end: number, lang: 'zh' | 'en', builtin: boolean): string {
  let out = text;
  const spanText = draft.slice(start, end);
  const atEnd = draft.slice(end).trim() === '';
  if (TERMINAL.test(spanText)) {
    if (!TERMINAL.test(out)) out += spanText[spanText.length - 1];
  } else if (!atEnd) {
    out = out.replace(/[.!?。！？]+$/, '');
  }
  if (lang === 'en' && out) {
    let k = start - 1;
    while (k >= 0 && /\s/.test(draft[k]!)) k--;
    const sentenceStart = k < 0 || /[.!?\n。！？]/.test(draft[k]!);
    if (sentenceStart) out = out[0]!.toUpperCase() + out.slice(1);
    // A host's replacement may be a product name: only built-in wording is lower-cased.
    else if (builtin && !/^I\b|^I'|^I’/.test(out)) out = out[0]!.toLowerCase() + out.slice(1);
  }
  return out;
}

/**
 * The rules of one checker: `base` (minus `skip`) then `extra`, in that order. `base` is the
 * list a dispatch plan is built for (once per list); `extra` (a host's rules given per call)
 * is scanned rule by rule.
 */
interface Selection {
  base: readonly CompiledRule[];
  skip?: ReadonlySet<CompiledRule>;
  extra?: readonly CompiledRule[];
}

function run(draft: string, selection: Selection, lang: Lang | undefined, categories?: ReadonlySet<ReplyCategory>): ReplyFinding[] {
  if (typeof draft !== 'string' || draft.length === 0) return [];
  const view = makeView(draft);
  if (!view.hasHan && !view.hasLatin) return [];
  const draftLang: Lang = lang && isLang(lang) ? lang : detectLang(draft);
  const zhScript: 'hans' | 'hant' = draftLang === 'zh-Hant' ? 'hant' : 'hans';
  const quotes = quotedRanges(draft);
  const found: ReplyFinding[] = [];
  const text = view.text;
  const { base, skip, extra = [] } = selection;
  const count = base.length + extra.length;
  const ruleAt = (i: number): CompiledRule => (i < base.length ? base[i]! : extra[i - base.length]!);
  for (let i = 0; i < text.length; i++) PRESENT[text.charCodeAt(i)] = 1;
  try {
    const plan = dispatch && base.length ? planFor(base, (view.hasHan ? 1 : 0) | (view.hasLatin ? 2 : 0)) : null;
    // Per rule: 0 skipped, 1 run at the positions it can start at (base only), 2 scanned.
    const mode = new Uint8Array(count);
    let dispatched = 0;
    for (let i = 0; i < count; i++) {
      const compiledRule = ruleAt(i);
      const { rule } = compiledRule;
      if (i < base.length && skip?.has(compiledRule)) continue;
      if (rule.lang === 'zh' ? !view.hasHan : !view.hasLatin) continue;
      if (categories && !categories.has(rule.category)) continue;
      const { required } = prepare(compiledRule);
      if (required && precheck && !anyPresent(required)) continue;
      if (plan && i < base.length && compiledRule.start) (mode[i] = 1), dispatched++;
      else mode[i] = 2;
    }
    const ctx: Context = { draft, text, draftLang, zhScript, quotes };
    // Findings per dispatched rule, so they are added in rule order as the full scans add them.
    const byRule: Array<ReplyFinding[] | undefined> = plan && dispatched ? scan(plan, base, mode, ctx) : [];
    for (let i = 0; i < count; i++) {
      if (mode[i] === 1) {
        const list = byRule[i];
        if (list) for (const f of list) found.push(f);
      } else if (mode[i] === 2) collect(ruleAt(i), ctx, found);
    }
  } finally {
    for (let i = 0; i < text.length; i++) PRESENT[text.charCodeAt(i)] = 0;
  }
  return dedupe(found);
}

interface Context {
  draft: string;
  /** The folded draft the patterns run on. */
  text: string;
  draftLang: Lang;
  zhScript: 'hans' | 'hant';
  quotes: Array<[number, number]>;
}

let precheck = true;
/** @internal tests compare findings with and without the required-character pre-check. */
export function setPrecheck(on: boolean): void {
  precheck = on;
}

let dispatch = true;
/** @internal tests compare findings with per-position dispatch and with one full scan per rule. */
export function setDispatch(on: boolean): void {
  dispatch = on;
}

/** Which UTF-16 units the draft being checked contains; cleared after each check. */
const PRESENT = new Uint8Array(0x10000);

function anyPresent(codes: number[]): boolean {
  for (let k = 0; k < codes.length; k++) if (PRESENT[codes[k]!]) return true;
  return false;
}

/**
 * Which rules can start a match at which units: `index[unit]` is a bucket (0: none); `alone[bucket]`
 * the rules to run whatever follows, `next[bucket]` those to run when the next unit is one they
 * can continue with. `edge[rule]`: the rule starts only at a word boundary.
 */
interface Plan {
  index: Uint16Array;
  alone: Int32Array[];
  next: Array<Map<number, Int32Array> | null>;
  edge: Uint8Array;
}

/** Per list, its plans for zh rules (1), en rules (2) and both (3). */
const plans = new WeakMap<readonly CompiledRule[], Array<Plan | null | undefined>>();

/**
 * The plan for the list's rules in `langs`, built once; null (scan every rule) if they start with
 * too many different units.
 */
function planFor(rules: readonly CompiledRule[], langs: number): Plan | null {
  let byLangs = plans.get(rules);
  if (!byLangs) plans.set(rules, (byLangs = []));
  let plan = byLangs[langs];
  if (plan !== undefined) return plan;
  const byUnit = new Map<number, { alone: number[]; next: Map<number, number[]> }>();
  const entry = (unit: number) => {
    let e = byUnit.get(unit);
    if (!e) byUnit.set(unit, (e = { alone: [], next: new Map() }));
    return e;
  };
  const edge = new Uint8Array(rules.length);
  rules.forEach((compiledRule, i) => {
    if (!(langs & (compiledRule.rule.lang === 'zh' ? 1 : 2))) return;
    const { start } = prepare(compiledRule);
    if (!start) return;
    edge[i] = start.wordStart ? 1 : 0;
    for (const unit of start.alone) entry(unit).alone.push(i);
    for (const [unit, follow] of start.pairs) {
      const { next } = entry(unit);
      for (const c of follow) {
        const list = next.get(c);
        if (list) list.push(i);
        else next.set(c, [i]);
      }
    }
  });
  if (byUnit.size >= 0xffff) {
    byLangs[langs] = null;
    return null;
  }
  const index = new Uint16Array(0x10000);
  const alone: Int32Array[] = [new Int32Array(0)];
  const next: Array<Map<number, Int32Array> | null> = [null];
  for (const [unit, e] of byUnit) {
    index[unit] = alone.length;
    alone.push(Int32Array.from(e.alone));
    next.push(e.next.size ? new Map([...e.next].map(([c, list]) => [c, Int32Array.from(list)])) : null);
  }
  plan = { index, alone, next, edge };
  byLangs[langs] = plan;
  return plan;
}

const isWordUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * Walks the folded draft once; at each position, runs (sticky) the rules that can start a match
 * there and have no earlier match reaching past it. For each rule that gives exactly the matches
 * of a global scan: leftmost first, the next search starting where the last match ended (a
 * dispatched pattern never matches the empty string).
 */
function scan(plan: Plan, rules: readonly CompiledRule[], mode: Uint8Array, ctx: Context): Array<ReplyFinding[] | undefined> {
  const { text } = ctx;
  const byRule: Array<ReplyFinding[] | undefined> = new Array(rules.length);
  const from = new Int32Array(rules.length);
  const { index, alone, next, edge } = plan;
  const n = text.length;
  let prevWord = false;
  for (let p = 0; p < n; p++) {
    const code = text.charCodeAt(p);
    const word = isWordUnit(code);
    const midWord = prevWord && word;
    prevWord = word;
    const bucket = index[code]!;
    if (bucket === 0) continue;
    const follow = next[bucket];
    const second = follow && p + 1 < n ? follow.get(text.charCodeAt(p + 1)) : undefined;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? alone[bucket]! : second;
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!;
        if (mode[i] !== 1 || from[i] > p || (midWord && edge[i] === 1)) continue;
        const compiledRule = rules[i]!;
        const sticky = compiledRule.sticky!;
        sticky.lastIndex = p;
        const match = sticky.exec(text);
        if (match === null) continue;
        from[i] = sticky.lastIndex;
        addFinding(compiledRule, match, ctx, (byRule[i] ??= []));
      }
    }
  }
  return byRule;
}

/** Runs one rule over the folded draft and adds its findings. */
function collect(compiledRule: CompiledRule, ctx: Context, found: ReplyFinding[]): void {
  const { pattern } = compiledRule;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(ctx.text)) !== null) {
    const [start, end] = match.indices![0]!;
    if (end === start) {
      pattern.lastIndex = start + 1;
      continue;
    }
    addFinding(compiledRule, match, ctx, found);
  }
}

/** Adds the finding for one (non-empty) match, unless it sits in a quotation. */
function addFinding({ rule }: CompiledRule, match: RegExpExecArray, ctx: Context, found: ReplyFinding[]): void {
  const { draft, draftLang, zhScript, quotes } = ctx;
  const script = rule.lang === 'en' ? 'en' : zhScript;
  let [start, end] = match.indices![0]!;
  // Trailing spaces belong to the next words, not to the span.
  while (end > start && /\s/.test(draft[end - 1]!)) end--;
  if (inRanges(quotes, start)) return;
  const templates = templatesFor(rule, script);
  // A rewrite that is a whole sentence takes the sentence's own end mark with it.
  if (end < draft.length && /[。！？.!?]/.test(draft[end]!) && !TERMINAL.test(draft.slice(start, end)) && TERMINAL.test(templates[0] ?? '')) end++;
  const suggestions: string[] = [];
  for (const template of templates) {
    if (typeof template !== 'string') continue;
    const filled = fillTemplate(template, match, draft, rule, script);
    if (filled === null) continue;
    const text = fitSuggestion(filled, draft, start, end, rule.lang, isBuiltin(rule));
    if (text && !suggestions.includes(text) && text !== draft.slice(start, end)) suggestions.push(text);
  }
  found.push({
    category: rule.category,
    start,
    end,
    text: draft.slice(start, end),
    message: messageFor(rule, draftLang),
    suggestions,
    rule: rule.id,
  });
}

/** In text order; a span inside another of the same category adds nothing and is dropped. */
function dedupe(findings: ReplyFinding[]): ReplyFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ReplyFinding[] = [];
  const lastEnd = new Map<ReplyCategory, number>();
  for (const f of findings) {
    const reach = lastEnd.get(f.category) ?? -1;
    if (f.start < reach) continue;
    kept.push(f);
    lastEnd.set(f.category, f.end);
  }
  return kept;
}

let builtins: CompiledRule[] | undefined;
const builtinSet = new Set<ReplyRule>(BUILTIN_REPLY_RULES);
const isBuiltin = (rule: ReplyRule): boolean => builtinSet.has(rule);
const builtinRules = (): CompiledRule[] =>
  (builtins ??= BUILTIN_REPLY_RULES.map(compile).filter((r): r is CompiledRule => r !== null));

let warmed = 0;
const WARM_SAMPLE = { zh: '您好', en: 'Hello' };

/**
 * Prepares the built-in rules a few at a time: V8 compiles a regular expression on its first run,
 * about 2 ms each for the larger English ones (~300 ms for all of them on the first English draft).
 * Runs rules on a tiny sample until `budgetMs` is spent; returns true once every rule is ready.
 */
export function warmBuiltinRules(budgetMs: number, now: () => number = () => Date.now()): boolean {
  const rules = builtinRules();
  const start = now();
  while (warmed < rules.length) {
    const { rule, pattern, sticky } = prepare(rules[warmed++]!);
    const regexp = sticky ?? pattern;
    regexp.lastIndex = 0;
    regexp.exec(WARM_SAMPLE[rule.lang]);
    regexp.lastIndex = 0;
    if (now() - start >= budgetMs) break;
  }
  return warmed >= rules.length;
}

function select(base: readonly CompiledRule[], extra: readonly ReplyRule[] | undefined, disable: readonly string[] | undefined): Selection {
  const off = Array.isArray(disable) && disable.length ? new Set(disable) : undefined;
  const on = (r: CompiledRule): boolean => !off?.has(r.rule.id);
  const added = Array.isArray(extra) && extra.length ? extra.map(compile).filter((r): r is CompiledRule => r !== null && on(r)) : [];
  const skip = off ? new Set(base.filter((r) => !on(r))) : undefined;
  return { base, skip: skip?.size ? skip : undefined, extra: added };
}

export function lintWith(draft: string, options: { lang?: Lang; rules?: readonly ReplyRule[]; disable?: readonly string[] } | undefined): ReplyFinding[] {
  try {
    return run(draft, select(builtinRules(), options?.rules, options?.disable), options?.lang);
  } catch {
    return [];
  }
}

export function makeLinter(config: ReplyLinterConfig = {}): (draft: string, options?: { lang?: Lang }) => ReplyFinding[] {
  // The linter's whole list is one base: its dispatch plan is built once, on the first draft.
  const { base, skip, extra } = select(config.replace ? [] : builtinRules(), config.rules, config.disable);
  const selection: Selection = { base: base.filter((r) => !skip?.has(r)).concat(extra ?? []) };
  const categories = Array.isArray(config.categories) ? new Set(config.categories) : undefined;
  return (draft, options) => {
    try {
      return run(draft, selection, options?.lang, categories);
    } catch {
      return [];
    }
  };
}
