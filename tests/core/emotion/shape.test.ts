import { expect } from '@open-wc/testing';
import { EMOTIONS, NEUTRAL_BASELINE, squash } from '../../../src/core/emotion/index.js';
import { rawOf, expectEmotion, analyzeRules } from './helpers.js';

// The shape of a message (docs/analyser.md, "How the analyser tells…"): structural rules that read
// a question with a contradiction as confusion, a let-down with mild complaint words as
// disappointment, and a stake with a deadline as worry, without an emotion word to go on.

function expectExplained(texts: string[]): void {
  for (const text of texts) {
    const r = analyzeRules(text);
    for (const e of EMOTIONS) {
      const raw = rawOf(r, e) + (e === 'neutral' ? NEUTRAL_BASELINE : 0);
      expect(r.scores[e], `${e} in ${text}`).to.be.closeTo(squash(raw), 0.002);
    }
    for (const cue of r.cues) expect(text.slice(cue.start, cue.end), text).to.equal(cue.text);
  }
}

describe('shape: a question with a contradiction in it is confusion', () => {
  const puzzled = [
    '明明已经付款了，订单怎么还是待支付？',
    '页面写着满199减30，可是我凑到205结算，优惠那一栏还是0，是我哪一步操作不对吗？',
    '昨天客服说退款原路返回，今天另一个客服又说退到余额，那退到哪儿？',
    '我没开过这个会员，怎么每个月都显示扣15块？',
    '明明預約的是下午兩點，系統怎麼顯示上午十點？',
    '業主話管理費佢包，但係管理處又寄單俾我，咁我要唔要交？',
    '所以我是要先去門市還是先線上申請？',
    "The tracking says delivered but there's nothing at my door. Where did it go?",
    'I thought the plan included international calls, but I was charged for them?',
    "I ordered the blue one, the box says blue, but the jacket inside is green? Is that a different batch?",
    "What does 'pro-rata adjustment' mean on my bill?",
  ];

  it('reads sources that disagree, "but", 明明, "I thought", denials and alternatives in a question, in three languages', () => {
    expectEmotion('confused', puzzled);
    const r = analyzeRules(puzzled[0]!);
    expect(r.cues.some((c) => c.kind === 'puzzle' && c.text === '明明' && c.emotion === 'confused' && c.weight > 0)).to.be.true;
  });

  it('leaves plain questions and information requests neutral', () => {
    expectEmotion('neutral', [
      '请问国际漫游怎么开通？下周要去日本。',
      '你们周末营业吗？',
      '请问宽带套餐可以中途升级吗？',
      '想問吓你哋公眾假期有冇開門？',
      "I'm not complaining, just checking: is the 20% discount applied before or after VAT?",
      'Can you confirm whether my GP appointment on the 14th is in person or over the phone?',
      "How do I cancel auto-renew? I can't see the option.",
      'How do I reset my password? Is there a link?',
      'Do you deliver on Saturday or Sunday?',
      '这个套餐是按月还是按年收费？',
    ]);
  });

  it('needs a question: the same contradiction told as a statement is not puzzlement', () => {
    expect(analyzeRules('The app says delivered but it came a day later.').emotion).to.not.equal('confused');
    expect(analyzeRules('页面显示已发货，但是物流一直没更新。').emotion).to.not.equal('confused');
  });

  it('does not turn real anger into puzzlement', () => {
    expectEmotion('angry', ['搞什麼啊？我明明選的是宅配，怎麼變成超商取貨？', '明明已经付款了还给我停机，你们是怎么做事的？', 'I paid on time and you still cut off my internet?! This is ridiculous.']);
  });

  it('reads 不是说…吗 as checking a belief in a question, and as a broken promise with anger', () => {
    expect(analyzeRules('不是说满99包邮吗？怎么结算的时候还要6块运费').emotion).to.equal('confused');
    expect(analyzeRules('不是说好48小时内回电吗？已经一个星期了，谁也没联系我').emotion).to.equal('angry');
  });
});

describe('shape: let-down with mild complaint words is disappointment', () => {
  it('lets 唉, 算了, 失望, "sadly", "loyal customer" colour slow, poor, 差 in three languages', () => {
    expectEmotion('disappointed', [
      '唉，又坏了，这已经是第二台了，质量真的不行',
      '算了，质量这么差，下次不会再买了',
      '外卖小哥挺辛苦的，我不怪他，就是这家店出餐太慢了，面都坨了，以后不会再点了',
      '本來以為換了新系統會比較好，結果更難用，唉',
      '很瞎欸，說好的「專人到府安裝」，結果是寄一包零件叫我自己裝',
      "I've been a loyal customer for eight years and the service has been really poor lately. Sadly I'll be looking elsewhere.",
      'Sigh. Third time the order came late.',
      '以前你们的快递两天就到，现在一个星期都到不了，真的慢',
      '以前你哋啲服務好好，而家差咗好多',
    ]);
  });

  it('shows the complaint word as let-down evidence', () => {
    const r = analyzeRules('算了，质量这么差，下次不会再买了');
    expect(r.cues.find((c) => c.text === '差')?.emotion).to.equal('disappointed');
  });

  it('keeps anger when there is real anger: insults, shouting, demands, accusations', () => {
    expectEmotion('angry', [
      '算了，你们这些废物，质量这么差！',
      '唉，太慢了！！！',
      'Sadly the delivery was LATE again.',
      '以前挺好的，现在太差了，退钱！',
      'Sadly the service is poor and you are a bunch of clowns.',
      '你们这是在骗人吧？说好的免费升级，结果扣了我199。',
    ]);
  });

  it('leaves mild complaint words angry without a let-down', () => {
    expectEmotion('angry', ['出餐太慢了，面都坨了', 'Service was poor and delivery was late again.']);
  });

  it('reads a hope and what came of it as let-down', () => {
    expectEmotion('disappointed', [
      '孩子盼了一周的游乐园，到了门口才说系统没出票，只能带他回家了。',
      '結婚紀念日專門訂的靠窗位，到了才說安排給別人了。',
      'My son waited all afternoon for his birthday present. It never came.',
    ]);
    expect(analyzeRules('生日蛋糕很好吃，谢谢').emotion).to.equal('satisfied');
  });
});

