import { expect } from '@open-wc/testing';
import {
  draftDescription,
  replyDeadline,
  suggestCategory,
  suggestIntake,
  suggestPriority,
} from '../../../src/core/complaint/index.js';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../src/core/sla/index.js';

describe('suggestCategory', () => {
  it('points to product for a defect, with the words as evidence', () => {
    const text = '电饭煲质量太差，用了两天就坏了，无法加热';
    const hint = suggestCategory(text);
    expect(hint).to.include({ lang: 'zh-Hans', axis: 'product', category: 'product' });
    expect(hint.evidence.map((e) => e.text)).to.deep.equal(['质量', '坏了', '无法加热']);
    for (const e of hint.evidence) expect(text.slice(e.start, e.end)).to.equal(e.text);
    expect(hint.confidence).to.equal(1);
  });

  it('points to service for a process failure', () => {
    const hint = suggestCategory('I called several times, waited on hold for an hour and no one replied. The staff were rude.');
    expect(hint.axis).to.equal('service');
    expect(hint.category).to.equal('service');
    expect(hint.evidence.map((e) => e.text)).to.deep.equal(['several times', 'waited', 'on hold', 'no one replied', 'rude']);
  });

  it('points to communication for a misunderstanding, in Traditional Chinese', () => {
    const text = '廣告宣傳跟你們說的不一樣，根本是誤導';
    const hint = suggestCategory(text);
    expect(hint).to.include({ lang: 'zh-Hant', axis: 'communication', category: 'communication' });
    expect(hint.evidence.map((e) => e.text)).to.deep.equal(['廣告', '宣傳', '說的不一樣', '誤導']);
  });

  it('names delivery and billing as the service problems they are', () => {
    expect(suggestCategory('快递三天了还没收到，物流也不更新')).to.include({ axis: 'service', category: 'delivery' });
    expect(suggestCategory('You charged me twice and the invoice is wrong')).to.include({ axis: 'service', category: 'billing' });
  });

  it('matches whole English words only', () => {
    expect(suggestCategory('The billboard outside is unbroken').evidence).to.deep.equal([]);
    expect(suggestCategory('It keeps FREEZING').evidence.map((e) => e.text)).to.deep.equal(['FREEZING']);
  });

  it('says nothing when nothing points anywhere, and little when axes compete', () => {
    expect(suggestCategory('你好，在吗？')).to.deep.include({ axis: null, category: null, confidence: 0, evidence: [] });
    expect(suggestCategory('')).to.include({ axis: null, confidence: 0 });
    const tie = suggestCategory('It is broken and you were rude');
    expect(tie.axis).to.equal(null);
    expect(tie.evidence).to.have.length(2);
    const weak = suggestCategory('The price went up and it is a bit slow');
    expect(weak.axis).to.equal('service');
    expect(weak.confidence).to.equal(0.5);
  });

  it('keeps offsets exact and work bounded on huge and odd input', () => {
    const text = `😡😡 ${'bill '.repeat(200_000)}`;
    const hint = suggestCategory(text);
    expect(hint.category).to.equal('billing');
    expect(hint.evidence).to.have.length(100);
    expect(text.slice(hint.evidence[0]!.start, hint.evidence[0]!.end)).to.equal('bill');
    expect(suggestCategory(42 as never).axis).to.equal(null);
    expect(suggestCategory('\ud800坏了').evidence[0]).to.include({ start: 1, end: 3 });
  });
});

