import { expect } from '@open-wc/testing';
import { checkHandoffNote, composeHandoff, handoffFacts, hearBackWindowMs, type HandoffInput } from '../../../src/core/escalation/index.js';
import type { SlaPolicy } from '../../../src/core/sla/index.js';
import { angryConversation, breachedSla, complaint, cue, MIN, NOW, reading, zhComplaint, zhHantComplaint } from './fixtures.js';

const TZ = 'Asia/Shanghai';
const lines = (note: string) => note.split('\n');

function fullContext(): HandoffInput {
  const conversation = angryConversation([0.7, 0.8, 0.85], 'rising');
  return {
    reading: { ...conversation, temperament: { type: 'powerful', confidence: 0.62, evidence: [{ text: 'right now', messageIndex: 2, start: 0, end: 9 }] } },
    sla: breachedSla(),
    complaint: complaint(),
    tried: ['Checked the tracking', 'Called the depot'],
    promised: ['An answer today'],
    now: NOW,
    timeZone: TZ,
  };
}

describe('composeHandoff: the note (English, full context)', () => {
  it('holds every part the colleague needs, in order', () => {
    const { note } = composeHandoff({ ...fullContext(), lang: 'en' });
    expect(lines(note)).to.deep.equal([
      'Escalation to Supervisor · urgency: Immediate',
      'Why: First response deadline passed 25 min ago. Anger has stayed high over the last 3 messages (70%, 80%, 85%) and is not easing.',
      'Customer: Lee · address as Ms Lee · phone +44 20 7946 0018 · email lee@example.com · came in by chat',
      'References: order A-1042',
      'Complaint (delivery): The parcel for order A-1042 is five days late and tracking has not moved.',
      'Read back and confirmed by the customer (Nov 23, 2026, 9:55 AM): “Your order A-1042 is five days late and you would like a full refund, is that right?”',
      'Wants: refund — full refund',
      'Emotion: angry, strong (85%), rising; cues: “RIDICULOUS”, “!!!”',
      'Temperament hint (a guess, not a verdict): Powerful (62%): be direct and quick; let them decide; talk outcomes · evidence: “right now”',
      'Tried: Checked the tracking; Called the depot',
      'Promised: An answer today',
      'SLA: First response overdue by 25 min; Resolution: 23 h 20 min left',
      'Customer told they will hear back within 15 minutes (by Nov 23, 2026, 10:15 AM)',
    ]);
  });

  it('reports what it decided', () => {
    const handoff = composeHandoff({ ...fullContext(), lang: 'en' });
    expect(handoff).to.include({ lang: 'en', customerLang: 'en', urgency: 'immediate', target: 'supervisor', hearBackAt: NOW + 15 * MIN, hearBackMs: 15 * MIN });
    expect(handoff.reasons.map((r) => r.code)).to.deep.equal(['sla-breach', 'out-of-control']);
  });
});

describe('composeHandoff: the customer script', () => {
  it('says why, to whom, what happens next and when, calmly', () => {
    const { customerScript } = composeHandoff({ ...fullContext(), lang: 'en', reasons: ['customer-request'], urgency: 'high' });
    expect(customerScript).to.equal(
      'Ms Lee, thank you for your patience. I know this has taken longer than it should have. As you asked, I\'m passing your case to my supervisor. ' +
        "I've passed on everything you've told me, including your order A-1042, so you won't need to explain it again. " +
        'My supervisor will look into it and contact you by phone within 2 hours. ' +
        "If it takes longer, we'll still update you on progress. Is there anything else you would like me to pass on?",
    );
  });

  it('never blames, orders or overpromises', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const { customerScript } = composeHandoff({ ...fullContext(), lang });
      expect(customerScript).to.not.match(/calm down|you must|policy|sorry for the wait|guarantee|冷静|必须|规定|保证|保證|規定|冷靜/i);
    }
  });

  it('names a colleague the host chose', () => {
    const { customerScript, note, target } = composeHandoff({ lang: 'en', target: { kind: 'specialist', name: 'Jordan Park' }, reasons: ['repeat-contact'], now: NOW });
    expect(target).to.equal('specialist');
    expect(customerScript).to.contain("so I'm asking my colleague Jordan Park (Specialist) to take it on and see it through.");
    expect(lines(note)[0]).to.equal('Escalation to Jordan Park (Specialist) · urgency: Normal');
  });

  it('safety: safety first, then who comes, within the first-response target', () => {
    const text = '我家煤气好像泄漏了';
    const { customerScript, urgency, target, hearBackMs } = composeHandoff({
      reading: reading({ lang: 'zh-Hans', emotion: 'anxious', intensity: 0.4, flags: { safety: true }, cues: [cue('煤气', text, 'danger', 0.8, ['safety'])] }),
      complaint: zhComplaint(),
      now: NOW,
    });
    expect({ urgency, target, hearBackMs }).to.deep.equal({ urgency: 'immediate', target: 'safety', hearBackMs: 15 * MIN });
    expect(customerScript).to.equal(
      '王伟先生，您的安全最重要。如果现在有人身危险，请立即拨打当地的紧急求助电话。我马上请我们的安全团队来协助。' +
        '您告诉我的情况，包括订单号 A-1042，我都已经完整转达，您不需要再重复说明。我们的安全团队会了解情况，并在 15 分钟内通过电话联系您。' +
        '如果需要更长时间，我们也会及时告诉您进展。请问还有什么需要我一并转达的吗？',
    );
  });

  it('a suspected crime: says so and mentions the police', () => {
    const { customerScript, target } = composeHandoff({ customerText: 'my card was used in a fraud', lang: 'en', now: NOW });
    expect(target).to.equal('legal');
    expect(customerScript).to.contain("Because this may involve a crime, I'm passing your case to the team that handles cases like this. You may also wish to report it to the police.");
  });

  it('hear-back comes from the SLA policy and now', () => {
    const policy: SlaPolicy = { targets: { high: { firstResponse: 10, nextReply: 45 }, normal: { nextReply: 180 } } };
    const high = composeHandoff({ complaint: complaint(), reasons: ['customer-request'], policy, now: NOW, lang: 'en' });
    expect(high.hearBackAt).to.equal(NOW + 45 * MIN);
    expect(high.customerScript).to.contain('within 45 minutes');
    const normal = composeHandoff({ reasons: ['customer-request'], policy, now: NOW, lang: 'en' });
    expect(normal.hearBackMs).to.equal(180 * MIN);
    expect(normal.customerScript).to.contain('within 3 hours');
    expect(hearBackWindowMs('immediate', 'high', policy)).to.equal(10 * MIN);
    // A policy without the priority falls back to the default policy.
    expect(hearBackWindowMs('normal', 'low', policy)).to.equal(120 * MIN);
  });
});

