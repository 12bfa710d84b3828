import { expect } from '@open-wc/testing';
import {
  adviseEscalation,
  ESCALATION_REASON_CODES,
  targetFor,
  urgencyFor,
  type EscalationAdvice,
  type EscalationReasonCode,
} from '../../../src/core/escalation/index.js';
import { angryConversation, atRiskSla, breachedSla, calmSla, complaint, cue, reading, zhComplaint } from './fixtures.js';

const codes = (advice: EscalationAdvice) => advice.reasons.map((r) => r.code);
const reasonOf = (advice: EscalationAdvice, code: EscalationReasonCode) => advice.reasons.find((r) => r.code === code)!;

describe('adviseEscalation: each reason', () => {
  it('advises nothing for a calm customer with no other facts', () => {
    const advice = adviseEscalation({ reading: reading({ emotion: 'neutral' }), sla: calmSla(), complaint: complaint() });
    expect(advice).to.include({ escalate: false, urgency: 'normal', target: null, lang: 'en' });
    expect(advice.reasons).to.deep.equal([]);
  });

  it('safety: an analyser safety cue is immediate, to the safety team, and quotes the words', () => {
    const text = 'If nobody fixes this today I will kill you';
    const advice = adviseEscalation({
      reading: reading({ emotion: 'angry', intensity: 0.6, flags: { safety: true }, cues: [cue('kill you', text, 'threat', 1.4, ['safety'])] }),
    });
    expect(advice).to.include({ escalate: true, urgency: 'immediate', target: 'safety' });
    expect(codes(advice)).to.deep.equal(['safety']);
    const reason = reasonOf(advice, 'safety');
    expect(reason.message).to.equal('Safety risk: the customer wrote “kill you”. Safety comes first.');
    expect(reason.evidence).to.deep.equal([{ kind: 'cue', text: 'kill you', start: 34, end: 42, cueKind: 'threat', source: 'reading' }]);
    expect(text.slice(34, 42)).to.equal('kill you');
  });

  it('safety: a flag without a cue still counts, and names the flag as evidence', () => {
    const advice = adviseEscalation({ reading: reading({ flags: { safety: true } }) });
    expect(advice.urgency).to.equal('immediate');
    expect(reasonOf(advice, 'safety').evidence).to.deep.equal([{ kind: 'flag', flag: 'safety' }]);
  });

  it('safety: danger named in the complaint itself, with the field as evidence', () => {
    const advice = adviseEscalation({ complaint: complaint({ description: 'The heater caught fire last night and my son was injured.' }) });
    expect(advice).to.include({ urgency: 'immediate', target: 'safety' });
    const evidence = reasonOf(advice, 'safety').evidence;
    expect(evidence.map((e) => (e.kind === 'cue' ? [e.text, e.source, e.field] : null))).to.deep.equal([
      ['caught fire', 'complaint', 'description'],
      ['injured', 'complaint', 'description'],
    ]);
  });

  it('safety wins over every other target and urgency', () => {
    const text = '叫你们经理来！我不想活了';
    const advice = adviseEscalation({
      reading: reading({
        lang: 'zh-Hans',
        emotion: 'anxious',
        intensity: 0.7,
        flags: { escalation: true, safety: true },
        cues: [cue('你们经理', text, 'escalation', 0.8, ['escalation']), cue('不想活了', text, 'threat', 1.2, ['safety'])],
      }),
      sla: breachedSla(),
      requestedCompensation: 5000,
      authorityLimit: 100,
      customerText: text + ' 我要报警',
    });
    expect(advice).to.include({ target: 'safety', urgency: 'immediate' });
    expect(codes(advice)[0]).to.equal('safety');
  });

  it('customer-request: asking for a manager, quoting the cue', () => {
    const text = '叫你们经理来！';
    const advice = adviseEscalation({
      reading: reading({ lang: 'zh-Hans', emotion: 'angry', intensity: 0.45, flags: { escalation: true }, cues: [cue('你们经理', text, 'escalation', 0.8, ['escalation'])] }),
    });
    expect(advice).to.include({ escalate: true, urgency: 'normal', target: 'supervisor', lang: 'zh-Hans' });
    expect(reasonOf(advice, 'customer-request').message).to.equal('客户要求找负责人：“你们经理”。');
  });

  it('customer-request: not without the flag or cue', () => {
    const advice = adviseEscalation({ reading: reading({ emotion: 'angry', intensity: 0.5 }) });
    expect(codes(advice)).to.not.include('customer-request');
  });

  it('beyond-authority: names both amounts, in the currency given', () => {
    const advice = adviseEscalation({ requestedCompensation: 800, authorityLimit: 200, currency: 'eur', lang: 'en' });
    expect(advice).to.include({ escalate: true, target: 'supervisor', urgency: 'normal' });
    const reason = reasonOf(advice, 'beyond-authority');
    expect(reason.message).to.equal('The customer asks for €800.00, above your authority limit of €200.00.');
    expect(reason.evidence).to.deep.equal([{ kind: 'amount', requested: 800, limit: 200, currency: 'EUR' }]);
  });

  it('beyond-authority: not at or under the limit, nor with a missing or bogus amount', () => {
    expect(codes(adviseEscalation({ requestedCompensation: 200, authorityLimit: 200 }))).to.deep.equal([]);
    expect(codes(adviseEscalation({ requestedCompensation: 900 }))).to.deep.equal([]);
    expect(codes(adviseEscalation({ requestedCompensation: NaN, authorityLimit: 1 }))).to.deep.equal([]);
    expect(codes(adviseEscalation({ requestedCompensation: '900' as unknown as number, authorityLimit: 1 }))).to.deep.equal([]);
  });

  it('a suspected crime (盗刷, police) goes to legal, with the words as evidence', () => {
    const text = '我的信用卡被盗刷了三千块，我要报警';
    const advice = adviseEscalation({ reading: reading({ lang: 'zh-Hans' }), customerText: text });
    expect(advice).to.include({ escalate: true, target: 'legal', urgency: 'high' });
    const reason = reasonOf(advice, 'beyond-authority');
    expect(reason.evidence.map((e) => (e.kind === 'cue' ? text.slice(e.start, e.end) : ''))).to.deep.equal(['盗刷', '报警']);
    expect(reason.message).to.equal('疑似违法行为（“盗刷”、“报警”）：超出客服可以处理的范围。');
    expect(advice.targetWhy).to.equal('疑似违法行为转交法务团队，可能需要报警。');
  });

  it('fraud and theft in English, from an analyser cue or the complaint', () => {
    const text = 'there are fraudulent charges on my card';
    const fromCue = adviseEscalation({ reading: reading({ emotion: 'angry', intensity: 0.45, flags: { complaint: true }, cues: [cue('fraudulent', text, 'complaint', 1, ['complaint'])] }) });
    expect(fromCue.target).to.equal('legal');
    const fromComplaint = adviseEscalation({ complaint: complaint({ description: 'My phone was stolen and someone used my account.' }) });
    expect(fromComplaint.target).to.equal('legal');
    expect(reasonOf(fromComplaint, 'beyond-authority').evidence[0]).to.include({ text: 'stolen', source: 'complaint', field: 'description' });
  });

  it('calling the company a cheat is a complaint, not a crime', () => {
    const text = '你们这群骗子';
    const advice = adviseEscalation({
      reading: reading({ lang: 'zh-Hans', emotion: 'angry', intensity: 0.8, flags: { complaint: true, hostile: true }, cues: [cue('骗子', text, 'complaint', 1.4, ['complaint', 'hostile'])] }),
      customerText: text,
    });
    expect(advice.target).to.equal('supervisor');
    expect(codes(advice)).to.deep.equal(['hostile']);
  });

  it('sla-breach: an unmet deadline that passed, with its target and times', () => {
    const status = breachedSla();
    const advice = adviseEscalation({ sla: status, lang: 'en' });
    expect(advice).to.include({ escalate: true, urgency: 'high', target: 'supervisor' });
    const reason = reasonOf(advice, 'sla-breach');
    expect(reason.message).to.equal('First response deadline passed 25 min ago.');
    const first = status.targets.find((t) => t.kind === 'firstResponse')!;
    expect(reason.evidence).to.deep.equal([{ kind: 'sla', target: 'firstResponse', state: 'breached', dueAt: first.dueAt, remainingMs: -25 * 60_000 }]);
  });

  it('sla-breach: not for a deadline met late, nor one still running', () => {
    const NOW = Date.UTC(2026, 10, 23, 2, 0);
    const metLate = adviseEscalation({
      sla: { targets: [{ kind: 'firstResponse', state: 'breached', startedAt: NOW - 60 * 60_000, dueAt: NOW - 45 * 60_000, remainingMs: -10 * 60_000, metAt: NOW - 35 * 60_000 }], next: null },
    });
    expect(codes(metLate)).to.deep.equal([]);
    expect(codes(adviseEscalation({ sla: calmSla() }))).to.deep.equal([]);
  });

  it('sla-at-risk: listed, but on its own it is a watch, not an escalation', () => {
    const advice = adviseEscalation({ sla: atRiskSla(), lang: 'zh-Hant' });
    expect(codes(advice)).to.deep.equal(['sla-at-risk']);
    expect(advice).to.include({ escalate: false, target: null });
    expect(reasonOf(advice, 'sla-at-risk').message).to.equal('首次回應時限即將到期，剩餘 3 分鐘。');
  });

  it('hostile: abuse, with the insult quoted', () => {
    const text = 'you useless idiots';
    const advice = adviseEscalation({
      reading: reading({ emotion: 'angry', intensity: 0.7, flags: { hostile: true }, cues: [cue('useless idiots', text, 'insult', 1.6, ['hostile'])] }),
    });
    expect(advice).to.include({ urgency: 'high', target: 'supervisor' });
    expect(reasonOf(advice, 'hostile').message).to.equal('Abuse aimed at you or the company: “useless idiots”.');
  });

  it('public-threat: media and regulators, from cues', () => {
    const text = '我要投诉！再不处理就去12315和媒体曝光！';
    const advice = adviseEscalation({
      reading: reading({
        lang: 'zh-Hans',
        emotion: 'angry',
        intensity: 0.9,
        flags: { complaint: true },
        cues: ['投诉', '12315', '媒体', '曝光'].map((t) => cue(t, text, 'complaint', 1, ['complaint'])),
      }),
    });
    expect(advice).to.include({ urgency: 'high', target: 'supervisor' });
    const reason = reasonOf(advice, 'public-threat');
    expect(reason.message).to.equal('扬言曝光或向监管部门反映：“12315”、“媒体”、“曝光”。');
    expect(reason.evidence).to.have.length(3);
  });

  it('public-threat: a threat of legal action points to legal', () => {
    const advice = adviseEscalation({ customerText: ['Fix this.', 'Otherwise my lawyer will be in touch and I will sue.'] });
    expect(advice.target).to.equal('legal');
    const reason = reasonOf(advice, 'public-threat');
    expect(reason.message).to.equal('Threatens legal action: “lawyer”, “sue”.');
    expect(reason.evidence[0]).to.include({ messageIndex: 1, source: 'customer-text' });
  });

  it('public-threat: not for ordinary mentions ("I bought it online", "a week")', () => {
    expect(codes(adviseEscalation({ customerText: '我在网上买的，一星期了还没到。I ordered it on the website.' }))).to.deep.equal([]);
  });

  it('out-of-control: anger high over the last three messages and not falling', () => {
    const advice = adviseEscalation({ reading: angryConversation([0.2, 0.7, 0.8, 0.75], 'steady') });
    expect(codes(advice)).to.deep.equal(['out-of-control']);
    expect(advice).to.include({ urgency: 'high', target: 'supervisor' });
    const reason = reasonOf(advice, 'out-of-control');
    expect(reason.message).to.equal('Anger has stayed high over the last 3 messages (70%, 80%, 75%) and is not easing.');
    expect(reason.evidence[0]).to.deep.equal({ kind: 'trend', trend: 'steady', intensities: [0.7, 0.8, 0.75] });
    expect(reason.evidence[1]).to.include({ kind: 'cue', text: 'RIDICULOUS', messageIndex: 3 });
  });

  it('out-of-control: not when anger is falling, dips below the threshold, or spans too few messages', () => {
    expect(codes(adviseEscalation({ reading: angryConversation([0.9, 0.8, 0.7], 'falling') }))).to.deep.equal([]);
    expect(codes(adviseEscalation({ reading: angryConversation([0.9, 0.5, 0.9], 'rising') }))).to.deep.equal([]);
    expect(codes(adviseEscalation({ reading: angryConversation([0.9, 0.9], 'rising') }))).to.deep.equal([]);
    // A single reading is one message: never "several".
    expect(codes(adviseEscalation({ reading: reading({ emotion: 'angry', intensity: 0.95 }) }))).to.deep.equal([]);
  });

  it('out-of-control: thresholds are adjustable', () => {
    const advice = adviseEscalation({ reading: angryConversation([0.5, 0.5], 'steady'), thresholds: { angerIntensity: 0.5, angerMessages: 2 } });
    expect(codes(advice)).to.deep.equal(['out-of-control']);
  });

  it('repeat-contact: from the third contact, or when the customer says so', () => {
    expect(codes(adviseEscalation({ contactCount: 2 }))).to.deep.equal([]);
    const third = adviseEscalation({ contactCount: 3 });
    expect(third).to.include({ escalate: true, target: 'specialist', urgency: 'normal' });
    expect(reasonOf(third, 'repeat-contact')).to.deep.equal({
      code: 'repeat-contact',
      message: 'Contact number 3 about the same matter.',
      evidence: [{ kind: 'contacts', count: 3, threshold: 3 }],
    });
    const said = adviseEscalation({ customerText: '我已经打了五次电话了，一直没人回复' });
    expect(reasonOf(said, 'repeat-contact').evidence[0]).to.include({ text: '打了五次', source: 'customer-text' });
    expect(codes(adviseEscalation({ customerText: 'This is the third time I have written to you.' }))).to.deep.equal(['repeat-contact']);
  });

  it('agentRequested escalates with no rule behind it, to a supervisor', () => {
    const advice = adviseEscalation({ agentRequested: true });
    expect(advice).to.include({ escalate: true, urgency: 'normal', target: 'supervisor' });
    expect(advice.reasons).to.deep.equal([]);
    expect(advice.targetWhy).to.equal('You chose to escalate; a supervisor takes cases without a rule behind them.');
  });
});

