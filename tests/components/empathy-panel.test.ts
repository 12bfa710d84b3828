import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/empathy-panel/empathy-panel.js';
import type { RpEmpathyPanel, EmpathyAnalyzer } from '../../src/components/empathy-panel/empathy-panel.js';
import { announcements } from '../../src/internal/announcer.js';
import { EMOTIONS, type ConversationMessage, type Emotion, type EmotionFlags, type EmotionReading, type MessageReading } from '../../src/core/emotion/index.js';
import type { Lang } from '../../src/core/lang.js';
import type { HostPhrases } from '../../src/core/suggest/index.js';

const NO_FLAGS: EmotionFlags = { complaint: false, escalation: false, hostile: false, safety: false };

/** A host reading whose cues point at `words` inside `text`. */
function hostReading(text: string, emotion: Emotion, words: string[] = [], flags: Partial<EmotionFlags> = {}, lang: Lang = 'en', intensity = 0.7): EmotionReading {
  const scores = Object.fromEntries(EMOTIONS.map((e) => [e, e === emotion ? intensity : 0])) as Record<Emotion, number>;
  const cues = words
    .map((word) => ({ word, start: text.indexOf(word) }))
    .filter((w) => w.start >= 0)
    .map(({ word, start }) => ({ kind: 'keyword', text: word, start, end: start + word.length, emotion, weight: 1 }));
  return { lang, emotion, intensity: emotion === 'neutral' ? 0 : intensity, scores, cues, flags: { ...NO_FLAGS, ...flags } };
}

