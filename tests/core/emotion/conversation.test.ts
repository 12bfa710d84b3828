import { expect } from '@open-wc/testing';
import { analyzeConversation, withCurrentReading, type ConversationMessage } from '../../../src/core/emotion/index.js';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const customer = (text: string, seconds: number, typingMs?: number): ConversationMessage => ({ author: 'customer', text, at: T0 + seconds * 1000, ...(typingMs ? { typingMs } : {}) });
const agent = (text: string, seconds: number): ConversationMessage => ({ author: 'agent', text, at: T0 + seconds * 1000 });

describe('analyzeConversation', () => {
  it('reads each customer message and names the current one', () => {
    const r = analyzeConversation([customer('你好，想查一下订单', 0), agent('好的，请稍等', 10), customer('谢谢！', 20)]);
    expect(r.readings.map((x) => x.messageIndex)).to.deep.equal([0, 2]);
    expect(r.current!.messageIndex).to.equal(2);
    expect(r.current!.emotion).to.equal('satisfied');
    expect(r.suggestedPriority).to.equal('low');
  });

  it('is empty but well-formed before the customer writes', () => {
    const r = analyzeConversation([]);
    expect(r.current).to.equal(null);
    expect(r.trend).to.equal('steady');
    expect(r.temperament).to.equal(null);
    expect(r.suggestedPriority).to.equal('low');
  });

  it('sees negative intensity rising and the tone shift from calm to agitated', () => {
    const r = analyzeConversation([customer('Hi, my parcel has not arrived yet.', 0), agent('Let me check.', 30), customer('This is RIDICULOUS!!! Where is it?!', 60)]);
    expect(r.trend).to.equal('rising');
    expect(r.cues.some((c) => c.kind === 'tone-shift' && c.detail === 'calm→agitated' && c.messageIndex === 2)).to.be.true;
  });

  it('sees the shift from agitated to dejected, and a falling trend when calmed', () => {
    const dejected = analyzeConversation([customer('你们太过分了！！马上给我处理！', 0), customer('算了，太失望了', 60)]);
    expect(dejected.cues.some((c) => c.detail === 'agitated→dejected')).to.be.true;
    const calmed = analyzeConversation([customer('This is outrageous!!!', 0), agent('I am sorry, refunding now.', 20), customer('ok, thanks', 40)]);
    expect(calmed.trend).to.equal('falling');
  });

  it('notices a demand restated after the agent answered, as a cue and a complaint', () => {
    const r = analyzeConversation([customer('我的退款什么时候到账？', 0), agent('3到5个工作日', 20), customer('我问的是退款什么时候到账', 40)]);
    const cue = r.cues.find((c) => c.kind === 'repetition');
    expect(cue!.messageIndex).to.equal(2);
    expect(cue!.detail).to.equal('restates message 0');
    expect(r.flags.complaint).to.be.true;
    expect(r.suggestedPriority).to.equal('high');
  });

  it('does not call different questions a repetition', () => {
    const r = analyzeConversation([customer('How do I reset my password?', 0), agent('Use the link.', 10), customer('Thanks, and can I change my email too?', 20)]);
    expect(r.cues.some((c) => c.kind === 'repetition')).to.be.false;
    expect(r.flags.complaint).to.be.false;
  });

  it('compares typing speed with the customer’s own pace', () => {
    const r = analyzeConversation([
      customer('I would like to ask about my bill', 0, 10000),
      customer('there is a charge I do not recognise', 20, 10000),
      customer('it says premium support fee', 40, 9000),
      customer('WHY AM I PAYING FOR THIS, REMOVE IT NOW', 60, 3000),
    ]);
    const cue = r.cues.find((c) => c.kind === 'typing-speed');
    expect(cue!.messageIndex).to.equal(3);
    expect(cue!.detail).to.equal('faster than usual');
  });

  it('marks long pauses and a customer gone quiet as moments to check in', () => {
    const r = analyzeConversation([customer('我的卡被冻结了', 0), agent('请提供卡号后四位', 30), customer('1234', 400)], { pauseMs: 120000 });
    expect(r.cues.find((c) => c.kind === 'pause')!.messageIndex).to.equal(2);
    const quiet = analyzeConversation([customer('help', 0), agent('Can you tell me more?', 10)], { now: T0 + 600000 });
    expect(quiet.cues.some((c) => c.kind === 'silence')).to.be.true;
  });

  it('collects emoji with their message and span', () => {
    const r = analyzeConversation([customer('ok 👍', 0), customer('where is it 😡', 10)]);
    expect(r.emoji.map((e) => [e.messageIndex, e.text])).to.deep.equal([[0, '👍'], [1, '😡']]);
  });

  it('hints a temperament with evidence, or none when weak', () => {
    const powerful = analyzeConversation([customer('我不管什么原因，马上给我处理', 0), customer('我只要结果，今天必须搞定', 30)]);
    expect(powerful.temperament!.type).to.equal('powerful');
    expect(powerful.temperament!.evidence.length).to.be.greaterThan(1);
    expect(powerful.temperament!.confidence).to.be.within(0, 1);
    const lively = analyzeConversation([customer('哈哈好的呀～', 0), customer('么么哒😄', 10)]);
    expect(lively.temperament!.type).to.equal('lively');
    const peaceful = analyzeConversation([customer('No rush, take your time.', 0), customer('That is fine, I understand.', 60)]);
    expect(peaceful.temperament!.type).to.equal('peaceful');
    const perfectionist = analyzeConversation([customer('按理说你们应该在48小时内回复，合同条款白纸黑字写着', 0), customer('This is unprofessional. You should have checked the standard.', 60)]);
    expect(perfectionist.temperament!.type).to.equal('perfectionist');
    expect(analyzeConversation([customer('hello', 0)]).temperament).to.equal(null);
  });

  it('always makes safety urgent, and ranks flags and intensity below it', () => {
    // The ranking itself, on the rules' readings (the learned opinion adds to intensity).
    const rules = { learned: false };
    expect(analyzeConversation([customer('谢谢，不过热水器好像漏电了', 0)], rules).suggestedPriority).to.equal('urgent');
    expect(analyzeConversation([customer('I want to speak to a manager', 0)], rules).suggestedPriority).to.equal('high');
    expect(analyzeConversation([customer('我有点担心，能快点吗', 0)], rules).suggestedPriority).to.equal('normal');
    expect(analyzeConversation([customer('谢谢，不过热水器好像漏电了', 0)]).suggestedPriority).to.equal('urgent');
  });

  it('never throws on odd input', () => {
    const odd = [null, { author: 'customer' }, { author: 'customer', text: 5, at: 'yesterday', typingMs: -1 }] as unknown as ConversationMessage[];
    expect(() => analyzeConversation(odd)).to.not.throw();
    expect(() => analyzeConversation(undefined as unknown as ConversationMessage[])).to.not.throw();
  });
});

describe('withCurrentReading', () => {
  it('puts a host reading of the latest message in place and joins its flags', () => {
    const conversation = analyzeConversation([customer('Hello, where is my parcel?', 0), customer('Still nothing.', 60)]);
    const host = { ...conversation.current!, emotion: 'angry' as const, flags: { ...conversation.current!.flags, escalation: true } };
    const merged = withCurrentReading(conversation, host);
    expect(merged.current).to.equal(host);
    expect(merged.readings[1]).to.equal(host);
    expect(merged.readings[0]).to.equal(conversation.readings[0]);
    expect(merged.flags.escalation).to.be.true;
    expect(conversation.flags.escalation).to.be.false;
  });
});
