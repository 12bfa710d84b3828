import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/provider.js';
import '../src/components/complaint-form/complaint-form.js';
import type { RpComplaintForm } from '../src/components/complaint-form/complaint-form.js';
import { createManualClock } from '../src/internal/clock.js';
import type { FormField, IntakeMessage, IntakeReading } from '../src/core/complaint/index.js';
import { DEMO_NOW } from '../demo/tickets.js';

const ZONE = 'Asia/Shanghai';

const zhCustomer = { name: '王伟', honorific: '先生', phone: '138 0013 8000' };
const zhConversation: IntakeMessage[] = [
  { author: 'customer', text: '你好' },
  { author: 'agent', text: '您好，请问有什么可以帮您？' },
  { author: 'customer', text: '我11月20日收到的电饭煲无法加热，才用了两次' },
  { author: 'customer', text: '这质量也太差了' },
];
const angry: IntakeReading = { emotion: 'angry', intensity: 0.75, flags: { complaint: true } };

const enCustomer = { name: 'Jane Lee', honorific: 'Ms', email: 'jane.lee@example.com' };
const enConversation: IntakeMessage[] = [
  { author: 'customer', text: 'Hi' },
  { author: 'customer', text: 'My kettle arrived with a cracked handle and it leaks.' },
];
const hantCustomer = { name: '陳美玲', honorific: '女士', phone: '0912 345 678' };
const hantConversation: IntakeMessage[] = [{ author: 'customer', text: '吹風機用了兩天就壞了，完全不能用' }];

interface Args {
  draftKey: string;
  channel: string;
  timeZone: string;
}

const frozen = () => createManualClock(DEMO_NOW);

/** A complaint form inside a provider with the clock frozen at 10:00 on Monday 23 Nov 2026, Shanghai. */
function prefilled(options: { key?: string; width?: string } = {}) {
  return html`<rp-provider .clock=${frozen()}>
    <div style=${`max-width: ${options.width ?? '48rem'}`}>
      <rp-complaint-form
        time-zone=${ZONE}
        draft-key=${options.key ?? ''}
        .customer=${zhCustomer}
        .references=${{ order: 'E20261120-0042' }}
        .conversation=${zhConversation}
        .reading=${angry}
      ></rp-complaint-form>
    </div>
  </rp-provider>`;
}

// --- Driving the form the way an agent would, for the stories that show later steps. ---

async function formIn(canvas: HTMLElement): Promise<RpComplaintForm> {
  const el = canvas.querySelector('rp-complaint-form')!;
  await el.updateComplete;
  return el;
}