const customer = (text: string): ConversationMessage => ({ author: 'customer', text });
const agent = (text: string): ConversationMessage => ({ author: 'agent', text });
const $ = (el: RpEmpathyPanel, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: RpEmpathyPanel, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (el: RpEmpathyPanel, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function record(el: HTMLElement, type: string) {
  const seen: any[] = [];
  el.addEventListener(type, (e) => seen.push((e as CustomEvent).detail));
  return seen;
}

function captureWarnings() {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  return { warnings, restore: () => (console.warn = original) };
}

describe('<rp-empathy-panel> reading', () => {
  const samples: Record<Emotion, string> = {
    angry: 'This is ridiculous, I am furious!',
    anxious: 'Please hurry, I need it today, I am so worried',
    confused: 'I do not understand what this charge means',
    disappointed: 'I am really disappointed with the quality',
    neutral: 'Where is my order?',
    satisfied: 'Thank you, that fixed it, great service',
  };
  const labels: Record<Emotion, string> = { angry: 'Angry', anxious: 'Anxious', confused: 'Confused', disappointed: 'Disappointed', neutral: 'Calm', satisfied: 'Satisfied' };

  for (const emotion of EMOTIONS) {
    it(`shows ${emotion} with its icon, label, meter and suggestions`, async () => {
      const message = samples[emotion];
      const analyzer: EmpathyAnalyzer = (t) => hostReading(t, emotion, [message.split(' ')[1]!]);
      const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer} text=${message}></rp-empathy-panel>`);
      expect(text(el, '[part="label"]')).to.equal(labels[emotion]);
      expect($(el, '[part="header"]')!.dataset.emotion).to.equal(emotion);
      expect($(el, '[part="icon"]')).to.exist;
      const meter = $(el, 'meter') as HTMLMeterElement;
      expect(meter.value).to.equal(emotion === 'neutral' ? 0 : 0.7);
      expect(meter.textContent!.trim()).to.equal(emotion === 'neutral' ? '0%' : '70%');
      expect($$(el, '[data-group="move-acknowledge"] [part="suggestion"]').length).to.be.greaterThan(0);
      expect($$(el, '[data-group="move-care"] [part="suggestion"]').length).to.be.greaterThan(0);
      expect(el.matches(':state(ready)')).to.be.true;
    });
  }

  it('uses the built-in analyser by default and marks the customer’s cue words', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel text="这是我第三次打电话了，再不解决我就投诉！！！"></rp-empathy-panel>`);
    expect(el.reading!.emotion).to.equal('angry');
    const marks = $$(el, 'mark[part="cue"]').map((m) => m.textContent);
    expect(marks).to.include.members(['第三次', '投诉']);
    expect(text(el, '[part="message"]')).to.equal('这是我第三次打电话了，再不解决我就投诉！！！');
    expect($$(el, '[part="flag"]').map((f) => f.dataset.flag)).to.include('complaint');
    const why = $$(el, '[part="hint"]').map((h) => h.textContent).join(' ');
    expect(why).to.include('第三次');
    // Rule cues win the marking over the learned opinion's clause around them.
    expect(marks).to.not.include('这是我第三次打电话了');
  });

  it('marks the learned opinion’s clause, titled in the page’s language, where no rule word is', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="zh-Hant"><rp-empathy-panel text="講好三日到，而家一個禮拜都冇消息。"></rp-empathy-panel></div>`);
    const panel = wrap.querySelector('rp-empathy-panel') as RpEmpathyPanel;
    await panel.updateComplete;
    expect(panel.reading!.emotion).to.not.equal('neutral');
    const mark = $$(panel, 'mark[part="cue"]').find((m) => m.dataset.kind === 'learned');
    expect(mark?.textContent).to.equal('而家一個禮拜都冇消息');
    expect(mark?.title).to.include('標註');
    // In English, where a rule word sits inside the clause, the word is marked instead.
    const en = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel text="I've been chasing this since Monday and still nothing from your side."></rp-empathy-panel>`);
    expect(en.reading!.emotion).to.equal('angry');
    expect($$(en, 'mark[part="cue"]').map((m) => m.dataset.kind)).to.deep.equal(['keyword']);
  });

  it('shows every flag as a badge, and safety as a banner', async () => {
    const message = 'Get your manager, you idiots, there is smoke everywhere';
    const analyzer: EmpathyAnalyzer = (t) => hostReading(t, 'angry', ['manager', 'idiots', 'smoke'], { complaint: true, escalation: true, hostile: true, safety: true });
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer} text=${message}></rp-empathy-panel>`);
    expect($$(el, '[part="flag"]').map((f) => f.dataset.flag)).to.deep.equal(['complaint', 'escalation', 'hostile', 'safety']);
    expect(text(el, '[part="safety"]')).to.include('Safety concern');
    expect(el.matches(':state(safety)')).to.be.true;
    expect($(el, '[part="escalation"]')!.dataset.cause).to.equal('safety');
    expect($(el, '[data-group="options"]')).to.equal(null);
    expect(announcements().join(' ')).to.include('Safety concern in the customer’s message.');
  });

  it('draws the trend across the conversation with a text alternative', async () => {
    const el = await fixture<RpEmpathyPanel>(
      html`<rp-empathy-panel lang="en" .messages=${[customer('Hi, my parcel has not arrived yet.'), agent('Let me check.'), customer('This is RIDICULOUS!!! Where is it?!')]}></rp-empathy-panel>`,
    );
    const svgEl = $(el, '[part="trend"] svg')!;
    expect(svgEl.getAttribute('role')).to.equal('img');
    expect(svgEl.getAttribute('aria-label')).to.equal('Trend across 2 messages: getting more upset');
    expect(svgEl.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(2);
  });

  it('shows the empty state before the customer writes', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .messages=${[agent('Hello!')]}></rp-empathy-panel>`);
    expect(text(el, '[part="notice"]')).to.equal('No customer message yet.');
    expect(el.matches(':state(empty)')).to.be.true;
    await expect(el).to.be.accessible();
  });
});

