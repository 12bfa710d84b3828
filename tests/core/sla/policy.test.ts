import { expect } from '@open-wc/testing';
import {
  computeSla,
  DEFAULT_SLA_POLICY,
  isPriority,
  isSlaKind,
  isSlaState,
  PRIORITIES,
  SLA_KINDS,
  SLA_STATES,
  SlaInputError,
  validateSlaPolicy,
  WEEKDAYS,
  type SlaTicket,
} from '../../../src/core/sla/index.js';

const T0 = Date.parse('2026-06-01T09:00:00Z');
const fine: SlaTicket = { priority: 'normal', events: [{ type: 'created', at: T0 }] };

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(SlaInputError);
    return (error as SlaInputError).issues;
  }
  throw new Error('expected an SlaInputError');
}

describe('SLA vocabularies', () => {
  it('lists priorities, kinds, states and weekdays once, with guards built from them', () => {
    expect(PRIORITIES).to.deep.equal(['low', 'normal', 'high', 'urgent']);
    expect(SLA_KINDS).to.deep.equal(['firstResponse', 'nextReply', 'periodicUpdate', 'resolution']);
    expect(SLA_STATES).to.deep.equal(['running', 'warning', 'paused', 'met', 'breached']);
    expect(WEEKDAYS).to.deep.equal(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(isPriority('urgent')).to.equal(true);
    expect(isPriority('critical')).to.equal(false);
    expect(isSlaKind('resolution')).to.equal(true);
    expect(isSlaKind('response')).to.equal(false);
    expect(isSlaState('paused')).to.equal(true);
    expect(isSlaState(3)).to.equal(false);
  });
});

describe('DEFAULT_SLA_POLICY', () => {
  it('holds the domain defaults', () => {
    expect(DEFAULT_SLA_POLICY).to.deep.equal({
      targets: {
        urgent: { firstResponse: 15, nextReply: 120, periodicUpdate: 1440, resolution: 240 },
        high: { firstResponse: 15, nextReply: 120, periodicUpdate: 1440, resolution: 1440 },
        normal: { firstResponse: 15, nextReply: 120, periodicUpdate: 1440, resolution: 4320 },
        low: { firstResponse: 15, nextReply: 120, periodicUpdate: 1440, resolution: 10080 },
      },
      warnAt: 0.25,
      pauseOn: ['pending', 'on-hold'],
    });
    expect(DEFAULT_SLA_POLICY.calendar).to.equal(undefined);
    expect(validateSlaPolicy(DEFAULT_SLA_POLICY)).to.deep.equal([]);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(DEFAULT_SLA_POLICY)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.targets)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.targets.urgent)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.pauseOn)).to.equal(true);
    expect(() => {
      (DEFAULT_SLA_POLICY.targets.urgent as Record<string, number>).firstResponse = 1;
    }).to.throw(TypeError);
    expect(DEFAULT_SLA_POLICY.targets.urgent?.firstResponse).to.equal(15);
  });
});

