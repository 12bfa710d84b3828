import { isLang, type Lang } from '../lang.js';
import { toEpochMs } from '../time.js';
import { DEFAULT_SLA_POLICY, isPriority, type Priority, type SlaPolicy } from '../sla/index.js';
import { advise, intlLocaleOf, quoteEvidence, readView, resolveLang, targetFor, urgencyFor, type ReadView } from './advise.js';
import { ESCALATION_CATALOGUES, durationWords, type EscalationCatalogue } from './messages.js';
import {
  isEscalationReasonCode,
  isEscalationTarget,
  isEscalationUrgency,
  type EscalationReason,
  type EscalationReasonCode,
  type EscalationTarget,
  type EscalationUrgency,
  type Handoff,
  type HandoffFact,
  type HandoffInput,
} from './types.js';
import type { Complaint } from '../complaint/types.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const str = (value: unknown, max = 500): string => (typeof value === 'string' ? clip(value.replace(/\s+/g, ' ').trim(), max) : '');

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const MINUTE = 60_000;

/** The complaint, read field by field so a half-filled or odd record still gives what it has. */
interface ComplaintView {
  name: string;
  honorific: string;
  phone: string;
  email: string;
  address: string;
  channel: string;
  references: Array<{ key: 'order' | 'account' | 'ticket'; value: string }>;
  category: string;
  description: string;
  readBack: string;
  confirmedAt: string;
  corrections: string[];
  outcome: string;
  outcomeDetail: string;
  priority: Priority | null;
}

function readComplaint(value: unknown): ComplaintView | null {
  if (!isRecord(value)) return null;
  const customer = isRecord(value.customer) ? value.customer : {};
  const references = isRecord(value.references) ? value.references : {};
  const readBack = isRecord(value.readBack) ? value.readBack : {};
  const outcome = isRecord(value.desiredOutcome) ? value.desiredOutcome : {};
  return {
    name: str(customer.name, 80),
    honorific: str(customer.honorific, 20),
    phone: str(customer.phone, 40),
    email: str(customer.email, 120),
    address: str(customer.address, 200),
    channel: str(value.channel, 20),
    references: (['order', 'account', 'ticket'] as const).map((key) => ({ key, value: str(references[key], 60) })).filter((r) => r.value !== ''),
    category: str(value.category, 20),
    description: str(value.description, 2000),
    readBack: str(readBack.text, 2000),
    confirmedAt: str(readBack.confirmedAt, 40),
    corrections: Array.isArray(readBack.corrections) ? readBack.corrections.map((c) => str(c, 200)).filter(Boolean).slice(0, 10) : [],
    outcome: str(outcome.kind, 20),
    outcomeDetail: str(outcome.detail, 300),
    priority: isPriority(value.priority) ? value.priority : null,
  };
}

/** How the colleague should address the customer, in the customer's conventions: 王伟先生, Ms Lee. */
function addressForm(complaint: ComplaintView, lang: Lang): string {
  if (!complaint.name) return '';
  if (!complaint.honorific) return complaint.name;
  const cjkName = /[\u3400-\u9fff]/.test(complaint.name);
  const cjkHonorific = /[\u3400-\u9fff]/.test(complaint.honorific);
  if (cjkHonorific || (cjkName && lang !== 'en')) return `${complaint.name}${complaint.honorific}`;
  return `${complaint.honorific} ${complaint.name}`;
}

/** The complaint in brief: the confirmed read-back when there is one, else the description; one line, at most 160 characters. */
export function complaintSummary(complaint: Pick<ComplaintView, 'readBack' | 'description'> | null): string {
  if (!complaint) return '';
  const text = complaint.readBack || complaint.description;
  if (text.length <= 160) return text;
  const cut = text.slice(0, 160);
  const end = Math.max(...['。', '！', '？', '. ', '! ', '? ', '；', '; '].map((mark) => cut.lastIndexOf(mark)));
  return end >= 40 ? cut.slice(0, end + 1).trim() : `${cut.slice(0, 159)}…`;
}

/**
 * The facts the colleague needs so the customer never has to repeat them, taken
 * from the complaint: the customer's name, the complaint in brief, each reference
 * (order, account, ticket) and each way to reach them (phone, e-mail).
 */