describe('<rp-empathy-panel> follows the conversation', () => {
  const marks = (el: RpEmpathyPanel) => $$(el, 'mark[part="cue"]').map((m) => m.textContent);
  const points = (el: RpEmpathyPanel) => $(el, '[part="trend"] polyline')?.getAttribute('points')?.split(' ').length ?? 0;
  const flags = (el: RpEmpathyPanel) => $$(el, '[part="flag"]').map((f) => f.dataset.flag);

  it('reads an appended message, and only the conversation it is given', async () => {
    const chat = [customer('Hello, I would like to check my order status.'), agent('Let me check.')];
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .messages=${chat}></rp-empathy-panel>`);
    expect(text(el, '[part="label"]')).to.equal('Calm');
    expect(points(el)).to.equal(0);
    el.messages = [...chat, customer('This is RIDICULOUS!!! I am furious!')];
    await el.updateComplete;
    expect(text(el, '[part="message"]')).to.equal('This is RIDICULOUS!!! I am furious!');
    expect(text(el, '[part="label"]')).to.equal('Angry');
    expect(marks(el)).to.include('furious');
    expect(points(el)).to.equal(2);
    expect($(el, '[part="trend"]')!.dataset.trend).to.equal('rising');
    expect((el.reading as MessageReading).messageIndex).to.equal(2);
    el.messages = [...chat, customer('This is RIDICULOUS!!! I am furious!'), agent('I am sorry.'), customer('ok, thanks, that fixed it')];
    await el.updateComplete;
    expect(text(el, '[part="message"]')).to.equal('ok, thanks, that fixed it');
    expect(text(el, '[part="label"]')).to.equal('Satisfied');
    expect(points(el)).to.equal(3);
    expect(marks(el)).to.not.include('furious');
  });

  it('reads a message edited in place, whether the host gives a new message or changes the old one', async () => {
    const chat = [customer('你好，想查一下订单'), agent('3到5个工作日'), customer('我问的是退款什么时候到账')];
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="zh-Hans" .messages=${chat}></rp-empathy-panel>`);
    expect(flags(el)).to.not.include('complaint');
    // An earlier message now says what the latest restates: a demand repeated after it was answered.
    const edited = [customer('我的退款什么时候到账？'), ...chat.slice(1)];
    el.messages = edited;
    await el.updateComplete;
    expect(flags(el)).to.include('complaint');
    expect(el.suggestions!.flags.complaint).to.be.true;
    // The same message objects, one changed in place, in a new array.
    edited[2]!.text = '太离谱了！！！我真的很生气！';
    el.messages = [...edited];
    await el.updateComplete;
    expect(text(el, '[part="message"]')).to.equal('太离谱了！！！我真的很生气！');
    expect(el.reading!.emotion).to.equal('angry');
    expect(marks(el)).to.include('生气');
    expect(flags(el)).to.not.include('complaint');
  });

  it('redraws lines that read the same when the agent’s language changes', async () => {
    const chat = [customer('I am really disappointed with the quality')];
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .messages=${chat}></rp-empathy-panel>`);
    const lines = $$(el, '[part="suggestion"] .text').map((t) => t.textContent);
    expect($$(el, '[part="insert"]').map((b) => b.textContent)).to.include('Insert');
    el.setAttribute('lang', 'zh-Hans');
    el.messages = [...chat];
    await el.updateComplete;
    // The replies stay in the customer's language; the agent's controls follow the page.
    expect($$(el, '[part="suggestion"] .text').map((t) => t.textContent)).to.deep.equal(lines);
    expect([...new Set($$(el, '[part="insert"]').map((b) => b.textContent))]).to.deep.equal(['插入']);
    expect([...new Set($$(el, '[part="copy"]').map((b) => b.textContent!.trim()))]).to.deep.equal(['复制']);
    expect(text(el, '[part="avoid"] .instead')).to.include('改为');
    expect(text(el, '[part="temperament"] select option')).to.equal('按系统推测');
  });

  it('reads the conversation again when a message is removed, down to the empty state', async () => {
    const chat = [customer('Thank you, that fixed it, great service'), agent('Glad to help!'), customer('I want to speak to your manager NOW.')];
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .messages=${chat}></rp-empathy-panel>`);
    expect(flags(el)).to.include('escalation');
    expect($(el, '[part="escalation"]')).to.exist;
    el.messages = chat.slice(0, 2);
    await el.updateComplete;
    expect(text(el, '[part="message"]')).to.equal('Thank you, that fixed it, great service');
    expect(text(el, '[part="label"]')).to.equal('Satisfied');
    expect(flags(el)).to.deep.equal([]);
    expect($(el, '[part="escalation"]')).to.equal(null);
    expect(points(el)).to.equal(0);
    el.messages = [chat[1]!];
    await el.updateComplete;
    expect(el.matches(':state(empty)')).to.be.true;
    expect(el.reading).to.equal(null);
    expect(text(el, '[part="notice"]')).to.equal('No customer message yet.');
  });
});

