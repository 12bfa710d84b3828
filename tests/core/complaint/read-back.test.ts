import { expect } from '@open-wc/testing';
import { addressCustomer, fromAgentSide, readBack, spokenDeadline, type Complaint } from '../../../src/core/complaint/index.js';
import { mentionsWhen } from '../../../src/core/complaint/read-back.js';
import { validComplaint } from './fixtures.js';

const SHANGHAI = 'Asia/Shanghai';
const NOW = '2026-11-23T10:00:00+08:00'; // a Monday
const at = { now: NOW, timeZone: SHANGHAI };

function wang(): Complaint {
  return { ...validComplaint(), occurredAt: undefined, references: undefined };
}

describe('readBack', () => {
  it('reads the key facts back in Simplified Chinese', () => {
    expect(readBack(wang(), { ...at, lang: 'zh-Hans' })).to.equal(
      '王先生，跟您确认一下：您11月20日收到的电饭煲无法加热，您希望换一个新的，我们会在明天 18:00 前致电 138 0013 8000 给您答复，对吗？',
    );
  });

  it('reads them back in Traditional Chinese', () => {
    const complaint: Complaint = {
      ...wang(),
      customer: { name: '陳美玲', honorific: '女士', phone: '0912 345 678' },
      description: '我上週買的吹風機用了兩天就壞了',
      desiredOutcome: { kind: 'refund' },
      replyBy: '2026-11-27T12:00:00+08:00',
    };
    expect(readBack(complaint, at)).to.equal(
      '陳女士，跟您確認一下：您上週買的吹風機用了兩天就壞了，您希望退款，我們會在週五 12:00 前致電 0912 345 678 給您回覆，對嗎？',
    );
  });

  it('reads them back in English, from the agent’s side', () => {
    const complaint: Complaint = {
      ...wang(),
      customer: { name: 'Jane Lee', honorific: 'Ms', email: 'jane.lee@example.com' },
      channel: 'email',
      description: 'My parcel arrived damaged and you never replied to my e-mail.',
      desiredOutcome: { kind: 'replacement' },
      references: { order: 'A-88231' },
      replyBy: '2026-11-23T17:30:00+08:00',
    };
    expect(readBack(complaint, at)).to.equal(
      "Ms Lee, let me read that back to make sure I have it right: your parcel arrived damaged and we never replied to your e-mail (order A-88231). You'd like a replacement, and we'll e-mail you at jane.lee@example.com by 5:30 pm today with an answer. Is that right?",
    );
  });

  it('uses just the name when there is no form of address', () => {
    const script = readBack({ ...wang(), customer: { name: 'Alex Kim', phone: '+1 415 555 0100' } }, { ...at, lang: 'en' });
    expect(script.startsWith('Alex Kim, let me read that back')).to.be.true;
    expect(readBack({ ...wang(), customer: { name: '王伟', phone: '138 0013 8000' } }, at).startsWith('王伟，跟您确认一下')).to.be.true;
  });

  it('says when it happened, what they want in detail, and the address', () => {
    const complaint: Complaint = {
      ...wang(),
      occurredAt: '2026-11-20T15:00:00+08:00',
      description: '洗衣机漏水',
      customer: { name: '李娜', honorific: '女士', phone: '138 0013 8000', address: '上海市徐汇区漕溪北路 1 号' },
      desiredOutcome: { kind: 'repair', detail: '周末上门' },
      references: { order: 'E1001' },
    };
    expect(readBack(complaint, at)).to.equal(
      '李女士，跟您确认一下：11 月 20 日，洗衣机漏水（订单号 E1001），您希望维修（周末上门），您的地址是上海市徐汇区漕溪北路 1 号，我们会在明天 18:00 前致电 138 0013 8000 给您答复，对吗？',
    );
  });

  it('phrases a deadline relative to now in the given time zone', () => {
    const ms = Date.parse('2026-11-24T18:00:00+08:00');
    const now = Date.parse(NOW);
    expect(spokenDeadline(ms, 'zh-Hans', now, SHANGHAI)).to.equal('明天 18:00');
    expect(spokenDeadline(ms, 'en', now, SHANGHAI)).to.equal('6 pm tomorrow');
    expect(spokenDeadline(ms, 'zh-Hant', now, 'America/New_York')).to.equal('後天 05:00'); // Sunday evening in New York
    expect(spokenDeadline(Date.parse('2026-11-25T09:30:00+08:00'), 'zh-Hant', now, SHANGHAI)).to.equal('後天 09:30');
    expect(spokenDeadline(Date.parse('2026-11-27T09:30:00+08:00'), 'en', now, SHANGHAI)).to.equal('9:30 am on Friday');
    expect(spokenDeadline(Date.parse('2026-12-10T12:00:00+08:00'), 'en', now, SHANGHAI)).to.equal('12 pm on 10 December');
    expect(spokenDeadline(Date.parse('2027-01-10T12:00:00+08:00'), 'zh-Hans', now, SHANGHAI)).to.equal('2027 年 1 月 10 日 12:00');
    // Without a present moment there is no "tomorrow".
    expect(spokenDeadline(ms, 'zh-Hans', null, SHANGHAI)).to.equal('11 月 24 日 18:00');
    // An unknown zone is not an error.
    expect(spokenDeadline(ms, 'en', now, 'Mars/Olympus_Mons')).to.match(/^\d{1,2}(:\d{2})? [ap]m /);
  });

  it('says "as soon as we can" when no reply time was promised', () => {
    const script = readBack({ ...wang(), replyBy: undefined }, { ...at, lang: 'en' });
    expect(script).to.contain("we'll call you on 138 0013 8000 as soon as we can with an answer. Is that right?");
    expect(readBack({ ...wang(), replyBy: undefined }, at)).to.contain('我们会尽快致电 138 0013 8000 给您答复，对吗？');
  });

  it('cuts a long description to what can be read aloud', () => {
    const long = `${'电饭煲不加热。'.repeat(5)}${'然后客服一直不回复'.repeat(30)}`;
    const script = readBack({ ...wang(), description: long }, at);
    expect(script.length).to.be.lessThan(200);
    expect(script).to.contain('电饭煲不加热。电饭煲不加热');
    expect(script).to.contain('…');
  });

  it('reads lines drafted from separate messages as sentences', () => {
    expect(readBack({ ...wang(), description: '电饭煲无法加热\n才用了两次' }, at)).to.contain('跟您确认一下：电饭煲无法加热。才用了两次，您希望');
    expect(readBack({ ...wang(), description: 'The kettle leaks\nMy kitchen is wet' }, { ...at, lang: 'en' })).to.contain('right: the kettle leaks. Your kitchen is wet.');
  });

  it('detects the language from the description when none is given', () => {
    expect(readBack({ ...wang(), description: 'The kettle leaks.' }, { now: NOW, timeZone: SHANGHAI })).to.match(/^Mr 王, let me read that back/);
    expect(readBack({ ...wang(), description: '熱水壺漏水，請處理' }, { now: NOW, timeZone: SHANGHAI })).to.match(/^王先生，跟您確認一下/);
  });

  it('never throws, and reads what a partial draft holds', () => {
    expect(readBack(null as never)).to.equal('Let me read that back to make sure I have it right. We\'ll get back to you as soon as we can. Is that right?');
    expect(readBack({ description: 42 } as never, { lang: 'zh-Hans' })).to.equal('跟您确认一下：我们会尽快给您答复，对吗？');
    const hostile = { get customer() { throw new Error('no'); } };
    expect(readBack(hostile as never, { lang: 'en' })).to.equal('');
    expect(readBack({ description: '<script>alert(1)</script>' }, { lang: 'en' })).to.contain('<script>alert(1)</script>');
  });
});