describe('shape: a stake with a deadline is worry', () => {
  it('reads exams, visas, rent, medicine, flights with a near deadline in three languages', () => {
    expectEmotion('anxious', [
      '你好，我的保单是不是已经失效了？扣款失败了两次，我下周要做手术。',
      '明早八点的航班刚收到取消短信，我下午要赶到外地面试，有没有最快的改签办法？',
      '今個月人工入唔到戶口，銀行話戶口凍結咗，下個禮拜要交租㗎',
      'I need the documents for my visa appointment on Friday. Will they arrive in time?',
      "Got a text saying the parcel with my passport is 'returned to sender'. I fly in 3 days.",
    ]);
  });

  it('needs both: a stake alone or a deadline alone is not worry', () => {
    expectEmotion('neutral', ['Is there a fee to change my flight date?', '请问改签需要手续费吗？', '好的，那我明天上午在家等师傅。', "Noted, I'll be in tomorrow between 8 and 12 for the engineer."]);
  });
});

describe('shape: a why with an "already" or a denial is confusion', () => {
  it('reads 我已经付款了，为什么…, 我没开过…怎么…, "why would I" in three languages', () => {
    expectEmotion('confused', [
      '我已经付款了，为什么还显示待支付？',
      '我没开过这个会员，怎么每个月都扣15块？',
      '我已經繳費了，怎麼還顯示欠費？',
      'Why would I be charged a cancellation fee if I cancelled within the trial?',
      'Wait, I already verified my ID yesterday, why is it asking again?',
    ]);
  });

  it('leaves a how-to question and an "already" with a plain question neutral', () => {
    expectEmotion('neutral', ['请问国际漫游怎么开通？', '取消原因：买错尺码了。已经申请退货，请问退货地址还是原来那个吗？', 'I already sent the form. Do you need anything else?']);
  });
});

describe('shape: a mild problem reported with a request is a fact', () => {
  it('reads one mild problem word with a request or a question as neutral, in three languages', () => {
    expectEmotion('neutral', [
      'My parcel arrived damaged, please send a replacement.',
      'The order was delivered late, is there any compensation policy?',
      '快递盒子破损了，麻烦补发一个',
      '网速有点慢，是在维护吗？',
      '包裹有點破損，請問可以換貨嗎？',
    ]);
    const r = analyzeRules('My parcel arrived damaged, please send a replacement.');
    expect(r.cues.some((c) => c.kind === 'factual' && c.text === 'damaged' && c.weight < 0)).to.be.true;
  });

  it('keeps the feeling when there is more than one problem, an intensifier, a "!" or no request', () => {
    expect(analyzeRules('The order was delivered late again, is there any compensation?').emotion).to.equal('angry');
    expect(analyzeRules('网速太慢了，是在维护吗？').emotion).to.equal('angry');
    expect(analyzeRules('The order was delivered late!').emotion).to.equal('angry');
    expect(analyzeRules('It arrived damaged.').emotion).to.equal('disappointed');
  });
});

describe('shape: good news asked about is not good news', () => {
  it('reads 收到了没有？, 解决了吗？, "Is it fixed?" as questions', () => {
    for (const text of ['我到底收到了没有？', '问题解决了吗？', 'Is it fixed?']) {
      const r = analyzeRules(text);
      expect(r.emotion, text).to.not.equal('satisfied');
      expect(r.scores.satisfied, text).to.equal(0);
    }
    expect(analyzeRules('问题解决了，谢谢！').emotion).to.equal('satisfied');
  });
});

describe('shape: explainability', () => {
  it('keeps every score the squashed sum of its cues, with exact offsets', () => {
    expectExplained([
      '明明已经付款了，订单怎么还是待支付？',
      '算了，质量这么差，下次不会再买了',
      'I need the documents for my visa appointment on Friday. Will they arrive in time?',
      '孩子盼了一周的游乐园，到了门口才说系统没出票',
      'The tracking says delivered but there is nothing here?',
      '我到底收到了没有？',
      '我没开过这个会员，怎么每个月都扣15块？',
      'My parcel arrived damaged, please send a replacement.',
      '以前你们的快递两天就到，现在一个星期都到不了，真的慢',
    ]);
  });

  it('stays linear and never throws on long or odd input', () => {
    for (const unit of ['明明显示已发货，但是没有到？还是说要等？', '不是说会退款吗？为什么还没到？我以为今天到。']) {
      const long = unit.repeat(20000);
      const t0 = performance.now();
      const r = analyzeRules(long);
      expect(performance.now() - t0, unit).to.be.lessThan(3000);
      expect(r.emotion).to.be.a('string');
    }
    for (const odd of ['?', '？？', '吗', 'but?', '\ud800?但是', 'or', '明明']) expect(() => analyzeRules(odd)).to.not.throw();
  });
});
