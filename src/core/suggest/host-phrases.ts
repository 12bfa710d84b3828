import { LANGS, type Lang } from '../lang.js';
import { TEMPERAMENTS, type Temperament } from '../emotion/index.js';
import {
  AVOID_KEYS,
  OPTION_KEYS,
  SECTOR_OPTION_KEYS,
  SLOTS,
  TOPICS,
  type AvoidEntry,
  type AvoidKey,
  type OptionKey,
  type OptionsEntry,
  type Phrase,
  type PhraseCatalogue,
  type SectorOptionKey,
  type SectorPhrases,
  type SlotId,
  type Tone,
  type Topic,
} from './catalogue.js';
import { SECTORS, type Sector } from './sector.js';
import { ESCALATION_CAUSES, type EscalationCause } from './types.js';

/**
 * A host's own phrases for one language: its brand voice and the options it can really
 * offer ("a refund within 2 working days"). Every section is optional.
 *
 * - `slots`, `avoid`: lists. With `mode: 'add'` (the default) the host's lines are offered
 *   first and the built-in ones stay as further variants; with `mode: 'replace'` the host's
 *   lines are the only ones for each slot or state they fill (the others keep the built-in lines).
 * - `why`, `escalation`, `closingFor`: single strings, which replace the built-in ones.
 * - `options`: per key, any of `intro`, `choices` (two to four), `closing`; given fields
 *   replace the built-in ones, the rest are kept.
 * - `reference`: what `{ref}` becomes ("your Acme order number"), for every sector.
 * - `sectors`: per sector, its `reference` and its `remedy` and `speed` options, in the
 *   shape of `options`. A host's own wording wins over the built-in one: a host's sector
 *   entry first, then its general `options` and `reference`, then the built-in sector
 *   entry, then the built-in general one.
 */
export interface PhraseOverrides {
  mode?: 'add' | 'replace';
  slots?: Partial<Record<SlotId, readonly Phrase[]>>;
  why?: Partial<Record<Topic, string>>;
  avoid?: Partial<Record<AvoidKey, readonly AvoidEntry[]>>;
  options?: Partial<Record<OptionKey, Partial<OptionsEntry>>>;
  closingFor?: Partial<Record<Temperament, string>>;
  escalation?: Partial<Record<EscalationCause, string>>;
  reference?: string;
  sectors?: Partial<Record<Sector, SectorOverrides>>;
}

/** A host's wording for one sector: its reference and its concrete remedy and speed choices. */
export interface SectorOverrides {
  reference?: string;
  options?: Partial<Record<SectorOptionKey, Partial<OptionsEntry>>>;
}

/** A host's phrases, per language of the suggestions (`en`, `zh-Hans`, `zh-Hant`). */
export type HostPhrases = Partial<Record<Lang, PhraseOverrides>>;

/** An entry of a host's phrases that was skipped, where it is (`en.slots.ack.angry[2]`) and why. */
export interface PhraseIssue {
  path: string;
  reason: string;
}

/** What {@link checkPhrases} returns: the usable entries and the skipped ones with their reasons. */
export interface CheckedPhrases {
  phrases: HostPhrases;
  issues: PhraseIssue[];
}

/** One variant of a slot as offered: `key` is what follows `#` in the suggestion id (`2`, or `h0` for a host line). */
export interface Variant {
  phrase: Phrase;
  key: string;
  host: boolean;
}

/** A language's catalogue with a host's phrases merged in. */
export interface ResolvedCatalogue {
  cat: PhraseCatalogue;
  variants: Record<SlotId, readonly Variant[]>;
}

const TONES: readonly Tone[] = ['short', 'precise', 'warm', 'process'];
const SECTIONS = ['mode', 'slots', 'why', 'avoid', 'options', 'closingFor', 'escalation', 'reference', 'sectors'] as const;
const SECTOR_FIELDS = ['reference', 'options'] as const;
// Where each placeholder may be written: a line may name the customer and the case's reference; an options intro only the customer.
const IN_LINE: readonly string[] = ['{to}', '{ref}'];
const IN_INTRO: readonly string[] = ['{to}'];
const NONE: readonly string[] = [];
const MAX_TEXT = 500;
const MAX_ENTRIES = 20;
const MIN_CHOICES = 2;
const MAX_CHOICES = 4;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const PLACEHOLDER = /\{[^}]*\}/g;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const has = <T extends string>(list: readonly T[], key: string): key is T => (list as readonly string[]).includes(key);