describe('adviseEscalation: combinations, urgency and target', () => {
  it('lists reasons most serious first', () => {
    const text = 'I want your manager. You idiots.';
    const advice = adviseEscalation({
      reading: reading({
        emotion: 'angry',
        intensity: 0.8,
        flags: { escalation: true, hostile: true },
        cues: [cue('your manager', text, 'escalation', 0.8, ['escalation']), cue('idiots', text, 'insult', 1.6, ['hostile'])],
      }),
      sla: breachedSla(),
      contactCount: 4,
      requestedCompensation: 300,
      authorityLimit: 100,
    });
    expect(codes(advice)).to.deep.equal(['customer-request', 'beyond-authority', 'sla-breach', 'hostile', 'repeat-contact']);
    expect(advice).to.include({ urgency: 'high', target: 'supervisor' });
  });

  it('a missed deadline on top of a public threat or runaway anger is immediate', () => {
    expect(adviseEscalation({ sla: breachedSla(), customerText: 'I will post a bad review' }).urgency).to.equal('immediate');
    expect(adviseEscalation({ sla: breachedSla(), reading: angryConversation([0.8, 0.8, 0.8], 'rising') }).urgency).to.equal('immediate');
  });

  it('repeat contact with a deadline at risk goes to a specialist; with a request for a manager, to a supervisor', () => {
    expect(adviseEscalation({ contactCount: 5, sla: atRiskSla() }).target).to.equal('specialist');
    expect(adviseEscalation({ contactCount: 5, reading: reading({ flags: { escalation: true } }) }).target).to.equal('supervisor');
  });

  it('an urgent complaint raises a normal case to high', () => {
    expect(adviseEscalation({ contactCount: 3, complaint: complaint({ priority: 'urgent' }) }).urgency).to.equal('high');
  });

  it('three reasons at once are high', () => {
    expect(urgencyFor(['customer-request', 'beyond-authority', 'repeat-contact'])).to.equal('high');
    expect(urgencyFor(['customer-request', 'beyond-authority'])).to.equal('normal');
  });

  it('targetFor documents the precedence', () => {
    expect(targetFor(['hostile', 'safety']).target).to.equal('safety');
    expect(targetFor(['customer-request'], { crime: true }).target).to.equal('legal');
    expect(targetFor(['public-threat'], { legalAction: true }).target).to.equal('legal');
    expect(targetFor(['public-threat']).target).to.equal('supervisor');
    expect(targetFor(['sla-at-risk']).target).to.equal('specialist');
    expect(targetFor([]).target).to.equal(null);
  });

  it('every code can be produced', () => {
    const seen = new Set<string>();
    const text = 'kill you; manager; idiots; bad review';
    const all = adviseEscalation({
      reading: { ...angryConversation([0.9, 0.9, 0.9], 'rising'), flags: { safety: true, escalation: true, hostile: true, complaint: true } },
      sla: { targets: [...breachedSla().targets, { ...atRiskSla().targets[0]!, kind: 'nextReply' }], next: null },
      requestedCompensation: 2,
      authorityLimit: 1,
      contactCount: 9,
      customerText: text,
    });
    all.reasons.forEach((r) => seen.add(r.code));
    expect([...seen].sort()).to.deep.equal([...ESCALATION_REASON_CODES].sort());
  });
});

