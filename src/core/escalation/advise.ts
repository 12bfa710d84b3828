import { detectLang } from '../detect-lang.js';
import { isLang, type Lang } from '../lang.js';
import type { SlaTarget } from '../sla/index.js';
import { ESCALATION_CATALOGUES, durationWords, type EscalationCatalogue } from './messages.js';
import { cueIs, findTerms, type TermGroup } from './terms.js';
import {
  ESCALATION_REASON_CODES,
  isEscalationReasonCode,
  type ConversationLike,
  type CueLike,
  type EscalationAdvice,
  type EscalationEvidence,
  type EscalationInput,
  type EscalationReason,
  type EscalationReasonCode,
  type EscalationTarget,
  type EscalationUrgency,
  type ReadingLike,
} from './types.js';

type Flag = 'complaint' | 'escalation' | 'hostile' | 'safety';
type CueEvidence = Extract<EscalationEvidence, { kind: 'cue' }>;

export const DEFAULT_THRESHOLDS = Object.freeze({ repeatContacts: 3, angerIntensity: 0.6, angerMessages: 3 });

// Cue kinds that carry a flag even when an older analyser left `cue.flags` out.
const FLAG_KINDS: Record<Flag, readonly string[]> = {
  safety: ['threat', 'danger'],
  escalation: ['escalation'],
  hostile: ['insult', 'profanity'],
  complaint: ['complaint'],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The readings, flags and cues of a single reading or a conversation, read defensively. */
export interface ReadView {
  readings: ReadingLike[];
  current: ReadingLike | null;
  flags: Record<Flag, boolean>;
  cues: CueLike[];
  trend: string | null;
  temperament: ConversationLike['temperament'];
  conversation: boolean;
}

function asCue(value: unknown, messageIndex: number | undefined): CueLike | null {
  if (!isRecord(value) || typeof value.text !== 'string') return null;
  return {
    kind: typeof value.kind === 'string' ? value.kind : '',
    text: value.text,
    start: finite(value.start) ? value.start : 0,
    end: finite(value.end) ? value.end : value.text.length,
    weight: finite(value.weight) ? value.weight : 0,
    ...(typeof value.emotion === 'string' ? { emotion: value.emotion } : {}),
    ...(Array.isArray(value.flags) ? { flags: value.flags.filter((f): f is string => typeof f === 'string') } : {}),
    ...(finite(value.messageIndex) ? { messageIndex: value.messageIndex } : messageIndex !== undefined ? { messageIndex } : {}),
  };
}

function asReading(value: unknown, fallbackIndex: number | undefined): ReadingLike | null {
  if (!isRecord(value)) return null;
  const messageIndex = finite(value.messageIndex) ? value.messageIndex : fallbackIndex;
  const cues = Array.isArray(value.cues) ? value.cues.map((c) => asCue(c, messageIndex)).filter((c): c is CueLike => c !== null) : [];
  const flags = isRecord(value.flags) ? value.flags : {};
  return {
    ...(typeof value.lang === 'string' ? { lang: value.lang } : {}),
    emotion: typeof value.emotion === 'string' ? value.emotion : 'neutral',
    intensity: finite(value.intensity) ? Math.min(1, Math.max(0, value.intensity)) : 0,
    flags: { complaint: flags.complaint === true, escalation: flags.escalation === true, hostile: flags.hostile === true, safety: flags.safety === true },
    cues,
    ...(messageIndex !== undefined ? { messageIndex } : {}),
    ...(finite(value.negativeIntensity) ? { negativeIntensity: value.negativeIntensity } : {}),
  };
}

/** Reads a single reading or a conversation into one shape; never throws. */
export function readView(value: unknown): ReadView {
  const view: ReadView = {
    readings: [],
    current: null,
    flags: { complaint: false, escalation: false, hostile: false, safety: false },
    cues: [],
    trend: null,
    temperament: null,
    conversation: false,
  };
  if (!isRecord(value)) return view;
  const conversation = 'readings' in value || 'current' in value || 'trend' in value || 'temperament' in value;
  if (conversation) {
    view.conversation = true;
    const list = Array.isArray(value.readings) ? value.readings : [];
    for (let i = 0; i < list.length && i < 10_000; i++) {
      const reading = asReading(list[i], i);
      if (reading) view.readings.push(reading);
    }
    const current = asReading(value.current, undefined);
    view.current = current ?? view.readings[view.readings.length - 1] ?? null;
    if (current && !view.readings.some((r) => r.messageIndex !== undefined && r.messageIndex === current.messageIndex)) view.readings.push(current);
    view.trend = typeof value.trend === 'string' ? value.trend : null;
    const t = value.temperament;
    if (isRecord(t) && typeof t.type === 'string' && finite(t.confidence)) {
      view.temperament = {
        type: t.type,
        confidence: t.confidence,
        evidence: Array.isArray(t.evidence) ? t.evidence.filter((e): e is { text: string } => isRecord(e) && typeof e.text === 'string') : [],
      };
    }
    if (Array.isArray(value.cues)) for (const c of value.cues) {
      const cue = asCue(c, undefined);
      if (cue) view.cues.push(cue);
    }
    if (isRecord(value.flags)) for (const f of Object.keys(view.flags) as Flag[]) if (value.flags[f] === true) view.flags[f] = true;
  } else {
    const reading = asReading(value, undefined);
    if (reading) {
      view.readings.push(reading);
      view.current = reading;
    }
  }
  for (const reading of view.readings) {
    for (const f of Object.keys(view.flags) as Flag[]) if (reading.flags[f]) view.flags[f] = true;
    view.cues.push(...reading.cues);
  }
  return view;
}

function cueEvidence(cue: CueLike): CueEvidence {
  return {
    kind: 'cue',
    text: cue.text,
    start: cue.start,
    end: cue.end,
    cueKind: cue.kind,
    source: 'reading',
    ...(cue.messageIndex !== undefined ? { messageIndex: cue.messageIndex } : {}),
  };
}

function dedupe(evidence: CueEvidence[]): CueEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}|${e.field ?? ''}|${e.messageIndex ?? ''}|${e.start}|${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function flagCues(view: ReadView, flag: Flag): CueEvidence[] {
  return dedupe(view.cues.filter((c) => c.flags?.includes(flag) || FLAG_KINDS[flag].includes(c.kind)).map(cueEvidence));
}

/** Texts escalation may scan for words the analyser has no flag for: the complaint's fields and the customer's own words. */
interface ScanText {
  text: string;
  source: 'complaint' | 'customer-text';
  field?: CueEvidence['field'];
  messageIndex?: number;
}

function scanTexts(input: EscalationInput): ScanText[] {
  const texts: ScanText[] = [];
  const complaint = input.complaint;
  if (isRecord(complaint)) {
    if (typeof complaint.description === 'string') texts.push({ text: complaint.description, source: 'complaint', field: 'description' });
    const readBack = complaint.readBack;
    if (isRecord(readBack) && typeof readBack.text === 'string') texts.push({ text: readBack.text, source: 'complaint', field: 'readBack' });
    const outcome = complaint.desiredOutcome;
    if (isRecord(outcome) && typeof outcome.detail === 'string') texts.push({ text: outcome.detail, source: 'complaint', field: 'desiredOutcome' });
  }
  const own = input.customerText;
  if (typeof own === 'string') texts.push({ text: own, source: 'customer-text' });
  else if (Array.isArray(own)) own.slice(0, 1000).forEach((text, messageIndex) => typeof text === 'string' && texts.push({ text, source: 'customer-text', messageIndex }));
  return texts;
}

function termEvidence(view: ReadView, texts: ScanText[], groups: TermGroup[]): CueEvidence[] {
  const found: CueEvidence[] = view.cues.filter((c) => groups.some((g) => cueIs(c.text, g))).map(cueEvidence);
  for (const scan of texts) {
    for (const group of groups) {
      for (const match of findTerms(scan.text, group)) {
        found.push({
          kind: 'cue',
          ...match,
          cueKind: 'term',
          source: scan.source,
          ...(scan.field ? { field: scan.field } : {}),
          ...(scan.messageIndex !== undefined ? { messageIndex: scan.messageIndex } : {}),
        });
      }
    }
  }
  return dedupe(found);
}

const INTL_LOCALE: Record<Lang, string> = { en: 'en', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

export function intlLocaleOf(lang: Lang): string {
  return INTL_LOCALE[lang];
}

export function formatMoney(amount: number, lang: Lang, currency?: string): string {
  try {
    return new Intl.NumberFormat(INTL_LOCALE[lang], currency ? { style: 'currency', currency } : { maximumFractionDigits: 2 }).format(amount);
  } catch {
    return currency ? `${amount} ${currency}` : String(amount);
  }
}

/** Quotes up to three distinct evidence texts, each shortened to 40 characters. */
export function quoteEvidence(evidence: readonly EscalationEvidence[], m: EscalationCatalogue): string {
  const texts: string[] = [];
  for (const e of evidence) {
    if (e.kind !== 'cue') continue;
    const text = e.text.length > 40 ? `${e.text.slice(0, 39)}…` : e.text;
    if (!texts.includes(text)) texts.push(text);
    if (texts.length === 3) break;
  }
  return m.list(texts.map((t) => m.quote(t)));
}

/** The language of the messages: `lang`, else the reading's, else detected from the complaint or the customer's words, else English. */
export function resolveLang(input: EscalationInput, view: ReadView): Lang {
  if (isLang(input.lang)) return input.lang;
  const fromReading = view.current?.lang ?? view.readings.find((r) => isLang(r.lang))?.lang;
  if (isLang(fromReading)) return fromReading;
  const text = scanTexts(input).find((t) => t.text.trim().length > 0)?.text;
  return text ? detectLang(text.length > 2000 ? text.slice(0, 2000) : text) : 'en';
}

/** The latest customer messages, if all of them are highly angry and anger is not easing; null otherwise. */
function sustainedAnger(view: ReadView, minIntensity: number, count: number): ReadingLike[] | null {
  if (view.readings.length < count) return null;
  const latest = view.readings.slice(-count);
  if (!latest.every((r) => r.emotion === 'angry' && r.intensity >= minIntensity)) return null;
  const trend = view.trend ?? (latest[latest.length - 1]!.intensity < latest[0]!.intensity - 0.15 ? 'falling' : 'steady');
  return trend === 'falling' ? null : latest;
}

function slaTargets(sla: unknown): SlaTarget[] {
  if (!isRecord(sla) || !Array.isArray(sla.targets)) return [];
  return sla.targets.filter(
    (t): t is SlaTarget => isRecord(t) && typeof t.kind === 'string' && typeof t.state === 'string' && finite(t.remainingMs) && finite(t.dueAt),
  );
}

export interface Thresholds {
  repeatContacts: number;
  angerIntensity: number;
  angerMessages: number;
}

export function readThresholds(input: EscalationInput): Thresholds {
  const t = isRecord(input.thresholds) ? input.thresholds : {};
  return {
    repeatContacts: finite(t.repeatContacts) && t.repeatContacts >= 2 ? Math.floor(t.repeatContacts) : DEFAULT_THRESHOLDS.repeatContacts,
    angerIntensity: finite(t.angerIntensity) && t.angerIntensity > 0 && t.angerIntensity <= 1 ? t.angerIntensity : DEFAULT_THRESHOLDS.angerIntensity,
    angerMessages: finite(t.angerMessages) && t.angerMessages >= 2 ? Math.floor(t.angerMessages) : DEFAULT_THRESHOLDS.angerMessages,
  };
}

/** Facts the rules found, before they become localized reasons. */
export interface Findings {
  reasons: EscalationReason[];
  crime: boolean;
  legalAction: boolean;
}

function find(input: EscalationInput, view: ReadView, lang: Lang): Findings {
  const m = ESCALATION_CATALOGUES[lang];
  const thresholds = readThresholds(input);
  const texts = scanTexts(input);
  const reasons: EscalationReason[] = [];
  const add = (code: EscalationReasonCode, message: string, evidence: EscalationEvidence[]) => reasons.push({ code, message, evidence });

  const safetyCues = dedupe([...flagCues(view, 'safety'), ...termEvidence({ ...view, cues: [] }, texts, ['safety'])]);
  if (view.flags.safety || safetyCues.length > 0) {
    if (safetyCues.length > 0) add('safety', m.reason.safety(quoteEvidence(safetyCues, m)), safetyCues);
    else add('safety', m.reason.safetyFlag, [{ kind: 'flag', flag: 'safety' }]);
  }

  const requestCues = flagCues(view, 'escalation');
  if (view.flags.escalation || requestCues.length > 0) {
    if (requestCues.length > 0) add('customer-request', m.reason.customerRequest(quoteEvidence(requestCues, m)), requestCues);
    else add('customer-request', m.reason.customerRequestFlag, [{ kind: 'flag', flag: 'escalation' }]);
  }

  const crimeCues = termEvidence(view, texts, ['crime']);
  const requested = input.requestedCompensation;
  const limit = input.authorityLimit;
  const overLimit = finite(requested) && finite(limit) && limit >= 0 && requested > limit;
  if (overLimit || crimeCues.length > 0) {
    const evidence: EscalationEvidence[] = [];
    const messages: string[] = [];
    if (overLimit) {
      const currency = typeof input.currency === 'string' && /^[A-Za-z]{3}$/.test(input.currency) ? input.currency.toUpperCase() : undefined;
      evidence.push({ kind: 'amount', requested, limit, ...(currency ? { currency } : {}) });
      messages.push(m.reason.beyondAuthority(formatMoney(requested, lang, currency), formatMoney(limit, lang, currency)));
    }
    if (crimeCues.length > 0) {
      evidence.push(...crimeCues);
      messages.push(m.reason.crime(quoteEvidence(crimeCues, m)));
    }
    add('beyond-authority', messages.join(' '), evidence);
  }

  const targets = slaTargets(input.sla);
  const breached = targets.filter((t) => t.state === 'breached' && t.metAt === undefined);
  if (breached.length > 0) {
    add(
      'sla-breach',
      breached.map((t) => m.reason.slaBreach(m.slaKind[t.kind] ?? t.kind, durationWords(-t.remainingMs, m.short))).join(' '),
      breached.map((t) => ({ kind: 'sla', target: t.kind, state: t.state, dueAt: t.dueAt, remainingMs: t.remainingMs })),
    );
  }

  const publicCues = termEvidence(view, texts, ['public']);
  const legalCues = termEvidence(view, texts, ['legal-action']);
  if (publicCues.length > 0 || legalCues.length > 0) {
    const messages: string[] = [];
    if (publicCues.length > 0) messages.push(m.reason.publicThreat(quoteEvidence(publicCues, m)));
    if (legalCues.length > 0) messages.push(m.reason.legalThreat(quoteEvidence(legalCues, m)));
    add('public-threat', messages.join(' '), dedupe([...publicCues, ...legalCues]));
  }

  const angry = sustainedAnger(view, thresholds.angerIntensity, thresholds.angerMessages);
  if (angry) {
    const intensities = angry.map((r) => Math.round(r.intensity * 100) / 100);
    const latest = angry[angry.length - 1]!;
    const strongest = [...latest.cues].filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight)[0];
    add(
      'out-of-control',
      m.reason.outOfControl(angry.length, m.list(intensities.map((i) => `${Math.round(i * 100)}%`))),
      [{ kind: 'trend', trend: view.trend ?? 'steady', intensities }, ...(strongest ? [cueEvidence(strongest)] : [])],
    );
  }

  const hostileCues = flagCues(view, 'hostile');
  if (view.flags.hostile || hostileCues.length > 0) {
    if (hostileCues.length > 0) add('hostile', m.reason.hostile(quoteEvidence(hostileCues, m)), hostileCues);
    else add('hostile', m.reason.hostileFlag, [{ kind: 'flag', flag: 'hostile' }]);
  }

  const count = input.contactCount;
  const repeatCues = termEvidence({ ...view, cues: [] }, texts, ['repeat-contact']);
  const manyContacts = finite(count) && count >= thresholds.repeatContacts;
  if (manyContacts || repeatCues.length > 0) {
    const evidence: EscalationEvidence[] = [];
    const messages: string[] = [];
    if (manyContacts) {
      evidence.push({ kind: 'contacts', count: Math.floor(count), threshold: thresholds.repeatContacts });
      messages.push(m.reason.repeatContact(Math.floor(count)));
    }
    if (repeatCues.length > 0) {
      evidence.push(...repeatCues);
      messages.push(m.reason.repeatContactText(quoteEvidence(repeatCues, m)));
    }
    add('repeat-contact', messages.join(' '), evidence);
  }

  const atRisk = targets.filter((t) => t.state === 'warning' && t.metAt === undefined);
  if (atRisk.length > 0) {
    add(
      'sla-at-risk',
      atRisk.map((t) => m.reason.slaAtRisk(m.slaKind[t.kind] ?? t.kind, durationWords(t.remainingMs, m.short))).join(' '),
      atRisk.map((t) => ({ kind: 'sla', target: t.kind, state: t.state, dueAt: t.dueAt, remainingMs: t.remainingMs })),
    );
  }

  reasons.sort((a, b) => ESCALATION_REASON_CODES.indexOf(a.code) - ESCALATION_REASON_CODES.indexOf(b.code));
  return { reasons, crime: crimeCues.length > 0, legalAction: legalCues.length > 0 };
}

/**
 * How soon: `immediate` for safety, and for a missed deadline on top of a public
 * threat or of anger that is not easing; `high` for a missed deadline, a public or
 * legal threat, anger not easing, abuse, a suspected crime, an urgent complaint, or
 * three reasons at once; `normal` otherwise.
 */
export function urgencyFor(codes: readonly EscalationReasonCode[], extra: { crime?: boolean; urgentComplaint?: boolean } = {}): EscalationUrgency {
  const has = (code: EscalationReasonCode) => codes.includes(code);
  if (has('safety')) return 'immediate';
  if (has('sla-breach') && (has('public-threat') || has('out-of-control'))) return 'immediate';
  const distinct = new Set(codes).size;
  if (has('sla-breach') || has('public-threat') || has('out-of-control') || has('hostile') || extra.crime || extra.urgentComplaint || distinct >= 3) {
    return 'high';
  }
  return 'normal';
}

/**
 * Who takes it, first rule that applies: safety → `safety`; a suspected crime or a
 * threat of legal action → `legal`; a request for someone in charge, an amount
 * beyond the agent's authority, a missed deadline, abuse, anger not easing or a
 * public threat → `supervisor`; repeat contact or a deadline at risk alone →
 * `specialist` (the cause needs fixing, not a decision).
 */
export function targetFor(codes: readonly EscalationReasonCode[], extra: { crime?: boolean; legalAction?: boolean } = {}): { target: EscalationTarget | null; why: keyof EscalationCatalogue['targetWhy'] } {
  const has = (code: EscalationReasonCode) => codes.includes(code);
  if (has('safety')) return { target: 'safety', why: 'safety' };
  if (extra.crime) return { target: 'legal', why: 'crime' };
  if (extra.legalAction) return { target: 'legal', why: 'legalAction' };
  const supervisorCodes: EscalationReasonCode[] = ['customer-request', 'beyond-authority', 'sla-breach', 'hostile', 'out-of-control', 'public-threat'];
  if (supervisorCodes.some(has)) return { target: 'supervisor', why: 'supervisor' };
  if (has('repeat-contact') || has('sla-at-risk')) return { target: 'specialist', why: 'specialist' };
  return { target: null, why: 'none' };
}

const NO_ADVICE: EscalationAdvice = Object.freeze({ escalate: false, urgency: 'normal', reasons: [], target: null, lang: 'en', targetWhy: '' }) as EscalationAdvice;

/** See `adviseEscalation` in index.ts. */
export function advise(input: EscalationInput | null | undefined): EscalationAdvice {
  try {
    const safeInput: EscalationInput = isRecord(input) ? input : {};
    const view = readView(safeInput.reading);
    const lang = resolveLang(safeInput, view);
    const m = ESCALATION_CATALOGUES[lang];
    const { reasons, crime, legalAction } = find(safeInput, view, lang);
    const codes = reasons.map((r) => r.code);
    // A deadline at risk alone is a watch, not a handoff: it is listed so the agent sees it.
    const escalate = safeInput.agentRequested === true || codes.some((code) => code !== 'sla-at-risk');
    if (!escalate) return { escalate: false, urgency: 'normal', reasons, target: null, lang, targetWhy: m.targetWhy.none };
    const urgentComplaint = isRecord(safeInput.complaint) && safeInput.complaint.priority === 'urgent';
    const urgency = urgencyFor(codes, { crime, urgentComplaint });
    const chosen = targetFor(codes, { crime, legalAction });
    const target = chosen.target ?? 'supervisor';
    const why = chosen.target ? m.targetWhy[chosen.why] : m.targetWhy.manual;
    return { escalate, urgency, reasons, target, lang, targetWhy: why };
  } catch {
    // Proxies and getters can throw while being read: advice degrades to "nothing found" rather than failing the console.
    return { ...NO_ADVICE, reasons: [] };
  }
}

export { isEscalationReasonCode };
