import { expect } from '@open-wc/testing';
import { analyzeConversation, type ConversationMessage } from '../../../src/core/emotion/index.js';
import { cuesOn, expectFlag, expectEmotion, analyzeRules } from './helpers.js';

describe('escalation: every way of asking for someone higher', () => {
  it('reads English requests, with words in between and in any order', () => {
    expectFlag('escalation', true, [
      'Let me speak to your manager.',
      'Can I talk to a supervisor please?',
      'I want to speak with someone more senior.',
      'Put me through to your supervisor.',
      'Get me someone in charge.',
      'I want to talk to someone who can actually fix this.',
      'Escalate this please.',
      'Pass me to your team leader.',
      "I'd like to speak to a higher authority.",
      'Can I speak to someone above you?',
      'Let me talk to someone else, someone who knows what they are doing.',
      'I demand to speak to the person responsible.',
      'Who is your boss?',
    ]);
  });

  it('does not read statements about the customer’s own manager as a request', () => {
    expectFlag('escalation', false, [
      'My manager asked me to contact you.',
      'I am the manager of this store.',
      "I'm the office manager and I need an invoice.",
      'Our team leader approved the order.',
      'The password manager app crashed.',
    ]);
  });

  it('reads zh-Hans requests, with 的 and other words in between', () => {
    expectFlag('escalation', true, [
      '我要找你们的主管',
      '叫你们经理出来',
      '让你们领导来跟我说',
      '找个能做主的人来',
      '换个人跟我说',
      '有没有更高级别的人',
      '帮我转接主管',
      '你做不了主就换个能做主的',
    ]);
    expectFlag('escalation', false, ['我们经理让我来问一下发票', '我是这家店的经理', '我的主管要求今天交报告']);
  });

  it('reads zh-Hant requests, Taiwan and Hong Kong', () => {
    expectFlag('escalation', true, ['我要找你們的主管', '請你們經理出來', '找你們老闆來', '叫你哋經理出嚟', '搵個話到事嘅人嚟', '唔該轉個主管俾我', '同你講唔通，搵你上司']);
    expectFlag('escalation', false, ['我是負責人，想問一下合約']);
  });
});

describe('safety: danger, threats and self-harm, by family', () => {
  it('reads English danger: smoke, burning, heat, batteries, shocks, injuries, poisoning', () => {
    expectFlag('safety', true, [
      'I can smell burning from the microwave.',
      'The cable is overheating.',
      'The plug melted.',
      'The phone battery is swollen.',
      'I felt a tingling from the metal casing.',
      'My son cut his finger on the broken glass.',
      'My child swallowed a small part from the toy.',
      'I had an allergic reaction after eating it.',
      'I got food poisoning from your restaurant.',
      'I was vomiting all night after eating your chicken.',
      'The heater is too hot, I got burned.',
    ]);
  });

  it('keeps English figures of speech and adjacent negations out', () => {
    expectFlag('safety', false, [
      'No smoke or sparks, it just won’t turn on.',
      'There is no gas smell, I checked.',
      'I smoke a lot but that is irrelevant.',
      'That price is hard to swallow.',
      'My phone got cut off while I was abroad.',
      'The smoke detector needs a new battery.',
    ]);
    expect(analyzeRules('No smoke, no sparks, but it smells like burning.').flags.safety).to.be.true;
  });

  it('reads English threats and self-harm', () => {
    expectFlag('safety', true, ['I know where your office is.', 'You will regret this.', 'Someone is going to get hurt.', 'I wish I was dead.', "I don't want to wake up tomorrow."]);
  });

  it('reads zh-Hans danger, threats and self-harm', () => {
    expectFlag('safety', true, [
      '摸到洗衣机外壳有点麻',
      '孩子误吞了零件',
      '吃了你们的外卖上吐下泻',
      '吃完就过敏了，全身起疹子',
      '电线都露出来了',
      '电源线烧化了',
      '插头熔了',
      '你给我等着，我知道你们公司在哪',
      '你们会后悔的',
    ]);
    expectFlag('safety', false, ['没有冒烟，就是不开机', '没有冒烟或者火花', '有点麻烦', '通货膨胀太厉害了', '气死我了']);
  });

  it('reads zh-Hant danger and Cantonese self-harm', () => {
    expectFlag('safety', true, ['手機電池膨脹了', '插頭燒燶咗', '有陣燶味', '我唔想生存了', '熱水器漏電']);
  });
});