export function handoffFacts(input: Pick<HandoffInput, 'complaint'> | null | undefined): HandoffFact[] {
  try {
    const complaint = readComplaint(isRecord(input) ? input.complaint : undefined);
    if (!complaint) return [];
    const facts: HandoffFact[] = [];
    if (complaint.name) facts.push({ kind: 'customer-name', text: complaint.name });
    const summary = complaintSummary(complaint).replace(/…$/, '');
    if (summary) facts.push({ kind: 'complaint', text: summary });
    for (const ref of complaint.references) facts.push({ kind: 'reference', text: ref.value });
    if (complaint.phone) facts.push({ kind: 'contact', text: complaint.phone });
    if (complaint.email) facts.push({ kind: 'contact', text: complaint.email });
    return facts;
  } catch {
    return [];
  }
}

const squash = (text: string) => text.toLowerCase().replace(/[\s\-–—()（）]+/g, '');

// Words that carry no fact: a summary reworded around them is still the same summary.
const STOPWORDS = new Set(
  'a an the is are was were be been am and or but to of in on at for with from by as so do does did has have had not no you your yours i my me we our us it its that this these those is there here'.split(' '),
);

/** Character pairs for Han text and content words for the rest: enough to tell a reworded summary from a deleted one. */
function tokens(text: string): Set<string> {
  const set = new Set<string>();
  const lower = text.toLowerCase();
  for (const raw of lower.match(/[a-z0-9@._'-]+/g) ?? []) {
    const word = raw.replace(/^[._'-]+|[._'-]+$/g, '');
    if ((word.length > 1 || /\d/.test(word)) && !STOPWORDS.has(word)) set.add(word);
  }
  for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) set.add(run);
    for (let i = 0; i + 1 < run.length; i++) set.add(run.slice(i, i + 2));
  }
  return set;
}

/** Share of the summary's words (or Han character pairs) that must stay for the summary to count as kept. */
export const SUMMARY_KEPT_SHARE = 0.6;

/**
 * Which facts a (possibly edited) note has lost. Names, references and contacts must
 * appear as written (spaces, dashes and case aside); the complaint summary may be
 * reworded but at least {@link SUMMARY_KEPT_SHARE} of its words must remain.
 */
export function checkHandoffNote(note: unknown, facts: readonly HandoffFact[]): HandoffFact[] {
  const text = typeof note === 'string' ? note : '';
  const squashed = squash(text);
  let noteTokens: Set<string> | null = null;
  return (Array.isArray(facts) ? facts : []).filter((fact) => {
    if (!isRecord(fact) || typeof fact.text !== 'string' || fact.text.trim() === '') return false;
    if (fact.kind !== 'complaint') return !squashed.includes(squash(fact.text));
    const wanted = tokens(fact.text);
    if (wanted.size === 0) return false;
    noteTokens ??= tokens(text);
    let kept = 0;
    for (const token of wanted) if (noteTokens.has(token)) kept++;
    return kept / wanted.size < SUMMARY_KEPT_SHARE;
  });
}

