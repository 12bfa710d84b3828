import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider/provider.js';
import '../../src/components/sla-countdown/sla-countdown.js';
import type { RpSlaCountdown } from '../../src/components/sla-countdown/sla-countdown.js';
import type { RpProvider } from '../../src/components/provider/provider.js';
import { createManualClock, type ManualClock } from '../../src/internal/clock.js';
import { ticker } from '../../src/internal/ticker.js';
import { announcements } from '../../src/internal/announcer.js';
import type { SlaTicket } from '../../src/core/sla/index.js';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 23, 2, 0); // 10:00 in Shanghai
const iso = (ms: number) => new Date(ms).toISOString();

interface Mounted {
  el: RpSlaCountdown;
  clock: ManualClock;
  provider: RpProvider;
}

async function mount(template: ReturnType<typeof html>, lang = 'en'): Promise<Mounted> {
  const clock = createManualClock(NOW);
  const provider = await fixture<RpProvider>(html`<rp-provider lang=${lang} .clock=${clock}>${template}</rp-provider>`);
  const el = provider.querySelector('rp-sla-countdown')!;
  await el.updateComplete;
  return { el, clock, provider };
}

const text = (el: RpSlaCountdown, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function advance(m: Mounted, ms: number) {
  m.clock.advance(ms);
  await m.el.updateComplete;
}

function record(el: HTMLElement, ...types: string[]) {
  const seen: Array<{ type: string; detail: any }> = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

describe('<rp-sla-countdown> with due-at', () => {
  it('shows the time left, its state as text and the due time', async () => {
    const m = await mount(html`<rp-sla-countdown label="Callback" due-at=${iso(NOW + 125 * MIN)} started-at=${iso(NOW - 60 * MIN)}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('running');
    expect(m.el.getAttribute('state')).to.equal('running');
    expect(m.el.matches(':state(running)')).to.be.true;
    expect(text(m.el, 'time')).to.equal('2 hr 5 min left');
    expect(text(m.el, 'state')).to.equal('On track');
    expect(text(m.el, 'label')).to.equal('Callback');
    expect(text(m.el, 'due')).to.match(/^Due Nov 23, 2026/);
    expect(m.el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(iso(NOW + 125 * MIN));
  });

  it('accepts epoch milliseconds', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${String(NOW + 30 * MIN)}></rp-sla-countdown>`);
    expect(text(m.el, 'time')).to.equal('30 min left');
  });

  it('enters warning inside the last quarter and breaches at the due time', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 20 * MIN)} started-at=${iso(NOW - 60 * MIN)}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('warning');
    expect(m.el.matches(':state(warning)')).to.be.true;
    await advance(m, 20 * MIN);
    expect(m.el.state).to.equal('breached');
    await advance(m, 15 * MIN + 30_000);
    expect(text(m.el, 'time')).to.equal('15 min overdue');
    // The time text says it; the state word is not repeated beside it.
    expect(text(m.el, 'state')).to.equal('');
    expect(m.el.shadowRoot!.querySelector('[part="icon"]')).to.exist;
  });

  it('counts seconds in the last minute', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 45_000)}></rp-sla-countdown>`);
    expect(text(m.el, 'time')).to.equal('45 sec left');
  });

  it('honours warn-at', async () => {
    const m = await mount(html`<rp-sla-countdown warn-at="0.5" due-at=${iso(NOW + 40 * MIN)} started-at=${iso(NOW - 60 * MIN)}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('warning');
  });

  it('fires warning and breach exactly once each, and announces them', async () => {
    const m = await mount(html`<rp-sla-countdown label="Callback" due-at=${iso(NOW + 30 * MIN)} started-at=${iso(NOW - 30 * MIN)}></rp-sla-countdown>`);
    const seen = record(m.el, 'rp-sla-warning', 'rp-sla-breach', 'rp-sla-met');
    await advance(m, 10 * MIN);
    expect(seen).to.have.length(0);
    await advance(m, 6 * MIN); // 14 min left of 60: warning
    await advance(m, 1 * MIN);
    await advance(m, 1 * MIN);
    expect(seen.map((s) => s.type)).to.deep.equal(['rp-sla-warning']);
    expect(seen[0].detail).to.include({ kind: 'deadline', label: 'Callback', previousState: 'running', source: 'tick' });
    await advance(m, 20 * MIN);
    await advance(m, 5 * MIN);
    expect(seen.map((s) => s.type)).to.deep.equal(['rp-sla-warning', 'rp-sla-breach']);
    expect(announcements().join(' ')).to.contain('Callback · Deadline: deadline passed.');
  });

  it('reports a breach that happened while the tab slept, on the next tick, without a stale warning', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 30 * MIN)} started-at=${iso(NOW - 30 * MIN)}></rp-sla-countdown>`);
    const seen = record(m.el, 'rp-sla-warning', 'rp-sla-breach');
    m.clock.advance(3 * 60 * MIN);
    await m.el.updateComplete;
    expect(seen.map((s) => s.type)).to.deep.equal(['rp-sla-breach']);
    expect(seen[0].detail.previousState).to.equal('running');
  });

  it('does not fire for a deadline that was already overdue when it appeared', async () => {
    const events: string[] = [];
    document.addEventListener('rp-sla-breach', () => events.push('breach'), { once: true });
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW - 5 * MIN)}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('breached');
    expect(events).to.deep.equal([]);
  });

  it('events bubble out of shadow roots', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 1 * MIN)}></rp-sla-countdown>`);
    setTimeout(() => m.clock.advance(2 * MIN));
    const event = await oneEvent(m.provider, 'rp-sla-breach');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
  });
});

