import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  computeSla,
  SLA_KINDS,
  SlaInputError,
  validateSlaPolicy,
  type SlaEvent,
  type SlaPolicy,
  type SlaTicket,
} from '../../../src/core/sla/index.js';
import { createBusinessClock } from '../../../src/core/sla/calendar.js';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');

const split: Array<[string, string]> = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];
const targets = { high: { firstResponse: 30, nextReply: 120, periodicUpdate: 600, resolution: 2400 } };
const policies: SlaPolicy[] = [
  { targets },
  { targets, warnAt: 0.5, calendar: { timeZone: 'America/New_York', week: { mon: split, tue: split, wed: split, thu: split, fri: split }, holidays: ['2026-03-05'] } },
  { targets, calendar: { timeZone: 'Europe/Berlin', week: { sat: [['00:00', '24:00']], sun: [['00:00', '24:00']], mon: [['08:00', '20:00']] } } },
];

const eventArbitrary: fc.Arbitrary<SlaEvent> = fc
  .record({
    type: fc.constantFrom('customer-message', 'agent-reply', 'status', 'resolved', 'reopened', 'created'),
    minute: fc.integer({ min: -60, max: 40_000 }),
    status: fc.constantFrom('open', 'pending', 'on-hold', 'solved'),
  })
  .map(({ type, minute, status }) => {
    const at = T0 + minute * MIN;
    return type === 'status' ? { type, at, status } : ({ type, at } as SlaEvent);
  });

const ticketArbitrary: fc.Arbitrary<SlaTicket> = fc
  .array(eventArbitrary, { maxLength: 25 })
  .map((events) => ({ priority: 'high', events: [{ type: 'created', at: T0 }, ...events] }));

const lastEventAt = (ticket: SlaTicket) => Math.max(...ticket.events.map((event) => event.at as number));

describe('computeSla properties', () => {
  it('never increases the time left as now advances with no new events, and keeps a running deadline in place', () => {
    fc.assert(
      fc.property(
        ticketArbitrary,
        fc.constantFrom(...policies),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (ticket, policy, afterLast, step) => {
          const now1 = lastEventAt(ticket) + afterLast * MIN;
          const now2 = now1 + step * MIN;
          const before = computeSla(ticket, policy, now1);
          const after = computeSla(ticket, policy, now2);
          expect(after.targets.map((t) => [t.kind, t.startedAt])).to.deep.equal(before.targets.map((t) => [t.kind, t.startedAt]));
          before.targets.forEach((earlier, index) => {
            const later = after.targets[index]!;
            expect(later.remainingMs).to.be.at.most(earlier.remainingMs);
            if (earlier.state === 'running' || earlier.state === 'warning' || earlier.state === 'breached') {
              expect(later.dueAt).to.equal(earlier.dueAt);
            }
            if (earlier.state === 'breached') expect(later.state).to.equal('breached');
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports consistent states, times and next', () => {
    fc.assert(
      fc.property(ticketArbitrary, fc.constantFrom(...policies), fc.integer({ min: 0, max: 45_000 }), (ticket, policy, nowMinute) => {
        const status = computeSla(ticket, policy, T0 + nowMinute * MIN);
        const kinds = status.targets.map((t) => t.kind);
        expect(kinds).to.deep.equal(SLA_KINDS.filter((kind) => kinds.includes(kind)));
        for (const target of status.targets) {
          expect(target.targetMs).to.equal(targets.high[target.kind] * MIN);
          expect(target.remainingMs).to.be.at.most(target.targetMs!);
          expect(target.state === 'breached').to.equal(target.breachedAt !== undefined);
          if (target.breachedAt !== undefined) expect(target.breachedAt).to.equal(target.dueAt);
          if (target.state === 'met') expect(target.metAt).to.be.at.most(target.dueAt);
          if (target.state === 'paused') expect(['periodicUpdate', 'resolution']).to.include(target.kind);
          if (target.state !== 'met' && target.state !== 'breached') expect(target.metAt).to.equal(undefined);
        }
        const open = status.targets.filter((t) => t.metAt === undefined);
        if (open.length === 0) expect(status.next).to.equal(null);
        else expect(status.next?.remainingMs).to.equal(Math.min(...open.map((t) => t.remainingMs)));
      }),
      { numRuns: 150 },
    );
  });

  it('throws nothing but SlaInputError, whatever it is given', () => {
    const almostTicket = fc.record({
      priority: fc.oneof(fc.constantFrom('low', 'normal', 'high', 'urgent'), fc.anything()),
      events: fc.oneof(
        fc.array(
          fc.record({
            type: fc.oneof(fc.constantFrom('created', 'status', 'agent-reply'), fc.anything()),
            at: fc.oneof(fc.integer(), fc.string(), fc.date(), fc.anything()),
            status: fc.anything(),
          }),
        ),
        fc.anything(),
      ),
    });
    const almostPolicy = fc.oneof(
      fc.constant(undefined),
      fc.record({
        targets: fc.anything(),
        calendar: fc.oneof(fc.constant(undefined), fc.record({ timeZone: fc.string(), week: fc.anything() })),
        warnAt: fc.anything(),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.oneof(almostTicket, fc.anything()), almostPolicy, fc.oneof(fc.integer(), fc.anything()), (ticket, policy, now) => {
        try {
          computeSla(ticket as SlaTicket, policy as SlaPolicy, now as number);
        } catch (error) {
          expect(error).to.be.instanceOf(SlaInputError);
          expect((error as SlaInputError).issues.length).to.be.above(0);
          for (const issue of (error as SlaInputError).issues) expect(issue).to.be.a('string');
        }
        const issues = validateSlaPolicy(policy);
        expect(Array.isArray(issues)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('business clock properties', () => {
  const clock = createBusinessClock(policies[1]!.calendar!);
  const instant = fc.integer({ min: 0, max: 60 * 24 * 120 }).map((minute) => T0 + minute * MIN);

  it('measures exactly the business time it adds, and adds up over consecutive ranges', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 24 * 30 }), instant, instant, (from, minutes, a, b) => {
        const dueAt = clock.add(from, minutes * MIN)!;
        expect(dueAt).to.be.at.least(from);
        expect(clock.between(from, dueAt)).to.equal(minutes * MIN);
        const [early, late] = a < b ? [a, b] : [b, a];
        const middle = early + Math.floor((late - early) / 3);
        expect(clock.between(early, middle) + clock.between(middle, late)).to.equal(clock.between(early, late));
      }),
    );
  });
});