async function setField(el: RpComplaintForm, field: FormField, value: string) {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(`#f-${field}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function press(el: RpComplaintForm, selector: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

async function toReview(el: RpComplaintForm) {
  await setField(el, 'outcome', 'replacement');
  await press(el, 'form[part="form"] [type="submit"]');
  if (el.step !== 'review') throw new Error(`the story's data did not reach the read-back: ${el.shadowRoot!.querySelector('[part="error-summary"]')?.textContent}`);
}

async function toConfirmed(el: RpComplaintForm) {
  await toReview(el);
  await press(el, '[data-action="confirmed"]');
}

const meta: Meta<Args> = {
  title: 'Elements/Complaint form',
  component: 'rp-complaint-form',
  tags: ['autodocs'],
  args: { draftKey: '', channel: '', timeZone: ZONE },
  render: (args) => html`<rp-provider .clock=${frozen()}>
    <div style="max-width: 48rem">
      <rp-complaint-form draft-key=${args.draftKey} channel=${args.channel} time-zone=${args.timeZone}></rp-complaint-form>
    </div>
  </rp-provider>`,
  parameters: {
    docs: {
      description: {
        component:
          'Registers a complaint: fill in the record, read its key facts back to the customer, save only what they confirmed. Drafts survive reloads. Stories freeze the clock at 10:00 on Monday 23 Nov 2026 (Shanghai); the language and theme follow the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing known yet: every field empty, priority and reply time from the defaults. */
export const Empty: Story = {};

/** Prefilled from the console: customer, order, the chat (description, channel, category) and the analyser's reading (priority). */
export const PrefilledFromConversation: Story = { render: () => prefilled() };

/** The agent asked for the read-back too early: an error summary with links, and inline errors. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await setField(el, 'phone', '12345');
    await press(el, 'form[part="form"] [type="submit"]');
  },
};

/** Step 2: the script to read aloud, with "Customer confirmed" and "Customer corrected something". */
export const ReadBack: Story = {
  render: () => prefilled(),
  play: async ({ canvasElement }) => toReview(await formIn(canvasElement)),
};

/** The customer corrected something: the agent says what. */
export const ChoosingCorrections: Story = {
  render: () => prefilled(),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await toReview(el);
    await press(el, '[data-action="corrected"]');
  },
};

/** Back in step 1 with the corrected field marked. */
export const CorrectedField: Story = {
  render: () => prefilled(),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await toReview(el);
    await press(el, '[data-action="corrected"]');
    el.shadowRoot!.querySelector<HTMLInputElement>('.corrections input[value="phone"]')!.click();
    await press(el, '.corrections [part~="primary"]');
  },
};

/** Step 3: confirmed by the customer, ready to save. */
export const Confirmed: Story = {
  render: () => prefilled(),
  play: async ({ canvasElement }) => toConfirmed(await formIn(canvasElement)),
};

/** The host's save is pending: the form shows it and blocks a second submit. */
export const Saving: Story = {
  render: () => html`<div @rp-complaint-submit=${(e: CustomEvent) => (e as never as { detail: { waitUntil(p: Promise<unknown>): void } }).detail.waitUntil(new Promise(() => {}))}>
    ${prefilled()}
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await toConfirmed(el);
    await press(el, '.review [part~="primary"]');
  },
};

/** The host's save failed: its message, everything kept, and a retry. */
export const FailedSave: Story = {
  render: () => html`<div
    @rp-complaint-submit=${(e: CustomEvent) =>
      (e as never as { detail: { waitUntil(p: Promise<unknown>): void } }).detail.waitUntil(Promise.reject(new Error('The CRM did not answer within 10 seconds.')))}
  >
    ${prefilled()}
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await toConfirmed(el);
    await press(el, '.review [part~="primary"]');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  },
};

/** The host confirmed the save; the draft is gone. */
export const Saved: Story = {
  render: () => prefilled(),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await toConfirmed(el);
    await press(el, '.review [part~="primary"]');
  },
};

const RESTORED_KEY = 'rapport-story:complaint-restored';

/** A reload brought back a draft: the notice says from when, and offers to discard it. */
export const RestoredDraft: Story = {
  render: () => {
    localStorage.setItem(
      RESTORED_KEY,
      JSON.stringify({
        v: 1,
        values: {
          name: '李娜',
          honorific: '女士',
          phone: '139 0013 9000',
          channel: 'phone',
          category: 'delivery',
          description: '快递显示已签收，但我没有收到包裹',
          outcome: 'replacement',
          address: '上海市徐汇区漕溪北路 1 号',
          priority: 'normal',
        },
        marked: [],
        corrections: [],
        savedAt: DEMO_NOW - 25 * 60_000,
      }),
    );
    return html`<rp-provider .clock=${frozen()}>
      <div style="max-width: 48rem"><rp-complaint-form time-zone=${ZONE} draft-key=${RESTORED_KEY}></rp-complaint-form></div>
    </rp-provider>`;
  },
};

/** Storage is blocked or full: the draft lives in memory, and the agent is told. */
export const StorageUnavailable: Story = {
  render: () => prefilled({ key: 'rapport-story:complaint-no-storage' }),
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await setField(el, 'honorific', '先生');
    } finally {
      Storage.prototype.setItem = original;
    }
  },
};

/** In a 320 px console sidebar: one column, wrapping actions. */
export const Sidebar: Story = { render: () => prefilled({ width: '320px' }) };

/** The same prefilled form in the dark theme. */
export const Dark: Story = { render: () => prefilled(), parameters: { theme: 'dark' } };

/** The read-back in the dark theme. */
export const ReadBackDark: Story = { ...ReadBack, parameters: { theme: 'dark' } };

/** Errors in the dark theme. */
export const ErrorsDark: Story = { ...Errors, parameters: { theme: 'dark' } };

/** The read-back in each language, side by side in sidebar width, whatever the toolbar says. */
export const EveryLanguage: Story = {
  render: () => html`<rp-provider .clock=${frozen()}>
    <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${[
        ['zh-Hans', zhCustomer, zhConversation],
        ['zh-Hant', hantCustomer, hantConversation],
        ['en', enCustomer, enConversation],
      ].map(
        ([lang, customer, conversation]) => html`<div lang=${lang as string} style="width: 320px">
          <rp-complaint-form time-zone=${ZONE} .customer=${customer} .conversation=${conversation} .reading=${angry}></rp-complaint-form>
        </div>`,
      )}
    </div>
  </rp-provider>`,
  play: async ({ canvasElement }) => {
    for (const el of Array.from(canvasElement.querySelectorAll('rp-complaint-form'))) {
      await el.updateComplete;
      await toReview(el);
    }
  },
};