describe('<rp-sla-countdown> with a ticket', () => {
  const ticket = (extra: SlaTicket['events'] = []): SlaTicket => ({
    priority: 'urgent',
    events: [{ type: 'created', at: NOW - 5 * MIN }, ...extra],
  });

  it('shows the most urgent target and lists the others on expand', async () => {
    const m = await mount(html`<rp-sla-countdown label="T-1042" .ticket=${ticket()}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('running');
    expect(m.el.shadowRoot!.querySelector('.kind')!.textContent).to.equal('First response');
    expect(text(m.el, 'time')).to.equal('10 min left');
    const toggle = m.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const list = m.el.shadowRoot!.querySelector<HTMLUListElement>('[part="others"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(list).display).to.equal('none');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await m.el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list).display).to.not.equal('none');
    expect(m.el.expanded).to.be.true;
    await sendKeys({ press: 'Space' });
    await m.el.updateComplete;
    expect(getComputedStyle(list).display).to.equal('none');
    toggle.click();
    await m.el.updateComplete;
    expect(list.textContent!.replace(/\s+/g, ' ')).to.contain('Resolution').and.contain('3 hr 55 min left');
    expect(m.el.status!.targets.map((t) => t.kind)).to.deep.equal(['firstResponse', 'resolution']);
  });

  it('fires rp-sla-met when the host adds the agent reply', async () => {
    const m = await mount(html`<rp-sla-countdown .ticket=${ticket()}></rp-sla-countdown>`);
    const seen = record(m.el, 'rp-sla-met');
    m.el.ticket = ticket([{ type: 'agent-reply', at: NOW - 1 * MIN }]);
    await m.el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0].detail).to.include({ kind: 'firstResponse', source: 'update', previousState: 'running' });
    expect(seen[0].detail.target.state).to.equal('met');
  });

  it('fires rp-sla-met for an update cycle that a new reply met and replaced', async () => {
    const first = [{ type: 'agent-reply' as const, at: NOW - 4 * MIN }];
    const m = await mount(html`<rp-sla-countdown .ticket=${ticket(first)}></rp-sla-countdown>`);
    const seen = record(m.el, 'rp-sla-met');
    m.el.ticket = ticket([...first, { type: 'agent-reply', at: NOW - 1 * MIN }]);
    await m.el.updateComplete;
    expect(seen.map((e) => [e.detail.kind, e.detail.target.state, e.detail.target.startedAt])).to.deep.equal([
      ['periodicUpdate', 'met', NOW - 4 * MIN],
    ]);
    // The same reading again reports nothing new.
    m.el.ticket = ticket([...first, { type: 'agent-reply', at: NOW - 1 * MIN }]);
    await m.el.updateComplete;
    expect(seen).to.have.length(1);
  });

  it('shows paused time while waiting on the customer', async () => {
    const m = await mount(
      html`<rp-sla-countdown
        .ticket=${ticket([
          { type: 'agent-reply', at: NOW - 4 * MIN },
          { type: 'status', at: NOW - 3 * MIN, status: 'pending' },
        ])}
      ></rp-sla-countdown>`,
    );
    expect(m.el.state).to.equal('paused');
    expect(text(m.el, 'state')).to.equal('Paused');
    // Resolution (urgent: 4 h) ran 2 min before the pause; it is the most urgent paused target.
    expect(text(m.el, 'time')).to.equal('3 hr 58 min left');
    expect(m.el.status!.next!.kind).to.equal('resolution');
  });

  it('uses the provider\'s policy when given none of its own', async () => {
    const clock = createManualClock(NOW);
    const policy = { targets: { urgent: { firstResponse: 60 } } };
    const provider = await fixture<RpProvider>(
      html`<rp-provider lang="en" .clock=${clock} .slaPolicy=${policy}><rp-sla-countdown .ticket=${ticket()}></rp-sla-countdown></rp-provider>`,
    );
    const el = provider.querySelector('rp-sla-countdown')!;
    await el.updateComplete;
    expect(text(el, 'time')).to.equal('55 min left');
    expect(el.shadowRoot!.querySelector('[part="toggle"]')).to.be.null;
  });
});

describe('<rp-sla-countdown> languages', () => {
  const cases = [
    ['zh-Hans', '剩余 2小时5分钟', '已超时 15分钟', '即将到期'],
    ['zh-Hant', '剩餘 2 小時 5 分鐘', '已逾時 15 分鐘', '即將到期'],
    ['en', '2 hr 5 min left', '15 min overdue', 'Due soon'],
  ] as const;
  for (const [lang, left, overdue, warning] of cases) {
    it(`speaks ${lang}`, async () => {
      const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 125 * MIN)}></rp-sla-countdown>`, lang);
      expect(text(m.el, 'time')).to.equal(left);
      await advance(m, 140 * MIN);
      expect(text(m.el, 'time')).to.equal(overdue);
      const w = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 5 * MIN)} started-at=${iso(NOW - 60 * MIN)}></rp-sla-countdown>`, lang);
      expect(text(w.el, 'state')).to.equal(warning);
    });
  }

  it('follows the nearest lang attribute when it changes', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 30 * MIN)}></rp-sla-countdown>`, 'en');
    m.provider.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await m.el.updateComplete;
    expect(text(m.el, 'time')).to.equal('剩餘 30 分鐘');
    m.el.setAttribute('lang', 'zh-CN');
    await m.el.updateComplete;
    expect(text(m.el, 'time')).to.equal('剩余 30分钟');
  });
});