describe('addressCustomer', () => {
  it('puts Chinese forms after the surname and others before it', () => {
    expect(addressCustomer('王伟', '先生', 'zh-Hans')).to.equal('王先生');
    expect(addressCustomer('欧阳娜娜', '女士', 'zh-Hans')).to.equal('欧阳女士');
    expect(addressCustomer('Jane Lee', 'Ms', 'en')).to.equal('Ms Lee');
    expect(addressCustomer('Jane Lee', 'Ms.', 'zh-Hans')).to.equal('Lee女士');
    expect(addressCustomer('王伟', '先生', 'en')).to.equal('Mr 王');
    expect(addressCustomer('陳大文', '醫生', 'zh-Hant')).to.equal('陳醫生');
    expect(addressCustomer('Alex Kim', 'Mx', 'en')).to.equal('Mx Kim');
    expect(addressCustomer('Alex Kim', 'Mx', 'zh-Hans')).to.equal('Alex Kim');
    expect(addressCustomer('Robin Hale', 'Captain', 'en')).to.equal('Captain Hale');
    expect(addressCustomer('张三', '经理', 'en')).to.equal('张经理');
    expect(addressCustomer('', 'Ms', 'en')).to.equal('');
  });
});

describe('fromAgentSide', () => {
  it('turns the customer’s words around', () => {
    expect(fromAgentSide('你们发错货了，我们家等了三天，我的订单呢')).to.equal('我们发错货了，您家等了三天，您的订单呢');
    expect(fromAgentSide('你好，迷你音箱坏了')).to.equal('你好，迷你音箱坏了');
    expect(fromAgentSide("I told you twice and you charged me again. I'm done.")).to.equal("you told us twice and we charged you again. You're done.");
    expect(fromAgentSide('The US office said my refund was sent, i.e. yesterday')).to.equal('the US office said your refund was sent, i.e. yesterday');
  });
});

describe('readBack and dates the customer already gave', () => {
  const base = {
    customer: { name: '王', honorific: '先生', phone: '13800138000' },
    channel: 'phone',
    category: 'product',
    desiredOutcome: { kind: 'replacement' },
    priority: 'high',
    occurredAt: '2026-11-20T10:00:00+08:00',
  } as const;
  it('does not say the date twice when the description has it', () => {
    const script = readBack({ ...base, description: '我11月20日收到的电饭煲无法加热' } as never, { lang: 'zh-Hans' });
    expect(script.match(/11\s*月\s*20\s*日/g)).to.have.length(1);
    expect(mentionsWhen('It stopped working yesterday')).to.be.true;
    expect(mentionsWhen('The kettle leaks')).to.be.false;
  });
  it('adds the date when the description has none', () => {
    const script = readBack({ ...base, description: '电饭煲无法加热' } as never, { lang: 'zh-Hans', timeZone: 'Asia/Shanghai' });
    expect(script).to.match(/11\s*月\s*20\s*日/);
  });
});