function formatInstant(ms: number, lang: Lang, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(intlLocaleOf(lang), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

function readReasons(input: HandoffInput, advised: EscalationReason[], m: EscalationCatalogue): EscalationReason[] {
  if (!Array.isArray(input.reasons)) return advised;
  const out: EscalationReason[] = [];
  for (const entry of input.reasons as unknown[]) {
    const code = typeof entry === 'string' ? entry : isRecord(entry) ? entry.code : undefined;
    if (!isEscalationReasonCode(code) || out.some((r) => r.code === code)) continue;
    const fromAdvice = advised.find((r) => r.code === code);
    if (isRecord(entry) && typeof entry.message === 'string' && Array.isArray(entry.evidence)) {
      out.push({ code, message: entry.message, evidence: entry.evidence as EscalationReason['evidence'] });
    } else out.push(fromAdvice ?? { code, message: m.reasonLabel[code], evidence: [] });
  }
  return out;
}

interface Recipient {
  kind: EscalationTarget | null;
  name: string;
}

function readRecipient(value: unknown, advised: EscalationTarget | null): Recipient {
  if (isEscalationTarget(value)) return { kind: value, name: '' };
  if (isRecord(value)) {
    const kind = isEscalationTarget(value.kind) ? value.kind : advised;
    return { kind, name: str(value.name, 80) };
  }
  return { kind: advised, name: '' };
}

/** The hear-back window: the policy's first-response target for immediate cases, its next-reply target otherwise. */
export function hearBackWindowMs(urgency: EscalationUrgency, priority: Priority | null, policy: SlaPolicy | undefined): number {
  const chosen: Priority = priority ?? (urgency === 'immediate' ? 'urgent' : urgency === 'high' ? 'high' : 'normal');
  const read = (p: SlaPolicy | undefined) => {
    try {
      const targets = isRecord(p) && isRecord(p.targets) ? (p.targets as Record<string, unknown>)[chosen] : undefined;
      const minutes = isRecord(targets) ? (urgency === 'immediate' ? targets.firstResponse : targets.nextReply) : undefined;
      return finite(minutes) && minutes > 0 ? minutes : null;
    } catch {
      return null;
    }
  };
  const minutes = read(policy) ?? read(DEFAULT_SLA_POLICY) ?? (urgency === 'immediate' ? 15 : 120);
  return minutes * MINUTE;
}

function whom(recipient: Recipient, m: EscalationCatalogue): string {
  if (recipient.name && recipient.kind) return m.script.namedWithRole(recipient.name, m.target[recipient.kind]);
  if (recipient.name) return m.script.named(recipient.name);
  return m.script.whom[recipient.kind ?? 'supervisor'];
}

function emotionLine(view: ReadView, m: EscalationCatalogue, en: boolean): string {
  const current = view.current;
  if (!current) return '';
  const percent = Math.round(current.intensity * 100);
  const word = current.intensity >= 0.7 ? m.strengthWord.strong : current.intensity >= 0.4 ? m.strengthWord.moderate : m.strengthWord.mild;
  const parts = [m.emotion[current.emotion] ?? current.emotion];
  if (current.emotion !== 'neutral') parts.push(m.note.strength(word, percent));
  if (view.trend === 'rising' || view.trend === 'falling' || view.trend === 'steady') parts.push(m.note.trend[view.trend]);
  const cues: string[] = [];
  for (const cue of [...current.cues].filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight)) {
    const text = clip(cue.text.replace(/\s+/g, ' '), 40);
    if (text && !cues.includes(text)) cues.push(text);
    if (cues.length === 5) break;
  }
  const cueText = cues.length > 0 ? `${en ? '; ' : '；'}${m.note.cues}${en ? ': ' : '：'}${m.list(cues.map((c) => m.quote(c)))}` : '';
  return `${m.note.emotion}${en ? ': ' : '：'}${parts.join(en ? ', ' : '，')}${cueText}`;
}

/** See `composeHandoff` in index.ts. */
export function compose(input: HandoffInput | null | undefined): Handoff {
  let lang: Lang = 'en';
  let customerLang: Lang = 'en';
  try {
    const safeInput: HandoffInput = isRecord(input) ? input : {};
    const view = readView(safeInput.reading);
    lang = resolveLang(safeInput, view);
    customerLang = isLang(safeInput.customerLang) ? safeInput.customerLang : lang;
    const m = ESCALATION_CATALOGUES[lang];
    const c = ESCALATION_CATALOGUES[customerLang];
    const advice = advise({ ...safeInput, lang });
    const complaint = readComplaint(safeInput.complaint as Complaint | undefined);
    const reasons = readReasons(safeInput, advice.reasons, m);
    const codes = reasons.map((r) => r.code);
    const crime = reasons.some((r) => r.code === 'beyond-authority' && r.evidence.some((e) => e.kind === 'cue'));
    const manual = Array.isArray(safeInput.reasons);
    const recipient = readRecipient(safeInput.target, manual ? (targetFor(codes, { crime }).target ?? advice.target) : advice.target);
    const urgency: EscalationUrgency = isEscalationUrgency(safeInput.urgency)
      ? safeInput.urgency
      : manual
        ? urgencyFor(codes, { crime, urgentComplaint: complaint?.priority === 'urgent' })
        : advice.urgency;
    const now = finite(safeInput.now) ? safeInput.now : Date.now();
    const windowMs = hearBackWindowMs(urgency, complaint?.priority ?? null, safeInput.policy);
    const hearBackAt = now + windowMs;
    const timeZone = typeof safeInput.timeZone === 'string' ? safeInput.timeZone : undefined;
    const late = codes.includes('sla-breach') || advice.reasons.some((r) => r.code === 'sla-breach');

    const note = composeNote({ m, lang, view, complaint, reasons, recipient, urgency, input: safeInput, windowMs, hearBackAt, timeZone });
    const customerScript = composeScript({ c, complaint, reasons, recipient, windowMs, customerLang, late });
    return {
      note,
      customerScript,
      lang,
      customerLang,
      urgency,
      target: recipient.kind,
      reasons,
      hearBackAt,
      hearBackMs: windowMs,
      facts: handoffFacts(safeInput),
    };
  } catch {
    // Getters and proxies can throw while being read: a plain handoff the agent can edit beats an error.
    const m = ESCALATION_CATALOGUES[lang];
    const c = ESCALATION_CATALOGUES[customerLang];
    return {
      note: m.note.heading(m.target.supervisor, m.urgency.normal),
      customerScript: [c.script.greetingAnonymous, c.script.why.manual(c.script.whom.supervisor), c.script.passedOnPlain].join(customerLang === 'en' ? ' ' : ''),
      lang,
      customerLang,
      urgency: 'normal',
      target: null,
      reasons: [],
      hearBackAt: null,
      hearBackMs: 0,
      facts: [],
    };
  }
}

interface NoteParts {
  m: EscalationCatalogue;
  lang: Lang;
  view: ReadView;
  complaint: ComplaintView | null;
  reasons: EscalationReason[];
  recipient: Recipient;
  urgency: EscalationUrgency;
  input: HandoffInput;
  windowMs: number;
  hearBackAt: number;
  timeZone: string | undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => str(v, 300)).filter(Boolean).slice(0, 20) : [];
}

