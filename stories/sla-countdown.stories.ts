import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { createAcceleratedClock, createManualClock, type SlaTicket } from '../src/index.js';
import { DEMO_NOW, demoTickets, MIN } from '../demo/tickets.js';

const frozen = createManualClock(DEMO_NOW);
const at = (minutes: number) => new Date(DEMO_NOW + minutes * MIN).toISOString();

interface Args {
  dueAt: string;
  startedAt: string;
  label: string;
  warnAt: number;
}

const meta: Meta<Args> = {
  title: 'Elements/SLA countdown',
  component: 'rp-sla-countdown',
  tags: ['autodocs'],
  args: { label: 'Callback to Ms Lee', dueAt: at(125), startedAt: at(-60), warnAt: 0.25 },
  render: (args) => html`<rp-provider .clock=${frozen}>
    <rp-sla-countdown label=${args.label} due-at=${args.dueAt} started-at=${args.startedAt} warn-at=${args.warnAt}></rp-sla-countdown>
  </rp-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'A live countdown to a promise made to a customer. Stories use a frozen clock at 10:00 on 23 Nov 2026 (Shanghai) so every state is reproducible; the language and theme follow the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Running: Story = {};
export const Warning: Story = { args: { dueAt: at(10), startedAt: at(-50) } };
export const Breached: Story = { args: { dueAt: at(-15), startedAt: at(-75) } };
export const Invalid: Story = { args: { dueAt: 'tomorrow at six' } };
export const SecondsLeft: Story = { args: { dueAt: at(0.75), startedAt: at(-14) } };

const ticketAt = (events: SlaTicket['events'], priority: SlaTicket['priority'] = 'high'): SlaTicket => ({ priority, events });

const ticketStates: Record<string, SlaTicket> = {
  running: ticketAt([{ type: 'created', at: DEMO_NOW - 4 * MIN }]),
  warning: ticketAt([{ type: 'created', at: DEMO_NOW - 12 * MIN }]),
  paused: ticketAt([
    { type: 'created', at: DEMO_NOW - 300 * MIN },
    { type: 'agent-reply', at: DEMO_NOW - 290 * MIN },
    { type: 'status', at: DEMO_NOW - 280 * MIN, status: 'pending' },
  ]),
  met: ticketAt([
    { type: 'created', at: DEMO_NOW - 600 * MIN },
    { type: 'agent-reply', at: DEMO_NOW - 595 * MIN },
    { type: 'resolved', at: DEMO_NOW - 100 * MIN },
  ]),
  breached: ticketAt([{ type: 'created', at: DEMO_NOW - 40 * MIN }]),
  'met late': ticketAt([
    { type: 'created', at: DEMO_NOW - 60 * MIN },
    { type: 'agent-reply', at: DEMO_NOW - 30 * MIN },
    { type: 'resolved', at: DEMO_NOW - 20 * MIN },
  ]),
};

/** A whole ticket: the most urgent target first, the others behind the toggle (expanded here). */
export const Ticket: Story = {
  render: () => html`<rp-provider .clock=${frozen}>
    <rp-sla-countdown label="T-1042" expanded .ticket=${ticketAt([
      { type: 'created', at: DEMO_NOW - 200 * MIN },
      { type: 'agent-reply', at: DEMO_NOW - 190 * MIN },
      { type: 'customer-message', at: DEMO_NOW - 100 * MIN },
    ])}></rp-sla-countdown>
  </rp-provider>`,
};

const LANGS = [
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
  ['en', 'English'],
] as const;

/** Every state in every language, side by side, for review and translation checks. */
export const EveryStateEveryLanguage: Story = {
  render: () => html`<rp-provider .clock=${frozen}>
    <table style="border-collapse: collapse">
      <thead>
        <tr>
          <th scope="col">state</th>
          ${LANGS.map(([, name]) => html`<th scope="col" style="padding: 0 1rem">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${Object.entries(ticketStates).map(
          ([state, ticket]) => html`<tr>
            <th scope="row" style="text-align: start; padding: 0.5rem 1rem 0.5rem 0">${state}</th>
            ${LANGS.map(([lang]) => html`<td lang=${lang} style="padding: 0.5rem 1rem"><rp-sla-countdown .ticket=${ticket}></rp-sla-countdown></td>`)}
          </tr>`,
        )}
        <tr>
          <th scope="row" style="text-align: start; padding: 0.5rem 1rem 0.5rem 0">invalid</th>
          ${LANGS.map(([lang]) => html`<td lang=${lang} style="padding: 0.5rem 1rem"><rp-sla-countdown due-at="not a time"></rp-sla-countdown></td>`)}
        </tr>
        <tr>
          <th scope="row" style="text-align: start; padding: 0.5rem 1rem 0.5rem 0">none</th>
          ${LANGS.map(([lang]) => html`<td lang=${lang} style="padding: 0.5rem 1rem"><rp-sla-countdown></rp-sla-countdown></td>`)}
        </tr>
      </tbody>
    </table>
  </rp-provider>`,
};

/** The same grid in the dark theme. */
export const EveryStateDark: Story = { ...EveryStateEveryLanguage, parameters: { theme: 'dark' } };

/** Twenty tickets, as in the demo console's queue. */
export const Queue: Story = {
  render: () => html`<rp-provider .clock=${frozen}>
    <ol style="display: grid; gap: 0.75rem; padding-inline-start: 1.5rem; max-width: 40rem">
      ${demoTickets(DEMO_NOW).map(
        (t) => html`<li><strong>${t.id}</strong> ${t.customer}<br /><rp-sla-countdown label=${t.id} .ticket=${t.ticket}></rp-sla-countdown></li>`,
      )}
    </ol>
  </rp-provider>`,
};

/** Time runs 120× faster: watch a deadline enter its warning window and pass. */
export const LiveAccelerated: Story = {
  render: () => {
    const clock = createAcceleratedClock(120, DEMO_NOW);
    return html`<rp-provider .clock=${clock}>
      <rp-sla-countdown label="Callback" due-at=${at(4)} started-at=${at(-8)}></rp-sla-countdown>
    </rp-provider>`;
  },
};
