// Runs in Chromium (scripts/bench.mjs, `node scripts/bench.mjs empathy`): <rp-empathy-panel> given a
// 50-message conversation (mixed zh-Hans / zh-Hant / en, customer and agent), then one customer message
// appended at a time (5 rounds of 40, each from the script again); each sample times setting `.messages`
// to a new array until `updateComplete` resolves (analyse + suggest + render). Every appended text is new
// to the page, so each sample reads one message it has never seen. Inputs of the same shape are also
// timed through analyzeConversation + suggestResponses alone.
// Target (issue 4): ≤ 4 ms to re-analyse and re-render a 50-message conversation.
import '../src/components/empathy-panel/empathy-panel.js';
import type { RpEmpathyPanel } from '../src/components/empathy-panel/empathy-panel.js';
import { analyzeConversation, type ConversationMessage } from '../src/core/emotion/index.js';
import { suggestResponses } from '../src/core/suggest/index.js';

const SIZE = 50;
// Rounds of appends, each from the scripted conversation again; every appended text is new to the page.
const ROUNDS = 5;
const ITERATIONS = 40;
const WARMUP = 10;

const customer = (text: string): ConversationMessage => ({ author: 'customer', text });
const agent = (text: string): ConversationMessage => ({ author: 'agent', text });

// A realistic support chat that drifts between languages and moods, as mixed queues do.
const SCRIPT: ConversationMessage[] = [
  customer('你好，我上周五下的订单到现在还没发货，订单号是 8837261。'),
  agent('您好，感谢您的耐心等待，我马上帮您查一下订单状态。'),
  customer('好的，麻烦快一点，我周末就要用。'),
  agent('查到了，您的订单因为仓库调货延迟了两天，预计明天发出。'),
  customer('又延迟？上次也是这样，你们能不能靠谱一点！'),
  agent('非常抱歉给您带来不便，我理解您的心情。'),
  customer('这已经是第三次了，我真的很生气，我要投诉！'),
  agent('我已经为您登记投诉，并申请加急处理。'),
  customer('Hi, I ordered a blender two weeks ago and it still has not arrived.'),
  agent('Thanks for reaching out. Could you share your order number so I can check?'),
  customer("It's 55-1029. I've already given it to your colleague yesterday."),
  agent("Thank you. I can see the parcel is held at the local depot."),
  customer('Great, just great. Another week of waiting I suppose.'),
  agent("I'm sorry about the delay. I can arrange delivery for tomorrow morning."),
  customer('I need it by Friday, it is a gift. This is really urgent.'),
  agent("Understood, I've upgraded it to express delivery at no extra cost."),
  customer('請問我的退款什麼時候會到帳？已經等了十天了。'),
  agent('您好，退款已於上週處理，通常需要七到十個工作天入帳。'),
  customer('可是我一直沒收到，你們是不是忘了處理？'),
  agent('我幫您再確認一次，請稍等。'),
  customer('我不太懂這個流程，要填什麼表格嗎？'),
  agent('不用填表，我這邊會直接幫您追蹤。'),
  customer('I do not understand why I was charged twice for the same order.'),
  agent('Let me look into the duplicate charge for you right away.'),
  customer('Honestly this is the worst service I have ever had. I want to speak to a manager.'),
  agent('I understand your frustration. I will bring in my supervisor now.'),
  customer('你们客服太不专业了，我说了好几遍了还是没人解决。'),
  agent('很抱歉让您反复说明，我会把情况完整记录下来，避免您再重复。'),
  customer('算了，我也不指望你们了，真失望。'),
  agent('很遗憾这次没能让您满意，我会亲自跟进直到问题解决。'),
  customer('Thanks, that actually helps a lot. The replacement arrived today.'),
  agent("I'm glad it's sorted. Is there anything else I can help with?"),
  customer('No, that is all. Have a good day.'),
  customer('等等，我刚发现少了一个配件，充电线没在盒子里。'),
  agent('抱歉，我马上为您补发充电线，两个工作日内寄出。'),
  customer('好吧，希望这次别再出问题了。'),
  customer('Why is my account locked? I cannot log in since this morning!!'),
  agent('I can help with that. For security, could you confirm the email on the account?'),
  customer("I've told you three times already, it's the same email as always."),
  agent("Sorry for asking again. I've unlocked the account; please try now."),
  customer('It works now, thank you.'),
  customer('你們的 App 一直閃退，我根本沒辦法下單，很急！'),
  agent('抱歉造成困擾，請問您使用的是 iOS 還是 Android？'),
  customer('Android，最新版本，重裝也沒用。'),
  agent('了解，我們已知道這個問題，今晚會推出修正版本。'),
  customer('今晚？那我今天的訂單怎麼辦？'),
  agent('我可以先幫您在電腦版下單，並保留今天的優惠。'),
  customer('好，那就麻煩你了。'),
  customer('Is there any way to change the delivery address after the order is shipped?'),
  agent('Yes, I can request a redirect with the courier for you.'),
];

