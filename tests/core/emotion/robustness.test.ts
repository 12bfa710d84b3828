import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { analyzeMessage, EMOTIONS } from '../../../src/core/emotion/index.js';
import { analyzeRules } from './helpers.js';

const NASTY = ['', '\u0000', '\uD800', '\uDC00x\uD800', '\u202E投诉\u202C', '\u200F\u200E', '\uFEFF', '\r\n\t', '🏳️‍🌈', 'e\u0301', '！？!?', '\u3000'];
const PIECES = ['不', '满意', '太', '失望', '但是', 'not', 'happy', '!!!', '???', '呵呵', '😡', '投诉', 'MANAGER', '冒烟', ' ', '，', '。', '急急急', ':)', '“', '”', '\uD83D'];

function checkReading(text: string): void {
  const r = analyzeMessage(text);
  expect(EMOTIONS).to.include(r.emotion);
  expect(r.intensity).to.be.within(0, 1);
  for (const e of EMOTIONS) expect(r.scores[e]).to.be.within(0, 1);
  for (const cue of r.cues) {
    expect(cue.start).to.be.within(0, text.length);
    expect(cue.end).to.be.within(cue.start, text.length);
    expect(text.slice(cue.start, cue.end)).to.equal(cue.text);
    expect(Number.isFinite(cue.weight)).to.be.true;
  }
}

describe('analyzeMessage robustness', () => {
  it('never throws on awkward strings and keeps offsets valid', () => {
    for (const text of NASTY) checkReading(text);
  });

  it('holds for arbitrary UTF-16 strings (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkReading(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (text) => checkReading(text)), { numRuns: 300 });
  });

  it('holds for strings built from lexicon pieces (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => checkReading(parts.join(''))), { numRuns: 500 });
  });

  it('is deterministic (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(analyzeMessage(text)).to.deep.equal(analyzeMessage(text));
      }),
      { numRuns: 200 },
    );
  });

  it('is unchanged by text around a clause boundary it does not reach (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('太失望了', '我要投诉', 'very angry', '谢谢'), fc.array(fc.constantFrom('订单', 'order', '123', ' '), { maxLength: 5 }), (core, filler) => {
        // A property of the rules: the learned opinion reads the whole message on purpose.
        const alone = analyzeRules(core);
        const padded = analyzeRules(`${filler.join('')}。${core}`);
        expect(padded.emotion).to.equal(alone.emotion);
        expect(padded.flags).to.deep.equal(alone.flags);
      }),
      { numRuns: 100 },
    );
  });

  // Speed and linearity are measured in bench/emotion.bench.ts, not asserted here.
  it('reads a 1 MB message with every cue inside the text', () => {
    const unit = '我等了三天，太失望了！！Where is my refund??? 😡 ';
    const full = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const reading = analyzeMessage(full);
    expect(reading.cues.length).to.be.greaterThan(10_000);
    for (const cue of reading.cues) expect(full.slice(cue.start, cue.end)).to.equal(cue.text);
    expect(reading.emotion).to.be.oneOf(['angry', 'disappointed', 'anxious']);
  });
});