describe('validateSlaPolicy', () => {
  it('accepts a full policy with a calendar', () => {
    expect(
      validateSlaPolicy({
        targets: { high: { firstResponse: 30, resolution: 0.5 }, low: {} },
        calendar: {
          timeZone: 'America/New_York',
          week: { mon: [['09:00', '12:00'], ['12:00', '18:00']], sat: [['22:00', '24:00']], sun: [] },
          holidays: ['2026-12-25', '2028-02-29'],
        },
        warnAt: 0,
        pauseOn: [],
      }),
    ).to.deep.equal([]);
  });

  it('lists every problem at once, each pointing at its field', () => {
    const issues = validateSlaPolicy({
      targets: { normal: { firstResponse: 0, nextReply: -5, periodicUpdate: Infinity, resolution: '60' }, critical: { resolution: 10 } },
      calendar: {
        timeZone: 'Mars/Olympus_Mons',
        week: { mon: [['9:00', '17:00']], tue: [['09:00', '17:00'], ['16:00', '18:00']], wed: [['18:00', '09:00']], thu: [['12:60', '24:01']], funday: [] },
        holidays: ['2026-02-30', 20261225],
      },
      warnAt: 1.5,
      pauseOn: 'pending',
    });
    expect(issues).to.deep.equal([
      'policy.targets.normal.firstResponse: 0 is not a positive number of minutes',
      'policy.targets.normal.nextReply: -5 is not a positive number of minutes',
      'policy.targets.normal.periodicUpdate: Infinity is not a positive number of minutes',
      'policy.targets.normal.resolution: "60" is not a positive number of minutes',
      'policy.targets.critical: unknown priority (use low, normal, high, urgent)',
      'policy.calendar.timeZone: "Mars/Olympus_Mons" is not a known IANA time zone (e.g. "Europe/Berlin")',
      "policy.calendar.week.mon[0][0]: \"9:00\" is not a time of day 'HH:mm' (00:00–23:59)",
      'policy.calendar.week.tue: intervals [0] and [1] overlap',
      'policy.calendar.week.wed[0]: ends at 09:00, not after it starts at 18:00',
      "policy.calendar.week.thu[0][0]: \"12:60\" is not a time of day 'HH:mm' (00:00–23:59)",
      "policy.calendar.week.thu[0][1]: \"24:01\" is not a time of day 'HH:mm' (00:00–24:00)",
      'policy.calendar.week.funday: unknown weekday (use mon, tue, wed, thu, fri, sat, sun)',
      "policy.calendar.holidays[0]: \"2026-02-30\" is not a date 'YYYY-MM-DD'",
      "policy.calendar.holidays[1]: 20261225 is not a date 'YYYY-MM-DD'",
      'policy.warnAt: 1.5 is not a share between 0 and 1',
      'policy.pauseOn: expected an array of status names, got "pending"',
    ]);
  });

  it('flags misspelt kinds, which would otherwise silently go untracked', () => {
    expect(validateSlaPolicy({ targets: { high: { firstresponse: 15 } } })).to.deep.equal([
      'policy.targets.high.firstresponse: unknown kind (use firstResponse, nextReply, periodicUpdate, resolution)',
    ]);
  });

  it('rejects a calendar with no business time at all', () => {
    const noHours = validateSlaPolicy({ targets: {}, calendar: { timeZone: 'UTC', week: { mon: [], sat: [] } } });
    expect(noHours).to.deep.equal(['policy.calendar.week: has no business hours on any day, so no deadline could ever fall due']);
    expect(validateSlaPolicy({ targets: {}, calendar: { timeZone: 'UTC', week: {} } })).to.have.length(1);
  });

  it('rejects targets that are NaN, too long, or not objects, and warnAt that is not a number', () => {
    expect(validateSlaPolicy({ targets: { low: { resolution: NaN } }, warnAt: NaN })).to.deep.equal([
      'policy.targets.low.resolution: NaN is not a positive number of minutes',
      'policy.warnAt: NaN is not a share between 0 and 1',
    ]);
    expect(validateSlaPolicy({ targets: { low: { resolution: 1e9 } } })).to.deep.equal([
      'policy.targets.low.resolution: 1000000000 minutes is more than ten years; targets are in minutes',
    ]);
    expect(validateSlaPolicy({ targets: { low: 5 }, warnAt: '0.5', pauseOn: ['pending', 3] })).to.deep.equal([
      'policy.targets.low: expected an object of minutes per kind, got 5',
      'policy.warnAt: "0.5" is not a share between 0 and 1',
      'policy.pauseOn[1]: 3 is not a status name',
    ]);
  });

  it('describes a missing or malformed policy without throwing', () => {
    expect(validateSlaPolicy(null)).to.deep.equal(['policy: expected an object with targets, got null']);
    expect(validateSlaPolicy([])).to.deep.equal(['policy: expected an object with targets, got an array']);
    expect(validateSlaPolicy({})).to.deep.equal(['policy.targets: expected an object of minutes per priority, got undefined']);
    expect(validateSlaPolicy({ targets: {}, calendar: 'Berlin' })).to.deep.equal([
      'policy.calendar: expected an object with timeZone and week, got "Berlin"',
    ]);
    const hostile = {
      get targets(): never {
        throw new Error('boom');
      },
    };
    expect(validateSlaPolicy(hostile)).to.deep.equal(['policy: could not be read (boom)']);
  });
});