describe('<rp-empathy-panel> untrusted text', () => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">I am furious',
    '<script>window.__pwned=1</script>投诉！！！',
    '"><svg onload="window.__pwned=1"></svg> ridiculous',
    '<a href="javascript:alert(1)">click</a>',
  ];
  for (const payload of payloads) {
    it(`renders ${JSON.stringify(payload.slice(0, 24))}… as text`, async () => {
      const analyzer: EmpathyAnalyzer = (t) => hostReading(t, 'angry', ['<img', 'onerror', '<script>', 'svg', 'href']);
      const el = await fixture<RpEmpathyPanel>(
        html`<rp-empathy-panel lang="en" customer-name=${'<b>x</b>'} .analyzer=${analyzer} .messages=${[customer(payload)]}></rp-empathy-panel>`,
      );
      const message = $(el, '[part="message"]')!;
      expect(message.textContent).to.equal(payload);
      expect(message.querySelector('img, script, svg, a, b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img, script, a, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(Array.from(message.children).every((c) => c.tagName === 'MARK')).to.be.true;
    });
  }
});

describe('<rp-empathy-panel> insert, copy and escalation', () => {
  it('Insert fires rp-suggestion-pick with the text, its move and the source', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" customer-name="Lee" honorific="Ms" text="This is ridiculous, I am furious!"></rp-empathy-panel>`);
    const first = $(el, '[data-group="move-acknowledge"] [part="suggestion"]')!;
    const button = first.querySelector<HTMLButtonElement>('[part="insert"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'rp-suggestion-pick');
    expect(event.detail).to.deep.equal({ text: first.querySelector('.text')!.textContent, move: 'acknowledge', source: 'empathy-panel' });
    expect(event.detail.text.startsWith('Ms Lee, ')).to.be.true;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    // The inserted line stays on screen until the conversation moves on, then is not offered again.
    const id = first.dataset.id!;
    expect($(el, `[data-id="${id}"]`)).to.exist;
    el.messages = [customer('This is ridiculous, I am furious!'), customer('This is ridiculous, I am furious!!')];
    await el.updateComplete;
    expect($(el, `[data-id="${id}"]`)).to.equal(null);
  });

  it('inserts the options template as one message', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" text="I am really disappointed with the quality"></rp-empathy-panel>`);
    const seen = record(el, 'rp-suggestion-pick');
    $(el, '[data-group="options"] [part="insert"]')!.click();
    expect(seen[0].move).to.equal('options');
    expect(seen[0].text.split('\n').length).to.be.at.least(4);
  });

  it('Copy writes to the clipboard, and falls back gracefully when it is refused', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" text="Where is my order?"></rp-empathy-panel>`);
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const copy = $(el, '[part="copy"]') as HTMLButtonElement;
      copy.click();
      await waitUntil(() => copy.textContent!.trim() === 'Copied');
      expect(copied).to.equal($(el, '.suggestion .text')!.textContent);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      const second = $$(el, '[part="copy"]')[1] as HTMLButtonElement;
      second.click();
      await waitUntil(() => second.textContent!.trim() === 'Copied' || !!$(el, '.copy-failed'));
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('fires rp-escalation-request when the agent acts on the advice', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" text="I want to speak to your manager NOW. This is ridiculous!"></rp-empathy-panel>`);
    const advice = $(el, '[part="escalation"]')!;
    expect(advice.textContent).to.include('someone in charge');
    const button = advice.querySelector('button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'rp-escalation-request');
    expect(event.detail.causes[0]).to.equal('escalation');
    expect(event.detail.source).to.equal('empathy-panel');
    expect(event.detail.flags.escalation).to.be.true;
    await el.updateComplete;
    expect(button.disabled).to.be.true;
    expect(button.textContent!.trim()).to.equal('Escalation requested');
  });

  it('offers no escalation to a calm customer', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" text="Where is my order?"></rp-empathy-panel>`);
    expect($(el, '[part="escalation"]')).to.equal(null);
  });
});

