import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/reply-coach/reply-coach.js';
import type { RpReplyCoach } from '../src/components/reply-coach/reply-coach.js';

interface Args {
  draft: string;
  gate: boolean;
  highlight: boolean;
  width: string;
}

let counter = 0;

const render = (args: Args) => {
  const id = `reply-${++counter}`;
  return html`<form style=${`display:grid; gap:0.5rem; max-width:${args.width}`} @submit=${(e: Event) => e.preventDefault()}>
    <label for=${id}>Reply</label>
    <textarea id=${id} rows="4" .value=${args.draft} style="font: inherit; padding: 0.5rem; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 0.375rem"></textarea>
    <rp-reply-coach for=${id} ?gate=${args.gate} ?highlight=${args.highlight}></rp-reply-coach>
    <button type="submit" style="justify-self:start">Send</button>
  </form>`;
};

const meta: Meta<Args> = {
  title: 'Elements/Reply coach',
  component: 'rp-reply-coach',
  tags: ['autodocs'],
  args: { draft: '你必须先填表，这是公司规定。', gate: false, highlight: true, width: '40rem' },
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Checks the console’s own reply box (`for="id"`) as the agent types and offers kinder wording. Apply replaces the phrase in the field (undo with Ctrl+Z or the Undo button). The UI follows the toolbar language; reasons and rewrites follow the draft’s language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Blame: Story = { args: { draft: '你搞错了，这个优惠只限会员。' } };
export const Command: Story = { args: { draft: '你必须先填表' } };
export const Negative: Story = { args: { draft: "That's not my department, I can't refund opened items." } };
export const Dismissive: Story = { args: { draft: '請你冷靜一點，我在處理。' } };
export const Policy: Story = { args: { draft: "It's company policy." } };
export const Defensive: Story = { args: { draft: '以前从来没有人抱怨过这个问题。' } };
export const Provocative: Story = { args: { draft: "What's your problem? As I said before, the refund takes five days." } };
export const WaitApology: Story = { args: { draft: '很抱歉讓您久等了，訂單已經出貨。' } };
export const Overpromise: Story = { args: { draft: 'I promise this will never happen again.' } };
export const CleanDraft: Story = { args: { draft: '感谢您的耐心等待，您的订单已经发货了。如有问题随时联系我。' } };

/** With `gate`: sending while problems remain asks the agent to confirm (opened here). */
export const GateConfirm: Story = {
  args: { draft: 'Calm down. You have to send us a photo of the damage.', gate: true },
  play: async ({ canvasElement }) => {
    const coach = canvasElement.querySelector<RpReplyCoach>('rp-reply-coach')!;
    await coach.updateComplete;
    void coach.check();
  },
};

export const Compact: Story = { args: { width: '320px', draft: '这是公司规定，我也没办法。你必须先填表。' } };
export const Wide: Story = { args: { width: '60rem', draft: "Sorry for the wait. It's company policy, so I can't refund opened items. I guarantee the replacement will arrive tomorrow." } };
export const Dark: Story = { args: { draft: '我知道你的感受，但规定就是规定。' }, parameters: { theme: 'dark' } };
export const CompactDark: Story = { args: { width: '320px', draft: 'Relax, it’s not a big deal.' }, parameters: { theme: 'dark' } };