describe('adviseEscalation: language', () => {
  it('follows lang, then the reading, then the complaint, then English', () => {
    expect(adviseEscalation({ contactCount: 3, lang: 'zh-Hant' }).reasons[0]!.message).to.equal('這是客戶就同一問題第 3 次聯絡我們。');
    expect(adviseEscalation({ contactCount: 3, reading: reading({ lang: 'zh-Hans' }) }).lang).to.equal('zh-Hans');
    expect(adviseEscalation({ contactCount: 3, complaint: zhComplaint() }).lang).to.equal('zh-Hans');
    expect(adviseEscalation({ contactCount: 3, complaint: complaint({ description: '帳單重複扣款，請盡快處理' }) }).lang).to.equal('zh-Hant');
    expect(adviseEscalation({ contactCount: 3 }).lang).to.equal('en');
  });
});

describe('adviseEscalation: odd input', () => {
  it('never throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    const odd: unknown[] = [undefined, null, 0, 'text', [], {}, { reading: 'x' }, { reading: { readings: 'x', current: 5 } }, { sla: { targets: [null, 1, {}] } },
      { reading: { emotion: 1, intensity: 'high', flags: null, cues: [null, { text: 5 }] } }, { customerText: ['\ud800', 42, null] }, { complaint: { customer: null, readBack: 7 } },
      hostile, { reading: hostile }, { customerText: 'police '.repeat(200_000) }];
    for (const input of odd) {
      const advice = adviseEscalation(input as never);
      expect(advice).to.have.keys(['escalate', 'urgency', 'reasons', 'target', 'lang', 'targetWhy']);
    }
  });
});
