import { expect } from '@open-wc/testing';
import { createBusinessClock, ROUND_THE_CLOCK, parseClockTime, parseIsoDate } from '../../../src/core/sla/calendar.js';
import type { SlaCalendar } from '../../../src/core/sla/index.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const ms = (iso: string) => Date.parse(iso);
const iso = (value: number | null) => (value === null ? null : new Date(value).toISOString());

type Day = NonNullable<SlaCalendar['week']['mon']>;
const split: Day = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];
const nineToFive: Day = [['09:00', '17:00']];
const weekdays = (day: Day): SlaCalendar['week'] => ({ mon: day, tue: day, wed: day, thu: day, fri: day });
const allDay: Day = [['00:00', '24:00']];
const everyDay = (day: Day): SlaCalendar['week'] => ({ ...weekdays(day), sat: day, sun: day });

describe('business clock: split shifts and holidays', () => {
  // 2026-06-01 is a Monday.
  const clock = createBusinessClock({ timeZone: 'UTC', week: weekdays(split), holidays: ['2026-06-03'] });

  it('counts only the shifts, skipping lunch', () => {
    expect(clock.between(ms('2026-06-01T08:00:00Z'), ms('2026-06-01T19:00:00Z'))).to.equal(8 * HOUR);
    expect(clock.between(ms('2026-06-01T11:00:00Z'), ms('2026-06-01T14:00:00Z'))).to.equal(2 * HOUR);
    expect(clock.between(ms('2026-06-01T12:15:00Z'), ms('2026-06-01T12:45:00Z'))).to.equal(0);
  });

  it('adds across lunch and overnight', () => {
    expect(iso(clock.add(ms('2026-06-01T11:00:00Z'), 2 * HOUR))).to.equal('2026-06-01T14:00:00.000Z');
    expect(iso(clock.add(ms('2026-06-01T17:00:00Z'), 2 * HOUR))).to.equal('2026-06-02T10:00:00.000Z');
    expect(iso(clock.add(ms('2026-06-01T12:30:00Z'), 30 * MIN))).to.equal('2026-06-01T13:30:00.000Z');
  });

  it('lands on the end of a shift rather than the start of the next', () => {
    expect(iso(clock.add(ms('2026-06-01T09:00:00Z'), 3 * HOUR))).to.equal('2026-06-01T12:00:00.000Z');
    expect(iso(clock.add(ms('2026-06-01T09:00:00Z'), 8 * HOUR))).to.equal('2026-06-01T18:00:00.000Z');
  });

  it('skips holidays and weekends', () => {
    // Tuesday 17:00 + 2h: Wednesday is a holiday, so Thursday 10:00.
    expect(iso(clock.add(ms('2026-06-02T17:00:00Z'), 2 * HOUR))).to.equal('2026-06-04T10:00:00.000Z');
    expect(clock.between(ms('2026-06-03T00:00:00Z'), ms('2026-06-04T00:00:00Z'))).to.equal(0);
    // Friday 17:00 + 2h: Monday 10:00.
    expect(iso(clock.add(ms('2026-06-05T17:00:00Z'), 2 * HOUR))).to.equal('2026-06-08T10:00:00.000Z');
    expect(clock.between(ms('2026-06-05T17:00:00Z'), ms('2026-06-08T10:00:00Z'))).to.equal(2 * HOUR);
  });

  it('starts counting at the next shift when added from outside business hours', () => {
    expect(iso(clock.add(ms('2026-06-06T12:00:00Z'), 15 * MIN))).to.equal('2026-06-08T09:15:00.000Z');
    expect(iso(clock.add(ms('2026-06-06T12:00:00Z'), 0))).to.equal('2026-06-06T12:00:00.000Z');
  });

  it('treats 24:00 as the end of the day, so a night shift runs on into the next day', () => {
    const night = createBusinessClock({ timeZone: 'UTC', week: { mon: [['22:00', '24:00']], tue: [['00:00', '02:00']] } });
    expect(iso(night.add(ms('2026-06-01T23:00:00Z'), 2 * HOUR))).to.equal('2026-06-02T01:00:00.000Z');
    expect(night.between(ms('2026-06-01T00:00:00Z'), ms('2026-06-03T00:00:00Z'))).to.equal(4 * HOUR);
  });

  it('reads the shifts in the calendar zone, not UTC', () => {
    const shanghai = createBusinessClock({ timeZone: 'Asia/Shanghai', week: weekdays(nineToFive) });
    // 09:00 in Shanghai is 01:00Z.
    expect(iso(shanghai.add(ms('2026-06-01T00:00:00Z'), 30 * MIN))).to.equal('2026-06-01T01:30:00.000Z');
    const kathmandu = createBusinessClock({ timeZone: 'Asia/Kathmandu', week: weekdays(nineToFive) });
    // +05:45: 09:00 is 03:15Z.
    expect(iso(kathmandu.add(ms('2026-06-01T00:00:00Z'), 0.5 * MIN))).to.equal('2026-06-01T03:15:30.000Z');
    // A holiday is a date in the zone: Monday in Auckland is still Sunday in UTC.
    const auckland = createBusinessClock({ timeZone: 'Pacific/Auckland', week: weekdays(nineToFive), holidays: ['2026-06-01'] });
    expect(iso(auckland.add(ms('2026-05-31T00:00:00Z'), HOUR))).to.equal('2026-06-01T22:00:00.000Z');
  });
});