describe('<rp-empathy-panel> rp-emotion-change', () => {
  const table: Record<string, [Emotion, Partial<EmotionFlags>]> = {
    'hello there': ['neutral', {}],
    'this is bad': ['angry', {}],
    'this is still bad': ['angry', {}],
    'I will complain': ['angry', { complaint: true }],
  };
  const analyzer: EmpathyAnalyzer = (t) => hostReading(t, table[t]![0], [], table[t]![1]);

  it('fires when the dominant emotion or a flag changes, and announces a new emotion', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer}></rp-empathy-panel>`);
    const seen = record(el, 'rp-emotion-change');
    const chat = [customer('hello there')];
    el.messages = [...chat];
    await el.updateComplete;
    expect(seen.map((d) => [d.previousEmotion, d.emotion])).to.deep.equal([[null, 'neutral']]);
    chat.push(agent('Hi!'), customer('this is bad'));
    el.messages = [...chat];
    await el.updateComplete;
    expect(seen.at(-1)).to.include({ previousEmotion: 'neutral', emotion: 'angry', source: 'analyzer' });
    expect(announcements().join(' ')).to.include('Customer now seems angry.');
    chat.push(customer('this is still bad'));
    el.messages = [...chat];
    await el.updateComplete;
    expect(seen).to.have.length(2);
    chat.push(customer('I will complain'));
    el.messages = [...chat];
    await el.updateComplete;
    expect(seen).to.have.length(3);
    expect(seen[2].flags.complaint).to.be.true;
    expect(seen[2].previousFlags.complaint).to.be.false;
  });
});

describe('<rp-empathy-panel> host analyser', () => {
  it('shows a loading state while an async analyser works, then its reading', async () => {
    let resolve!: (r: EmotionReading) => void;
    const analyzer: EmpathyAnalyzer = () => new Promise((r) => (resolve = r));
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer} text="the box arrived crushed"></rp-empathy-panel>`);
    expect(el.matches(':state(pending)')).to.be.true;
    expect($(el, '[role="status"]')!.textContent).to.equal('Reading the message…');
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="body"]')).to.equal(null);
    await expect(el).to.be.accessible();
    resolve(hostReading('the box arrived crushed', 'disappointed', ['crushed']));
    await waitUntil(() => el.matches(':state(ready)'));
    await el.updateComplete;
    expect(text(el, '[part="label"]')).to.equal('Disappointed');
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal(['crushed']);
  });

  it('falls back to the built-in reading when the analyser rejects, and says so', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${() => Promise.reject(new Error('503'))} text="This is ridiculous, I am furious!"></rp-empathy-panel>`);
      await waitUntil(() => el.matches(':state(fallback)'));
      await el.updateComplete;
      expect(text(el, '.fallback')).to.include('built-in reading');
      expect(el.reading!.emotion).to.equal('angry');
      expect(warnings.some((w) => String(w[0]).includes('host analyser failed'))).to.be.true;
    } finally {
      restore();
    }
  });

  it('falls back when the analyser throws or returns something that is not a reading', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const invalid = [{ emotion: 'furious' }, { ...hostReading('x', 'angry'), intensity: 7 }, null, 'angry'];
      for (const value of invalid) {
        const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${() => value as never} text="Thank you, great service"></rp-empathy-panel>`);
        expect(el.matches(':state(fallback)'), JSON.stringify(value)).to.be.true;
        expect($(el, '.fallback')).to.exist;
      }
      const thrower = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${() => { throw new Error('boom'); }} text="hi"></rp-empathy-panel>`);
      expect(thrower.matches(':state(fallback)')).to.be.true;
      expect(warnings.length).to.be.greaterThan(0);
    } finally {
      restore();
    }
  });

  it('ignores a late answer for a message that is no longer the latest', async () => {
    const pending: Array<(r: EmotionReading) => void> = [];
    const analyzer: EmpathyAnalyzer = () => new Promise((r) => pending.push(r));
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer} .messages=${[customer('first')]}></rp-empathy-panel>`);
    el.messages = [customer('first'), customer('second')];
    await el.updateComplete;
    pending[1]!(hostReading('second', 'satisfied'));
    await waitUntil(() => el.matches(':state(ready)'));
    pending[0]!(hostReading('first', 'angry'));
    await new Promise((r) => setTimeout(r));
    expect(el.reading!.emotion).to.equal('satisfied');
  });

  it('drops host cues that do not point at the text they quote', async () => {
    const analyzer: EmpathyAnalyzer = (t) => ({ ...hostReading(t, 'angry', ['late']), cues: [{ kind: 'keyword', text: 'late', start: 0, end: 4, weight: 1 }, ...hostReading(t, 'angry', ['late']).cues] });
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .analyzer=${analyzer} text="so late again"></rp-empathy-panel>`);
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal(['late']);
  });
});

describe('<rp-empathy-panel> temperament', () => {
  const chat = [customer('你好，我的订单应该昨天到的，按合同规定应该赔偿'), agent('您好'), customer('你们应该按标准流程处理，这不专业！')];

  it('shows the hint with its evidence, and the override changes the suggestions', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="zh-Hans" .messages=${chat}></rp-empathy-panel>`);
    expect(text(el, '[part="temperament"] .hint')).to.include('完美型');
    expect($$(el, '[part="temperament"] q').map((q) => q.textContent)).to.include('应该');
    expect($$(el, '[data-id^="solve.perfectionist"]')).to.have.length(1);
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'powerful';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.temperament).to.equal('powerful');
    expect($$(el, '[data-id^="solve.powerful"]')).to.have.length(1);
    expect($$(el, '[data-id^="solve.perfectionist"]')).to.have.length(0);
    select.value = 'none';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.temperament).to.equal(null);
    expect($$(el, '[data-id^="solve.powerful"]')).to.have.length(0);
  });
});

