import { expect } from '@open-wc/testing';
import { detectLang } from '../../../src/core/emotion/index.js';
import { foldTraditional } from '../../../src/core/detect-lang.js';

describe('detectLang', () => {
  it('tells the scripts apart by the characters that differ', () => {
    expect(detectLang('我的订单还没到')).to.equal('zh-Hans');
    expect(detectLang('我的訂單還沒到')).to.equal('zh-Hant');
    expect(detectLang('台灣的客服很好')).to.equal('zh-Hant');
  });

  it('reads Cantonese particles as Traditional', () => {
    expect(detectLang('唔該幫我查下')).to.equal('zh-Hant');
    expect(detectLang('佢哋冇覆我')).to.equal('zh-Hant');
  });

  it('handles code-mixing by which language carries the message', () => {
    expect(detectLang('我的order还没到，so annoying')).to.equal('zh-Hans');
    expect(detectLang('the app keeps saying 系统繁忙 every time I log in')).to.equal('en');
  });

  it('defaults sensibly', () => {
    expect(detectLang('')).to.equal('en');
    expect(detectLang('12345 !!!')).to.equal('en');
    expect(detectLang('你好')).to.equal('zh-Hans');
    expect(detectLang(undefined as unknown as string)).to.equal('en');
  });

  it('folds Traditional to Simplified one unit for one', () => {
    expect(String.fromCharCode(...[...'們說會麼裡'].map((c) => foldTraditional(c.charCodeAt(0))))).to.equal('们说会么里');
    expect(foldTraditional('么'.charCodeAt(0))).to.equal('么'.charCodeAt(0));
    expect(foldTraditional(0x41)).to.equal(0x41);
  });
});