describe('business clock across DST', () => {
  it('gives a 00:00–24:00 day 23 hours when clocks spring forward and 25 when they fall back', () => {
    // Only Sundays count, so the day's own edges decide the total.
    const newYork = createBusinessClock({ timeZone: 'America/New_York', week: { sun: allDay } });
    const berlin = createBusinessClock({ timeZone: 'Europe/Berlin', week: { sun: allDay } });
    expect(newYork.between(ms('2026-03-07T12:00:00Z'), ms('2026-03-09T12:00:00Z'))).to.equal(23 * HOUR);
    expect(newYork.between(ms('2026-10-31T12:00:00Z'), ms('2026-11-02T12:00:00Z'))).to.equal(25 * HOUR);
    expect(newYork.between(ms('2026-03-14T12:00:00Z'), ms('2026-03-16T12:00:00Z'))).to.equal(24 * HOUR);
    expect(berlin.between(ms('2026-03-28T12:00:00Z'), ms('2026-03-30T12:00:00Z'))).to.equal(23 * HOUR);
    expect(berlin.between(ms('2026-10-24T12:00:00Z'), ms('2026-10-26T12:00:00Z'))).to.equal(25 * HOUR);
    // The day starts at local midnight on either side of the change.
    expect(iso(newYork.add(ms('2026-03-07T12:00:00Z'), 0.5 * HOUR))).to.equal('2026-03-08T05:30:00.000Z');
    expect(iso(newYork.add(ms('2026-03-07T12:00:00Z'), 23 * HOUR))).to.equal('2026-03-09T04:00:00.000Z');
    expect(iso(berlin.add(ms('2026-10-24T12:00:00Z'), 25 * HOUR))).to.equal('2026-10-25T23:00:00.000Z');
  });

  it('counts 23 and 25 hours over the DST day when every day is all business', () => {
    const newYork = createBusinessClock({ timeZone: 'America/New_York', week: everyDay(allDay) });
    const berlin = createBusinessClock({ timeZone: 'Europe/Berlin', week: everyDay(allDay) });
    expect(newYork.between(ms('2026-03-08T00:00:00-05:00'), ms('2026-03-09T00:00:00-04:00'))).to.equal(23 * HOUR);
    expect(newYork.between(ms('2026-11-01T00:00:00-04:00'), ms('2026-11-02T00:00:00-05:00'))).to.equal(25 * HOUR);
    expect(berlin.between(ms('2026-03-29T00:00:00+01:00'), ms('2026-03-30T00:00:00+02:00'))).to.equal(23 * HOUR);
    expect(berlin.between(ms('2026-10-25T00:00:00+02:00'), ms('2026-10-26T00:00:00+01:00'))).to.equal(25 * HOUR);
  });

  it('counts an interval spanning the changed hour by the real time that passed', () => {
    const sundayNight: SlaCalendar['week'] = { sun: [['01:00', '04:00']] };
    const ny = createBusinessClock({ timeZone: 'America/New_York', week: sundayNight });
    const de = createBusinessClock({ timeZone: 'Europe/Berlin', week: sundayNight });
    expect(ny.between(ms('2026-03-07T12:00:00Z'), ms('2026-03-09T12:00:00Z'))).to.equal(2 * HOUR);
    expect(ny.between(ms('2026-10-31T12:00:00Z'), ms('2026-11-02T12:00:00Z'))).to.equal(4 * HOUR);
    expect(de.between(ms('2026-03-28T12:00:00Z'), ms('2026-03-30T12:00:00Z'))).to.equal(2 * HOUR);
    expect(de.between(ms('2026-10-24T12:00:00Z'), ms('2026-10-26T12:00:00Z'))).to.equal(4 * HOUR);
    // An ordinary Sunday has the full three hours.
    expect(de.between(ms('2026-10-17T12:00:00Z'), ms('2026-10-19T12:00:00Z'))).to.equal(3 * HOUR);
  });

  it('adds through the repeated and the skipped hour', () => {
    const de = createBusinessClock({ timeZone: 'Europe/Berlin', week: { sun: [['01:00', '04:00']] } });
    // 01:00 CEST is 23:00Z; 02:00–03:00 happens twice (00:00Z–01:00Z and 01:00Z–02:00Z).
    expect(iso(de.add(ms('2026-10-24T12:00:00Z'), 2.5 * HOUR))).to.equal('2026-10-25T01:30:00.000Z');
    expect(iso(de.add(ms('2026-10-24T12:00:00Z'), 4 * HOUR))).to.equal('2026-10-25T03:00:00.000Z');
    // Spring: 01:00 CET is 00:00Z, the clock jumps from 02:00 to 03:00, the day ends at 04:00 CEST = 02:00Z.
    expect(iso(de.add(ms('2026-03-28T12:00:00Z'), 1.5 * HOUR))).to.equal('2026-03-29T01:30:00.000Z');
    expect(iso(de.add(ms('2026-03-28T12:00:00Z'), 2 * HOUR))).to.equal('2026-03-29T02:00:00.000Z');
    // The next Sunday is in summer time: 01:00 CEST is 23:00Z the day before.
    expect(iso(de.add(ms('2026-03-28T12:00:00Z'), 2.5 * HOUR))).to.equal('2026-04-04T23:30:00.000Z');
  });

  it('gives an interval inside the skipped hour no time and one inside the repeated hour twice the time', () => {
    const gap = createBusinessClock({ timeZone: 'America/New_York', week: { sun: [['02:15', '02:45']] } });
    expect(gap.between(ms('2026-03-08T00:00:00Z'), ms('2026-03-09T00:00:00Z'))).to.equal(0);
    expect(gap.between(ms('2026-03-14T12:00:00Z'), ms('2026-03-16T00:00:00Z'))).to.equal(30 * MIN);
    const repeated = createBusinessClock({ timeZone: 'America/New_York', week: { sun: [['01:15', '01:45']] } });
    expect(repeated.between(ms('2026-11-01T00:00:00Z'), ms('2026-11-02T00:00:00Z'))).to.equal(60 * MIN);
  });

  it('keeps 9-to-5 at 9-to-5 local time on both sides of the change', () => {
    const ny = createBusinessClock({ timeZone: 'America/New_York', week: weekdays(nineToFive) });
    // Friday 16:00 EST + 2h = Monday 10:00 EDT.
    expect(iso(ny.add(ms('2026-03-06T16:00:00-05:00'), 2 * HOUR))).to.equal('2026-03-09T14:00:00.000Z');
    expect(ny.between(ms('2026-03-06T16:00:00-05:00'), ms('2026-03-09T10:00:00-04:00'))).to.equal(2 * HOUR);
    const de = createBusinessClock({ timeZone: 'Europe/Berlin', week: weekdays(nineToFive) });
    // Friday 16:00 CEST + 2h = Monday 10:00 CET.
    expect(iso(de.add(ms('2026-10-23T16:00:00+02:00'), 2 * HOUR))).to.equal('2026-10-26T09:00:00.000Z');
    expect(de.between(ms('2026-03-27T00:00:00Z'), ms('2026-04-04T00:00:00Z'))).to.equal(6 * 8 * HOUR);
  });
});

