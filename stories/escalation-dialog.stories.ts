import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import '../src/components/escalation-dialog/escalation-dialog.js';
import type { RpEscalationDialog } from '../src/components/escalation-dialog/escalation-dialog.js';
import type { EscalationContext, EscalationTargetOption } from '../src/events/escalation-events.js';
import { computeSla, createManualClock, DEFAULT_SLA_POLICY, type SlaTicket } from '../src/index.js';
import type { Complaint } from '../src/core/complaint/types.js';
import { DEMO_NOW, MIN } from '../demo/tickets.js';

const frozen = createManualClock(DEMO_NOW);

const TEAM: EscalationTargetOption[] = [
  { id: 'wang', name: 'Wang Fang', kind: 'supervisor', available: true },
  { id: 'park', name: 'Jordan Park', kind: 'specialist', available: true, eta: DEMO_NOW + 20 * MIN },
  { id: 'safety', name: 'Safety desk', kind: 'safety', available: true },
  { id: 'legal', name: 'Legal and fraud team', kind: 'legal', available: false, eta: DEMO_NOW + 90 * MIN },
];

const ticket = (minutesAgo: number, priority: SlaTicket['priority'] = 'high'): SlaTicket => ({ priority, events: [{ type: 'created', at: DEMO_NOW - minutesAgo * MIN }] });
const slaOf = (t: SlaTicket) => computeSla(t, DEFAULT_SLA_POLICY, DEMO_NOW);

const complaintEn: Complaint = {
  customer: { name: 'Lee', honorific: 'Ms', phone: '+44 20 7946 0018', email: 'lee@example.com' },
  channel: 'chat',
  references: { order: 'A-1042' },
  category: 'delivery',
  description: 'The parcel for order A-1042 is five days late and tracking has not moved.',
  desiredOutcome: { kind: 'refund', detail: 'full refund' },
  priority: 'high',
  readBack: { text: 'Your order A-1042 is five days late and you would like a full refund, is that right?', confirmedAt: '2026-11-23T01:55:00Z', corrections: [] },
};

/** A reading as the analyser gives it: the cue offsets point into the message. */
function readingOf(text: string, emotion: string, intensity: number, cues: Array<[string, string, string[]?]>, flags: Partial<Record<'complaint' | 'escalation' | 'hostile' | 'safety', boolean>> = {}) {
  return {
    lang: 'en',
    emotion,
    intensity,
    flags: { complaint: false, escalation: false, hostile: false, safety: false, ...flags },
    cues: cues.map(([cueText, kind, cueFlags]) => {
      const start = text.indexOf(cueText);
      return { kind, text: cueText, start, end: start + cueText.length, emotion, weight: 1, ...(cueFlags ? { flags: cueFlags } : {}) };
    }),
  };
}

const managerMessage = 'Five days late AGAIN. I want your manager, now.';
const CONTEXTS: Record<string, EscalationContext> = {
  advised: {
    reading: readingOf(managerMessage, 'angry', 0.72, [['AGAIN', 'caps'], ['your manager', 'escalation', ['escalation']]], { escalation: true }),
    sla: slaOf(ticket(12)),
    complaint: complaintEn,
    tried: ['Checked the tracking with the courier', 'Asked the depot to locate the parcel'],
    promised: ['An answer today'],
  },
  manual: { complaint: complaintEn, agentRequested: true, tried: ['Checked the tracking with the courier'] },
  normal: { complaint: { ...complaintEn, priority: 'normal' }, contactCount: 3, sla: slaOf(ticket(5, 'normal')) },
  high: {
    reading: readingOf(managerMessage, 'angry', 0.72, [['your manager', 'escalation', ['escalation']]], { escalation: true }),
    sla: slaOf(ticket(40)),
    complaint: complaintEn,
  },
  immediate: {
    sla: slaOf(ticket(40)),
    complaint: complaintEn,
    customerText: 'If this is not sorted today I will post a bad review and go to the press.',
  },
  safety: {
    reading: readingOf('The charger caught fire and there is smoke everywhere', 'anxious', 0.8, [['caught fire', 'danger', ['safety']]], { safety: true }),
    complaint: { ...complaintEn, category: 'product', description: 'The phone charger caught fire while charging overnight.', readBack: { text: 'Your charger caught fire overnight, is that right?', confirmedAt: '2026-11-23T01:58:00Z', corrections: [] } },
  },
  unavailable: {
    complaint: { ...complaintEn, category: 'billing', description: 'Three payments I did not make appeared on my card; it may have been stolen.', readBack: { text: 'Three card payments you did not make, possibly a stolen card, is that right?', confirmedAt: '2026-11-23T01:58:00Z', corrections: [] } },
    customerText: 'Someone stole my card details, these are fraudulent charges',
  },
};