describe('<rp-sla-countdown> bad input', () => {
  let warnings: unknown[][];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('shows a localized invalid state and warns once for an unreadable due-at', async () => {
    const m = await mount(html`<rp-sla-countdown due-at="tomorrow at six"></rp-sla-countdown>`, 'zh-Hans');
    expect(m.el.state).to.equal('invalid');
    expect(m.el.matches(':state(invalid)')).to.be.true;
    expect(text(m.el, 'state')).to.equal('截止时间无效');
    expect(text(m.el, 'hint')).to.contain('无法读取截止时间');
    m.clock.advance(MIN);
    await m.el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('due-at="tomorrow at six"');
  });

  it('rejects a start after the due time and an offset-less time', async () => {
    const a = await mount(html`<rp-sla-countdown due-at=${iso(NOW)} started-at=${iso(NOW + MIN)}></rp-sla-countdown>`);
    expect(a.el.state).to.equal('invalid');
    const b = await mount(html`<rp-sla-countdown due-at="2026-11-23T18:00:00"></rp-sla-countdown>`);
    expect(b.el.state).to.equal('invalid');
  });

  it('survives a broken ticket and recovers when given a good one', async () => {
    const m = await mount(html`<rp-sla-countdown></rp-sla-countdown>`);
    expect(m.el.state).to.equal('none');
    for (const bad of [null, {}, 'T-1', { priority: 'asap', events: [] }, { priority: 'high', events: [{ type: 'created', at: 'soon' }] }]) {
      m.el.ticket = bad as unknown as SlaTicket;
      await m.el.updateComplete;
      expect(m.el.state, JSON.stringify(bad)).to.equal('invalid');
    }
    expect(warnings.length).to.be.greaterThan(0);
    m.el.ticket = { priority: 'high', events: [{ type: 'created', at: NOW }] };
    await m.el.updateComplete;
    expect(m.el.state).to.equal('running');
  });

  it('ignores an out-of-range warn-at with a warning', async () => {
    const m = await mount(html`<rp-sla-countdown warn-at="7" due-at=${iso(NOW + 20 * MIN)} started-at=${iso(NOW - 60 * MIN)}></rp-sla-countdown>`);
    expect(m.el.state).to.equal('warning');
    expect(warnings.some((w) => String(w[0]).includes('warn-at'))).to.be.true;
  });
});