describe('<rp-empathy-panel> host phrases', () => {
  it('passes .phrases to the suggestions, and warns about skipped entries without breaking', async () => {
    const analyzer: EmpathyAnalyzer = (t) => hostReading(t, 'angry', ['broken']);
    const phrases: HostPhrases = {
      en: {
        slots: { 'ack.angry': ['{to}Acme is sorry this happened.'] },
        options: { remedy: { choices: ['a refund within 2 working days', 'a replacement sent today'] } },
      },
    };
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" customer-name="Lee" honorific="Ms" .analyzer=${analyzer} .messages=${[customer('My kettle arrived broken.')]}></rp-empathy-panel>`);
    expect(text(el, '[data-id^="ack.angry"] .text')).to.not.include('Acme');
    const seen = record(el, 'rp-suggestion-pick');
    el.phrases = phrases;
    await el.updateComplete;
    expect(text(el, '[data-id="ack.angry#h0"] .text')).to.equal('Ms Lee, Acme is sorry this happened.');
    expect($$(el, '[data-group="options"] li').map((li) => li.textContent)).to.deep.equal(['a refund within 2 working days', 'a replacement sent today']);
    $(el, '[data-id="ack.angry#h0"] [part="insert"]')!.click();
    expect(seen[0]).to.deep.equal({ text: 'Ms Lee, Acme is sorry this happened.', move: 'acknowledge', source: 'empathy-panel' });

    const { warnings, restore } = captureWarnings();
    try {
      el.phrases = { en: { slots: { 'ack.angry': [''] } } };
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(el.suggestions!.phraseIssues.map((i) => i.path)).to.deep.equal(['en.slots.ack.angry[0]', 'en.slots.ack.angry']);
    expect(String(warnings[0]?.[0])).to.include('.phrases');
    expect(text(el, '[data-id^="ack.angry"] .text')).to.not.equal('');
  });
});

describe('<rp-empathy-panel> languages, keyboard, layout and a11y', () => {
  it('speaks zh-Hans, zh-Hant and en', async () => {
    const cases: Array<[Lang, string, string, string]> = [
      ['zh-Hans', '我真的很生气，太离谱了！', '愤怒', '回应情绪'],
      ['zh-Hant', '我真的很生氣，太離譜了！', '生氣', '回應情緒'],
      ['en', 'This is ridiculous, I am furious!', 'Angry', 'Acknowledge'],
    ];
    for (const [lang, message, label, move] of cases) {
      const el = await fixture<RpEmpathyPanel>(html`<div lang=${lang}><rp-empathy-panel text=${message}></rp-empathy-panel></div>`).then((d) => d.querySelector('rp-empathy-panel')!);
      await el.updateComplete;
      expect(text(el, '[part="label"]'), lang).to.equal(label);
      expect(text(el, '[data-group="move-acknowledge"] .title'), lang).to.equal(move);
      expect(el.suggestions!.lang).to.equal(lang);
    }
  });

  it('works by keyboard: Enter inserts, Space asks for escalation', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" text="I want to speak to your manager NOW. This is ridiculous!"></rp-empathy-panel>`);
    const picks = record(el, 'rp-suggestion-pick');
    const escalations = record(el, 'rp-escalation-request');
    ($(el, '[part="insert"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(picks).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('copy');
    ($(el, '[part="escalation"] button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Space' });
    expect(escalations).to.have.length(1);
  });

  it('is one column in a 320 px sidebar and two in a wide pane', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><rp-empathy-panel lang="en" text="This is ridiculous, I am furious!"></rp-empathy-panel></div>`);
    const el = wrap.querySelector('rp-empathy-panel')!;
    await el.updateComplete;
    const columns = () => getComputedStyle($(el, '[part="base"]')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrap.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(columns()).to.equal(2);
    expect(el.scrollWidth).to.be.at.most(900);
  });

  it('passes axe with flags, escalation and suggestions, in light and in dark', async () => {
    const message = 'I want your manager NOW, you idiots. This is the third time and I will complain!!!';
    for (const scheme of ['light', 'dark']) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style=${`color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#0d1117' : '#fff'}; padding: 1rem`}>
          <rp-empathy-panel lang="en" customer-name="Lee" honorific="Ms" .messages=${[customer('Hi, my order is late.'), agent('Let me check.'), customer(message)]}></rp-empathy-panel>
        </div>`,
      );
      const el = wrap.querySelector('rp-empathy-panel')!;
      await el.updateComplete;
      ($(el, 'details') as HTMLDetailsElement).open = true;
      await expect(wrap).to.be.accessible();
    }
  });

  it('passes axe for the safety banner in dark', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark; background: #0d1117; padding: 1rem"><rp-empathy-panel lang="zh-Hans" text="我家燃气泄漏了，闻到很大的味道"></rp-empathy-panel></div>`,
    );
    const el = wrap.querySelector('rp-empathy-panel')!;
    await el.updateComplete;
    expect($(el, '[part="safety"]')).to.exist;
    await expect(wrap).to.be.accessible();
  });
});

