import { expect } from '@open-wc/testing';
import { expectEmotion, expectFlag, analyzeRules } from './helpers.js';

describe('hostile: contempt for the agent without an insult word', () => {
  it('reads questions about the agent being a bot, new or untrained', () => {
    expectFlag('hostile', true, [
      '你是机器人吧？同一句话回了三遍',
      '你係咪AI嚟㗎？',
      '你是新来的吧？这都不知道',
      '你係咪新嚟㗎',
      '請問你是昨天才來上班的嗎？',
      '你们到底有没有受过培训？',
      'Are you a bot? I keep getting the same line.',
      'Is it your first day on the job?',
      'Did they hire you yesterday or something?',
      'Who trained you?',
    ]);
  });

  it('reads questions about hearing, reading and brains', () => {
    expectFlag('hostile', true, [
      '你们是不是听不懂中文？我说的是没收到',
      '講極都唔明，我要嘅係退款',
      '麻煩你看完再回好嗎？',
      '你上班是来混日子的吧',
      '能不能动动脑子？',
      '你们公司招人是不是不看脑子的',
      '你講嗰啲我三歲細路都識講',
      'Do you even read what I write?',
      'Is there anyone with a brain over there?',
      'Let me explain this slowly: I want a refund.',
      'Wow, genius. Restart the router, never thought of that.',
      'Even a bot would give me a different answer.',
    ]);
  });

  it('reads taunts and mock praise next to a complaint', () => {
    expectFlag('hostile', true, [
      '行行行，你们永远是对的，满意了吧',
      '真佩服你们，一个简单问题转了我四个部门',
      '嘩，好專業呀，修咗一個禮拜都未修好，真係佩服晒',
      'Happy now? Third refund refused.',
      'Truly the highlight of my week, waiting on hold again for two hours.',
    ]);
  });

  it('leaves running oneself down, sincere praise, the channel and the product alone', () => {
    expectFlag('hostile', false, [
      "I'm hopeless with tech, sorry, where do I find the wifi password?",
      '我自己蠢，揀錯咗日期，可以改嗎',
      '我脑子不好使，请问怎么改密码？',
      '你们客服是机器人吗？每次回复都是同一句话',
      'Is anyone actually reading my messages or is this a bot?',
      '转人工，我不想跟机器人说话',
      'Your agent Priya is a genius, fixed in two minutes. Thank you!',
      '真佩服你们师傅，半小时就修好了，谢谢',
      'Well done everyone, sorted in minutes, thank you!',
      '你们有没有培训课程？',
      '请问你们几点下班？',
      'This app is hopeless on my phone.',
    ]);
  });
});

describe('safety: medication, foreign bodies, allergies, falls and failing vehicles', () => {
  it('reads a wrong, mixed-up, doubled or expired medicine and a worry about harm', () => {
    expectFlag('safety', true, [
      '药房给我配错药了，我已经吃了一片',
      '處方寫一天一粒，藥袋寫一天三粒，我媽照住食咗一個禮拜，會唔會有事？',
      '医生开的是5毫升，药瓶上印的是15毫升，孩子喝了两次，会不会有事？',
      'The pharmacy gave my dad the wrong tablets and he has taken two.',
      'The amoxicillin you delivered expired in March. He has had 3 doses. Is he going to be ok?',
    ]);
  });

  it('reads glass or metal in food, an allergen eaten, an elderly fall and a failing vehicle', () => {
    expectFlag('safety', true, [
      '外卖的饭里面有一块玻璃渣',
      '外賣個飯入面有條鐵線，我咬落去差啲崩牙',
      'Found a piece of metal in my burger.',
      'I ordered nut-free for my daughter, it had peanuts and she ate half of it.',
      '我對花生過敏，你們沒標示，我吃了之後嘴唇腫起來',
      '我奶奶一个人在家摔倒了，现在起不来',
      'My dad slipped getting out of the bath you fitted.',
      '方向盘完全打不动，差点撞护栏',
      '軚盤好重，轉彎幾乎轉唔到',
      'Steering wheel started shaking at 80 on the motorway right after your alignment.',
      'The charger got so hot it was too hot to touch.',
      '充电器插上十分钟就烫得不能碰',
    ]);
  });

  it('reads threats at staff and indirect suicidal talk', () => {
    expectFlag('safety', true, [
      '我知道你们营业厅在哪，别怪我不客气',
      '我就去你们公司楼下等着，看你们还敢不敢',
      '你再叫人上嚟拍我門，我唔保證佢行唔行得返出去',
      "Don't be surprised if someone turns up at your office one day.",
      'If your driver comes near my house again he won\'t be walking back.',
      '反正我这种人活着也是拖累',
      '我消失了也不會有人在意',
      '我都唔知仲可以撐幾耐',
      "Not sure how much longer I can keep going tbh.",
      'Honestly I am just a burden to my family.',
    ]);
  });

  it('leaves figures of speech, names of medicine and ordinary questions alone', () => {
    expectFlag('safety', false, [
      '笑死，你们的app又更新了',
      '急死了，快递什么时候到',
      "I'm dying to know when the new plans drop",
      'I could kill for a working connection right now',
      'My prescription expired, can I renew it?',
      'The medicine was delivered to the wrong address, can you resend?',
      '我对花生过敏，这款饼干含花生吗？',
      'My dad fell for a scam call last week, can you block the number?',
      '我妈看到账单差点心脏病发作，这个月话费怎么八百多？',
      '刹车片很重要，请问保养多少钱？',
      'I know where you are coming from, but it is still late.',
    ]);
  });
});

describe('complaint, escalation and close calls', () => {
  it('reads cheating in Cantonese, legal letters, consumer forums and an audience', () => {
    expectFlag('complaint', true, [
      '你哋呢啲自動續約根本就係呃人',
      '我會寄存證信函，請你們法務準備好',
      'If this is not resolved by Monday I will go to the consumer forum.',
      "I've got 40k followers and I'm filming a video about this tonight.",
    ]);
  });

  it('does not read a review one was going to leave as a complaint', () => {
    expectFlag('complaint', false, [
      '本来想给差评的，结果师傅特别负责，给你们五星！',
      'I was honestly ready to leave a 1 star review but Aisha sorted it. Thank you!',
      'Is this real or a scam? I got a text about my account.',
    ]);
  });

  it('reads a polite request for a manager as business, and a past call from one as no request', () => {
    expectEmotion('neutral', ['麻煩請你們店長回電給我，想談團體方案', '唔該請你哋分店經理覆電，關於報名', 'Could you please pass this to your supervisor? Reference 2231.']);
    expect(analyzeRules('我要同你經理講，唔該而家幫我轉過去').emotion).to.equal('angry');
    expectFlag('escalation', false, ['你们主管亲自打电话来道歉了，谢谢', '客服小王太靠谱了，麻烦转告一下他领导']);
    expectFlag('escalation', true, ['请贵公司主管亲自回复', '能不能换个懂行的来']);
  });

  it('reads an ongoing charge as anger, a suspected error as confusion, a mediocre lesson as let-down', () => {
    expectEmotion('angry', ['我已經要求退訂，到現在還在扣款', 'Two weeks after cancelling you are still charging me.']);
    expectEmotion('confused', ['為什麼我的卡刷不過？上個月都還可以', '點解我張電費單有兩個月嘅錶數？係咪計錯咗？']);
    expectEmotion('disappointed', ['一直很喜欢你们家的课，这次的老师讲得真的一般']);
  });
});