describe('composeHandoff: three languages', () => {
  it('Simplified Chinese note', () => {
    const { note } = composeHandoff({ ...fullContext(), complaint: zhComplaint(), reading: { ...angryConversation([0.7, 0.8, 0.85], 'rising', 'zh-Hans') }, tried: ['查询物流'], promised: [] });
    expect(lines(note)).to.deep.equal([
      '升级至主管 · 紧急程度：立即',
      '原因：首次响应时限已超时 25 分钟。最近 3 条消息怒气一直很高（70%、80%、85%），没有缓和。',
      '客户：王伟 · 称呼：王伟先生 · 电话 138 0000 1234 · 来源渠道：电话',
      '相关编号：订单 A-1042',
      '投诉内容（配送）：订单A-1042已经超过承诺送达时间五天，物流一直没有更新。',
      '已向客户复述并获确认（2026年11月23日 09:55）：“您反映的是订单A-1042超过送达时间五天仍未收到，希望全额退款，对吗？”',
      '客户诉求：退款 — 全额退款',
      '情绪：生气，强烈（85%），正在上升；线索：“RIDICULOUS”、“!!!”',
      '已尝试：查询物流',
      '服务时限：首次响应已超时 25 分钟；问题解决剩余 23 小时 20 分钟',
      '已告知客户将在 15 分钟内（2026年11月23日 10:15前）得到回复',
    ]);
  });

  it('Traditional Chinese note and script, with corrections and e-mail', () => {
    const handoff = composeHandoff({ complaint: zhHantComplaint(), reasons: ['beyond-authority'], target: 'supervisor', now: NOW, timeZone: TZ });
    expect(handoff.lang).to.equal('zh-Hant');
    expect(lines(handoff.note)).to.deep.equal([
      '升級至主管 · 緊急程度：一般',
      '原因：超出我的權限',
      '客戶：陳美玲 · 稱呼：陳美玲小姐 · 電郵 chan@example.hk · 來源管道：電郵',
      '相關編號：帳戶 HK-88',
      '客訴內容（帳單）：帳單重複扣款兩次，已經等了一個星期還沒退回。',
      '已向客戶複述並獲確認（2026年11月23日 上午9:50）：「您反映的是帳單重複扣款兩次，希望退回多扣的款項，對嗎？」 · 更正：扣款兩次，不是三次',
      '客戶訴求：退款',
      '已告知客戶將在 2 小時內（2026年11月23日 中午12:00前）收到回覆',
    ]);
    expect(handoff.customerScript).to.equal(
      '陳美玲小姐，謝謝您耐心等候。您提出的要求需要由我的主管決定，所以我會把您的問題轉過去。' +
        '您告訴我的情況，包括帳戶編號 HK-88，我都已經完整轉達，您不需要再重複說明。我的主管會了解情況，並在 2 小時內透過電郵與您聯絡。' +
        '如果需要更久的時間，我們也會隨時告訴您進度。請問還有什麼需要我一併轉達的嗎？',
    );
  });

  it('the script can speak the customer\'s language while the note speaks the agent\'s', () => {
    const handoff = composeHandoff({ complaint: zhComplaint(), reasons: ['customer-request'], lang: 'en', customerLang: 'zh-Hans', now: NOW });
    expect(lines(handoff.note)[0]).to.equal('Escalation to Supervisor · urgency: Normal');
    expect(handoff.customerScript.startsWith('王伟先生，感谢您的耐心等待。按照您的要求，我会把您的问题转交给我的主管。')).to.be.true;
  });
});