// Messages appended during the measurement: varied, so every append changes the reading.
const APPEND: ConversationMessage[] = [
  customer('还是没有收到，你们到底在干什么？'),
  customer('This is ridiculous, I have been waiting for an hour!'),
  customer('我不明白为什么要再付一次运费。'),
  customer('請盡快處理，我明天就要出國了。'),
  customer('OK, thanks for explaining, that makes sense now.'),
  customer('第三次打电话了，再不解决我就去消协投诉。'),
  customer("Wow, thanks for nothing. Really helpful as always."),
  customer('我有点担心，包裹显示已签收但我没拿到。'),
  customer('你們的服務真的讓我很失望。'),
  customer('Could you tell me what the next step is? I am a bit lost.'),
];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = samples.reduce((x, y) => x + y, 0) / Math.max(1, samples.length);
  const ms = (x: number) => +x.toFixed(3);
  return { n: samples.length, median: ms(at(0.5)), p95: ms(at(0.95)), p99: ms(at(0.99)), max: ms(sorted[sorted.length - 1]!), mean: ms(mean) };
}

const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/**
 * The conversation after `appends` customer messages were added to the script: its last SIZE
 * messages. Appended texts carry `tag` and their number, so no two rounds (and no two appends)
 * share a text and nothing downstream can reuse an earlier reading of the new message.
 */
function conversationAt(tag: string, appends: number): ConversationMessage[] {
  const all = [...SCRIPT];
  for (let k = 0; k < appends; k++) {
    const m = APPEND[k % APPEND.length]!;
    all.push({ author: m.author, text: `${m.text} [${tag}-${k}]` });
  }
  return all.slice(-SIZE);
}

/** Round `round`: its base conversation, then the conversations that each append one message, of which the last ITERATIONS are timed. */
function roundInputs(prefix: string, round: number): { base: ConversationMessage[]; untimed: ConversationMessage[][]; timed: ConversationMessage[][] } {
  const warmup = round === 0 ? WARMUP : 0;
  const tag = `${prefix}${round}`;
  const steps = Array.from({ length: warmup + ITERATIONS }, (_, i) => conversationAt(tag, i + 1));
  return { base: conversationAt(tag, 0), untimed: steps.slice(0, warmup), timed: steps.slice(warmup) };
}

type Hook = () => Promise<void>;
const hooks = window as unknown as { __benchBeforeMeasure?: Hook; __benchAfterMeasure?: Hook };

async function panelSamples(panel: RpEmpathyPanel, inputs: ConversationMessage[][]) {
  const total: number[] = [];
  const sync: number[] = [];
  for (const messages of inputs) {
    const t = performance.now();
    panel.messages = messages;
    // Lit batches in a microtask; willUpdate (analyse + suggest) and render run before updateComplete resolves.
    await panel.updateComplete;
    total.push(performance.now() - t);
    const t2 = performance.now();
    void panel.offsetHeight; // style + layout, reported separately
    sync.push(performance.now() - t2);
    await settle();
  }
  return { total, layout: sync };
}