function composeNote({ m, lang, view, complaint, reasons, recipient, urgency, input, windowMs, hearBackAt, timeZone }: NoteParts): string {
  const en = lang === 'en';
  const colon = en ? ': ' : '：';
  const dot = ' · ';
  const lines: string[] = [];
  const targetName = recipient.name
    ? `${recipient.name}${recipient.kind ? (en ? ` (${m.target[recipient.kind]})` : `（${m.target[recipient.kind]}）`) : ''}`
    : m.target[recipient.kind ?? 'supervisor'];
  lines.push(m.note.heading(targetName, m.urgency[urgency]));
  if (reasons.length > 0) lines.push(`${m.note.why}${colon}${reasons.map((r) => r.message).join(en ? ' ' : '')}`);

  if (complaint) {
    const who: string[] = [complaint.name || m.note.unknown];
    const form = addressForm(complaint, lang);
    if (form && form !== complaint.name) who.push(m.note.addressAs(form));
    if (complaint.phone) who.push(`${m.note.phone} ${complaint.phone}`);
    if (complaint.email) who.push(`${m.note.email} ${complaint.email}`);
    if (complaint.address) who.push(`${m.note.address} ${complaint.address}`);
    if (complaint.channel) who.push(m.note.via(m.channel[complaint.channel] ?? complaint.channel));
    lines.push(`${m.note.customer}${colon}${who.join(dot)}`);
    if (complaint.references.length > 0) {
      lines.push(`${m.note.references}${colon}${complaint.references.map((r) => `${m.note[r.key]} ${r.value}`).join(dot)}`);
    }
    if (complaint.description) lines.push(`${m.note.complaint(m.category[complaint.category] ?? (complaint.category || m.note.unknown))}${colon}${clip(complaint.description, 400)}`);
    if (complaint.readBack) {
      const at = toEpochMs(complaint.confirmedAt);
      const when = at !== null ? formatInstant(at, lang, timeZone) : complaint.confirmedAt;
      const corrections = complaint.corrections.length > 0 ? `${dot}${m.note.corrections}${colon}${complaint.corrections.join(m.sep)}` : '';
      lines.push(`${m.note.readBack(when)}${colon}${m.quote(clip(complaint.readBack, 400))}${corrections}`);
    }
    if (complaint.outcome) {
      const kind = m.outcome[complaint.outcome] ?? complaint.outcome;
      lines.push(`${m.note.wants}${colon}${kind}${complaint.outcomeDetail ? ` — ${complaint.outcomeDetail}` : ''}`);
    }
  }

  const emotion = emotionLine(view, m, en);
  if (emotion) lines.push(emotion);
  const temperament = view.temperament;
  if (temperament) {
    const known = m.temperament[temperament.type];
    const evidence = (temperament.evidence ?? []).map((e) => clip(e.text, 30)).filter((t, i, all) => t && all.indexOf(t) === i).slice(0, 3);
    lines.push(
      `${m.note.temperament}${colon}${m.note.temperamentLine(known?.name ?? temperament.type, Math.round(Math.min(1, Math.max(0, temperament.confidence)) * 100), known?.advice ?? '')}${
        evidence.length ? `${dot}${m.note.evidence}${colon}${m.list(evidence.map((t) => m.quote(t)))}` : ''
      }`,
    );
  }

  const tried = strings(input.tried);
  const promised = strings(input.promised);
  if (tried.length > 0) lines.push(`${m.note.tried}${colon}${tried.join(m.sep)}`);
  if (promised.length > 0) lines.push(`${m.note.promised}${colon}${promised.join(m.sep)}`);

  const sla = isRecord(input.sla) && Array.isArray(input.sla.targets) ? input.sla.targets : [];
  const slaParts: string[] = [];
  for (const t of sla.slice(0, 10) as unknown[]) {
    if (!isRecord(t) || typeof t.kind !== 'string' || !finite(t.remainingMs)) continue;
    const kind = m.slaKind[t.kind as keyof typeof m.slaKind] ?? t.kind;
    if (t.state === 'met' || t.metAt !== undefined) continue;
    if (t.state === 'paused') slaParts.push(m.note.slaPaused(kind));
    else if (t.state === 'breached') slaParts.push(m.note.slaOverdue(kind, durationWords(-t.remainingMs, m.short)));
    else slaParts.push(m.note.slaLeft(kind, durationWords(t.remainingMs, m.short)));
  }
  if (slaParts.length > 0) lines.push(`${m.note.sla}${colon}${slaParts.join(m.sep)}`);
  lines.push(m.note.hearBack(durationWords(windowMs, m.long), formatInstant(hearBackAt, lang, timeZone)));
  return lines.join('\n');
}

