import { expect } from '@open-wc/testing';
import {
  computeSla,
  DEFAULT_SLA_POLICY,
  SLA_KINDS,
  type SlaEvent,
  type SlaPolicy,
  type SlaStatus,
  type SlaTarget,
  type SlaTicket,
} from '../../../src/core/sla/index.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.parse('2026-06-01T09:00:00Z');
/** T0 plus minutes. */
const at = (minutes: number) => T0 + minutes * MIN;

const policy: SlaPolicy = {
  targets: { normal: { firstResponse: 15, nextReply: 60, periodicUpdate: 240, resolution: 480 } },
};

const created: SlaEvent = { type: 'created', at: T0 };
const reply = (minutes: number): SlaEvent => ({ type: 'agent-reply', at: at(minutes) });
const message = (minutes: number): SlaEvent => ({ type: 'customer-message', at: at(minutes) });
const status = (minutes: number, value: string): SlaEvent => ({ type: 'status', at: at(minutes), status: value });
const resolved = (minutes: number): SlaEvent => ({ type: 'resolved', at: at(minutes) });
const reopened = (minutes: number): SlaEvent => ({ type: 'reopened', at: at(minutes) });

const ticket = (...events: SlaEvent[]): SlaTicket => ({ priority: 'normal', events: [created, ...events] });
const sla = (events: SlaEvent[], nowMinutes: number, withPolicy: SlaPolicy = policy): SlaStatus =>
  computeSla(ticket(...events), withPolicy, at(nowMinutes));

