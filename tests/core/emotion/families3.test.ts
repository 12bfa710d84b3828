import { expect } from '@open-wc/testing';
import { cuesOn, expectFlag, expectEmotion, analyzeRules } from './helpers.js';

describe('safety: a live part and what it is doing, in one clause', () => {
  it('reads water, sparks, melting and tingling near electrics in three languages', () => {
    expectFlag('safety', true, [
      'Water is dripping out of the ceiling light.',
      'The socket behind the TV is making a crackling noise.',
      'My charger melted overnight.',
      '天花板漏水，水流到灯里面了',
      '卫生间插座下面全是积水',
      '热水器外壳有点发麻',
      '樓上漏水沿著牆壁流到插座',
      '部機個殼有少少麻麻地',
    ]);
  });

  it('needs both in one clause, and leaves ordinary appliance faults alone', () => {
    expectFlag('safety', false, [
      'I dropped my phone in water, can I get it repaired?',
      '洗衣机漏水了，地上全是水',
      '手机屏幕黑了，开不了机',
      'The charger is warm but no smoke or burning smell.',
      'Is the smoke alarm battery included?',
    ]);
  });
});

describe('safety: vehicles, children swallowing, injuries, allergies, alarms', () => {
  it('reads a vital part of a vehicle failing', () => {
    expectFlag('safety', true, [
      'The brakes went soft on the motorway after your service.',
      'My tyre blew out on the highway.',
      '修完车回来刹车踩下去软绵绵的',
      '車子在高速公路上煞車突然失靈',
    ]);
    expectFlag('safety', false, ['My brakes are squeaking a bit, can I book a service?', '这个刹车片多少钱', 'The highway toll was charged twice']);
  });

  it('reads a child or a pet swallowing, not an ATM', () => {
    expectFlag('safety', true, ['My son swallowed one of the magnets.', '我家宝宝把磁铁吞了', '我個女吞咗粒電池']);
    expectFlag('safety', false, ['ATM吞了我的卡怎么办', '宝宝吃了你们的米粉很喜欢']);
  });

  it('reads injuries, allergic reactions and alarms in three languages', () => {
    expectFlag('safety', true, [
      'My daughter got a nasty cut from a sharp edge, there is a lot of blood.',
      'CO alarm has been going off since this morning.',
      'Fell down the stairs because the light was out.',
      '孩子吃了你们的零食全身起红疹',
      '兒子在樓梯摔下來，額頭流很多血',
      '食咗你哋嘅嘢之後成身起紅疹，喉嚨好緊',
      '電梯困咗人，快啲派人嚟',
    ]);
    expectFlag('safety', false, ['We had a mix-up with the order, I ordered two by mistake.', '我被锁在账户外面了', 'I fell in love with this dress']);
  });
});

describe('safety: threats and indirect suicidal talk', () => {
  it('reads threats of violence against staff or property', () => {
    expectFlag('safety', true, [
      "If he shows up again I swear I'll knock him out.",
      "I'll slash his tyres.",
      '再不给我退款，我就去你们公司把前台砸了',
      '你们等着，出了事别怪我',
      '我保證讓他豎著進來、橫著出去',
      '再搞我就同你拼',
    ]);
    expectFlag('safety', false, ['The deadline is killing me', 'I could kill for a coffee right now lol', '这次真的搞砸了，我重新下单']);
  });

  it('reads indirect suicidal talk as despair (disappointed) and raises safety', () => {
    const texts = [
      "I don't see the point in going on anymore.",
      'Might as well end it, nobody would notice anyway.',
      '活着真没意思，是不是我死了就一了百了',
      '也许我不在了家里人会轻松一点',
      '有時覺得不如死咗算',
    ];
    expectFlag('safety', true, texts);
    expectEmotion('disappointed', texts);
    expectFlag('safety', false, ['累死了，今天加班到十点', '笑死，这个广告太好笑了']);
  });
});

