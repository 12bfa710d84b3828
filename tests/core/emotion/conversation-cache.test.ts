import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  analyzeConversation,
  analyzeMessage,
  extendLexicon,
  negativeIntensity,
  type ConversationMessage,
  type ConversationOptions,
  type ConversationReading,
} from '../../../src/core/emotion/index.js';
import { clearReadingCache, rememberedTexts } from '../../../src/core/emotion/conversation.js';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const customer = (text: string): ConversationMessage => ({ author: 'customer', text });
const agent = (text: string): ConversationMessage => ({ author: 'agent', text });

// Pieces that make the analyser, the repetition check and the temperament hint all do something.
const PIECES = [
  '我的退款什么时候到账？', '这已经是第三次了', '我要投诉', '叫你们主管出来', '马上给我处理', '哈哈好的呀～', '没关系，不着急',
  '請問我的退款什麼時候會到帳？', '你們的服務真的讓我很失望', '我不太懂這個流程', '家里燃气泄漏了',
  'Where is my refund?', 'This is RIDICULOUS!!!', 'I want to speak to a manager', 'you idiots', 'No rush, take your time.',
  'I do not understand this charge', 'Great, just great.', 'You should have checked the standard.', 'thanks, that fixed it',
  '😡', '👍', '!!!', '???', ' ', '，', 'not', '不', '', '\uD800', '\u0000',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 5 }).map((parts) => parts.join(' '));
const message = fc.record(
  {
    author: fc.constantFrom<'customer' | 'agent'>('customer', 'customer', 'agent'),
    text: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }),
    at: fc.integer({ min: 0, max: 3600 }).map((s) => T0 + s * 1000),
    typingMs: fc.integer({ min: 500, max: 20_000 }),
  },
  { requiredKeys: ['author', 'text'] },
);
const conversation = fc.array(message, { minLength: 0, maxLength: 14 }).map((list) => {
  // Times only go forward in a real chat.
  let at = T0;
  return list.map((m) => (m.at === undefined ? m : { ...m, at: (at += m.at - T0 + 1000) }));
});
const hostLexicon = extendLexicon([{ term: 'refund', weights: { angry: 2 }, flags: ['complaint'] }]);
const optionSets: ConversationOptions[] = [{}, { lang: 'en' }, { lang: 'zh-Hans' }, { lang: 'zh-Hant' }, { lexicon: hostLexicon }, { now: T0 + 7_200_000 }];

/** A deep, detached snapshot for comparisons that must not see later mutations. */
const cachedReadingCount = (options?: ConversationOptions) => rememberedTexts(options).length;
const snapshot = (r: ConversationReading): ConversationReading => structuredClone(r);

function cold(messages: ConversationMessage[], options: ConversationOptions): ConversationReading {
  clearReadingCache();
  return analyzeConversation(messages, options);
}