interface ScriptParts {
  c: EscalationCatalogue;
  customerLang: Lang;
  complaint: ComplaintView | null;
  reasons: EscalationReason[];
  recipient: Recipient;
  windowMs: number;
  /** An unmet deadline has passed: the script acknowledges it. */
  late: boolean;
}

type WhyKey = keyof EscalationCatalogue['script']['why'];

/** The sentence that says why: the most serious reason, with a suspected crime or legal threat told apart. */
function whyKey(reasons: EscalationReason[], recipient: Recipient): WhyKey {
  const codes = reasons.map((r) => r.code);
  if (codes.includes('safety') || recipient.kind === 'safety') return 'safety';
  const crime = reasons.some((r) => r.code === 'beyond-authority' && r.evidence.some((e) => e.kind === 'cue'));
  if (crime) return 'crime';
  if (recipient.kind === 'legal') return 'legal';
  const order: Array<[EscalationReasonCode, WhyKey]> = [
    ['customer-request', 'customer-request'],
    ['beyond-authority', 'beyond-authority'],
    ['sla-breach', 'sla-breach'],
    ['public-threat', 'public-threat'],
    ['out-of-control', 'feeling'],
    ['hostile', 'feeling'],
    ['repeat-contact', 'repeat-contact'],
    ['sla-at-risk', 'sla-at-risk'],
  ];
  return order.find(([code]) => codes.includes(code))?.[1] ?? 'manual';
}

function composeScript({ c, complaint, reasons, recipient, windowMs, customerLang, late }: ScriptParts): string {
  const en = customerLang === 'en';
  const space = en ? ' ' : '';
  const sentences: string[] = [];
  const address = complaint ? addressForm(complaint, customerLang) : '';
  const key = whyKey(reasons, recipient);
  // In danger, thanks for patience would ring false: safety is said first, to the customer by name.
  if (key === 'safety') sentences.push(address ? c.script.safetyFirstAddressed(address) : c.script.safetyFirst);
  else sentences.push(address ? c.script.greeting(address) : c.script.greetingAnonymous);
  if (late) sentences.push(c.script.late);
  const to = whom(recipient, c);
  sentences.push(c.script.why[key](to));
  if (key === 'crime') sentences.push(c.script.police);
  const ref = complaint?.references[0];
  sentences.push(ref ? c.script.passedOn(c.script.reference(c.note[ref.key], ref.value)) : c.script.passedOnPlain);
  const window = durationWords(windowMs, c.long);
  const channel = complaint?.phone ? 'phone' : complaint?.email ? 'email' : complaint?.channel;
  const by = channel ? c.script.byChannel[channel] : undefined;
  sentences.push(by ? c.script.next(to, by, window) : c.script.nextNoChannel(to, window));
  sentences.push(c.script.keepInTouch);
  sentences.push(c.script.anythingElse);
  return sentences.join(space);
}

export { quoteEvidence };