describe('business clock arithmetic', () => {
  it('runs round the clock without a calendar', () => {
    expect(ROUND_THE_CLOCK.between(1000, 5000)).to.equal(4000);
    expect(ROUND_THE_CLOCK.between(5000, 1000)).to.equal(0);
    expect(ROUND_THE_CLOCK.add(1000, 4000)).to.equal(5000);
  });

  it('returns null when no business time is left within a hundred years', () => {
    const mondays: string[] = [];
    for (let day = Date.UTC(2026, 5, 1); day < Date.UTC(2130, 0, 1); day += 7 * 24 * HOUR) {
      mondays.push(new Date(day).toISOString().slice(0, 10));
    }
    const clock = createBusinessClock({ timeZone: 'UTC', week: { mon: nineToFive }, holidays: mondays });
    expect(clock.add(ms('2026-05-30T00:00:00Z'), HOUR)).to.equal(null);
  });

  it('finds a 10080-minute deadline on a 9-to-5 calendar', () => {
    const ny = createBusinessClock({ timeZone: 'America/New_York', week: weekdays(nineToFive) });
    // 168 business hours = 21 working days: from Monday 2026-03-02 09:00 to Monday 2026-03-30 17:00.
    expect(iso(ny.add(ms('2026-03-02T09:00:00-05:00'), 10080 * MIN))).to.equal('2026-03-30T21:00:00.000Z');
  });
});

describe('calendar field parsing', () => {
  it("reads 'HH:mm' and allows 24:00 only as an end", () => {
    expect(parseClockTime('09:30', false)).to.equal(570);
    expect(parseClockTime('00:00', false)).to.equal(0);
    expect(parseClockTime('24:00', true)).to.equal(1440);
    expect(parseClockTime('24:00', false)).to.equal(null);
    for (const bad of ['9:00', '12:60', '24:01', '25:00', '0900', ' 09:00', 900]) expect(parseClockTime(bad, true)).to.equal(null);
  });

  it('reads real dates only', () => {
    expect(parseIsoDate('1970-01-02')).to.equal(1);
    expect(parseIsoDate('2028-02-29')).to.equal(Date.UTC(2028, 1, 29) / (24 * HOUR));
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '26-01-01', '2026-01-01T00:00Z', 20260101]) {
      expect(parseIsoDate(bad)).to.equal(null);
    }
  });
});