describe('analyzeConversation remembers readings per text', () => {
  afterEach(() => clearReadingCache());

  it('gives the same reading warm as cold, whatever was read before (property)', () => {
    fc.assert(
      fc.property(conversation, conversation, fc.constantFrom(...optionSets), (messages, before, options) => {
        const expected = cold(messages, options);
        // All remembered.
        expect(analyzeConversation(messages, options)).to.deep.equal(expected);
        // Some remembered, in another order and another conversation's company.
        clearReadingCache();
        analyzeConversation([...before, ...messages.slice(1).reverse()], options);
        analyzeConversation(messages.slice(0, -1), {});
        expect(analyzeConversation(messages, options)).to.deep.equal(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('reads every customer message exactly as analyzeMessage does (property)', () => {
    fc.assert(
      fc.property(conversation, fc.constantFrom(...optionSets), (messages, options) => {
        analyzeConversation(messages, options);
        const r = analyzeConversation(messages, options);
        const customers = messages.map((m, i) => [m, i] as const).filter(([m]) => m.author === 'customer');
        expect(r.readings.map((x) => x.messageIndex)).to.deep.equal(customers.map(([, i]) => i));
        for (const reading of r.readings) {
          const { messageIndex, negativeIntensity: negative, pressure, ...rest } = reading;
          const direct = analyzeMessage(messages[messageIndex]!.text, { ...(options.lang ? { lang: options.lang } : {}), ...(options.lexicon ? { lexicon: options.lexicon } : {}) });
          expect(rest).to.deep.equal(direct);
          expect(negative).to.equal(negativeIntensity(direct));
          expect(pressure).to.be.at.least(negative);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps languages and lexicons apart', () => {
    const zh = customer('我真的很生气，退款到现在还没到！');
    expect(analyzeConversation([zh]).current!.lang).to.equal('zh-Hans');
    expect(analyzeConversation([zh], { lang: 'en' }).current!.lang).to.equal('en');
    expect(analyzeConversation([zh]).current!.lang).to.equal('zh-Hans');

    const refund = customer('Where is my refund');
    expect(analyzeConversation([refund]).flags.complaint).to.be.false;
    expect(analyzeConversation([refund], { lexicon: hostLexicon }).flags.complaint).to.be.true;
    expect(analyzeConversation([refund]).flags.complaint).to.be.false;
  });

  it('reads one new text when a message is appended', () => {
    const chat = [customer('Where is my order?'), agent('Let me check.'), customer('It was due on Monday.')];
    analyzeConversation(chat);
    expect(rememberedTexts()).to.deep.equal(['Where is my order?', 'It was due on Monday.']);
    const next = [...chat, agent('It is on its way.'), customer('This is RIDICULOUS!!! I need it today!')];
    const r = analyzeConversation(next);
    expect(rememberedTexts()).to.deep.equal(['Where is my order?', 'It was due on Monday.', 'This is RIDICULOUS!!! I need it today!']);
    expect(rememberedTexts({ lang: 'en' })).to.deep.equal([]);
    expect(r.current!.messageIndex).to.equal(4);
    expect(r.current!.emotion).to.equal(analyzeMessage(next[4]!.text).emotion);
    expect(r.trend).to.equal('rising');
  });

  it('stays bounded: 512 texts, or as many as the conversation in hand has', () => {
    for (let i = 0; i < 1200; i++) analyzeConversation([customer(`Where is order ${i}?`)]);
    expect(cachedReadingCount()).to.equal(512);

    const long = Array.from({ length: 700 }, (_, i) => customer(`Message ${i}: where is my parcel?`));
    const first = analyzeConversation(long);
    expect(cachedReadingCount()).to.equal(700);
    // Its own texts survive the call that reads them, so a long conversation is not read from scratch every time.
    expect(analyzeConversation(long)).to.deep.equal(first);
    expect(cachedReadingCount()).to.equal(700);

    analyzeConversation([customer('and one more')]);
    expect(cachedReadingCount()).to.equal(512);
  });

  it('forgets the least recently read texts first', () => {
    const kept = 'I still need my refund.';
    analyzeConversation([customer(kept)]);
    for (let i = 0; i < 600; i++) analyzeConversation([customer(`Where is order ${i}?`), ...(i % 100 === 0 ? [customer(kept)] : [])]);
    const remembered = rememberedTexts();
    expect(remembered).to.have.length(512);
    expect(remembered).to.include(kept);
    expect(remembered).to.not.include('Where is order 0?');
    expect(remembered[0]).to.equal('Where is order 89?');
    expect(remembered.at(-1)).to.equal('Where is order 599?');
  });

  it('does not hold on to very long texts', () => {
    const essay = 'I am upset. '.repeat(600);
    const r = analyzeConversation([customer(essay)]);
    expect(cachedReadingCount()).to.equal(0);
    expect(r.current!.emotion).to.equal(analyzeMessage(essay).emotion);
  });

  it('hands every caller its own reading: changing one does not leak into the next call', () => {
    const chat = [customer('这已经是第三次了，我要投诉！😡'), agent('抱歉'), customer('This is RIDICULOUS!!! Get me a manager.')];
    const r1 = analyzeConversation(chat);
    const expected = snapshot(r1);
    expect(Object.isFrozen(r1.current!.cues)).to.be.false;

    const reading = r1.readings[0]!;
    reading.emotion = 'satisfied';
    reading.scores.angry = 99;
    reading.flags.safety = true;
    reading.cues[0]!.text = 'changed';
    reading.cues[0]!.start = -5;
    reading.cues.find((c) => c.flags)!.flags!.push('safety');
    reading.cues.push({ kind: 'keyword', text: 'x', start: 0, end: 1, weight: 9 });
    r1.current!.cues.length = 0;
    r1.flags.hostile = true;
    r1.cues.length = 0;
    r1.emoji.length = 0;

    const r2 = analyzeConversation(chat);
    expect(r2).to.deep.equal(expected);
    expect(r2.readings[0]).to.not.equal(r1.readings[0]);
    expect(r2.readings[0]!.cues[0]).to.not.equal(r1.readings[0]!.cues[0]);
  });
});
