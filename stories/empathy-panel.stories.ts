import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/empathy-panel/empathy-panel.js';
import type { RpEmpathyPanel, EmpathyAnalyzer } from '../src/components/empathy-panel/empathy-panel.js';
import type { ConversationMessage, Emotion, EmotionFlags } from '../src/core/emotion/index.js';
import { normalizeLang, type Lang } from '../src/core/lang.js';

interface Args {
  text: string;
  customerName: string;
  honorific: string;
}

type Situation = Emotion | keyof EmotionFlags;

/** One customer message per situation and language; each reads as its situation with the built-in analyser. */
const MESSAGES: Record<Lang, Record<Situation, string>> = {
  'zh-Hans': {
    angry: '都等了一个星期还没发货，太离谱了，气死我了！',
    anxious: '急急急！明天就要用，今天能发货吗？',
    confused: '我不太明白，这个到底要怎么操作？是先退款还是先退货？',
    disappointed: '太失望了，原以为你们的质量会很好',
    neutral: '请问我的订单到哪里了？',
    satisfied: '谢谢，问题解决了，很满意',
    complaint: '这是我第三次打电话了，再不解决我就投诉到12315！',
    escalation: '叫你们经理来跟我说！',
    hostile: '你们这群骗子，垃圾公司',
    safety: '我家燃气泄漏了，闻到很大的味道',
  },
  'zh-Hant': {
    angry: '都等了一個禮拜還沒出貨，太離譜了！！',
    anxious: '很急！明天就要用，今天可以出貨嗎？',
    confused: '我不太懂，這個到底要怎麼操作？是先退款還是先退貨？',
    disappointed: '太失望了，原本以為你們的品質會很好',
    neutral: '請問我的訂單到哪裡了？',
    satisfied: '謝謝，問題解決了，很滿意',
    complaint: '這是我第三次打電話了，再不處理我就去消保官客訴！',
    escalation: '叫你們主管出來跟我講！',
    hostile: '你們這群騙子，垃圾公司',
    safety: '我家瓦斯外洩了，味道很重',
  },
  en: {
    angry: 'I have waited a week and it still has not shipped. This is ridiculous!!',
    anxious: 'Please hurry, I need it tomorrow and I am really worried',
    confused: 'I am so confused, what does this charge mean??',
    disappointed: 'Really disappointed, I expected much better quality',
    neutral: 'Hello, I would like to change my delivery address.',
    satisfied: 'Thanks, that fixed it. Great service!',
    complaint: 'This is the third time I am calling. I will file a complaint with the BBB!',
    escalation: 'I want to speak to your manager right now.',
    hostile: 'You are useless idiots and a scam company',
    safety: 'There is smoke coming out of the charger and it is on fire',
  },
};

const NAMES: Record<Lang, [string, string]> = { 'zh-Hans': ['王', '先生'], 'zh-Hant': ['陳', '小姐'], en: ['Lee', 'Ms'] };
const LANGS: Lang[] = ['zh-Hans', 'zh-Hant', 'en'];

