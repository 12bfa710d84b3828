import { expect } from '@open-wc/testing';
import { EMOTIONS, NEUTRAL_BASELINE, squash } from '../../../src/core/emotion/index.js';
import { cuesOn, rawOf, analyzeRules } from './helpers.js';

describe('analyzeMessage: the reading', () => {
  it('returns the contract shape with every emotion scored 0..1', () => {
    const r = analyzeRules('我对这个服务非常不满意！！');
    expect(r.lang).to.equal('zh-Hans');
    expect(Object.keys(r.scores).sort()).to.deep.equal([...EMOTIONS].sort());
    for (const e of EMOTIONS) expect(r.scores[e]).to.be.within(0, 1);
    expect(r.intensity).to.equal(r.scores[r.emotion]);
    expect(r.flags).to.have.all.keys('complaint', 'escalation', 'hostile', 'safety');
  });

  it('explains every score: each emotion is the squashed sum of its cue weights', () => {
    const texts = [
      '客服態度很好，但是問題還是沒解決，太失望了！！',
      'This is RIDICULOUS, I want to speak to a manager!!!',
      '呵呵，真是太好了，又延期了',
      'not happy at all, but thanks for trying 🙏',
    ];
    for (const text of texts) {
      const r = analyzeRules(text);
      for (const e of EMOTIONS) {
        const raw = rawOf(r, e) + (e === 'neutral' ? NEUTRAL_BASELINE : 0);
        expect(r.scores[e], `${e} in ${text}`).to.be.closeTo(squash(raw), 0.002);
      }
    }
  });

  it('gives every cue exact UTF-16 offsets into the input, in text order', () => {
    const text = '😡😡 你们这些骗子！Refund me NOW!!!';
    const r = analyzeRules(text);
    expect(r.cues.length).to.be.greaterThan(3);
    let last = 0;
    for (const cue of r.cues) {
      expect(text.slice(cue.start, cue.end)).to.equal(cue.text);
      expect(cue.start).to.be.at.least(last);
      last = cue.start;
    }
  });

  it('is neutral with no evidence and names the language asked for', () => {
    const r = analyzeRules('订单号 8823719', { lang: 'zh-Hant' });
    expect(r.emotion).to.equal('neutral');
    expect(r.intensity).to.equal(0);
    expect(r.lang).to.equal('zh-Hant');
  });
});

describe('analyzeMessage: keywords in three languages', () => {
  const cases: [string, string][] = [
    ['我真的很生气', 'angry'],
    ['我真的很生氣', 'angry'],
    ['I am furious about this', 'angry'],
    ['太失望了', 'disappointed'],
    ['好失望', 'disappointed'],
    ['Honestly, I expected better.', 'disappointed'],
    ['能不能快点，我很着急', 'anxious'],
    ['拜託快一點，我很急', 'anxious'],
    ['This is urgent, I am worried', 'anxious'],
    ['这个账单我看不懂', 'confused'],
    ['這張帳單我看不懂', 'confused'],
    ["I don't understand this bill", 'confused'],
    ['问题解决了，谢谢', 'satisfied'],
    ['問題解決了，感恩', 'satisfied'],
    ['That fixed it, thank you!', 'satisfied'],
  ];
  for (const [text, emotion] of cases) {
    it(`${text} → ${emotion}`, () => expect(analyzeRules(text).emotion).to.equal(emotion));
  }

  it('reads Taiwan and Hong Kong usage, not only converted characters', () => {
    expect(analyzeRules('搞什麼啊').emotion).to.equal('angry');
    expect(analyzeRules('這也太離譜了').emotion).to.equal('angry');
    expect(analyzeRules('好扯').emotion).to.equal('angry');
    expect(analyzeRules('超爛的服務').emotion).to.equal('angry');
    expect(analyzeRules('真係好嬲').emotion).to.equal('angry');
    expect(analyzeRules('等咗三個禮拜，真係心淡').emotion).to.equal('disappointed');
    expect(analyzeRules('我要客訴').flags.complaint).to.be.true;
    expect(analyzeRules('唔該幫我查下').emotion).to.equal('neutral');
  });

  it('matches English case-insensitively but only on word boundaries', () => {
    expect(cuesOn(analyzeRules('ANGRY'), 'ANGRY', 'keyword')).to.have.length(1);
    expect(analyzeRules('my friend is madagascar-bound').cues.filter((c) => c.kind === 'keyword')).to.have.length(0);
    expect(analyzeRules('the manageress').flags.escalation).to.be.false;
    expect(cuesOn(analyzeRules('I complained twice'), 'complained')).to.have.length(1);
  });

  it('treats full-width and half-width punctuation alike', () => {
    const full = analyzeRules('太慢了！！！');
    const half = analyzeRules('太慢了!!!');
    expect(full.scores).to.deep.equal(half.scores);
    expect(cuesOn(full, '！！！', 'punctuation')).to.have.length(1);
    expect(analyzeRules('ＵＲＧＥＮＴ').emotion).to.equal('anxious');
  });
});

