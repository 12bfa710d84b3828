import '../src/index.js';
import {
  analyzeConversation,
  createAcceleratedClock,
  normalizeLang,
  type ConversationMessage,
  type Lang,
  type RpComplaintForm,
  type RpEmpathyPanel,
  type RpEscalationDialog,
  type RpProvider,
} from '../src/index.js';
import { demoTickets } from './tickets.js';

const UI: Record<Lang, Record<string, string>> = {
  'zh-Hans': { case: '当前会话：T-1042 王先生', nextMessage: '下一条客户消息', reply: '回复', send: '发送', complaint: '登记投诉', escalate: '升级处理', title: '坐席工作台演示', language: '语言', theme: '主题', speed: '时间倍速', queue: '工单队列', ticket: '工单', customer: '客户', subject: '问题', priority: '优先级', sla: '服务时限', events: '事件记录', low: '低', normal: '普通', high: '高', urgent: '紧急' },
  'zh-Hant': { case: '目前對話：T-1042 王先生', nextMessage: '下一則客戶訊息', reply: '回覆', send: '送出', complaint: '登記客訴', escalate: '轉交處理', title: '客服工作台示範', language: '語言', theme: '主題', speed: '時間倍速', queue: '案件佇列', ticket: '案件', customer: '客戶', subject: '問題', priority: '優先順序', sla: '服務時限', events: '事件紀錄', low: '低', normal: '一般', high: '高', urgent: '緊急' },
  en: { case: 'Current case: T-1042, Mr Wang', nextMessage: 'Next customer message', reply: 'Reply', send: 'Send', complaint: 'Register complaint', escalate: 'Escalate', title: 'agent console demo', language: 'Language', theme: 'Theme', speed: 'Clock speed', queue: 'Ticket queue', ticket: 'Ticket', customer: 'Customer', subject: 'Subject', priority: 'Priority', sla: 'Service levels', events: 'Event log', low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
};

const provider = document.querySelector<RpProvider>('#provider')!;
const rows = document.querySelector<HTMLTableSectionElement>('#rows')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const speedSelect = document.querySelector<HTMLSelectElement>('#speed')!;
const tickets = demoTickets(Date.now());

function lang(): Lang {
  return normalizeLang(document.documentElement.lang);
}

function renderQueue(): void {
  const text = UI[lang()];
  rows.replaceChildren(
    ...tickets.map((t) => {
      const row = document.createElement('tr');
      const cells = [t.id, t.customer, t.subject[lang()], text[t.ticket.priority]].map((value, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.scope = 'row';
        if (i === 3) cell.className = 'priority';
        cell.textContent = value;
        return cell;
      });
      const slaCell = document.createElement('td');
      const countdown = document.createElement('rp-sla-countdown');
      countdown.ticket = t.ticket;
      countdown.dataset.ticket = t.id;
      slaCell.append(countdown);
      row.append(...cells, slaCell);
      return row;
    }),
  );
}

function translateChrome(): void {
  const text = UI[lang()];
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = text[el.dataset.i18n!] ?? '';
}

for (const type of ['rp-sla-warning', 'rp-sla-breach', 'rp-sla-met'] as const) {
  provider.addEventListener(type, (event) => {
    const { kind, source } = event.detail;
    const ticketId = (event.target as HTMLElement).dataset.ticket ?? '';
    const item = document.createElement('li');
    item.textContent = `${new Date(provider.clock.now()).toLocaleTimeString()} · ${type} · ${ticketId} · ${kind} (${source})`;
    log.prepend(item);
  });
}

langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
  translateChrome();
  renderQueue();
});
themeSelect.addEventListener('change', () => {
  provider.theme = themeSelect.value as RpProvider['theme'];
});
speedSelect.addEventListener('change', () => {
  const rate = Number(speedSelect.value);
  provider.clock = createAcceleratedClock(rate, provider.clock.now());
});

langSelect.value = lang();
translateChrome();
renderQueue();

// The case pane: a conversation that unfolds message by message, the empathy panel
// reading it, the reply coach on the host's own textarea, complaint intake and escalation.
const SCRIPT = [
  '你好，我上周买的电饭煲收到就不能加热，订单号 A20261116。',
  '我已经打了好几次电话了，一直没人回复！！',
  '你们到底想怎样？再不处理我就去12315投诉，还要给差评。',
  '叫你们主管出来跟我说。',
];
const conversationList = document.querySelector<HTMLOListElement>('#conversation')!;
const panel = document.querySelector<RpEmpathyPanel>('#panel')!;
const replyBox = document.querySelector<HTMLTextAreaElement>('#reply')!;
const replyForm = document.querySelector<HTMLFormElement>('#reply-form')!;
const complaintArea = document.querySelector<HTMLDivElement>('#complaint-area')!;
const complaintForm = document.querySelector<RpComplaintForm>('rp-complaint-form')!;
const escalation = document.querySelector<RpEscalationDialog>('#escalation')!;
const messages: ConversationMessage[] = [];
let scriptIndex = 0;

function addMessage(message: ConversationMessage): void {
  messages.push(message);
  const item = document.createElement('li');
  item.className = message.author;
  item.textContent = message.text;
  conversationList.append(item);
  panel.messages = [...messages];
  complaintForm.conversation = [...messages];
}

document.querySelector('#next-message')!.addEventListener('click', () => {
  if (scriptIndex < SCRIPT.length) addMessage({ author: 'customer', text: SCRIPT[scriptIndex++]!, at: provider.clock.now() });
});
panel.addEventListener('rp-suggestion-pick', (event) => {
  replyBox.setRangeText(event.detail.text, replyBox.selectionStart, replyBox.selectionEnd, 'end');
  replyBox.dispatchEvent(new Event('input', { bubbles: true }));
  replyBox.focus();
});
replyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!replyBox.value.trim()) return;
  addMessage({ author: 'agent', text: replyBox.value.trim(), at: provider.clock.now() });
  replyBox.value = '';
  replyBox.dispatchEvent(new Event('input', { bubbles: true }));
});
document.querySelector('#open-complaint')!.addEventListener('click', () => {
  complaintArea.hidden = !complaintArea.hidden;
  complaintForm.customer = { name: '王', honorific: '先生', phone: '138 0013 8000' };
  complaintForm.references = { order: 'A20261116', ticket: 'T-1042' };
});
complaintForm.addEventListener('rp-complaint-submit', (event) => {
  event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 600)));
});
function openEscalation(): void {
  escalation.context = { reading: analyzeConversation(messages), customerText: messages.filter((m) => m.author === 'customer').map((m) => m.text).join('\n') };
  escalation.show();
}
document.querySelector('#open-escalation')!.addEventListener('click', openEscalation);
panel.addEventListener('rp-escalation-request', openEscalation);
escalation.addEventListener('rp-escalate', (event) => {
  event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 600)));
});
escalation.addEventListener('rp-suggestion-pick', (event) => {
  replyBox.value = event.detail.text;
  replyBox.dispatchEvent(new Event('input', { bubbles: true }));
});
addMessage({ author: 'customer', text: SCRIPT[scriptIndex++]!, at: provider.clock.now() });
