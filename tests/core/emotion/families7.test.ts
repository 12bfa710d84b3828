import { expect } from '@open-wc/testing';
import { expectEmotion, expectFlag, analyzeRules } from './helpers.js';

describe('escalation: every way to ask for a human or someone higher', () => {
  it('reads requests for a real person, in all three varieties', () => {
    expectFlag('escalation', true, [
      '我要跟真人说话',
      '我要同真人講嘢！',
      '有沒有真人可以回答我？',
      '唔好再畀個bot我',
      'Can talk to real person or not?',
      'Is there a real person I can talk to?',
      'Let me speak to a representative.',
      'Abeg put me through to your oga.',
    ]);
  });

  it('reads requests for someone more senior or more experienced', () => {
    expectFlag('escalation', true, [
      '有没有比较资深的同事可以处理？',
      '有冇更熟呢樣嘢嘅同事？',
      '能不能找一位级别高一点的同事',
      '你上面还有人吗？',
      'Please connect me to your senior.',
      'I need someone more experienced with billing.',
      "I'd rather talk to whoever's actually in charge.",
      'Connect me to the higher authority please.',
    ]);
  });

  it('leaves talk about someone else, praise passed up and near misses alone', () => {
    expectFlag('escalation', false, [
      '我個 manager 叫我問下可唔可以加卡',
      '麻煩幫我轉達給你們主管，今天這位小姐服務超好',
      'Your supervisor Tom rang me back and sorted it. Legend, thanks!',
      '我跟你们同事很熟，他推荐我来的',
      'Is this a real leather bag?',
      'My senior citizen discount is missing.',
    ]);
  });

  it('keeps a polite or conditional handover neutral, and an urgent one worried', () => {
    expectEmotion('neutral', [
      '如果你这边做不了主，麻烦帮我转给能做决定的同事，谢谢',
      '请安排今天的值班经理给我回个电话，谢谢',
      'Kindly arrange a call back from the branch manager regarding my locker.',
    ]);
    expectEmotion('anxious', ['Can I please talk to your manager? My flight is in 4 hours and the booking still shows cancelled.']);
    expectEmotion('confused', ['轉真人客服要按哪個鍵？']);
  });
});

describe('hostile: contempt for the agent, more families', () => {
  it('reads telling the agent to quit or change jobs', () => {
    expectFlag('hostile', true, [
      '建议你趁早辞职吧',
      '拜託你去換個工作好嗎，這行真的不適合你',
      '你呢份工真係唔啱你，早啲轉行啦',
      'Honestly you should find another job.',
      'Go back to training.',
    ]);
    expectFlag('hostile', false, ['我上个月辞职了，社保怎么转？', 'I should quit this app, it keeps crashing.', 'Do you offer training for new staff?']);
  });

  it('reads "a dog or a bot would do better" and "anyone can do that"', () => {
    expectFlag('hostile', true, [
      '请只狗来回复都好过你',
      '随便下个AI都比你会回答',
      '照着稿子念谁不会啊',
      'A parrot could do a better job.',
      "I've had more useful conversations with my letterbox.",
      'Is there anyone there with a functioning brain cell?',
    ]);
    expectFlag('hostile', false, ['我家狗狗吃了你们的狗粮很喜欢', 'My dog loves the new food.', 'I got the script from the pharmacy.']);
  });

  it('reads mock praise, a smirk and slang insults (Taiwan, Singapore, the Philippines)', () => {
    expectFlag('hostile', true, [
      '嘩，好叻呀你，真係天才😏',
      '转了五个部门，厉害厉害，建议申报吉尼斯',
      '你們客服87分不能再高了',
      'Your chat agent damn blur sia.',
      'Ang bobo naman ng support nyo.',
    ]);
    // Mock praise turns the other praise around it to sarcasm too.
    expect(analyzeRules('哇～你好棒喔，叫我重開機就能解決斷網三天的問題，天才欸👏').emotion).to.equal('angry');
    expectFlag('hostile', false, ['我真的是北七，優惠券忘記用了', 'Aiyo I so stupid, I key in wrong address', 'This stupid phone froze again.']);
  });
});

describe('safety: more families', () => {
  it('reads threats: a tool brought along, "we will see who is laughing", a conditional visit', () => {
    expectFlag('safety', true, [
      '我就提一桶汽油去你們公司',
      '再唔處理我就上嚟搵你',
      '到時唔好怪我唔客氣',
      'I will come to your office and then we will see who is laughing.',
      "I'll wring your neck.",
    ]);
    expectFlag('hostile', true, ['我就提一桶汽油去你們公司', 'Keep it up and see. I know your name now.']);
    expectFlag('safety', false, ['我下周再过来找你们办理', 'We will see if the refund arrives.']);
  });

  it('reads unsafe rides, falling objects, lifts that drop and suicidal despair', () => {
    expectFlag('safety', true, [
      '司机一路揸一路睇手机，仲冲红灯',
      '司机开到一百四，我很害怕',
      '柜门掉下来砸到我儿子脚上',
      '升降機突然跌咗兩層先停',
      'Your driver ran a red light and clipped a cyclist.',
      'The driver was drunk and would not let me out.',
      '我而家喺天台，唔想再撐落去',
      '反正我也不打算活了',
    ]);
    expectFlag('safety', false, ['手机掉在地上摔坏了，能保修吗', 'The lift is slow today.', '我想转行，不想再做这份工']);
  });

  it('reads medicine mix-ups and symptoms, spoiled food eaten', () => {
    expectFlag('safety', true, [
      '药房配的药跟处方上的不一样，她吃了现在头晕想吐',
      'The nurse gave my dad the wrong IV bag, the name is a different patient.',
      '外送的便當裡面有一隻蟑螂，我小孩已經吃了一半了',
    ]);
    expectFlag('safety', false, ['请问处方药可以寄到公司吗？', 'The agent was very patient with me.']);
  });
});

describe('complaint and feeling: more families', () => {
  it('reads ignored callbacks, regulators and accusations', () => {
    expectFlag('complaint', true, [
      '三个星期前反映的问题，到现在没有一个人跟进过',
      '話會 call back，等咗一個禮拜都冇人打嚟',
      '家长准备联名向教育局反映',
      '我已經 cc 咗通訊事務管理局',
      "I'll be taking this to Fair Trading.",
      "That's not an error, that's a racket.",
    ]);
    expectFlag('complaint', false, ['请问投诉建议的入口在哪？我想表扬一个骑手', 'I bought a tennis racket last week.']);
  });

  it('reads a formal complaint letter as neutral, exoneration and given-up hope as let-down', () => {
    expectEmotion('neutral', ['您好，本人就3月12日航班延误一事正式提出投诉，请于15个工作日内书面答复。']);
    expectEmotion('disappointed', ['等咗一個禮拜都冇人打嚟，我都唔期望咩了']);
    expectEmotion('angry', ["I'm so done with this, cut off twice. Not your fault I know, but I'm losing my mind here."]);
  });
});