describe('escalation: a request and a role, a human, transfer', () => {
  it('reads a role after a request verb in one clause, any role', () => {
    expectFlag('escalation', true, ['请贵行安排负责人今天给我答复', '你处理不了就赶紧找个能处理的负责人', '让你们院长出来说话', '請直接幫我轉給站長', '麻煩讓值班主管接手', '有沒有哪個主管能說清楚']);
    expectFlag('escalation', false, ['店长叫我明天再来拿货', '经理说明天会给我回电', '我们经理让我来问一下发票的事', '我想换一个尺码']);
  });

  it('reads asking for a human, and for someone above, without the words manager or supervisor', () => {
    expectFlag('escalation', true, ['转人工！', '别让机器人回答我，转人工', 'Transfer me to a human please.', 'I need a real person right now.', 'Put me through to whoever runs this department.', 'Could someone above your level look at it?', 'Pass me up the chain.']);
    expectFlag('escalation', false, ['Transfer me to billing please', 'Can I get a human-readable invoice?']);
  });

  it('does not read a report about a supervisor as a request', () => {
    expectFlag('escalation', false, ["Your supervisor called me back like I asked, and it's all resolved now. Thanks.", '之前投诉的问题已经解决了，你们领导还亲自打电话道歉', 'My team lead wanted me to check the licence.']);
  });

  it('adds the request to what the customer feels: worry, confusion or let-down', () => {
    const r = analyzeRules('Flight leaves in 3 hours and the app says cancelled. Need someone senior to check NOW please.');
    expect(r.emotion).to.equal('anxious');
    expect(cuesOn(r, 'someone senior')[0]?.emotion).to.equal('anxious');
    expect(analyzeRules('真的很寒心。我要投诉，麻烦转给你的上级处理').emotion).to.equal('disappointed');
    expect(analyzeRules('叫你们经理出来').emotion).to.equal('angry');
  });
});

describe('hostile: insults at the agent or the company', () => {
  it('reads English abuse, elliptical insults and censored swearing', () => {
    expectFlag('hostile', true, ['Absolutely useless.', 'useless as always. whatever', 'Useless bunch, can\'t even get a postcode right.', 'Pathetic excuse for an airline.', 'F*** this company.', 'Are you all brain-dead over there?', 'you glorified answering machine']);
    expectFlag('hostile', false, ['The app is useless.', 'Sucks.', "Sorry, I'm probably being an idiot, but why does it say delivered?", 'Do you people even read these messages?']);
  });

  it('reads Chinese abuse at the company and the agent, not at a product', () => {
    expectFlag('hostile', true, ['你哋間垃圾公司', '你们这破银行的风控是摆设吗', '你们是不是草台班子？', '你们客服真是一点用都没有', '就你这水平根本不配坐在这个位置上', '你哋係咪冇人識做嘢㗎']);
    expectFlag('hostile', false, ['这破机器真是垃圾', 'OK了解，我真是白痴，原来要先登出再登入', '客服超有耐心，我问了一堆蠢问题都慢慢回', '申請理賠卻被當成詐騙犯在查']);
  });
});

describe('complaint: repetition, reporting, going public', () => {
  it('reads the Nth time, in three languages', () => {
    expectFlag('complaint', true, ['😡😡😡 第三次了', '這已經是第三次改時間了', '已經問咗第三次', "I've called six times.", 'This is my fourth mail on the same matter.', 'Third time today.', '问三遍回三遍一模一样的话']);
    expectFlag('complaint', false, ['這已經是第二次收到快過期的牛奶了', 'This is my third time ordering from you, love it', '我今天第三次来你们店买东西了，很喜欢']);
  });

  it('reads the police, going public on a platform and taking money unasked', () => {
    expectFlag('complaint', true, ['我要去报警', '等着我在微博和小红书上好好给你们宣传宣传', "I'm going to post about this on Facebook.", '谁让你们给我开的增值业务？', 'Feels like a con, honestly.', '收咗錢就唔理人']);
    expectFlag('complaint', false, ['我在小红书上看到你们的优惠活动', 'I saw your post on Facebook about the sale']);
  });
});

describe('emotions: English confusion, let-down, and small structural readings', () => {
  it('reads English confusion families', () => {
    expectEmotion('confused', ["That doesn't add up. You said the upgrade was free.", 'My bill says 0 kWh but I have been charged £84? How does that work', 'Sorry, bit lost here. Does pause stop the billing, or just the deliveries?', "I feel stupid asking this but where do I find my policy number?"]);
  });

  it('reads English and Chinese let-downs', () => {
    expectEmotion('disappointed', ["So much for 'next day delivery'.", 'the replacement is also broken', '投诉了也没用吧，上次投诉就是不了了之。', '破防了，蹲了半年的演唱会票全没了', '…好吧']);
  });

  it('does not let 不 in an A-not-A question negate or contrast (过不过关)', () => {
    const r = analyzeRules('你们店的卫生到底过不过关');
    expect(r.cues.some((c) => c.kind === 'contrast' || c.kind === 'negation')).to.be.false;
  });

  it('reads thanks after an acknowledgement as thanks, and after a request as courtesy', () => {
    expect(analyzeRules('works now!! thank youuu 🙏🙏').emotion).to.equal('satisfied');
    expect(analyzeRules('本來很火大，但你們處理得很快，現在沒事了，謝謝').emotion).to.equal('satisfied');
    expect(analyzeRules('麻烦把上个月的电子发票发到我邮箱，谢谢').emotion).to.equal('neutral');
  });
});