describe('composeHandoff: missing parts', () => {
  it('with nothing at all, still a usable note and script', () => {
    const handoff = composeHandoff({ now: NOW, lang: 'en' });
    expect(lines(handoff.note)).to.deep.equal(['Escalation to Supervisor · urgency: Normal', `Customer told they will hear back within 2 hours (by ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(NOW + 120 * MIN)})`]);
    expect(handoff.customerScript).to.equal(
      "Thank you for your patience. To get this resolved for you, I'm passing your case to my supervisor. I've passed on everything you've told me, so you won't need to explain it again. " +
        "My supervisor will look into it and get back to you within 2 hours. If it takes longer, we'll still update you on progress. Is there anything else you would like me to pass on?",
    );
    expect(handoff.facts).to.deep.equal([]);
  });

  it('each part can be left out without a trace of it in the note', () => {
    const parts: Array<[keyof HandoffInput, RegExp]> = [
      ['complaint', /^(Customer|References|Complaint|Read back|Wants):/m],
      ['reading', /^(Emotion|Temperament hint)/m],
      ['sla', /^SLA:/m],
      ['tried', /^Tried:/m],
      ['promised', /^Promised:/m],
    ];
    for (const [key, pattern] of parts) {
      const input = { ...fullContext(), lang: 'en' as const };
      expect(composeHandoff(input).note, `with ${key}`).to.match(pattern);
      delete input[key];
      expect(composeHandoff(input).note, `without ${key}`).to.not.match(pattern);
    }
  });

  it('a complaint without a read-back, name or references gives what it has', () => {
    const bare = complaint({ customer: { name: '' }, references: {}, readBack: { text: '', confirmedAt: '', corrections: [] } });
    const handoff = composeHandoff({ complaint: bare, reasons: ['customer-request'], lang: 'en', now: NOW });
    expect(handoff.note).to.contain('Customer: not given · came in by chat');
    expect(handoff.note).to.not.contain('Read back');
    expect(handoff.customerScript.startsWith('Thank you for your patience.')).to.be.true;
    expect(handoff.facts).to.deep.equal([{ kind: 'complaint', text: 'The parcel for order A-1042 is five days late and tracking has not moved.' }]);
  });

  it('never throws on odd input', () => {
    const boom = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    for (const input of [undefined, null, 7, 'x', boom, { complaint: boom }, { reasons: 'x' }, { reasons: [null, 'nope', 'safety'] }, { tried: 'x', promised: [1, null] }, { now: NaN }, { target: 5 }, { policy: boom }, { timeZone: 'Mars/Base' }]) {
      const handoff = composeHandoff(input as never);
      expect(handoff.note).to.be.a('string').and.not.equal('');
      expect(handoff.customerScript).to.be.a('string').and.not.equal('');
    }
  });
});

describe('handoff facts', () => {
  const facts = handoffFacts({ complaint: complaint() });

  it('are the name, the complaint in brief, references and contacts', () => {
    expect(facts).to.deep.equal([
      { kind: 'customer-name', text: 'Lee' },
      { kind: 'complaint', text: 'Your order A-1042 is five days late and you would like a full refund, is that right?' },
      { kind: 'reference', text: 'A-1042' },
      { kind: 'contact', text: '+44 20 7946 0018' },
      { kind: 'contact', text: 'lee@example.com' },
    ]);
  });

  it('the composed note keeps every fact', () => {
    const { note } = composeHandoff({ complaint: complaint(), lang: 'en', now: NOW });
    expect(checkHandoffNote(note, facts)).to.deep.equal([]);
    const zh = composeHandoff({ complaint: zhComplaint(), now: NOW });
    expect(checkHandoffNote(zh.note, zh.facts)).to.deep.equal([]);
  });

  it('an emptied or gutted note loses them', () => {
    expect(checkHandoffNote('', facts).map((f) => f.kind)).to.deep.equal(['customer-name', 'complaint', 'reference', 'contact', 'contact']);
    expect(checkHandoffNote('Ms Lee, order A-1042. Call +44 20 7946 0018 or lee@example.com.', facts).map((f) => f.kind)).to.deep.equal(['complaint']);
  });

  it('a reworded summary still counts; spacing in a phone number does not matter', () => {
    const note = 'Ms Lee (lee@example.com, +442079460018), order A-1042: five days late, would like a full refund. Confirmed that is right.';
    expect(checkHandoffNote(note, facts)).to.deep.equal([]);
  });

  it('a Chinese summary is compared by character pairs', () => {
    const zhFacts = handoffFacts({ complaint: zhComplaint() });
    const kept = '王伟先生 138 0000 1234，订单A-1042超过送达时间五天仍未收到，希望全额退款。';
    expect(checkHandoffNote(kept, zhFacts)).to.deep.equal([]);
    expect(checkHandoffNote('王伟先生 138 0000 1234，订单A-1042，客户很生气。', zhFacts).map((f) => f.kind)).to.deep.equal(['complaint']);
  });
});