function coreSamples(inputs: ConversationMessage[][]) {
  const analyse: number[] = [];
  const both: number[] = [];
  for (const messages of inputs) {
    const t = performance.now();
    const conversation = analyzeConversation(messages);
    const t1 = performance.now();
    suggestResponses(conversation, { used: messages.filter((m) => m.author === 'agent').map((m) => m.text) });
    const t2 = performance.now();
    analyse.push(t1 - t);
    both.push(t2 - t);
  }
  return { analyse, both };
}

async function run() {
  document.documentElement.lang = 'en';
  const host = document.createElement('div');
  host.style.width = '420px';
  document.body.append(host);
  const panel = document.createElement('rp-empathy-panel');
  panel.customerName = '王';
  panel.honorific = '先生';
  host.append(panel);

  // First paint of the 50-message conversation.
  const first = roundInputs('p', 0);
  const t = performance.now();
  panel.messages = first.base;
  await panel.updateComplete;
  const firstRender = performance.now() - t;
  await settle();

  const total: number[] = [];
  const layout: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { base, untimed, timed } = round === 0 ? first : roundInputs('p', round);
    panel.messages = base;
    await panel.updateComplete;
    await settle();
    await panelSamples(panel, untimed);
    if (round === 0) await hooks.__benchBeforeMeasure?.();
    const measured = await panelSamples(panel, timed);
    total.push(...measured.total);
    layout.push(...measured.layout);
  }
  await hooks.__benchAfterMeasure?.();

  // Where the time goes: the same rounds again (new texts) with willUpdate (analyse + suggest) and update (render + commit) wrapped.
  const phases = { willUpdate: [] as number[], update: [] as number[] };
  let recording = false;
  const instance = panel as unknown as Record<'willUpdate' | 'update', (changed: unknown) => void>;
  for (const phase of ['willUpdate', 'update'] as const) {
    const original = instance[phase];
    instance[phase] = function (this: unknown, changed: unknown) {
      const start = performance.now();
      original.call(this, changed);
      if (recording) phases[phase].push(performance.now() - start);
    };
  }
  for (let round = ROUNDS; round < 2 * ROUNDS; round++) {
    const { base, timed } = roundInputs('p', round);
    panel.messages = base;
    await panel.updateComplete;
    await settle();
    recording = true;
    await panelSamples(panel, timed);
    recording = false;
  }
  delete (instance as Partial<typeof instance>).willUpdate;
  delete (instance as Partial<typeof instance>).update;

  // Core alone on inputs of the same shape (their own new texts), after a warm-up pass.
  const analyse: number[] = [];
  const both: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { base, untimed, timed } = roundInputs('c', round);
    coreSamples([base, ...untimed]);
    const core = coreSamples(timed);
    analyse.push(...core.analyse);
    both.push(...core.both);
  }

  const shown = panel.suggestions;
  const sample = {
    emotion: shown?.emotion,
    flags: shown?.flags,
    lines: shown?.suggestions.length,
    firstLine: shown?.suggestions[0]?.text,
    rendered: panel.shadowRoot!.querySelectorAll('[part="suggestion"]').length,
  };
  host.remove();
  return {
    messages: SIZE,
    samples: ROUNDS * ITERATIONS,
    targetMs: 4,
    timerResolution: crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs',
    firstRenderMs: +firstRender.toFixed(3),
    panelAppendToUpdateComplete: stats(total),
    panelLayoutAfterUpdate: stats(layout),
    panelPhases: { willUpdateAnalyseSuggest: stats(phases.willUpdate), updateRenderCommit: stats(phases.update) },
    coreAnalyzeConversation: stats(analyse),
    coreAnalyzePlusSuggest: stats(both),
    sample,
  };
}

(window as any).__bench = run();