describe('analyzeMessage: negation', () => {
  it('flips praise: 不满意, 不太满意, not happy', () => {
    expect(analyzeRules('不满意').emotion).to.not.equal('satisfied');
    const soft = analyzeRules('我不太满意');
    expect(soft.emotion).to.equal('disappointed');
    expect(cuesOn(soft, '不太', 'negation')).to.have.length(1);
    const en = analyzeRules('I am not happy');
    expect(en.emotion).to.equal('disappointed');
    expect(cuesOn(en, 'not', 'negation')[0]!.emotion).to.equal('disappointed');
    expect(analyzeRules('一點都不滿意').scores.satisfied).to.equal(0);
  });

  it('only weakens a negative word: 不离谱 is not praise', () => {
    const r = analyzeRules('不离谱');
    expect(r.scores.satisfied).to.equal(0);
    expect(r.scores.angry).to.be.lessThan(analyzeRules('离谱').scores.angry);
    expect(analyzeRules('我不生气').emotion).to.equal('neutral');
    expect(analyzeRules("I'm not angry").emotion).to.equal('neutral');
  });

  it('stops at clause punctuation', () => {
    const cut = analyzeRules('我没有办法，满意');
    expect(cut.cues.some((c) => c.kind === 'negation' && c.emotion === 'disappointed')).to.be.false;
    const cutEn = analyzeRules('no, happy now');
    expect(cutEn.emotion).to.equal('satisfied');
  });

  it('reaches only a short window', () => {
    expect(analyzeRules('没 有 让 我 满意').cues.some((c) => c.kind === 'negation')).to.be.true;
    expect(analyzeRules('not that the long and winding story made me happy').cues.some((c) => c.kind === 'negation')).to.be.false;
  });

  it('suppresses the flag of a negated word', () => {
    expect(analyzeRules('我不是要投诉').flags.complaint).to.be.false;
    expect(analyzeRules("I don't want to complain").flags.complaint).to.be.false;
  });

  it('lets expectation words negate the praise after them (原以为, I thought)', () => {
    expect(analyzeRules('原以为会很靠谱，结果还是一样').emotion).to.equal('disappointed');
    expect(analyzeRules('I thought it would be reliable').emotion).to.equal('disappointed');
  });
});

describe('analyzeMessage: degree adverbs in tiers', () => {
  it('orders 有点 < 很 < 非常 < 太/极其', () => {
    const s = (t: string) => analyzeRules(t).scores.disappointed;
    expect(s('有点失望')).to.be.lessThan(s('失望'));
    expect(s('失望')).to.be.lessThan(s('很失望'));
    expect(s('很失望')).to.be.lessThan(s('非常失望'));
    expect(s('非常失望')).to.be.lessThan(s('极其失望'));
    expect(cuesOn(analyzeRules('有点失望'), '有点', 'intensifier')[0]!.weight).to.be.below(0);
  });

  it('works in Traditional script and English', () => {
    expect(analyzeRules('非常擔心').scores.anxious).to.be.greaterThan(analyzeRules('擔心').scores.anxious);
    const s = (t: string) => analyzeRules(t).scores.angry;
    expect(s('a bit annoyed')).to.be.lessThan(s('annoyed'));
    expect(s('annoyed')).to.be.lessThan(s('very annoyed'));
    expect(s('very annoyed')).to.be.lessThan(s('extremely annoyed'));
  });
});

