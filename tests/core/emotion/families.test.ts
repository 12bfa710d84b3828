import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { detectLang } from '../../../src/core/emotion/index.js';
import { foldText, readText, type TextFacts } from '../../../src/core/emotion/matcher.js';
import { foldTraditional } from '../../../src/core/detect-lang.js';
import { cuesOn, analyzeRules } from './helpers.js';

describe('hostile: insults in three languages', () => {
  it('reads name-calling aimed at the agent or the company', () => {
    const hostile = [
      '你是白痴吗？讲了半天都听不懂。',
      '你是白癡嗎？講了半天都聽不懂。',
      '你是不是脑子有问题？',
      '你們根本就是詐騙集團！',
      '一群廢物',
      '垃圾公司，再也不买了',
      '智障客服',
      '腦殘設計',
      '你哋真係痴線',
      'wtf is wrong with you people',
      'You are all incompetent.',
      'What a bunch of clowns.',
      'morons, the lot of you',
    ];
    for (const text of hostile) expect(analyzeRules(text).flags.hostile, text).to.be.true;
  });

  it('folds 癡 to 痴 like the other Traditional characters', () => {
    expect(foldTraditional('癡'.charCodeAt(0))).to.equal('痴'.charCodeAt(0));
    expect(foldTraditional('裏'.charCodeAt(0))).to.equal('里'.charCodeAt(0));
  });

  it('calls "useless" abuse only when it is aimed at someone', () => {
    const aimed = analyzeRules("You're useless.");
    expect(aimed.flags.hostile).to.be.true;
    expect(cuesOn(aimed, 'useless', 'insult')).to.have.length(1);
    expect(analyzeRules('Your support team is useless').flags.hostile).to.be.true;
    expect(analyzeRules('The app is useless on my phone.').flags.hostile).to.be.false;
    expect(analyzeRules('The app is useless on my phone.').emotion).to.equal('angry');
  });

  it('makes 詐騙集團 a complaint as well (accusing the company of fraud)', () => {
    expect(analyzeRules('你們根本就是詐騙集團').flags.complaint).to.be.true;
    expect(analyzeRules('你们就是诈骗集团').flags.complaint).to.be.true;
  });
});

describe('safety: danger, threats and self-harm', () => {
  it('matches English phrases in the plural by a light suffix rule', () => {
    const r = analyzeRules('The water heater keeps giving me electric shocks when I touch the tap.');
    expect(r.flags.safety).to.be.true;
    expect(cuesOn(r, 'electric shocks')).to.have.length(1);
    expect(analyzeRules('There were gas leaks in the building').flags.safety).to.be.true;
    expect(analyzeRules('My gas bill is too high').flags.safety).to.be.false;
  });

  it('reads danger in both Chinese scripts', () => {
    for (const text of ['插座冒火花了', '插座冒火花了', '充電器有燒焦味', '洗衣机漏电，我被电到了', '我被電到了', '电梯困人了，快来']) {
      expect(analyzeRules(text).flags.safety, text).to.be.true;
    }
  });

  it('reads threats and self-harm', () => {
    for (const text of ["If this isn't fixed I'll come down there myself.", 'I know where you work.', '我要砍人了', '你們給我等著', '等着瞧', '我真的想死', '活够了，一了百了', 'I just want to take my own life']) {
      const r = analyzeRules(text);
      expect(r.flags.safety, text).to.be.true;
      expect(r.cues.some((c) => c.flags?.includes('safety')), text).to.be.true;
    }
  });
});