interface Args {
  lightDismiss: boolean;
  case: keyof typeof CONTEXTS;
}

const render = (args: Args, lang?: string) => html`<rp-provider .clock=${frozen} lang=${lang ?? nothing}>
  <rp-escalation-dialog open ?light-dismiss=${args.lightDismiss} .targets=${TEAM} .context=${CONTEXTS[args.case]}></rp-escalation-dialog>
</rp-provider>`;

const meta: Meta<Args> = {
  title: 'Elements/Escalation dialog',
  component: 'rp-escalation-dialog',
  tags: ['autodocs'],
  args: { lightDismiss: false, case: 'advised' },
  argTypes: { case: { control: 'select', options: Object.keys(CONTEXTS) } },
  render: (args) => render(args),
  parameters: {
    layout: 'fullscreen',
    docs: {
      // Each story is a modal: give each its own frame so the docs page is not one stack of dialogs.
      story: { inline: false, height: '760px' },
      description: {
        component:
          'Hands a case upward so the customer never has to repeat themselves: advised colleague and reasons, urgency, an editable note for the colleague and a script for the customer. Stories use a frozen clock at 10:00 on 23 Nov 2026 (Shanghai); language and theme follow the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The case asks for it: the customer wants a manager and the first reply is nearly due. */
export const Advised: Story = {};

/** No rule fired: the agent escalates on their own judgement and must choose a reason. */
export const Manual: Story = { args: { case: 'manual' } };

/** Normal urgency: a third contact about the same parcel goes to a specialist. */
export const UrgencyNormal: Story = { args: { case: 'normal' } };

/** High urgency: a request for a manager on top of a missed first reply. */
export const UrgencyHigh: Story = { args: { case: 'high' } };

/** Immediate: a missed deadline and a threat to go to the press. */
export const UrgencyImmediate: Story = { args: { case: 'immediate' } };

/** Safety first: immediate, to the safety desk, and the script starts with the customer's safety. */
export const Safety: Story = { args: { case: 'safety' } };

/** Suspected fraud points to a legal team nobody can pick up right now: the agent must confirm or choose someone else. */
export const UnavailableTarget: Story = { args: { case: 'unavailable' } };

async function submitWith(canvasElement: HTMLElement, save: () => Promise<unknown>) {
  const dialog = canvasElement.querySelector<RpEscalationDialog>('rp-escalation-dialog')!;
  await dialog.updateComplete;
  dialog.addEventListener('rp-escalate', (event) => event.detail.waitUntil(save()), { once: true });
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await dialog.updateComplete;
}

/** Waiting for the host to save: the submit button says so and the fields are read-only. */
export const Saving: Story = {
  play: ({ canvasElement }) => submitWith(canvasElement, () => new Promise(() => {})),
};

/** The save failed: everything typed is kept, the error is announced, and Try again retries. */
export const FailedSave: Story = {
  play: ({ canvasElement }) => submitWith(canvasElement, () => Promise.reject(new Error('Network unavailable'))),
};

/** The advised case in Traditional Chinese, whatever the toolbar says. */
export const TraditionalChinese: Story = { render: (args) => render(args, 'zh-Hant'), parameters: { lang: 'zh-Hant' } };

/** The advised case in English, in the dark theme. */
export const EnglishDark: Story = { render: (args) => render(args, 'en'), parameters: { lang: 'en', theme: 'dark' } };
