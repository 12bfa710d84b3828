import { expect } from '@open-wc/testing';
import { computeSla, deadlineStatus, type DeadlineInput, type DeadlineStatus } from '../../../src/core/sla/index.js';

const MIN = 60_000;
const START = Date.parse('2026-06-01T09:00:00Z');
const DUE = START + 100 * MIN;

describe('deadlineStatus', () => {
  it('runs until the warning share of the span is left', () => {
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: START + 10 * MIN })).to.deep.equal({
      state: 'running',
      startedAt: START,
      dueAt: DUE,
      remainingMs: 90 * MIN,
      targetMs: 100 * MIN,
    });
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: DUE - 26 * MIN })?.state).to.equal('running');
  });

  it('warns from warnAt of the span left, inclusive', () => {
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: DUE - 25 * MIN })?.state).to.equal('warning');
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: DUE - 50 * MIN, warnAt: 0.5 })?.state).to.equal('warning');
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: DUE - 51 * MIN, warnAt: 0.5 })?.state).to.equal('running');
  });

  it('is breached from the due time on', () => {
    expect(deadlineStatus({ dueAt: DUE, startedAt: START, now: DUE })).to.deep.equal({
      state: 'breached',
      startedAt: START,
      dueAt: DUE,
      remainingMs: 0,
      targetMs: 100 * MIN,
      breachedAt: DUE,
    });
    expect(deadlineStatus({ dueAt: DUE, now: DUE + 5 * MIN })).to.deep.equal({
      state: 'breached',
      dueAt: DUE,
      remainingMs: -5 * MIN,
      breachedAt: DUE,
    });
  });

  it('never warns without a start, since there is no span to take a share of', () => {
    expect(deadlineStatus({ dueAt: DUE, now: DUE - 1000 })).to.deep.equal({ state: 'running', dueAt: DUE, remainingMs: 1000 });
    expect(deadlineStatus({ dueAt: DUE, startedAt: null, now: DUE - 1000 })?.state).to.equal('running');
  });

  it('reads ISO strings with an offset and Dates, and defaults now to the current time', () => {
    const status = deadlineStatus({ dueAt: '2026-06-01T12:40:00+02:00', startedAt: new Date(START), now: '2026-06-01T10:00:00Z' });
    expect(status).to.include({ state: 'running', dueAt: DUE, remainingMs: 40 * MIN, targetMs: 100 * MIN });
    const soon = deadlineStatus({ dueAt: Date.now() + 10 * MIN });
    expect(soon?.state).to.equal('running');
    expect(soon?.remainingMs).to.be.within(9 * MIN, 10 * MIN);
  });

  it('returns null for input it cannot use', () => {
    const bad: unknown[] = [
      null,
      'tomorrow',
      {},
      { dueAt: 'tomorrow' },
      { dueAt: '2026-06-01T12:00:00' },
      { dueAt: DUE, startedAt: 'yesterday' },
      { dueAt: DUE, startedAt: DUE + 1 },
      { dueAt: DUE, now: NaN },
      { dueAt: DUE, warnAt: 1.5 },
      { dueAt: DUE, warnAt: -1 },
      { dueAt: DUE, warnAt: '0.5' },
    ];
    for (const input of bad) expect(deadlineStatus(input as DeadlineInput), JSON.stringify(input)).to.equal(null);
  });

  it('has the same shape as a computeSla target, so a view can draw either', () => {
    const [target] = computeSla(
      { priority: 'urgent', events: [{ type: 'created', at: START }] },
      { targets: { urgent: { resolution: 100 } } },
      START + 10 * MIN,
    ).targets;
    const viewed: DeadlineStatus = target!;
    const { kind, ...rest } = target!;
    expect(kind).to.equal('resolution');
    expect(rest).to.deep.equal(deadlineStatus({ dueAt: viewed.dueAt, startedAt: viewed.startedAt, now: START + 10 * MIN }));
  });
});
