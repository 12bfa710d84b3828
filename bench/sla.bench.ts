// Node: computeSla on realistic tickets, with and without a business calendar.
import { computeSla, DEFAULT_SLA_POLICY, type SlaEvent, type SlaPolicy, type SlaTicket } from '../src/core/index.js';

const MIN = 60_000;
const start = Date.UTC(2026, 2, 2, 14, 0);

function busyTicket(offset: number): SlaTicket {
  const events: SlaEvent[] = [{ type: 'created', at: start + offset }];
  for (let i = 1; i < 50; i++) {
    const at = start + offset + i * 37 * MIN;
    if (i % 12 === 0) events.push({ type: 'status', at, status: i % 24 === 0 ? 'open' : 'pending' });
    else events.push({ type: i % 2 ? 'customer-message' : 'agent-reply', at });
  }
  return { priority: 'high', events };
}

const calendarPolicy: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  calendar: {
    timeZone: 'America/New_York',
    week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '12:00'], ['13:00', '18:00']]])),
    holidays: ['2026-04-03', '2026-05-25', '2026-07-03'],
  },
};

function measure(name: string, fn: (i: number) => unknown, runs: number) {
  for (let i = 0; i < Math.min(200, runs); i++) fn(i); // warm-up
  const samples: number[] = [];
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  const total = performance.now() - began;
  samples.sort((a, b) => a - b);
  const pct = (q: number) => samples[Math.floor(q * (samples.length - 1))]! * 1000;
  console.log(
    `${name.padEnd(52)} ${(runs / (total / 1000)).toFixed(0).padStart(8)} /s   median ${pct(0.5).toFixed(1)} µs   p99 ${pct(0.99).toFixed(1)} µs`,
  );
}

const tickets = Array.from({ length: 64 }, (_, i) => busyTicket(i * 13 * MIN));
const now = start + 40 * 37 * MIN;
measure('computeSla, 50 events, 24/7', (i) => computeSla(tickets[i % 64]!, DEFAULT_SLA_POLICY, now + i), 20_000);
measure('computeSla, 50 events, split-shift calendar + holidays', (i) => computeSla(tickets[i % 64]!, calendarPolicy, now + i * MIN), 5_000);
const low: SlaPolicy = { ...calendarPolicy, targets: { low: { resolution: 10080 } } };
measure('computeSla, 10080-min resolution on the calendar', (i) => computeSla({ priority: 'low', events: [{ type: 'created', at: start + i * 29 * MIN }] }, low, start + i * 29 * MIN + MIN), 5_000);