describe('emotion families', () => {
  it('reads rhetorical questions as anger', () => {
    for (const text of [
      'What kind of attitude is that? I ask a question and you give me half an answer.',
      'What on earth is going on?',
      'What gives you the right to cancel my order?',
      '这是什么态度？',
      '你们到底想怎样？',
      '你們到底在幹什麼？',
      '搞什麼啊？我明明選的是宅配',
    ]) {
      expect(analyzeRules(text).emotion, text).to.equal('angry');
    }
  });

  it('reads a negation inside 吗？ as rhetorical, not as negation', () => {
    const r = analyzeRules('这不是乱收费吗？');
    expect(r.emotion).to.equal('angry');
    expect(cuesOn(r, '不是', 'negation')).to.have.length(0);
    expect(cuesOn(analyzeRules('这不是乱收费'), '不是', 'negation')).to.have.length(1);
  });

  it('reads resignation as disappointment', () => {
    for (const text of ['好吧，就這樣吧，我也不抱期待了。', '算了，随便吧', 'Fine, whatever.', 'Never mind, forget it.', "I don't even know what to say."]) {
      expect(analyzeRules(text).emotion, text).to.equal('disappointed');
    }
  });

  it('reads 不差, 还不错 and "not too bad" as mild praise (set phrases), but keeps "negation only weakens"', () => {
    for (const text of ['不差，比我想象的好一点。', '不差啊，比想像中好。', '还不错', 'Not too bad, actually.']) {
      expect(analyzeRules(text).emotion, text).to.equal('satisfied');
    }
    expect(analyzeRules('不离谱').scores.satisfied).to.equal(0);
  });

  it('turns praise of the past into a let-down (以前…很好)', () => {
    for (const text of ['没想到你们家也变成这样了，以前服务挺好的。', '沒想到你們也變成這樣，以前服務明明很好。']) {
      const r = analyzeRules(text);
      expect(r.emotion, text).to.equal('disappointed');
    }
    expect(cuesOn(analyzeRules('以前服务挺好的'), '以前', 'negation')).to.have.length(1);
  });

  it('lets Cantonese anger (好嬲) outweigh the hurry (快啲)', () => {
    const r = analyzeRules('唔該你哋快啲處理，我等咗成個禮拜，真係好嬲！');
    expect(r.emotion).to.equal('angry');
    expect(cuesOn(r, '真係', 'intensifier')).to.have.length(1);
  });

  it('reads vanished things and unexplained terms as confusion', () => {
    for (const text of ['为什么我的积分一夜之间清零了？没有任何通知啊。', 'Why did all my reward points disappear overnight? I wasn\'t notified at all.', 'What does "auto-renewal" in my contract mean?', 'So... do I need to place the order again or not?']) {
      expect(analyzeRules(text).emotion, text).to.equal('confused');
    }
  });

  it('counts "said … five times" as a repeated demand, but not "you keep calling me"', () => {
    expect(analyzeRules("I've said the same thing five times.").flags.complaint).to.be.true;
    expect(analyzeRules('You keep calling me every day about this debt.').flags.complaint).to.be.false;
  });
});

describe('language detection of short Chinese messages', () => {
  it('uses Taiwan particles and words when no character tells the scripts apart', () => {
    expect(detectLang('傻眼')).to.equal('zh-Hant');
    expect(detectLang('好喔')).to.equal('zh-Hant');
    expect(detectLang('蛤？')).to.equal('zh-Hant');
    expect(detectLang('不差啊，比想像中好。')).to.equal('zh-Hant');
    expect(detectLang('哈哈好der')).to.equal('zh-Hant');
  });

  it('falls back to zh-Hans when nothing tells them apart', () => {
    expect(detectLang('收到')).to.equal('zh-Hans');
    expect(detectLang('不差，比我想象的好')).to.equal('zh-Hans');
    expect(analyzeRules('傻眼').lang).to.equal('zh-Hant');
  });
});

describe('the single reading pass', () => {
  const facts: TextFacts = { lang: 'en', amplify: 0 };

  it('folds exactly like foldText and detects exactly like detectLang (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'aZ !?.,，。！？們们说說喔嘅癡😡 \u3000'.split('')),
      fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }).map((a) => a.join('')), (text) => {
        const folded = readText(text, facts);
        expect(Array.from(folded.subarray(0, text.length))).to.deep.equal(Array.from(foldText(text)));
        expect(facts.lang).to.equal(detectLang(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same reading twice in a row and for long and short texts alike', () => {
    const long = 'The agent was nice, but it is STILL broken!!! '.repeat(50);
    const a = JSON.stringify(analyzeRules(long));
    analyzeRules('短');
    expect(JSON.stringify(analyzeRules(long))).to.equal(a);
  });
});