/** Why a text cannot be used, or null when it can. Only the `allowed` placeholders (`{to}`, `{ref}`) are filled in, each once. */
function textProblem(value: unknown, allowed: readonly string[]): string | null {
  if (typeof value !== 'string') return `expected a string, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
  if (!value.trim()) return 'empty text';
  if (value.length > MAX_TEXT) return `longer than ${MAX_TEXT} characters`;
  if (CONTROL.test(value)) return 'contains control characters (only line breaks are allowed)';
  const placeholders: readonly string[] = value.match(PLACEHOLDER) ?? [];
  const unknown = placeholders.find((p) => !allowed.includes(p));
  if (unknown) {
    if (!allowed.length) return `placeholder ${unknown} is not filled in here`;
    return `unknown placeholder ${unknown} (only ${allowed.join(' and ')} ${allowed.length > 1 ? 'are' : 'is'} filled in here)`;
  }
  const twice = placeholders.find((p, i) => placeholders.indexOf(p) !== i);
  if (twice) return `${twice} may appear only once`;
  return null;
}

function checkPhrase(value: unknown): { phrase: Phrase } | { reason: string } {
  if (typeof value === 'string') {
    const problem = textProblem(value, IN_LINE);
    return problem ? { reason: problem } : { phrase: value };
  }
  if (!isRecord(value)) return { reason: 'expected a string or { text, tone }' };
  const problem = textProblem(value.text, IN_LINE);
  if (problem) return { reason: `text: ${problem}` };
  if (value.tone === undefined) return { phrase: value.text as string };
  if (typeof value.tone !== 'string' || !has(TONES, value.tone)) return { reason: `unknown tone ${JSON.stringify(value.tone)} (one of ${TONES.join(', ')})` };
  return { phrase: { text: value.text as string, tone: value.tone } };
}

function checkList<T>(value: unknown, path: string, issues: PhraseIssue[], one: (entry: unknown) => { ok: T } | { reason: string }): T[] | null {
  if (!Array.isArray(value)) {
    issues.push({ path, reason: 'expected an array' });
    return null;
  }
  const kept: T[] = [];
  value.forEach((entry, i) => {
    if (i >= MAX_ENTRIES) {
      if (i === MAX_ENTRIES) issues.push({ path: `${path}[${i}]`, reason: `more than ${MAX_ENTRIES} entries; the rest are ignored` });
      return;
    }
    const r = one(entry);
    if ('reason' in r) issues.push({ path: `${path}[${i}]`, reason: r.reason });
    else kept.push(r.ok);
  });
  if (!kept.length) {
    issues.push({ path, reason: 'no usable entry; the built-in ones are kept' });
    return null;
  }
  return kept;
}

/** Each key of a record section, known keys only; `each` returns the value to keep or a reason. */
function checkRecord<K extends string, V>(value: unknown, path: string, keys: readonly K[], issues: PhraseIssue[], each: (v: unknown, path: string) => V | null): Partial<Record<K, V>> | null {
  if (!isRecord(value)) {
    issues.push({ path, reason: 'expected an object' });
    return null;
  }
  const out: Partial<Record<K, V>> = {};
  let any = false;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (!has(keys, key)) {
      issues.push({ path: `${path}.${key}`, reason: `unknown key (one of ${keys.join(', ')})` });
      continue;
    }
    const kept = each(v, `${path}.${key}`);
    if (kept !== null) {
      out[key] = kept;
      any = true;
    }
  }
  return any ? out : null;
}

function checkString(allowed: readonly string[], issues: PhraseIssue[]) {
  return (v: unknown, path: string): string | null => {
    const problem = textProblem(v, allowed);
    if (problem) issues.push({ path, reason: problem });
    return problem ? null : (v as string);
  };
}

function checkAvoid(entry: unknown): { ok: AvoidEntry } | { reason: string } {
  if (!isRecord(entry)) return { reason: 'expected { text, instead, why }' };
  for (const field of ['text', 'instead', 'why'] as const) {
    const problem = textProblem(entry[field], NONE);
    if (problem) return { reason: `${field}: ${problem}` };
  }
  return { ok: { text: entry.text as string, instead: entry.instead as string, why: entry.why as string } };
}

function checkOptions(value: unknown, path: string, issues: PhraseIssue[]): Partial<OptionsEntry> | null {
  if (!isRecord(value)) {
    issues.push({ path, reason: 'expected { intro?, choices?, closing? }' });
    return null;
  }
  const out: { intro?: string; choices?: string[]; closing?: string } = {};
  for (const [field, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const at = `${path}.${field}`;
    if (field === 'intro' || field === 'closing') {
      const problem = textProblem(v, field === 'intro' ? IN_INTRO : NONE);
      if (problem) issues.push({ path: at, reason: problem });
      else out[field] = v as string;
    } else if (field === 'choices') {
      if (!Array.isArray(v)) {
        issues.push({ path: at, reason: 'expected an array' });
        continue;
      }
      const bad = v.map((c, i) => [i, textProblem(c, NONE)] as const).filter(([, p]) => p);
      if (bad.length) {
        for (const [i, p] of bad) issues.push({ path: `${at}[${i}]`, reason: `${p}; the choices are kept as a whole or not at all` });
        continue;
      }
      if (v.length < MIN_CHOICES || v.length > MAX_CHOICES) {
        issues.push({ path: at, reason: `expected ${MIN_CHOICES} to ${MAX_CHOICES} choices, got ${v.length}` });
        continue;
      }
      out.choices = [...(v as string[])];
    } else {
      issues.push({ path: at, reason: 'unknown key (one of intro, choices, closing)' });
    }
  }
  return Object.keys(out).length ? out : null;
}

function checkSector(value: unknown, path: string, issues: PhraseIssue[]): SectorOverrides | null {
  if (!isRecord(value)) {
    issues.push({ path, reason: 'expected { reference?, options? }' });
    return null;
  }
  const out: { reference?: string; options?: Partial<Record<SectorOptionKey, Partial<OptionsEntry>>> } = {};
  for (const key of Object.keys(value)) if (!has(SECTOR_FIELDS, key)) issues.push({ path: `${path}.${key}`, reason: `unknown key (one of ${SECTOR_FIELDS.join(', ')})` });
  if (value.reference !== undefined) {
    const reference = checkString(NONE, issues)(value.reference, `${path}.reference`);
    if (reference !== null) out.reference = reference;
  }
  if (value.options !== undefined) {
    const options = checkRecord(value.options, `${path}.options`, SECTOR_OPTION_KEYS, issues, (v, at) => checkOptions(v, at, issues));
    if (options) out.options = options;
  }
  return Object.keys(out).length ? out : null;
}

function checkLanguage(value: unknown, lang: Lang, issues: PhraseIssue[]): PhraseOverrides | null {
  if (!isRecord(value)) {
    issues.push({ path: lang, reason: 'expected an object of phrases' });
    return null;
  }
  const out: { -readonly [K in keyof PhraseOverrides]: PhraseOverrides[K] } = {};
  for (const key of Object.keys(value)) if (!has(SECTIONS, key)) issues.push({ path: `${lang}.${key}`, reason: `unknown section (one of ${SECTIONS.join(', ')})` });
  if (value.mode !== undefined) {
    if (value.mode === 'add' || value.mode === 'replace') out.mode = value.mode;
    else issues.push({ path: `${lang}.mode`, reason: `expected 'add' or 'replace'; using 'add'` });
  }
  const plain = checkString(NONE, issues);
  const slots =
    value.slots === undefined
      ? null
      : checkRecord(value.slots, `${lang}.slots`, SLOTS, issues, (v, path) =>
          checkList(v, path, issues, (e) => {
            const r = checkPhrase(e);
            return 'reason' in r ? r : { ok: r.phrase };
          }),
        );
  if (slots) out.slots = slots;
  const why = value.why === undefined ? null : checkRecord(value.why, `${lang}.why`, TOPICS, issues, plain);
  if (why) out.why = why;
  const avoid = value.avoid === undefined ? null : checkRecord(value.avoid, `${lang}.avoid`, AVOID_KEYS, issues, (v, path) => checkList(v, path, issues, checkAvoid));
  if (avoid) out.avoid = avoid;
  const options = value.options === undefined ? null : checkRecord(value.options, `${lang}.options`, OPTION_KEYS, issues, (v, path) => checkOptions(v, path, issues));
  if (options) out.options = options;
  const closingFor = value.closingFor === undefined ? null : checkRecord(value.closingFor, `${lang}.closingFor`, TEMPERAMENTS, issues, plain);
  if (closingFor) out.closingFor = closingFor;
  const escalation = value.escalation === undefined ? null : checkRecord(value.escalation, `${lang}.escalation`, ESCALATION_CAUSES, issues, plain);
  if (escalation) out.escalation = escalation;
  if (value.reference !== undefined) {
    const reference = plain(value.reference, `${lang}.reference`);
    if (reference !== null) out.reference = reference;
  }
  const sectors = value.sectors === undefined ? null : checkRecord(value.sectors, `${lang}.sectors`, SECTORS, issues, (v, path) => checkSector(v, path, issues));
  if (sectors) out.sectors = sectors;
  return out;
}

const checked = new WeakMap<object, CheckedPhrases>();

/**
 * Validates a host's phrases without throwing: keeps every usable entry and lists each
 * skipped one with its path and the reason (an unknown slot, an empty text, a placeholder
 * other than `{to}`, an unknown tone, options with too few choices…). `suggestResponses`
 * calls it for `phrases` and reports the same issues as `phraseIssues`.
 *
 * The result is remembered per object: pass a new object to change a host's phrases.
 */
export function checkPhrases(input: unknown): CheckedPhrases {
  if (input === undefined || input === null) return { phrases: {}, issues: [] };
  if (!isRecord(input)) return { phrases: {}, issues: [{ path: '', reason: 'expected an object keyed by language (en, zh-Hans, zh-Hant)' }] };
  const cached = checked.get(input);
  if (cached) return cached;
  const issues: PhraseIssue[] = [];
  const phrases: HostPhrases = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!has(LANGS, key)) {
      issues.push({ path: key, reason: `unknown language (one of ${LANGS.join(', ')})` });
      continue;
    }
    const kept = checkLanguage(value, key, issues);
    if (kept && Object.keys(kept).length) phrases[key] = kept;
  }
  const result = { phrases, issues };
  checked.set(input, result);
  return result;
}

const builtIn = new WeakMap<PhraseCatalogue, ResolvedCatalogue>();
const merged = new WeakMap<PhraseOverrides, { base: PhraseCatalogue; resolved: ResolvedCatalogue }>();

function builtInVariants(cat: PhraseCatalogue): Record<SlotId, readonly Variant[]> {
  return Object.fromEntries(SLOTS.map((slot) => [slot, cat.slots[slot].map((phrase, i) => ({ phrase, key: String(i), host: false }))])) as Record<SlotId, Variant[]>;
}

/** The built-in catalogue with a host's (already checked) phrases for that language merged in. */
export function resolveCatalogue(base: PhraseCatalogue, overrides: PhraseOverrides | undefined): ResolvedCatalogue {
  let plain = builtIn.get(base);
  if (!plain) {
    plain = { cat: base, variants: builtInVariants(base) };
    builtIn.set(base, plain);
  }
  if (!overrides) return plain;
  const cached = merged.get(overrides);
  if (cached?.base === base) return cached.resolved;
  const replace = overrides.mode === 'replace';
  const variants = { ...plain.variants };
  const slots = { ...base.slots };
  for (const slot of SLOTS) {
    const mine = overrides.slots?.[slot];
    if (!mine?.length) continue;
    const host = mine.map((phrase, i) => ({ phrase, key: `h${i}`, host: true }));
    variants[slot] = replace ? host : [...host, ...plain.variants[slot]];
    slots[slot] = variants[slot].map((v) => v.phrase);
  }
  const avoid = { ...base.avoid };
  for (const key of AVOID_KEYS) {
    const mine = overrides.avoid?.[key];
    if (mine?.length) avoid[key] = replace ? mine : [...mine, ...base.avoid[key]];
  }
  const options = { ...base.options };
  for (const key of OPTION_KEYS) {
    const mine = overrides.options?.[key];
    if (mine) options[key] = { ...base.options[key], ...mine };
  }
  const sectors = Object.fromEntries(SECTORS.map((sector) => [sector, mergeSector(base.sectors[sector], overrides, overrides.sectors?.[sector])])) as Record<Sector, SectorPhrases>;
  const cat: PhraseCatalogue = {
    ...base,
    slots,
    avoid,
    options,
    reference: overrides.reference ?? base.reference,
    sectors,
    why: { ...base.why, ...overrides.why },
    closingFor: { ...base.closingFor, ...overrides.closingFor },
    escalation: { ...base.escalation, ...overrides.escalation },
  };
  const resolved = { cat, variants };
  merged.set(overrides, { base, resolved });
  return resolved;
}

/** A sector's wording with the host's merged in: the host's sector entry, then its general options and reference, win over the built-in ones. */
function mergeSector(base: SectorPhrases, overrides: PhraseOverrides, mine: SectorOverrides | undefined): SectorPhrases {
  const options = { ...base.options };
  for (const key of SECTOR_OPTION_KEYS) {
    const general = overrides.options?.[key];
    const own = mine?.options?.[key];
    if (general || own) options[key] = { ...base.options[key], ...general, ...own };
  }
  return { reference: mine?.reference ?? overrides.reference ?? base.reference, options };
}