describe('splitAtSpans (the highlighter behind the message)', () => {
  it('splits at offsets, skips bad and overlapping spans, and always joins back to the text', async () => {
    const { splitAtSpans } = await import('../../src/internal/highlight.js');
    const input = 'ab😡cd投诉';
    const spans = [
      { start: 2, end: 4 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
      { start: -1, end: 2 },
      { start: 5, end: 99 },
      { start: 1.5, end: 2 },
    ];
    const parts = splitAtSpans(input, spans);
    expect(parts.map((p) => p.text).join('')).to.equal(input);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).to.deep.equal(['😡', '投诉']);
    expect(splitAtSpans('', [])).to.deep.equal([{ text: '', start: 0, mark: null }]);
  });
});

describe('<rp-empathy-panel> sector', () => {
  const flight = [customer('My flight got cancelled and nobody told me. I have a wedding tomorrow, what do I do??')];

  it('fits the options and the reference question to what the customer writes about', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" .messages=${flight}></rp-empathy-panel>`);
    expect(el.suggestions!.sector).to.equal('travel');
    const choices = $$(el, '[data-group="options"] li').map((li) => li.textContent ?? '').join(' | ');
    expect(choices).to.match(/flight/i).and.not.match(/delivery/i);
  });

  it('takes the host\'s sector, turns detection off with none, and warns about an unknown one', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="en" sector="telecom" .messages=${flight}></rp-empathy-panel>`);
    expect(el.suggestions!.sector).to.equal('telecom');
    el.sector = 'none';
    await el.updateComplete;
    expect(el.suggestions!.sector).to.equal(null);
    const { warnings, restore } = captureWarnings();
    try {
      el.sector = 'airline';
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(String(warnings[0]?.[0])).to.include('sector="airline"');
    expect(el.suggestions!.sector).to.equal('travel');
  });

  it('reads the sector in Chinese too', async () => {
    const el = await fixture<RpEmpathyPanel>(html`<rp-empathy-panel lang="zh-Hant" .messages=${[customer('航班被取消了都沒人通知，我明天要參加婚禮，怎麼辦？')]}></rp-empathy-panel>`);
    expect(el.suggestions!.sector).to.equal('travel');
  });
});