describe('hostile: insults aimed at the agent or the company, by family', () => {
  it('reads English abuse and keeps self-deprecation and product complaints out', () => {
    expectFlag('hostile', true, ['You useless piece of garbage.', 'Do you even have a brain?', 'you are such a waste of space', 'You suck.', 'Your service sucks.', 'Your support is trash.']);
    expectFlag('hostile', false, [
      'This app is useless.',
      'The new design is garbage.',
      'I feel stupid asking this but how do I reset?',
      'Sorry if this is a dumb question.',
      "I'm such an idiot, I typed the wrong address.",
    ]);
    expect(analyzeRules('The new design is garbage.').emotion).to.equal('angry');
  });

  it('reads zh-Hans abuse aimed at the agent, not at a product or at oneself', () => {
    expectFlag('hostile', true, ['你是猪吗', '你们是不是有病', '你会不会说人话', '你没长脑子吗', '你听得懂人话吗']);
    expectFlag('hostile', false, ['这个功能太垃圾了', '是我太笨了，没看到', '我真是个傻瓜，填错地址了', '垃圾桶坏了']);
    expect(cuesOn(analyzeRules('你们的系统太垃圾了'), '垃圾', 'insult')).to.have.length(1);
    expectFlag('hostile', false, ['这破机器真是垃圾', '改版后的APP根本是垃圾']);
  });

  it('reads zh-Hant and Cantonese abuse', () => {
    expectFlag('hostile', true, ['你們客服是豬嗎', '你腦袋裝屎喔', '你哋真係冇腦']);
  });
});

describe('confused and disappointed, by family', () => {
  it('reads English confusion: not following, contradictions, which one', () => {
    expectEmotion('confused', [
      "I don't get it, which plan am I on?",
      'The email says one thing and the app says another.',
      'Your website and your agent told me different things.',
      "Sorry, I don't follow.",
      'Can you explain what this charge is?',
      'Is it this one or that one?',
      'I have no clue what to do next.',
      "I don't know what I'm supposed to do now.",
      "What's the difference between the two plans?",
    ]);
    // A plain how-to question stays neutral.
    expectEmotion('neutral', ['How do I change my billing address?']);
  });

  it('reads English disappointment: hopes, trust, the past, for nothing', () => {
    expectEmotion('disappointed', [
      'You used to be so good.',
      'This is not what I was promised.',
      'I was really looking forward to this.',
      'Not what I hoped for.',
      'I had high hopes.',
      'I trusted you and this is what I get.',
      "I've been a loyal customer for ten years and this is how you treat me.",
      "I'm so disheartened.",
      "It didn't live up to the hype.",
      'All that waiting for nothing.',
    ]);
    expectEmotion('neutral', ["I'll get used to the new layout."]);
  });

  it('reads zh-Hans confusion and disappointment', () => {
    expectEmotion('confused', ['不太懂你的意思', '我该选哪一个', '这两个有什么区别', '不知道你们在说什么', '我看了半天也没找到入口', '那我现在该干嘛']);
    expectEmotion('disappointed', ['不是说会退款吗', '以前不是这样的', '没想到会这样', '本来很期待的', '真是看错你们了', '亏我那么信任你们']);
  });

  it('reads zh-Hant and Cantonese confusion and disappointment', () => {
    expectEmotion('confused', ['我搞不太清楚', '你的意思是？', '咁即係點', '我唔係好明', '點解會咁']);
    expectEmotion('disappointed', ['以前不是這樣的', '白期待了', '枉我咁信你哋', '期待落空']);
  });
});

describe('the trend reads escalation, not only the words', () => {
  const customer = (text: string): ConversationMessage => ({ author: 'customer', text });

  it('does not call a chat that ends in "get me your supervisor" calming down', () => {
    const r = analyzeConversation(['电饭煲坏了', '打了好几次电话没人回复！！', '到底想怎样？再不处理就去12315投诉', '叫你们主管出来'].map(customer));
    const last = r.readings[3]!;
    expect(last.flags.escalation).to.be.true;
    expect(last.pressure).to.be.greaterThan(last.negativeIntensity);
    expect(r.trend).to.equal('rising');
    expect(r.cues.some((c) => c.detail === 'agitated→calm')).to.be.false;
  });

  it('never reads a flagged last message as falling, in English too', () => {
    const furious = ['This is OUTRAGEOUS!!! Absolutely unacceptable!!!', 'You people are ridiculous, I am furious!!!'];
    for (const last of ['Let me speak to your manager.', 'I will report you to the regulator.', 'The charger is smoking.']) {
      const r = analyzeConversation([...furious, last].map(customer));
      expect(r.trend, last).to.not.equal('falling');
    }
    // Without a flag, calming down is still falling.
    expect(analyzeConversation([...furious, 'ok, thanks'].map(customer)).trend).to.equal('falling');
  });

  it('keeps pressure equal to negative intensity when no flag is raised', () => {
    const r = analyzeConversation([customer('有点失望')]);
    expect(r.readings[0]!.pressure).to.equal(r.readings[0]!.negativeIntensity);
  });
});