/** A conversation that unfolds: calm, then worried, then angry and repeating, then calmer. */
const SCRIPT: Record<Lang, ConversationMessage[]> = {
  'zh-Hans': [
    { author: 'customer', text: '你好，我想查一下订单 A1024 的物流。' },
    { author: 'agent', text: '您好，我帮您查一下。' },
    { author: 'customer', text: '说好昨天到的，明天就要用，有点着急。' },
    { author: 'agent', text: '我看到包裹还在中转站。' },
    { author: 'customer', text: '都等了一个星期了！这是我第三次问了，再不解决我就投诉！！' },
    { author: 'agent', text: '王先生，让您反复联系真的很抱歉，我现在就为您加急处理。' },
    { author: 'customer', text: '好吧，谢谢，麻烦尽快。' },
  ],
  'zh-Hant': [
    { author: 'customer', text: '您好，我想查詢訂單 A1024 的物流。' },
    { author: 'agent', text: '您好，我幫您查一下。' },
    { author: 'customer', text: '說好昨天會到，明天就要用了，有點急。' },
    { author: 'agent', text: '我看到包裹還在轉運中心。' },
    { author: 'customer', text: '都等一個禮拜了！這是我第三次問了，再不處理我就客訴！！' },
    { author: 'agent', text: '陳小姐，讓您一再聯絡真的很抱歉，我現在就幫您加急處理。' },
    { author: 'customer', text: '好吧，謝謝，麻煩盡快。' },
  ],
  en: [
    { author: 'customer', text: 'Hi, could you check where order A1024 is?' },
    { author: 'agent', text: 'Of course, let me check.' },
    { author: 'customer', text: 'It was supposed to arrive yesterday and I need it tomorrow, I am a bit worried.' },
    { author: 'agent', text: 'I can see the parcel is still at the depot.' },
    { author: 'customer', text: 'I have waited a WEEK! This is the third time I am asking, I will file a complaint!!' },
    { author: 'agent', text: "Ms Lee, I'm sorry you've had to chase this. I'm expediting it now." },
    { author: 'customer', text: 'Okay, thank you. Please be quick.' },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/Empathy panel',
  component: 'rp-empathy-panel',
  tags: ['autodocs'],
  args: { text: MESSAGES['zh-Hans'].complaint, customerName: '王', honorific: '先生' },
  render: (args) => html`<div style="max-width: 56rem">
    <rp-empathy-panel text=${args.text} customer-name=${args.customerName} honorific=${args.honorific}></rp-empathy-panel>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'How the customer feels and why, and what to say next. Every reading here comes from the built-in analyser; the suggestions from `suggestResponses`. The language of the panel follows the toolbar (or each column’s `lang`); the replies follow the customer’s language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const inEveryLanguage = (situation: Situation): Story => ({
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))">
    ${LANGS.map(
      (lang) => html`<div lang=${lang}>
        <rp-empathy-panel text=${MESSAGES[lang][situation]} customer-name=${NAMES[lang][0]} honorific=${NAMES[lang][1]}></rp-empathy-panel>
      </div>`,
    )}
  </div>`,
});

export const Default: Story = {};

export const Angry = inEveryLanguage('angry');
export const Anxious = inEveryLanguage('anxious');
export const Confused = inEveryLanguage('confused');
export const Disappointed = inEveryLanguage('disappointed');
export const Calm = inEveryLanguage('neutral');
export const Satisfied = inEveryLanguage('satisfied');
export const ComplaintFlag = inEveryLanguage('complaint');
export const EscalationFlag = inEveryLanguage('escalation');
export const HostileFlag = inEveryLanguage('hostile');
/** Safety is a banner above everything, and the only suggestions are about safety. */
export const SafetyFlag = inEveryLanguage('safety');
export const SafetyFlagDark: Story = { ...inEveryLanguage('safety'), parameters: { theme: 'dark' } };

