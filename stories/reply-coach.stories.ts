import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/reply-coach/reply-coach.js';
import type { RpReplyCoach } from '../src/components/reply-coach/reply-coach.js';
import { LANGS, type Lang } from '../src/core/lang.js';

/** The kinds of reply box the coach attaches to: the single source of the story control. */
const FIELDS = ['textarea', 'input', 'contenteditable'] as const;
type FieldKind = (typeof FIELDS)[number];

interface Args {
  draft: string;
  field: FieldKind;
  gate: boolean;
  highlight: boolean;
  preview: boolean;
  width: string;
}

const LABELS: Record<Lang, string> = { en: 'Reply', 'zh-Hans': '回复', 'zh-Hant': '回覆' };
const LANG_NAMES: Record<Lang, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };
const FIELD_STYLE = 'font: inherit; padding: 0.5rem; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 0.375rem';

let counter = 0;

/** The console's own reply box, as a host page would write it. */
function replyBox(kind: FieldKind, id: string, draft: string, label: string) {
  if (kind === 'input') {
    return html`<label for=${id}>${label}</label><input id=${id} .value=${draft} style=${FIELD_STYLE} />`;
  }
  if (kind === 'contenteditable') {
    // `.textContent` rather than a child binding: the agent edits this text, so no template markers may sit inside it.
    return html`<span id=${`${id}-label`}>${label}</span>
      <div
        id=${id}
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby=${`${id}-label`}
        .textContent=${draft}
        style=${`${FIELD_STYLE}; min-height: 5rem; white-space: pre-wrap`}
      ></div>`;
  }
  return html`<label for=${id}>${label}</label><textarea id=${id} rows="4" .value=${draft} style=${FIELD_STYLE}></textarea>`;
}

const render = (args: Args) => {
  const id = `reply-${++counter}`;
  return html`<form style=${`display:grid; gap:0.5rem; max-width:${args.width}`} @submit=${(e: Event) => e.preventDefault()}>
    ${replyBox(args.field, id, args.draft, 'Reply')}
    <rp-reply-coach for=${id} ?gate=${args.gate} ?highlight=${args.highlight} ?preview=${args.preview}></rp-reply-coach>
    <button type="submit" style="justify-self:start">Send</button>
  </form>`;
};

/** The same category in the three languages, side by side; each column speaks its own language. */
const renderLanguages = (drafts: Record<Lang, string>) => (args: Args) =>
  html`<div style="display:grid; gap:1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
    ${LANGS.map((lang) => {
      const id = `reply-${++counter}`;
      return html`<section lang=${lang} style="display:grid; gap:0.5rem; align-content:start">
        <h2 style="margin:0; font-size:1rem">${LANG_NAMES[lang]}</h2>
        ${replyBox(args.field, id, drafts[lang], LABELS[lang])}
        <rp-reply-coach for=${id} ?gate=${args.gate} ?highlight=${args.highlight} ?preview=${args.preview}></rp-reply-coach>
      </section>`;
    })}
  </div>`;

