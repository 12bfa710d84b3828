import { expect } from '@open-wc/testing';
import { expectFlag, analyzeRules } from './helpers.js';

describe('hostile: an insult aimed by a bare "you" in its clause', () => {
  it('reads you / u / 您 / 妳 next to an insult that needs a target', () => {
    expectFlag('hostile', true, ['u 🤡', 'you 🤡 can’t even ship a box', 'ur useless', '您是不是傻', '妳是聽不懂人話嗎', '你眼瞎了吗', 'you people are a joke']);
  });

  it('does not reach across a sentence, and leaves products and oneself alone', () => {
    expectFlag('hostile', false, [
      'Thank you. The old version was garbage.',
      'Can you check? The app is useless on my phone.',
      'This blender is a worthless piece of junk, the blade stopped after two uses.',
      '这鞋的质量真是狗屎，鞋底穿了一周就掉了',
      '呢個app嘅設計真係低能，個返回掣搵極都搵唔到',
      "Ugh, I'm so stupid, I paid the wrong invoice.",
      '我真的很腦殘，把購物車的東西全部結帳了，可以取消嗎',
      '你哋係咪當我傻㗎？講好免費安裝，而家又收我八百蚊。',
    ]);
  });
});

describe('hostile: swearing needs a target, labels and gestures do not', () => {
  it('reads swearing at the agent, dehumanising labels of the company and 🖕', () => {
    expectFlag('hostile', true, [
      'wtf is wrong with you people',
      'F you and your refund policy',
      '屌你老母',
      '你们这群畜生，连老人的养老钱也骗',
      '廢到笑，成間公司冇一個識做嘢',
      'You bloodsuckers',
      'What a scam outfit',
      '🖕',
      'Thanks for nothing, genius.',
    ]);
  });

  it('leaves swearing at the situation alone', () => {
    expectFlag('hostile', false, ['靠北，又斷線了', 'wtf happened to my parcel', '屌，架車又壞，今朝返唔到工', '卧槽，又停电了', 'Your agent Priya is a genius, she fixed it in two minutes.']);
  });
});

describe('threats: addressed to the agent are abuse too', () => {
  it('raises hostile and safety for a threat at "you", safety only for a threat at someone else', () => {
    for (const text of ['你信唔信我搵人斬你？', '我知道你们公司在哪，明天带几个兄弟过去', "I'll be waiting outside your shop when you close tonight."]) {
      const r = analyzeRules(text);
      expect(r.flags.safety && r.flags.hostile, text).to.be.true;
    }
    for (const text of ['If your technician turns up again I swear I\'ll knock him out.', '那个师傅要是敢再来乱，我保证让他竖着进来、横着出去。']) {
      const r = analyzeRules(text);
      expect(r.flags.safety, text).to.be.true;
      expect(r.flags.hostile, text).to.be.false;
    }
  });
});

describe('safety: a part of the body and a reaction, in one clause', () => {
  it('reads swelling and rashes in three languages', () => {
    expectFlag('safety', true, ['我女儿吃了之后嘴唇肿', '食完你哋個外賣之後成身出疹，喉嚨仲有啲緊', 'Her lips swelled up after the protein bar.', 'my throat is closing']);
  });

  it('leaves faces and lips that are only figures of speech alone', () => {
    expectFlag('safety', false, ['我的脸都丢光了', 'my lips are sealed', 'my face when I saw the bill']);
  });
});

describe('safety: lifts, fixtures and machines that fail; a device and its sign in one sentence', () => {
  it('reads a stuck lift, a loose railing, a machine that will not stop, water over a socket', () => {
    expectFlag('safety', true, [
      '電梯卡在12樓跟13樓中間',
      'The lift dropped two floors.',
      'The balcony railing in the unit you rented us is loose.',
      '你们装的空调外机支架晃得很厉害',
      "The treadmill belt won't stop.",
      '浴室天花板一直滴水，正下方是暖風機的插座',
      '插座发黑还有塑料味',
      'The stove knob came off and the gas keeps hissing.',
    ]);
  });

  it('leaves slow lifts and product colours alone', () => {
    expectFlag('safety', false, ['The lift was slow today', '我想买个婴儿床', 'I ordered the black charger', 'The railing colour is wrong']);
  });
});

describe('safety: a child or a pet and something harmful', () => {
  it('reads swallowing and harmful things in three languages', () => {
    expectFlag('safety', true, ['My toddler bit into one of the laundry pods you delivered.', '個BB食咗包裝入面嗰包乾燥劑', '宝宝把纽扣放进嘴里了', 'my dog ate one of the batteries']);
  });

  it('leaves food the child liked alone', () => {
    expectFlag('safety', false, ['宝宝吃了你们的米粉很喜欢', 'My son loves the magnetic tiles you sell']);
  });
});

describe('safety: self-harm said indirectly, in three languages', () => {
  it('reads indirect suicidal talk', () => {
    expectFlag('safety', true, [
      '活着真累，不如走了算了',
      '乾脆睡了就不要醒來',
      '活得好攰，可能我走咗大家仲輕鬆啲',
      '唔想再留喺呢個世界',
      'Nobody will miss me anyway, so just cancel everything.',
      'I keep thinking about jumping off the bridge near work.',
      'I just want to go to sleep and not wake up.',
    ]);
  });

  it('leaves figures of speech alone', () => {
    expectFlag('safety', false, ['笑死', '累死了', '饿死我了', 'this wait is killing me', 'dying to know when it ships', "I'll kill for a refund lol", '我要爆炸了，太生气', '你們新出的口味好吃到爆炸', '等退款等到想死', 'Your new feature is the bomb!']);
  });
});