/** No word from the lexicon carries these: the learned second opinion reads them, and its clause is marked. */
const UNWORDED: Record<Lang, string> = {
  'zh-Hans': '你们这办事效率，我算是见识到了。',
  'zh-Hant': '講好三日到，而家一個禮拜都冇消息。',
  en: "I've been chasing this since Monday and still nothing from your side.",
};
export const LearnedReading: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))">
    ${LANGS.map((lang) => html`<div lang=${lang}><rp-empathy-panel text=${UNWORDED[lang]}></rp-empathy-panel></div>`)}
  </div>`,
};

function nextMessage(event: Event): void {
  const root = (event.currentTarget as HTMLElement).closest('.live')!;
  const panel = root.querySelector<RpEmpathyPanel>('rp-empathy-panel')!;
  const script = SCRIPT[normalizeLang(root.getAttribute('data-lang'))];
  const shown = Math.min(script.length, (panel.messages?.length ?? 0) + 1);
  panel.messages = script.slice(0, shown);
  const log = root.querySelector('ol')!;
  log.replaceChildren(
    ...panel.messages.map((m) => {
      const li = document.createElement('li');
      li.textContent = `${m.author === 'customer' ? '👤' : '🎧'} ${m.text}`;
      return li;
    }),
  );
  (event.currentTarget as HTMLButtonElement).disabled = shown >= script.length;
}

/** Press the button to add the next message and watch the reading, trend and suggestions follow. */
export const LiveConversation: Story = {
  render: (_args, context) => {
    const lang = normalizeLang((context.parameters.lang as string | undefined) ?? (context.globals.locale as string | undefined));
    return html`<div class="live" data-lang=${lang} style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); max-width: 64rem">
      <div>
        <button type="button" @click=${nextMessage}>${lang === 'en' ? 'Next message' : lang === 'zh-Hant' ? '下一則訊息' : '下一条消息'}</button>
        <ol style="padding-inline-start: 1.25rem">
          <li>👤 ${SCRIPT[lang][0]!.text}</li>
        </ol>
      </div>
      <rp-empathy-panel customer-name=${NAMES[lang][0]} honorific=${NAMES[lang][1]} .messages=${SCRIPT[lang].slice(0, 1)}></rp-empathy-panel>
    </div>`;
  },
};

/** A 320 px console sidebar: one column. */
export const Compact: Story = {
  render: (_args, context) => {
    const lang = normalizeLang(context.globals.locale as string | undefined);
    return html`<div style="width: 320px"><rp-empathy-panel .messages=${SCRIPT[lang].slice(0, 5)}></rp-empathy-panel></div>`;
  },
};

/** A wide pane: the reading beside the suggestions. */
export const Wide: Story = {
  render: (_args, context) => {
    const lang = normalizeLang(context.globals.locale as string | undefined);
    return html`<div style="width: 960px; max-width: 100%">
      <rp-empathy-panel customer-name=${NAMES[lang][0]} honorific=${NAMES[lang][1]} .messages=${SCRIPT[lang].slice(0, 5)}></rp-empathy-panel>
    </div>`;
  },
};

export const CompactDark: Story = { ...Compact, parameters: { theme: 'dark' } };
export const WideDark: Story = { ...Wide, parameters: { theme: 'dark' } };

/** The host’s analyser is still working. */
export const Loading: Story = {
  render: () => {
    const never: EmpathyAnalyzer = () => new Promise(() => {});
    return html`<div style="max-width: 40rem"><rp-empathy-panel .analyzer=${never} text=${MESSAGES.en.angry}></rp-empathy-panel></div>`;
  },
};

/** The host’s analyser failed: the panel says so and shows the built-in reading. */
export const Fallback: Story = {
  render: () => {
    const failing: EmpathyAnalyzer = () => Promise.reject(new Error('analyser unavailable'));
    return html`<div style="max-width: 40rem"><rp-empathy-panel .analyzer=${failing} text=${MESSAGES['zh-Hans'].angry}></rp-empathy-panel></div>`;
  },
};

/** A perfectionist customer: the hint, its evidence, and the override. */
export const TemperamentHint: Story = {
  render: () => html`<div style="max-width: 56rem" lang="zh-Hans">
    <rp-empathy-panel
      customer-name="李"
      honorific="女士"
      .messages=${[
        { author: 'customer', text: '你好，我的订单应该昨天到的，按合同规定应该赔偿' },
        { author: 'agent', text: '您好' },
        { author: 'customer', text: '你们应该按标准流程处理，这不专业！' },
      ]}
    ></rp-empathy-panel>
  </div>`,
};

/** The sector decides the concrete options and the reference asked for: a traveller gets rebooking, not express delivery. */
export const Sectors: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); max-width: 72rem">
    <rp-empathy-panel lang="en" customer-name="Lee" honorific="Ms" text="My flight got cancelled and nobody told me. I have a wedding tomorrow, what do I do??"></rp-empathy-panel>
    <rp-empathy-panel lang="zh-Hans" customer-name="王" honorific="Mr" text="宽带又断了三天，我在家办公根本没法上网，明天还有个重要的视频会议怎么办？"></rp-empathy-panel>
    <rp-empathy-panel lang="zh-Hant" customer-name="陳" honorific="小姐" text="信用卡被盜刷了兩筆，我完全沒有消費，現在很擔心，要怎麼處理？"></rp-empathy-panel>
  </div>`,
};
