// Runs in Chromium (scripts/bench.mjs): 1,000 <rp-sla-countdown> against 1,000 <relative-time>
// from @github/relative-time-element, mount time and scripting time per tick, in one page.
import '../src/components/sla-countdown/sla-countdown.js';
import '@github/relative-time-element';
import { ticker } from '../src/internal/ticker.js';

const COUNT = 1000;
const TICKS = 30;
const MIN = 60_000;
const realNow = Date.now.bind(Date);
let offset = 0;
// Both elements read Date.now(); moving it a minute per tick makes every display change, the worst case.
Date.now = () => realNow() + offset;

// Waits only for the countdowns the tick asked to re-render, so the harness adds no per-element cost.
const rendered = (els: any[]) => Promise.all(els.filter((e) => e.isUpdatePending).map((e) => e.updateComplete));

const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3), max: +sorted[sorted.length - 1]!.toFixed(3) };
}

async function mountCountdowns(host: HTMLElement) {
  const start = performance.now();
  const els: any[] = [];
  const base = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement('rp-sla-countdown');
    el.setAttribute('due-at', String(base + (10 + (i % 600)) * MIN + i * 7_000));
    el.setAttribute('started-at', String(base - 60 * MIN));
    el.setAttribute('label', `T-${i}`);
    els.push(el);
  }
  host.append(...els);
  await Promise.all(els.map((e) => e.updateComplete));
  const script = performance.now() - start;
  void host.offsetHeight;
  return { els, script, withLayout: performance.now() - start };
}

async function mountRelativeTimes(host: HTMLElement) {
  const start = performance.now();
  const els: any[] = [];
  const base = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement('relative-time');
    el.setAttribute('datetime', new Date(base + (10 + (i % 600)) * MIN + i * 7_000).toISOString());
    el.setAttribute('format', 'duration');
    el.setAttribute('precision', 'minute');
    els.push(el);
  }
  host.append(...els);
  await new Promise((r) => setTimeout(r)); // relative-time renders in a microtask after connecting
  const script = performance.now() - start;
  void host.offsetHeight;
  return { els, script, withLayout: performance.now() - start };
}

async function realTimeTicks(host: HTMLElement, durationMs: number) {
  host.replaceChildren();
  offset = 0;
  const base = Date.now();
  const els: any[] = [];
  for (let i = 0; i < COUNT; i++) {
    const el = document.createElement('rp-sla-countdown');
    el.setAttribute('due-at', String(base + 10 * MIN + Math.floor(Math.random() * 600 * MIN)));
    el.setAttribute('started-at', String(base - 60 * MIN));
    els.push(el);
  }
  host.append(...els);
  await Promise.all(els.map((e) => e.updateComplete));
  const samples: number[] = [];
  const original = ticker.refresh;
  ticker.refresh = function (this: typeof ticker) {
    const t = performance.now();
    original.call(this);
    void rendered(els).then(() => samples.push(performance.now() - t));
  };
  await new Promise((r) => setTimeout(r, durationMs));
  ticker.refresh = original;
  const mean = samples.reduce((x, y) => x + y, 0) / Math.max(1, samples.length);
  return { ticks: samples.length, meanMs: +mean.toFixed(3), ...stats(samples.length ? samples : [0]) };
}

async function run() {
  document.documentElement.lang = 'en';
  const a = document.createElement('div');
  const b = document.createElement('div');
  document.body.append(a, b);

  const ours = await mountCountdowns(a);
  const peer = await mountRelativeTimes(b);
  await settle();

  const oursTicks: number[] = [];
  const oursSync: number[] = [];
  const peerTicks: number[] = [];
  const sample = ours.els[500].shadowRoot.querySelector('[part="time"]').textContent;
  for (let i = 0; i < TICKS; i++) {
    offset += MIN;
    let t = performance.now();
    ticker.refresh();
    oursSync.push(performance.now() - t);
    await rendered(ours.els);
    oursTicks.push(performance.now() - t);

    t = performance.now();
    for (const el of peer.els) el.update();
    peerTicks.push(performance.now() - t);
    await settle();
  }
  const after = ours.els[500].shadowRoot.querySelector('[part="time"]').textContent;

  // A tick where nothing visible changes (the common case between minute boundaries).
  const quiet: number[] = [];
  for (let i = 0; i < TICKS; i++) {
    offset += 1000;
    const t = performance.now();
    ticker.refresh();
    quiet.push(performance.now() - t);
    await settle();
  }

  // Real time, unmodified: 1,000 deadlines at random seconds, driven by the shared ticker itself.
  const live = await realTimeTicks(a, 12_000);

  a.remove();
  b.remove();
  return {
    count: COUNT,
    ticks: TICKS,
    mount: {
      'rp-sla-countdown': { scriptMs: +ours.script.toFixed(1), withLayoutMs: +ours.withLayout.toFixed(1) },
      'relative-time': { scriptMs: +peer.script.toFixed(1), withLayoutMs: +peer.withLayout.toFixed(1) },
    },
    tickEveryDisplayChanges: {
      'rp-sla-countdown': { ...stats(oursTicks), evaluateOnly: stats(oursSync) },
      'relative-time': stats(peerTicks),
    },
    tickNothingChanges: { 'rp-sla-countdown': stats(quiet) },
    tickRealTime12s: live,
    tickerIdleAfterRemoval: !ticker.scheduled && ticker.size === 0,
    sampleText: [sample, after],
  };
}

(window as any).__bench = run();
