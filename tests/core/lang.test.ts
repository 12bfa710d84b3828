import { expect } from '@open-wc/testing';
import { normalizeLang, isLang } from '../../src/core/lang.js';
import { toEpochMs } from '../../src/core/time.js';

describe('normalizeLang', () => {
  it('maps Chinese tags to the script they use', () => {
    expect(normalizeLang('zh')).to.equal('zh-Hans');
    expect(normalizeLang('zh-CN')).to.equal('zh-Hans');
    expect(normalizeLang('zh-SG')).to.equal('zh-Hans');
    expect(normalizeLang('zh-TW')).to.equal('zh-Hant');
    expect(normalizeLang('zh-HK')).to.equal('zh-Hant');
    expect(normalizeLang('zh_MO')).to.equal('zh-Hant');
    expect(normalizeLang('zh-Hant-CN')).to.equal('zh-Hant');
    expect(normalizeLang('zh-Hans-HK')).to.equal('zh-Hans');
  });
  it('falls back to English for anything else', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('fr')).to.equal('en');
    expect(normalizeLang('')).to.equal('en');
    expect(normalizeLang(null)).to.equal('en');
  });
  it('recognises the three languages exactly', () => {
    expect(isLang('zh-Hant')).to.be.true;
    expect(isLang('zh-TW')).to.be.false;
    expect(isLang(3)).to.be.false;
  });
});

describe('toEpochMs', () => {
  it('accepts epoch ms, Dates and ISO strings with an offset', () => {
    expect(toEpochMs(0)).to.equal(0);
    expect(toEpochMs(new Date(1000))).to.equal(1000);
    expect(toEpochMs('2026-03-08T10:00:00Z')).to.equal(Date.UTC(2026, 2, 8, 10));
    expect(toEpochMs('2026-03-08T18:00:00+08:00')).to.equal(Date.UTC(2026, 2, 8, 10));
    expect(toEpochMs('2026-03-08T18:00+0800')).to.equal(Date.UTC(2026, 2, 8, 10));
  });
  it('rejects what is ambiguous or broken', () => {
    expect(toEpochMs('2026-03-08T10:00:00')).to.be.null;
    expect(toEpochMs('2026-03-08')).to.be.null;
    expect(toEpochMs('yesterday')).to.be.null;
    expect(toEpochMs(Number.NaN)).to.be.null;
    expect(toEpochMs(new Date('x'))).to.be.null;
    expect(toEpochMs({})).to.be.null;
  });
});