describe('computeSla: invalid input', () => {
  it('throws an SlaInputError listing every ticket, policy and time problem together', () => {
    const issues = issuesOf(() =>
      computeSla(
        {
          priority: 'critical',
          events: [
            { type: 'customer-message', at: '2026-13-01' },
            { type: 'note', at: T0 },
            { type: 'status', at: '2026-06-01T10:00:00' },
            null,
            { type: 'agent-reply', at: NaN },
          ],
        } as unknown as SlaTicket,
        { targets: { normal: { firstResponse: -1 } }, warnAt: -0.1 },
        'yesterday',
      ),
    );
    expect(issues).to.deep.equal([
      'priority: "critical" is not a priority (use low, normal, high, urgent)',
      'events[0].at: "2026-13-01" is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset)',
      'events[1].type: "note" is not an event type (use created, customer-message, agent-reply, status, resolved, reopened)',
      'events[2].at: "2026-06-01T10:00:00" is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset)',
      'events[2].status: undefined is not a status name',
      'events[3]: expected an event object, got null',
      'events[4].at: NaN is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset)',
      'events: no "created" event; every clock starts when the ticket is created',
      'policy.targets.normal.firstResponse: -1 is not a positive number of minutes',
      'policy.warnAt: -0.1 is not a share between 0 and 1',
      'now: "yesterday" is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset)',
    ]);
  });

  it('is a TypeError with a readable message', () => {
    try {
      computeSla({ priority: 'normal', events: [] });
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(TypeError);
      expect(error).to.be.instanceOf(SlaInputError);
      expect((error as SlaInputError).name).to.equal('SlaInputError');
      expect((error as SlaInputError).message).to.equal(
        'Invalid SLA input:\n- events: no "created" event; every clock starts when the ticket is created',
      );
    }
  });

  it('describes a missing ticket, a non-array events list, and a bad policy object', () => {
    expect(issuesOf(() => computeSla(null as unknown as SlaTicket))).to.deep.equal([
      'ticket: expected an object with priority and events, got null',
    ]);
    expect(issuesOf(() => computeSla({ priority: 'low', events: 'created' } as unknown as SlaTicket, null as never))).to.deep.equal([
      'events: expected an array of events, got "created"',
      'policy: expected an object with targets, got null',
    ]);
  });

  it('rejects times outside 1970–9999, such as a date given in microseconds', () => {
    expect(issuesOf(() => computeSla(fine, undefined, T0 * 1000))).to.deep.equal([
      'now: 1780304400000000 is outside the years 1970–9999 (use epoch ms, a Date, or ISO 8601 with an offset)',
    ]);
    expect(issuesOf(() => computeSla({ priority: 'low', events: [{ type: 'created', at: new Date('x') }] }, undefined, T0))).to.deep.equal([
      'events[0].at: an invalid Date is not a valid time (use epoch ms, a Date, or ISO 8601 with an offset)',
    ]);
  });

  it('rejects a now more than a hundred years after created, usually seconds given as ms', () => {
    expect(issuesOf(() => computeSla({ priority: 'low', events: [{ type: 'created', at: 1_780_304_400 }] }, undefined, '2126-06-01T00:00:00Z'))).to.deep.equal([
      'now: "2126-06-01T00:00:00Z" is more than 100 years after the ticket was created (use epoch ms, a Date, or ISO 8601 with an offset)',
    ]);
  });

  it('turns a ticket that throws while being read into an SlaInputError', () => {
    const hostile = {
      priority: 'normal',
      get events(): never {
        throw new RangeError('no events for you');
      },
    };
    expect(issuesOf(() => computeSla(hostile as unknown as SlaTicket))).to.deep.equal(['ticket: could not be read (no events for you)']);
  });

  it('turns a revoked proxy anywhere in the input into an SlaInputError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(() => computeSla(proxy as SlaTicket))[0]).to.match(/^ticket: could not be read \(/);
    expect(issuesOf(() => computeSla(fine, proxy as never))[0]).to.match(/^policy: could not be read \(/);
    expect(issuesOf(() => computeSla(fine, undefined, proxy as never))[0]).to.match(/^now: could not be read \(/);
    expect(validateSlaPolicy(proxy)[0]).to.match(/^policy: could not be read \(/);
  });

  it('reads each policy field once, so a getter cannot pass validation with one value and run with another', () => {
    let reads = 0;
    const sneaky = {
      targets: { normal: { firstResponse: 15 } },
      get calendar() {
        reads++;
        return reads === 1 ? undefined : { timeZone: 'Nowhere/Else', week: {} };
      },
    };
    const status = computeSla(fine, sneaky as never, T0 + 60_000);
    expect(status.targets).to.have.length(1);
    expect(status.targets[0]).to.include({ kind: 'firstResponse', remainingMs: 14 * 60_000 });
    expect(reads).to.equal(1);
  });

  it('reports a deadline a calendar can never reach', () => {
    const mondays: string[] = [];
    for (let day = Date.UTC(2026, 5, 1); day < Date.UTC(2130, 0, 1); day += 7 * 86_400_000) {
      mondays.push(new Date(day).toISOString().slice(0, 10));
    }
    const policy = { targets: { normal: { resolution: 60 } }, calendar: { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] as Array<[string, string]> }, holidays: mondays } };
    expect(issuesOf(() => computeSla(fine, policy, T0 + 1000))).to.deep.equal([
      "policy.targets.normal.resolution: the target can't be reached within 100 years of the calendar's business hours",
    ]);
  });
});