describe('<rp-sla-countdown> keyboard and accessibility', () => {
  it('reveals the due time when the countdown gets keyboard focus', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 30 * MIN)}></rp-sla-countdown>`);
    const time = m.el.shadowRoot!.querySelector<HTMLElement>('[part="time"]')!;
    const due = m.el.shadowRoot!.querySelector<HTMLElement>('[part="due"]')!;
    expect(getComputedStyle(due).visibility).to.equal('hidden');
    expect(time.tabIndex).to.equal(0);
    time.focus();
    expect(getComputedStyle(due).visibility).to.equal('visible');
    expect(time.getAttribute('aria-describedby')).to.equal(due.id);
  });

  for (const [name, dueOffset, startOffset] of [
    ['running', 120, -10],
    ['warning', 5, -60],
    ['breached', -5, -60],
  ] as const) {
    it(`is accessible when ${name}, light and dark`, async () => {
      const m = await mount(html`<rp-sla-countdown label="T-1" due-at=${iso(NOW + dueOffset * MIN)} started-at=${iso(NOW + startOffset * MIN)}></rp-sla-countdown>`);
      expect(m.el.state).to.equal(name);
      await expect(m.el).to.be.accessible();
      // A dark theme assumes a dark page behind the element, as a host's dark console has.
      m.provider.theme = 'dark';
      document.body.style.background = '#0d1117';
      try {
        await m.provider.updateComplete;
        expect(getComputedStyle(m.el).colorScheme).to.equal('dark');
        await expect(m.el).to.be.accessible();
      } finally {
        document.body.style.background = '';
      }
    });
  }

  it('is accessible with a ticket expanded and when invalid', async () => {
    const m = await mount(html`<rp-sla-countdown expanded .ticket=${{ priority: 'normal', events: [{ type: 'created', at: NOW - MIN }] }}></rp-sla-countdown>`);
    await expect(m.el).to.be.accessible();
    const bad = await mount(html`<rp-sla-countdown due-at="nope"></rp-sla-countdown>`);
    await expect(bad.el).to.be.accessible();
  });
});

describe('the shared ticker', () => {
  it('runs one timer for all countdowns and stops when the last one leaves', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <rp-sla-countdown due-at=${iso(Date.now() + 30 * MIN)}></rp-sla-countdown>
      <rp-sla-countdown due-at=${iso(Date.now() + 60 * MIN)}></rp-sla-countdown>
      <rp-sla-countdown due-at=${iso(Date.now() + 90 * MIN)}></rp-sla-countdown>
    </div>`);
    expect(ticker.size).to.equal(3);
    expect(ticker.scheduled).to.be.true;
    container.replaceChildren();
    expect(ticker.size).to.equal(0);
    expect(ticker.scheduled).to.be.false;
  });

  it('ticks a countdown on real time without any help', async () => {
    const el = await fixture<RpSlaCountdown>(html`<rp-sla-countdown lang="en" due-at=${String(Date.now() + 1500)}></rp-sla-countdown>`);
    expect(el.state).to.not.equal('breached');
    await oneEvent(el, 'rp-sla-breach');
    expect(el.state).to.equal('breached');
  });

  it('catches up when a hidden tab becomes visible', async () => {
    const m = await mount(html`<rp-sla-countdown due-at=${iso(NOW + 10 * MIN)}></rp-sla-countdown>`);
    // The manual clock moves without telling the ticker, as real time does while a tab sleeps.
    (m.clock as unknown as { now(): number }).now = () => NOW + 20 * MIN;
    document.dispatchEvent(new Event('visibilitychange'));
    await m.el.updateComplete;
    expect(m.el.state).to.equal('breached');
  });
});