describe('draftDescription', () => {
  it('drafts the complaint from the customer’s messages only, without greetings or repeats', () => {
    const text = draftDescription([
      { author: 'customer', text: '你好' },
      { author: 'agent', text: '您好，请问有什么可以帮您？' },
      { author: 'customer', text: '我买的电饭煲  无法加热' },
      { author: 'customer', text: '我买的电饭煲 无法加热' },
      { author: 'agent', text: '很抱歉' },
      { author: 'customer', text: '订单号是 E1001，\u0007希望换一台' },
    ]);
    expect(text).to.equal('我买的电饭煲 无法加热\n订单号是 E1001，希望换一台');
  });

  it('is empty for nothing usable, and never throws', () => {
    expect(draftDescription(undefined)).to.equal('');
    expect(draftDescription([{ author: 'agent', text: 'Hi' }])).to.equal('');
    expect(draftDescription([null, 5, { author: 'customer', text: 7 }] as never)).to.equal('');
    const trap = [{ author: 'customer', text: 'first' }, { get author(): string { throw new Error('x'); }, text: 'b' }];
    expect(draftDescription(trap as never)).to.equal('first');
  });

  it('stays within the description limit', () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ author: 'customer' as const, text: `${i}`.padEnd(500, '字') }));
    expect(draftDescription(long).length).to.be.at.most(10_000);
  });
});

describe('suggestPriority and suggestIntake', () => {
  it('maps a reading to a priority', () => {
    expect(suggestPriority({ flags: { safety: true } })).to.equal('urgent');
    expect(suggestPriority({ flags: { escalation: true } })).to.equal('high');
    expect(suggestPriority({ flags: { hostile: true } })).to.equal('high');
    expect(suggestPriority({ emotion: 'angry', intensity: 0.7, flags: { complaint: true } })).to.equal('high');
    expect(suggestPriority({ emotion: 'angry', intensity: 0.85 })).to.equal('high');
    expect(suggestPriority({ emotion: 'disappointed', intensity: 0.4, flags: { complaint: true } })).to.equal('normal');
    expect(suggestPriority({ emotion: 'satisfied', intensity: 0.1 })).to.equal('normal');
    expect(suggestPriority(null)).to.equal('normal');
    expect(suggestPriority({ intensity: Number.NaN })).to.equal('normal');
  });

  it('prefills description, priority and category together', () => {
    const intake = suggestIntake({
      conversation: [{ author: 'customer', text: 'The kettle is leaking and the handle is cracked' }],
      reading: { emotion: 'angry', intensity: 0.9, flags: { complaint: true } },
    });
    expect(intake).to.deep.include({ description: 'The kettle is leaking and the handle is cracked', priority: 'high', category: 'product' });
    expect(intake.categoryEvidence.map((e) => e.text)).to.deep.equal(['leaking', 'cracked']);
  });

  it('suggests a misunderstanding for a confused customer whose words say nothing', () => {
    const intake = suggestIntake({ conversation: [{ author: 'customer', text: '我不太明白现在是什么情况' }], reading: { emotion: 'confused', intensity: 0.5 } });
    expect(intake.category).to.equal('communication');
    expect(intake.categoryConfidence).to.be.lessThan(0.4);
    expect(suggestIntake({}).priority).to.equal(null);
  });
});

describe('replyDeadline', () => {
  const now = Date.parse('2026-11-23T10:00:00+08:00');

  it('promises the earlier of the next progress update and the resolution target', () => {
    expect(replyDeadline('urgent', DEFAULT_SLA_POLICY, now)).to.equal(now + 240 * 60_000);
    expect(replyDeadline('high', DEFAULT_SLA_POLICY, now)).to.equal(now + 24 * 3_600_000);
    expect(replyDeadline('normal', undefined, now)).to.equal(now + 24 * 3_600_000);
  });

  it('follows a custom policy and its business hours', () => {
    const policy: SlaPolicy = {
      targets: { normal: { resolution: 120 } },
      calendar: { timeZone: 'Asia/Shanghai', week: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] } },
    };
    const lateMonday = Date.parse('2026-11-23T17:00:00+08:00');
    expect(new Date(replyDeadline('normal', policy, lateMonday)!).toISOString()).to.equal('2026-11-24T02:00:00.000Z');
  });

  it('is null for a policy without such targets or one that cannot be read', () => {
    expect(replyDeadline('normal', { targets: { normal: { firstResponse: 15 } } }, now)).to.equal(null);
    expect(replyDeadline('normal', { targets: 'x' } as never, now)).to.equal(null);
    expect(replyDeadline('normal', DEFAULT_SLA_POLICY, 'not a time')).to.equal(null);
  });
});
