import { expect } from '@open-wc/testing';
import { msUntilCountdownChanges, countdownDisplayKey } from '../../../src/core/sla/countdown.js';
import { diffSlaTargets } from '../../../src/core/sla/transitions.js';
import type { DeadlineStatus } from '../../../src/core/sla/index.js';

const MIN = 60_000;
const target = (over: Partial<DeadlineStatus>): DeadlineStatus => ({ state: 'running', dueAt: 100 * MIN, remainingMs: 30 * MIN, targetMs: 60 * MIN, ...over });

describe('msUntilCountdownChanges', () => {
  it('waits for the next displayed minute while far from the warning window', () => {
    expect(msUntilCountdownChanges(target({ remainingMs: 30 * MIN + 20_000 }), 0.25)).to.equal(20_001);
  });
  it('wakes exactly when the warning window opens', () => {
    // 60 min target, warning at 15 min left: 15 min 0.5 s left → 0.5 s to go, sooner than the display change.
    expect(msUntilCountdownChanges(target({ remainingMs: 15 * MIN + 500 }), 0.25)).to.equal(500);
  });
  it('wakes at the due time inside the last second', () => {
    expect(msUntilCountdownChanges(target({ state: 'warning', remainingMs: 400 }), 0.25)).to.equal(400);
  });
  it('keeps counting overdue time', () => {
    expect(msUntilCountdownChanges(target({ state: 'breached', remainingMs: -(5 * MIN + 15_000) }), 0.25)).to.equal(45_000);
  });
  it('never wakes for what cannot change without new data', () => {
    expect(msUntilCountdownChanges(target({ state: 'met', metAt: 1 }), 0.25)).to.equal(Infinity);
    expect(msUntilCountdownChanges(target({ state: 'paused' }), 0.25)).to.equal(Infinity);
    expect(msUntilCountdownChanges(target({ state: 'breached', metAt: 1, remainingMs: -MIN }), 0.25)).to.equal(Infinity);
  });
});

describe('countdownDisplayKey', () => {
  it('changes exactly when the shown value does', () => {
    const a = countdownDisplayKey(target({ remainingMs: 12 * MIN + 59_000 }));
    const b = countdownDisplayKey(target({ remainingMs: 12 * MIN + 1_000 }));
    const c = countdownDisplayKey(target({ remainingMs: 11 * MIN + 59_000 }));
    expect(a).to.equal(b);
    expect(b).to.not.equal(c);
    expect(countdownDisplayKey(target({ state: 'warning', remainingMs: 12 * MIN }))).to.not.equal(countdownDisplayKey(target({ remainingMs: 12 * MIN })));
  });
});

describe('diffSlaTargets', () => {
  const t = (kind: 'firstResponse' | 'resolution', state: DeadlineStatus['state'], startedAt = 0, metAt?: number) => ({
    ...target({ state, ...(metAt !== undefined && { metAt }) }),
    kind,
    startedAt,
  });

  it('reports warning, breach and met once each', () => {
    expect(diffSlaTargets([t('firstResponse', 'running')], [t('firstResponse', 'warning')]).map((c) => c.type)).to.deep.equal(['warning']);
    expect(diffSlaTargets([t('firstResponse', 'warning')], [t('firstResponse', 'warning')])).to.deep.equal([]);
    expect(diffSlaTargets([t('firstResponse', 'warning')], [t('firstResponse', 'breached')]).map((c) => c.type)).to.deep.equal(['breach']);
    expect(diffSlaTargets([t('firstResponse', 'running')], [t('firstResponse', 'met', 0, 5)]).map((c) => c.type)).to.deep.equal(['met']);
  });
  it('reports only the breach when a sleeping tab skipped the warning', () => {
    const changes = diffSlaTargets([t('resolution', 'running')], [t('resolution', 'breached')]);
    expect(changes.map((c) => [c.type, c.previousState])).to.deep.equal([['breach', 'running']]);
  });
  it('reports breach and met for a deadline met late in one step', () => {
    expect(diffSlaTargets([t('firstResponse', 'running')], [t('firstResponse', 'breached', 0, 5)]).map((c) => c.type)).to.deep.equal(['breach', 'met']);
  });
  it('reports a cycle met and replaced between two readings, when given the closed cycles', () => {
    const before = [t('resolution', 'running', 0)];
    const after = [t('resolution', 'running', 99)];
    expect(diffSlaTargets(before, after)).to.deep.equal([]);
    const changes = diffSlaTargets(before, after, [t('resolution', 'met', 0, 99)]);
    expect(changes.map((c) => [c.type, c.target.startedAt])).to.deep.equal([['met', 0]]);
    // Already seen as met: nothing new.
    expect(diffSlaTargets([t('resolution', 'met', 0, 99)], after, [t('resolution', 'met', 0, 99)])).to.deep.equal([]);
  });
  it('ignores targets that are new or belong to a new cycle', () => {
    expect(diffSlaTargets([], [t('firstResponse', 'breached')])).to.deep.equal([]);
    expect(diffSlaTargets([t('resolution', 'running', 0)], [t('resolution', 'breached', 99)])).to.deep.equal([]);
  });
});