const meta: Meta<Args> = {
  title: 'Elements/Reply coach',
  component: 'rp-reply-coach',
  tags: ['autodocs'],
  args: { draft: '你必须先填表，这是公司规定。', field: 'textarea', gate: false, highlight: true, preview: false, width: '40rem' },
  argTypes: { field: { control: 'inline-radio', options: FIELDS } },
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Checks the console’s own reply box (`for="id"`) as the agent types and offers kinder wording. With `highlight`, the flagged phrases are marked on the reply box itself, one colour per category. Apply replaces the phrase in the field (undo with Ctrl+Z or the Undo button). The UI follows the nearest `lang`; reasons and rewrites follow the draft’s language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const byLanguage = (drafts: Record<Lang, string>, description: string): Story => ({
  render: renderLanguages(drafts),
  parameters: { docs: { description: { story: description } } },
});

export const Blame: Story = byLanguage(
  {
    'zh-Hans': '您好，你搞错了，这个优惠只限会员使用。',
    'zh-Hant': '你弄錯了，這個優惠只限會員使用。',
    en: 'You entered the wrong card number, so the payment did not go through.',
  },
  'Pointing at the customer’s mistake.',
);
export const Command: Story = byLanguage(
  {
    'zh-Hans': '你必须先填表，我们才能给你办理退货。',
    'zh-Hant': '你必須先填表，我們才能幫你辦理退貨。',
    en: 'You have to send us a photo of the damage first.',
  },
  'Orders instead of requests.',
);
export const Negative: Story = byLanguage(
  {
    'zh-Hans': '这不是我的事，退款的问题要去问售后。',
    'zh-Hant': '這不是我負責的，退款的問題要問售後。',
    en: "That's not my department, and I can't refund opened items.",
  },
  'What the agent can’t do, or disowning the problem.',
);
export const Dismissive: Story = byLanguage(
  {
    'zh-Hans': '请你冷静一下，我正在帮你查订单。',
    'zh-Hant': '請你冷靜一點，我正在幫你查訂單。',
    en: "Please calm down, sir. I'm checking your order now.",
  },
  'Brushing the customer’s feelings aside.',
);
export const Policy: Story = byLanguage(
  {
    'zh-Hans': '这是公司规定，拆封的商品不在退货范围内。',
    'zh-Hant': '公司規定不允許退貨，拆封的商品無法退。',
    en: "It's company policy, opened items are final sale.",
  },
  'Hiding behind policy without a reason or an alternative.',
);
export const Defensive: Story = byLanguage(
  {
    'zh-Hans': '以前从来没有人抱怨过这个问题。',
    'zh-Hant': '這不是我們的問題，是郵局弄丟的。',
    en: 'That never happens with our routers.',
  },
  'Defending the company instead of looking into it.',
);
export const Provocative: Story = byLanguage(
  {
    'zh-Hans': '你有什么问题？订单不是已经签收了吗？',
    'zh-Hant': '到底要怎樣你才滿意？',
    en: 'As I said before, the refund takes five business days.',
  },
  'Wording that reads as a challenge.',
);
export const WaitApology: Story = byLanguage(
  {
    'zh-Hans': '很抱歉让您久等了，您的订单已经发货。',
    'zh-Hant': '很抱歉讓您久等了，訂單已經出貨了。',
    en: 'Sorry for the wait. Your replacement shipped this morning.',
  },
  'Apologising for the wait instead of thanking for patience.',
);
export const Overpromise: Story = byLanguage(
  {
    'zh-Hans': '我保证明天一定给您送到。',
    'zh-Hant': '百分之百沒問題，明天一定幫您送到。',
    en: 'I guarantee this will never happen again.',
  },
  'Promises the agent cannot keep.',
);
export const CleanDraft: Story = byLanguage(
  {
    'zh-Hans': '感谢您的耐心等待，您的订单已经发货了。如有问题随时联系我。',
    'zh-Hant': '感謝您的耐心等候，訂單已經出貨了，有任何問題都可以再找我。',
    en: 'Thank you for your patience. Your replacement shipped this morning, and I will send you the tracking number.',
  },
  'Nothing to reconsider.',
);

/** Marks over a textarea: a mirror laid exactly over the field, scrolling with it. */
export const HighlightTextarea: Story = {
  args: {
    draft: '很抱歉让您久等了。我查了一下，这是公司规定，拆封的商品我也没办法退。你必须先把照片发过来，我保证明天一定给您处理好。',
  },
};
/** Marks over a one-line input. */
export const HighlightInput: Story = { args: { field: 'input', draft: "Calm down, it's company policy." } };
/** Marks on a contenteditable, through CSS Custom Highlights (the coach shows its preview where the API is missing). */
export const HighlightContenteditable: Story = {
  args: { field: 'contenteditable', draft: 'That never happens with our routers. As I said before, you have to restart it first.' },
};
/** `preview` instead of `highlight`: a copy of the draft with the phrases marked, inside the coach. */
export const Preview: Story = { args: { highlight: false, preview: true, draft: '我知道你的感受，但规定就是规定。' } };

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
export const Wide: Story = {
  args: { width: '60rem', draft: "Sorry for the wait. It's company policy, so I can't refund opened items. I guarantee the replacement will arrive tomorrow." },
};
export const Dark: Story = { args: { draft: '我知道你的感受，但规定就是规定。' }, parameters: { theme: 'dark' } };
export const CompactDark: Story = { args: { width: '320px', draft: 'Relax, it’s not a big deal.' }, parameters: { theme: 'dark' } };
/** Every category's colour in dark, in the three languages. */
export const LanguagesDark: Story = {
  ...byLanguage(
    {
      'zh-Hans': '很抱歉让您久等了。你搞错了，这是公司规定，我保证明天一定到。',
      'zh-Hant': '請你冷靜一點，這不是我負責的，到底要怎樣你才滿意？',
      en: "That never happens. You must restart the router. I can't refund it.",
    },
    'Several categories at once, in dark colours.',
  ),
  parameters: { theme: 'dark' },
};