describe('analyzeMessage: contrast', () => {
  it('weights the clause after 但是/可是/不过 and halves the one before', () => {
    const r = analyzeRules('客服态度很好，但是问题还是没解决');
    expect(r.emotion).to.equal('angry');
    expect(cuesOn(r, '但是', 'contrast').some((c) => c.emotion === 'satisfied' && c.weight < 0)).to.be.true;
    expect(cuesOn(r, '但是', 'contrast').some((c) => c.emotion === 'angry' && c.weight > 0)).to.be.true;
    expect(analyzeRules('價格有點貴，不過師傅很專業').emotion).to.equal('satisfied');
    expect(analyzeRules('問題很多，可是客服很有耐心，謝謝').emotion).to.equal('satisfied');
  });

  it('does the same for but/however, across a sentence break', () => {
    expect(analyzeRules('The agent was lovely. However, my refund still has not arrived and I am worried.').emotion).to.equal('anxious');
    expect(analyzeRules('It was slow but the engineer was great').emotion).to.equal('satisfied');
  });
});

describe('analyzeMessage: punctuation, caps and repetition', () => {
  it('amplifies with exclamation runs', () => {
    expect(analyzeRules('太差了！！！').scores.angry).to.be.greaterThan(analyzeRules('太差了').scores.angry);
    expect(analyzeRules('terrible!!!').scores.angry).to.be.greaterThan(analyzeRules('terrible').scores.angry);
  });

  it('reads question runs as confusion, or anger when already angry', () => {
    expect(analyzeRules('？？？').emotion).to.equal('confused');
    expect(analyzeRules('???').emotion).to.equal('confused');
    expect(cuesOn(analyzeRules('凭什么？？？'), '？？？', 'punctuation')[0]!.emotion).to.equal('angry');
  });

  it('boosts ALL CAPS keywords and shouting, but not acronyms', () => {
    const caps = analyzeRules('this is UNACCEPTABLE');
    expect(cuesOn(caps, 'UNACCEPTABLE', 'caps')).to.have.length(1);
    expect(caps.scores.angry).to.be.greaterThan(analyzeRules('this is unacceptable').scores.angry);
    expect(analyzeRules('WHERE IS MY PARCEL').cues.filter((c) => c.kind === 'caps').length).to.be.at.least(2);
    expect(analyzeRules('my SIM and PIN from the ATM').cues.filter((c) => c.kind === 'caps')).to.have.length(0);
  });

  it('reads repeated characters (急急急, 啊啊啊) and elongated words', () => {
    expect(cuesOn(analyzeRules('急急急'), '急急急', 'repetition')[0]!.emotion).to.equal('anxious');
    expect(cuesOn(analyzeRules('啊啊啊啊'), '啊啊啊啊', 'repetition')).to.have.length(1);
    expect(analyzeRules('急急急').scores.anxious).to.be.greaterThan(analyzeRules('急').scores.anxious);
    expect(cuesOn(analyzeRules('why is this sooo slow'), 'sooo', 'repetition')).to.have.length(1);
    expect(analyzeRules('哈哈哈').cues.some((c) => c.kind === 'repetition')).to.be.false;
  });
});

describe('analyzeMessage: emoji and emoticons', () => {
  it('reads emoji alone', () => {
    expect(analyzeRules('😡').emotion).to.equal('angry');
    expect(analyzeRules('😭').emotion).to.be.oneOf(['anxious', 'disappointed']);
    // A lone thumbs-up is an acknowledgement; with words or repeated it is praise.
    expect(analyzeRules('👍').emotion).to.equal('neutral');
    expect(analyzeRules('👍👍').emotion).to.equal('satisfied');
    expect(analyzeRules('great service 👍').emotion).to.equal('satisfied');
    expect(analyzeRules('🤔').emotion).to.equal('confused');
    expect(cuesOn(analyzeRules('ok 😊'), '😊', 'emoji')).to.have.length(1);
  });

  it('reads emoticons, but not the colon-slash of a link', () => {
    expect(analyzeRules('thanks :)').emotion).to.equal('satisfied');
    expect(analyzeRules('still waiting :(').scores.disappointed).to.be.greaterThan(0);
    expect(analyzeRules('see https://example.com').emotion).to.equal('neutral');
    expect(analyzeRules('QAQ').emotion).to.equal('disappointed');
  });
});

