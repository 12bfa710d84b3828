import '../src/index.js';
import { createAcceleratedClock, normalizeLang, type Lang, type RpProvider } from '../src/index.js';
import { demoTickets } from './tickets.js';

const UI: Record<Lang, Record<string, string>> = {
  'zh-Hans': { title: '坐席工作台演示', language: '语言', theme: '主题', speed: '时间倍速', queue: '工单队列', ticket: '工单', customer: '客户', subject: '问题', priority: '优先级', sla: '服务时限', events: '事件记录', low: '低', normal: '普通', high: '高', urgent: '紧急' },
  'zh-Hant': { title: '客服工作台示範', language: '語言', theme: '主題', speed: '時間倍速', queue: '案件佇列', ticket: '案件', customer: '客戶', subject: '問題', priority: '優先順序', sla: '服務時限', events: '事件紀錄', low: '低', normal: '一般', high: '高', urgent: '緊急' },
  en: { title: 'agent console demo', language: 'Language', theme: 'Theme', speed: 'Clock speed', queue: 'Ticket queue', ticket: 'Ticket', customer: 'Customer', subject: 'Subject', priority: 'Priority', sla: 'Service levels', events: 'Event log', low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
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
