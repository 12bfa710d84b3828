import { expect } from '@open-wc/testing';
import { splitDuration, msUntilDisplayChange, displayPrecisionMs, MINUTE, HOUR, DAY, SECOND } from '../../src/core/duration.js';

describe('splitDuration', () => {
  it('shows seconds inside the last minute', () => {
    expect(splitDuration(45_500)).to.deep.equal({ negative: false, days: 0, hours: 0, minutes: 0, seconds: 45 });
  });
  it('truncates to minutes below a day and to hours above', () => {
    expect(splitDuration(2 * HOUR + 5 * MINUTE + 59 * SECOND)).to.include({ hours: 2, minutes: 5, seconds: 0 });
    expect(splitDuration(3 * DAY + 4 * HOUR + 59 * MINUTE)).to.include({ days: 3, hours: 4, minutes: 0 });
  });
  it('keeps the sign apart from the parts', () => {
    expect(splitDuration(-15 * MINUTE - 10 * SECOND)).to.deep.equal({ negative: true, days: 0, hours: 0, minutes: 15, seconds: 0 });
  });
  it('treats non-finite input as zero rather than throwing', () => {
    expect(splitDuration(Number.NaN)).to.deep.equal({ negative: false, days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('msUntilDisplayChange', () => {
  it('waits for the current minute to run out when time is left', () => {
    expect(msUntilDisplayChange(12 * MINUTE + 30 * SECOND)).to.equal(30 * SECOND + 1);
    expect(msUntilDisplayChange(12 * MINUTE)).to.equal(1);
  });
  it('waits for the next whole unit when overdue', () => {
    expect(msUntilDisplayChange(-(15 * MINUTE + 20 * SECOND))).to.equal(40 * SECOND);
    expect(msUntilDisplayChange(-10 * SECOND)).to.equal(SECOND);
  });
  it('uses hours above a day', () => {
    expect(displayPrecisionMs(2 * DAY)).to.equal(HOUR);
    expect(msUntilDisplayChange(2 * DAY + 10 * MINUTE)).to.equal(10 * MINUTE + 1);
  });
});