describe('analyzeMessage: sarcasm', () => {
  it('reads 呵呵 and 真是太好了 in a negative context as anger', () => {
    const r = analyzeRules('呵呵，真是太好了，又延期了');
    expect(r.emotion).to.equal('angry');
    expect(r.scores.satisfied).to.equal(0);
    expect(analyzeRules('真是太好了，第三次送錯地址').emotion).to.equal('angry');
  });

  it('reads "great, another week" and deadpan praise as anger', () => {
    expect(analyzeRules('Great, another week of waiting.').emotion).to.equal('angry');
    expect(analyzeRules('Thanks for nothing.').emotion).to.equal('angry');
    expect(analyzeRules('The refund took three weeks. Impressive.').emotion).to.equal('angry');
  });

  it('reads praise in scare quotes next to a complaint as anger', () => {
    expect(analyzeRules('你們的「專業」服務讓我等了十天，太扯').scores.satisfied).to.equal(0);
  });

  it('leaves sincere praise alone', () => {
    expect(analyzeRules('真是太好了，谢谢你！').emotion).to.equal('satisfied');
    expect(analyzeRules('Great, thanks so much!').emotion).to.equal('satisfied');
    expect(analyzeRules('Thanks. The parcel arrived.').emotion).to.equal('satisfied');
  });
});

describe('analyzeMessage: compounds win over their parts', () => {
  it('不错 is praise, 没事 is calm, 无语 is exasperation', () => {
    expect(analyzeRules('质量不错').emotion).to.equal('satisfied');
    expect(cuesOn(analyzeRules('质量不错'), '不', 'negation')).to.have.length(0);
    expect(analyzeRules('没事没事').emotion).to.equal('neutral');
    expect(analyzeRules('无语').emotion).to.equal('angry');
    expect(analyzeRules('無言').emotion).to.equal('angry');
    expect(analyzeRules('not bad at all').emotion).to.equal('satisfied');
    expect(analyzeRules('no problem').emotion).to.equal('neutral');
  });

  it('keeps everyday words out: 死机 is not a threat, gas bill is not a leak', () => {
    expect(analyzeRules('电脑又死机了').flags.safety).to.be.false;
    expect(analyzeRules('气死我了').flags.safety).to.be.false;
    expect(analyzeRules('my gas bill is wrong').flags.safety).to.be.false;
    expect(analyzeRules('我想查一下工商银行的卡').flags.complaint).to.be.false;
    expect(analyzeRules('怎么操作').flags.hostile).to.be.false;
    expect(analyzeRules('我妈的手机停机了').flags.hostile).to.be.false;
  });
});

describe('analyzeMessage: flags', () => {
  it('complaint: 投诉/complain/客訴, regulators, reviews, cheating', () => {
    for (const t of ['我要投诉你们', '我要去12315', '去消協投訴', '給一星負評', '你们这是欺骗消费者', 'I will file a complaint', 'reporting you to the BBB', 'this is a scam', 'leaving a one-star review']) {
      expect(analyzeRules(t).flags.complaint, t).to.be.true;
    }
  });

  it('complaint: an ignored, repeated demand', () => {
    for (const t of ['我打了好几次电话，一直没人回复', '已經打咗五次電話，冇人覆', 'third time calling about this', "I've asked at least five times now", '我已经说了三遍了']) {
      expect(analyzeRules(t).flags.complaint, t).to.be.true;
    }
    expect(analyzeRules('空调修了三次').flags.complaint).to.be.false;
  });

  it('escalation: supervisor, manager, someone in charge', () => {
    for (const t of ['叫你们经理来', '找你們主管出來', '叫你哋經理出嚟', '让你们负责人处理', 'I want to speak to a manager', 'put me through to someone in charge', 'escalate this please']) {
      expect(analyzeRules(t).flags.escalation, t).to.be.true;
    }
    expect(analyzeRules('I am the account manager for our team').flags.escalation).to.be.false;
  });

  it('hostile: insults at the agent or company', () => {
    for (const t of ['你是白痴吗', '你們這些廢物', '靠北喔，你們是在搞什麼', 'you are useless idiots', 'go to hell', '你哋班廢物']) {
      expect(analyzeRules(t).flags.hostile, t).to.be.true;
    }
    expect(analyzeRules('垃圾分类怎么收费').flags.hostile).to.be.false;
    // Swearing at the situation, not at anyone.
    expect(analyzeRules('靠北，又斷線了').flags.hostile).to.be.false;
  });

  it('safety: violence, self-harm and physical danger', () => {
    for (const t of ['充电器冒烟了', '熱水器漏電', '家裡瓦斯好像外洩', '屋企石油氣好大陣味', '我不想活了', '再不处理我就拿刀去你们店', 'I smell gas', 'the socket is sparking', 'I got an electric shock', 'someone is going to get hurt', 'I want to kill myself', 'we are trapped in the lift']) {
      expect(analyzeRules(t).flags.safety, t).to.be.true;
    }
  });
});