function target(status: SlaStatus, kind: SlaTarget['kind']): SlaTarget {
  const found = status.targets.find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind} target in ${JSON.stringify(status.targets.map((t) => t.kind))}`);
  return found;
}

describe('computeSla: firstResponse', () => {
  it('runs from created, with the time left and the deadline', () => {
    const status = sla([], 5);
    expect(status.targets.map((t) => t.kind)).to.deep.equal(['firstResponse', 'resolution']);
    expect(target(status, 'firstResponse')).to.deep.equal({
      kind: 'firstResponse',
      state: 'running',
      startedAt: T0,
      dueAt: at(15),
      remainingMs: 10 * MIN,
      targetMs: 15 * MIN,
    });
    expect(status.next?.kind).to.equal('firstResponse');
  });

  it('warns once a quarter of the target or less is left', () => {
    expect(target(sla([], 11), 'firstResponse').state).to.equal('running');
    expect(target(sla([], 11.25), 'firstResponse').state).to.equal('warning');
    expect(target(sla([], 14), 'firstResponse').state).to.equal('warning');
    const early = { ...policy, warnAt: 0.5 };
    expect(target(sla([], 7, early), 'firstResponse').state).to.equal('running');
    expect(target(sla([], 7.5, early), 'firstResponse').state).to.equal('warning');
    expect(target(sla([], 14.9, { ...policy, warnAt: 0 }), 'firstResponse').state).to.equal('running');
    expect(target(sla([], 0, { ...policy, warnAt: 1 }), 'firstResponse').state).to.equal('warning');
  });

  it('breaches at the deadline and counts the overdue time', () => {
    const due = target(sla([], 15), 'firstResponse');
    expect(due.state).to.equal('breached');
    expect(due.breachedAt).to.equal(at(15));
    expect(due.remainingMs).to.equal(0);
    const late = target(sla([], 20), 'firstResponse');
    expect(late).to.include({ state: 'breached', dueAt: at(15), breachedAt: at(15), remainingMs: -5 * MIN });
    expect(late.metAt).to.equal(undefined);
  });

  it('is met by the first agent reply, and stays met with the time that was left', () => {
    const met = target(sla([reply(10)], 300), 'firstResponse');
    expect(met).to.deep.equal({
      kind: 'firstResponse',
      state: 'met',
      startedAt: T0,
      dueAt: at(15),
      remainingMs: 5 * MIN,
      targetMs: 15 * MIN,
      metAt: at(10),
    });
    expect(target(sla([reply(10), reply(12)], 300), 'firstResponse').metAt).to.equal(at(10));
  });

  it('is met on time by a reply exactly at the deadline', () => {
    expect(target(sla([reply(15)], 30), 'firstResponse')).to.include({ state: 'met', metAt: at(15), remainingMs: 0 });
  });

  it('is breached, with both times, when met late', () => {
    const late = target(sla([reply(20)], 30), 'firstResponse');
    expect(late).to.include({ state: 'breached', metAt: at(20), breachedAt: at(15), dueAt: at(15), remainingMs: -5 * MIN });
  });

  it('is never paused', () => {
    expect(target(sla([status(1, 'pending')], 20), 'firstResponse')).to.include({ state: 'breached', remainingMs: -5 * MIN });
  });
});

describe('computeSla: nextReply', () => {
  it('does not exist before the first agent reply', () => {
    expect(sla([message(5)], 10).targets.map((t) => t.kind)).to.deep.equal(['firstResponse', 'resolution']);
    // Messages before the first reply are answered by it.
    expect(sla([message(5), reply(10)], 20).targets.map((t) => t.kind)).to.deep.equal(['firstResponse', 'periodicUpdate', 'resolution']);
  });

  it('starts at the oldest unanswered customer message', () => {
    const next = target(sla([reply(10), message(30), message(40), message(50)], 70), 'nextReply');
    expect(next).to.deep.equal({
      kind: 'nextReply',
      state: 'running',
      startedAt: at(30),
      dueAt: at(90),
      remainingMs: 20 * MIN,
      targetMs: 60 * MIN,
    });
  });

  it('is met by the next agent reply, and a later message starts a new cycle', () => {
    const met = target(sla([reply(10), message(30), reply(80)], 90), 'nextReply');
    expect(met).to.include({ state: 'met', startedAt: at(30), metAt: at(80), remainingMs: 10 * MIN });
    const again = target(sla([reply(10), message(30), reply(80), message(100)], 130), 'nextReply');
    expect(again).to.include({ state: 'running', startedAt: at(100), dueAt: at(160), remainingMs: 30 * MIN });
  });

  it('breaches when the customer waits too long, and is never paused', () => {
    const overdue = target(sla([reply(10), message(30), status(31, 'pending')], 100), 'nextReply');
    expect(overdue).to.include({ state: 'breached', breachedAt: at(90), remainingMs: -10 * MIN });
  });
});

describe('computeSla: periodicUpdate', () => {
  it('starts a cycle at each agent reply and reports the current one', () => {
    const first = target(sla([reply(10)], 20), 'periodicUpdate');
    expect(first).to.deep.equal({
      kind: 'periodicUpdate',
      state: 'running',
      startedAt: at(10),
      dueAt: at(250),
      remainingMs: 230 * MIN,
      targetMs: 240 * MIN,
    });
    const second = target(sla([reply(10), reply(100)], 120), 'periodicUpdate');
    expect(second).to.include({ state: 'running', startedAt: at(100), dueAt: at(340), remainingMs: 220 * MIN });
  });

  it('breaches when no update is sent in time', () => {
    expect(target(sla([reply(10)], 260), 'periodicUpdate')).to.include({ state: 'breached', breachedAt: at(250), remainingMs: -10 * MIN });
  });

  it('reports the cycle a reply met and replaced in `closed`, on time or late', () => {
    const onTime = sla([reply(10), reply(100)], 120).closed!;
    expect(onTime.map((t) => [t.kind, t.state, t.startedAt, t.metAt])).to.deep.equal([['periodicUpdate', 'met', at(10), at(100)]]);
    const late = sla([reply(10), reply(300)], 310).closed!;
    expect(late.map((t) => [t.kind, t.state, t.metAt, t.breachedAt])).to.deep.equal([['periodicUpdate', 'breached', at(300), at(250)]]);
    expect(sla([reply(10)], 20).closed).to.deep.equal([]);
  });
});

describe('computeSla: closed nextReply cycles', () => {
  it('keeps the last answered nextReply cycle once a new customer message opens the next', () => {
    const status_ = sla([reply(5), message(20), reply(40), message(50)], 60);
    expect(status_.closed!.filter((t) => t.kind === 'nextReply').map((t) => [t.state, t.startedAt, t.metAt])).to.deep.equal([['met', at(20), at(40)]]);
    expect(target(status_, 'nextReply')).to.include({ state: 'running', startedAt: at(50) });
  });
});

describe('computeSla: pausing', () => {
  const pending = [reply(10), status(60, 'pending')];

  it('stops periodicUpdate and resolution while pending, with the deadline as if resumed now', () => {
    const status_ = sla(pending, 120);
    expect(target(status_, 'periodicUpdate')).to.deep.equal({
      kind: 'periodicUpdate',
      state: 'paused',
      startedAt: at(10),
      dueAt: at(120 + 190),
      remainingMs: 190 * MIN,
      targetMs: 240 * MIN,
    });
    expect(target(status_, 'resolution')).to.include({ state: 'paused', remainingMs: 420 * MIN, dueAt: at(120 + 420) });
    // Time left stays put while paused; the deadline moves with now.
    const later = sla(pending, 170);
    expect(target(later, 'periodicUpdate')).to.include({ remainingMs: 190 * MIN, dueAt: at(170 + 190) });
  });

  it('resumes when the status leaves the pausing set', () => {
    const resumed = sla([...pending, status(180, 'open')], 200);
    expect(target(resumed, 'periodicUpdate')).to.include({ state: 'running', remainingMs: 170 * MIN, dueAt: at(370) });
    expect(target(resumed, 'resolution')).to.include({ state: 'running', remainingMs: 400 * MIN, dueAt: at(600) });
  });

  it('pauses on on-hold too, and on whatever the policy lists instead', () => {
    expect(target(sla([reply(10), status(60, 'on-hold')], 120), 'periodicUpdate').state).to.equal('paused');
    const custom = { ...policy, pauseOn: ['waiting-on-customer'] };
    expect(target(sla(pending, 120, custom), 'periodicUpdate').state).to.equal('running');
    expect(target(sla([reply(10), status(60, 'waiting-on-customer')], 120, custom), 'periodicUpdate').state).to.equal('paused');
  });

  it('stays breached while paused, with the overdue time frozen', () => {
    const status_ = sla([status(500, 'pending')], 600);
    expect(target(status_, 'resolution')).to.include({ state: 'breached', breachedAt: at(480), dueAt: at(480), remainingMs: -20 * MIN });
  });

  it('shows paused rather than warning when little time is left', () => {
    expect(target(sla([status(400, 'pending')], 410), 'resolution')).to.include({ state: 'paused', remainingMs: 80 * MIN });
  });
});

describe('computeSla: resolution and reopening', () => {
  it('is met at resolved', () => {
    expect(target(sla([resolved(100)], 200), 'resolution')).to.deep.equal({
      kind: 'resolution',
      state: 'met',
      startedAt: T0,
      dueAt: at(480),
      remainingMs: 380 * MIN,
      targetMs: 480 * MIN,
      metAt: at(100),
    });
  });

  it('is breached, with both times, when resolved late', () => {
    expect(target(sla([resolved(500)], 600), 'resolution')).to.include({
      state: 'breached',
      metAt: at(500),
      breachedAt: at(480),
      remainingMs: -20 * MIN,
    });
  });

  it('resumes the same clock on reopen, without the resolved interval', () => {
    const status_ = sla([resolved(100), reopened(300)], 400);
    const resolution = target(status_, 'resolution');
    expect(resolution).to.deep.equal({
      kind: 'resolution',
      state: 'running',
      startedAt: T0,
      dueAt: at(680),
      remainingMs: 280 * MIN,
      targetMs: 480 * MIN,
    });
    expect(status_.next).to.equal(resolution);
    // Resolved again: met with the time that was left.
    expect(target(sla([resolved(100), reopened(300), resolved(450)], 500), 'resolution')).to.include({
      state: 'met',
      metAt: at(450),
      remainingMs: 230 * MIN,
    });
  });

  it('ignores a repeated resolved and a reopen of an open ticket', () => {
    expect(target(sla([resolved(100), resolved(200)], 300), 'resolution').metAt).to.equal(at(100));
    expect(target(sla([reopened(50)], 100), 'resolution')).to.include({ state: 'running', remainingMs: 380 * MIN });
  });

  it('clears a pause on reopen', () => {
    const status_ = sla([status(50, 'pending'), resolved(100), reopened(300)], 400);
    expect(target(status_, 'resolution')).to.include({ state: 'running', remainingMs: (480 - 50 - 100) * MIN });
  });
});

describe('computeSla: resolving stops the reply clocks', () => {
  it('reports the open cycles as met at the resolution time when on time, so nothing breaches later', () => {
    const status_ = sla([reply(10), message(20), resolved(30)], 10_000);
    expect(target(status_, 'nextReply')).to.include({ state: 'met', startedAt: at(20), metAt: at(30), remainingMs: 50 * MIN });
    expect(target(status_, 'periodicUpdate')).to.include({ state: 'met', startedAt: at(10), metAt: at(30), remainingMs: 220 * MIN });
    expect(status_.targets.every((t) => t.breachedAt === undefined)).to.equal(true);
    expect(status_.next).to.equal(null);
  });

  it('keeps a cycle that was already overdue at resolution breached, closed at the resolution time', () => {
    const status_ = sla([reply(10), message(20), resolved(100)], 10_000);
    expect(target(status_, 'nextReply')).to.include({ state: 'breached', breachedAt: at(80), metAt: at(100), remainingMs: -20 * MIN });
    expect(status_.next).to.equal(null);
  });

  it('counts resolving without any reply as meeting the first response', () => {
    expect(target(sla([resolved(10)], 100), 'firstResponse')).to.include({ state: 'met', metAt: at(10) });
  });

  it('starts no periodic update for a reply sent while resolved', () => {
    const status_ = sla([reply(10), resolved(30), reply(40)], 1000);
    expect(target(status_, 'periodicUpdate')).to.include({ state: 'met', startedAt: at(10), metAt: at(30) });
  });

  it('starts nextReply at the reopen when the customer wrote while resolved', () => {
    const status_ = sla([reply(10), resolved(30), message(100), reopened(200)], 230);
    expect(target(status_, 'nextReply')).to.include({ state: 'running', startedAt: at(200), remainingMs: 30 * MIN });
    // Answered while resolved: nothing to start.
    const answered = sla([reply(10), resolved(30), message(100), reply(150), reopened(200)], 230);
    expect(answered.targets.map((t) => t.kind)).to.deep.equal(['firstResponse', 'periodicUpdate', 'resolution']);
  });

  it('lets nextReply run after a reopen even when no agent ever replied', () => {
    const status_ = sla([resolved(10), reopened(20), message(30)], 40);
    expect(target(status_, 'nextReply')).to.include({ state: 'running', startedAt: at(30), remainingMs: 50 * MIN });
  });
});

describe('computeSla: next', () => {
  it('is the unmet target with the least time left, paused or breached included', () => {
    // firstResponse met; nextReply 60 from 100 (left 20 at 140); periodicUpdate paused with far more left.
    const status_ = sla([reply(10), message(100), status(110, 'pending')], 140);
    expect(status_.next?.kind).to.equal('nextReply');
    expect(status_.next?.remainingMs).to.equal(20 * MIN);
    // Overdue beats running.
    const overdue = sla([status(1, 'pending')], 30);
    expect(overdue.next).to.include({ kind: 'firstResponse', state: 'breached' });
    // Paused with the least left wins.
    const pausedFirst = sla([reply(5), message(6), reply(7), status(235, 'pending')], 236);
    expect(pausedFirst.next).to.include({ kind: 'periodicUpdate', state: 'paused', remainingMs: 12 * MIN });
  });

  it('is null when every target is met, and a target met late does not compete', () => {
    expect(sla([reply(20), resolved(30)], 40).next).to.equal(null);
    const status_ = sla([reply(20)], 40);
    expect(target(status_, 'firstResponse').state).to.equal('breached');
    expect(status_.next?.kind).to.equal('periodicUpdate');
  });

  it('prefers the earlier kind on a tie', () => {
    const even = { targets: { normal: { firstResponse: 60, resolution: 60 } } };
    expect(sla([], 10, even).next?.kind).to.equal('firstResponse');
  });
});

describe('computeSla: which targets are reported', () => {
  it('reports only the kinds the policy tracks for the priority, in SLA_KINDS order', () => {
    const onlyResolution = { targets: { normal: { resolution: 60 } } };
    expect(sla([reply(10), message(20)], 30, onlyResolution).targets.map((t) => t.kind)).to.deep.equal(['resolution']);
    const all = sla([reply(10), message(20)], 30);
    expect(all.targets.map((t) => t.kind)).to.deep.equal([...SLA_KINDS]);
  });

  it('reports nothing for a priority without targets', () => {
    expect(computeSla({ priority: 'low', events: [created] }, policy, at(10))).to.deep.equal({ targets: [], next: null, closed: [] });
  });

  it('reports nothing before the ticket was created', () => {
    expect(sla([], -5)).to.deep.equal({ targets: [], next: null, closed: [] });
  });
});

describe('computeSla: event order and times', () => {
  it('sorts events by time, so any order gives the same answer', () => {
    const events = [reply(10), message(30), status(35, 'pending'), message(40), status(50, 'open'), reply(80), message(90)];
    const shuffled = [events[4]!, events[0]!, created, events[6]!, events[2]!, events[5]!, events[1]!, events[3]!];
    expect(computeSla({ priority: 'normal', events: shuffled }, policy, at(100))).to.deep.equal(sla(events, 100));
  });

  it('keeps the input order of events at the same time', () => {
    const replyFirst = sla([reply(10), { type: 'agent-reply', at: at(20) }, { type: 'customer-message', at: at(20) }], 30);
    expect(target(replyFirst, 'nextReply')).to.include({ state: 'running', startedAt: at(20) });
    const messageFirst = sla([reply(10), { type: 'customer-message', at: at(20) }, { type: 'agent-reply', at: at(20) }], 30);
    expect(target(messageFirst, 'nextReply')).to.include({ state: 'met', startedAt: at(20), metAt: at(20) });
  });

  it('treats events stamped before created as happening at created', () => {
    const early = computeSla(
      { priority: 'normal', events: [{ type: 'status', at: at(-10), status: 'pending' }, { type: 'agent-reply', at: at(-1) }, created] },
      policy,
      at(60),
    );
    expect(target(early, 'firstResponse')).to.include({ state: 'met', metAt: T0, remainingMs: 15 * MIN });
    expect(target(early, 'resolution')).to.include({ state: 'paused', remainingMs: 480 * MIN });
  });

  it('uses the earliest created when there are several', () => {
    const twice = computeSla({ priority: 'normal', events: [{ type: 'created', at: at(30) }, created] }, policy, at(40));
    expect(target(twice, 'firstResponse')).to.include({ startedAt: T0, state: 'breached' });
  });

  it('ignores events after now', () => {
    expect(sla([reply(10), reply(50)], 20)).to.deep.equal(sla([reply(10)], 20));
  });

  it('accepts epoch ms, Dates and ISO strings with an offset', () => {
    const mixed = computeSla(
      {
        priority: 'normal',
        events: [
          { type: 'created', at: '2026-06-01T11:00:00+02:00' },
          { type: 'agent-reply', at: new Date(at(10)) },
        ],
      },
      policy,
      '2026-06-01T09:20:00Z',
    );
    expect(target(mixed, 'firstResponse')).to.include({ state: 'met', startedAt: T0, metAt: at(10) });
    expect(target(mixed, 'periodicUpdate')).to.include({ remainingMs: 230 * MIN });
  });
});

describe('computeSla: business calendar', () => {
  const shifts: Array<[string, string]> = [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ];
  const business: SlaPolicy = {
    targets: { high: { firstResponse: 60, resolution: 1440 } },
    calendar: {
      timeZone: 'Europe/Berlin',
      week: { mon: shifts, tue: shifts, wed: shifts, thu: shifts, fri: shifts },
      holidays: ['2026-12-28'],
    },
  };
  // Friday 2026-12-25 17:30 in Berlin (CET, +01:00); Monday 28th is a holiday.
  const friday = '2026-12-25T17:30:00+01:00';
  const highTicket = (...events: SlaEvent[]): SlaTicket => ({ priority: 'high', events: [{ type: 'created', at: friday }, ...events] });

  it('counts only business hours in the deadline and the time left', () => {
    const saturday = computeSla(highTicket(), business, '2026-12-26T12:00:00+01:00');
    expect(target(saturday, 'firstResponse')).to.deep.equal({
      kind: 'firstResponse',
      state: 'running',
      startedAt: Date.parse(friday),
      dueAt: Date.parse('2026-12-29T09:30:00+01:00'),
      remainingMs: 30 * MIN,
      targetMs: HOUR,
    });
    // 24 business hours: 0.5 Friday, 8 Tuesday, 8 Wednesday, 7.5 Thursday (09:00–12:00, 13:00–17:30).
    expect(target(saturday, 'resolution')).to.include({ dueAt: Date.parse('2026-12-31T17:30:00+01:00'), remainingMs: 23.5 * HOUR });
  });

  it('freezes the time left outside business hours and breaches only on business time', () => {
    const lunch = computeSla(highTicket(), business, '2026-12-29T12:30:00+01:00');
    expect(target(lunch, 'firstResponse')).to.include({ state: 'breached', breachedAt: Date.parse('2026-12-29T09:30:00+01:00'), remainingMs: -2.5 * HOUR });
    const warning = computeSla(highTicket(), business, '2026-12-29T09:15:00+01:00');
    expect(target(warning, 'firstResponse')).to.include({ state: 'warning', remainingMs: 15 * MIN });
  });

  it('judges a reply sent outside business hours after the deadline as late', () => {
    // Due Tuesday 09:30; the reply came on Tuesday evening after business time had run out.
    const status_ = computeSla(highTicket({ type: 'agent-reply', at: '2026-12-29T19:00:00+01:00' }), business, '2026-12-30T09:00:00+01:00');
    expect(target(status_, 'firstResponse')).to.include({ state: 'breached', breachedAt: Date.parse('2026-12-29T09:30:00+01:00'), remainingMs: -7.5 * HOUR });
  });

  it('counts real elapsed time across a DST change, not wall-clock time', () => {
    const allDay: Array<[string, string]> = [['00:00', '24:00']];
    const everyDay = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    const berlin = { targets: { high: { resolution: 1440 } }, calendar: { timeZone: 'Europe/Berlin', week: everyDay } };
    const saturday = { type: 'created', at: '2026-10-24T12:00:00+02:00' } as const;
    const autumn = computeSla({ priority: 'high', events: [saturday] }, berlin, '2026-10-25T10:00:00+01:00');
    // Saturday noon plus 24 hours lands at 11:00 on Sunday, which had 25 hours.
    expect(target(autumn, 'resolution')).to.include({ dueAt: Date.parse('2026-10-25T11:00:00+01:00'), remainingMs: HOUR });
    const nineToFive: Array<[string, string]> = [['09:00', '17:00']];
    const newYork = { targets: { high: { firstResponse: 120 } }, calendar: { timeZone: 'America/New_York', week: { fri: nineToFive, mon: nineToFive } } };
    const created_ = { type: 'created', at: '2026-03-06T16:00:00-05:00' } as const;
    const spring = computeSla({ priority: 'high', events: [created_] }, newYork, '2026-03-08T12:00:00-04:00');
    // One hour on Friday (EST), one on Monday (EDT).
    expect(target(spring, 'firstResponse')).to.include({ dueAt: Date.parse('2026-03-09T10:00:00-04:00'), remainingMs: HOUR });
  });

  it('combines business hours with pauses', () => {
    const status_ = computeSla(
      highTicket(
        { type: 'status', at: '2026-12-29T10:00:00+01:00', status: 'pending' },
        { type: 'status', at: '2026-12-30T10:00:00+01:00', status: 'open' },
      ),
      business,
      '2026-12-30T11:00:00+01:00',
    );
    // Business time run: 0.5h Friday, 1h Tuesday before the pause, 1h Wednesday after it.
    expect(target(status_, 'resolution')).to.include({ state: 'running', remainingMs: 21.5 * HOUR });
  });
});

describe('computeSla: defaults', () => {
  it('uses the default policy, with the clock running round the clock', () => {
    const urgent = computeSla({ priority: 'urgent', events: [created] }, undefined, at(1));
    expect(urgent.targets.map((t) => [t.kind, t.targetMs])).to.deep.equal([
      ['firstResponse', 15 * MIN],
      ['resolution', 240 * MIN],
    ]);
    const low = computeSla({ priority: 'low', events: [created, reply(1)] }, DEFAULT_SLA_POLICY, at(2));
    expect(low.targets.map((t) => [t.kind, t.targetMs])).to.deep.equal([
      ['firstResponse', 15 * MIN],
      ['periodicUpdate', 1440 * MIN],
      ['resolution', 10080 * MIN],
    ]);
    expect(target(low, 'resolution').dueAt).to.equal(T0 + 7 * 24 * HOUR);
  });

  it('runs with now defaulting to the current time', () => {
    const fresh = computeSla({ priority: 'normal', events: [{ type: 'created', at: Date.now() - MIN }] });
    const first = target(fresh, 'firstResponse');
    expect(first.state).to.equal('running');
    expect(first.remainingMs).to.be.within(13 * MIN, 14 * MIN);
  });
});
