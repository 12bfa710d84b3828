import { expect } from '@open-wc/testing';
import { analyzeConversation, analyzeMessage, EMOTIONS, NEUTRAL_BASELINE, squash, type Cue, type EmotionFlags } from '../../../src/core/emotion/index.js';
import { rememberedTexts } from '../../../src/core/emotion/conversation.js';
import { addLearnedCues, LEARNED_MIN_P } from '../../../src/core/emotion/learned-opinion.js';
import { LEARNED_EMOTION_WEIGHT } from '../../../src/core/emotion/learned-data.js';

const TEXTS = [
  "I've been chasing this since Monday and still nothing from your side.",
  'Do you people even read these messages?',
  '上周就说给我回电，到现在连个影子都没有。',
  '上週就說要回電，到現在連個影子都沒有。',
  '你們這群廢物，退款到底幾時到？',
  '我老公刚才说要拿刀去你们店里讨个说法',
  'Thanks so much, the engineer was brilliant 🙂',
  '唔該晒，已經收到啦 😊',
  '不离谱，挺好的',
  'There is no gas smell, I checked.',
];
const CLAUSE_END = /[。！？!?,，;；\n]/;

const flagsOf = (f: EmotionFlags): string[] => Object.entries(f).filter(([, on]) => on).map(([k]) => k);

describe('analyzeMessage with the learned second opinion', () => {
  it('still adds up: each score is the squashed sum of its cues', () => {
    for (const text of TEXTS) {
      const r = analyzeMessage(text);
      for (const e of EMOTIONS) {
        const raw = r.cues.filter((c) => c.emotion === e).reduce((sum, c) => sum + c.weight, e === 'neutral' ? NEUTRAL_BASELINE : 0);
        expect(r.scores[e], `${e} on ${text}`).to.be.closeTo(squash(raw), 0.002);
      }
    }
  });

  it('only adds to the rules: their cues and flags stay, and learned: false is the rules alone', () => {
    for (const text of TEXTS) {
      const rules = analyzeMessage(text, { learned: false });
      const both = analyzeMessage(text);
      expect(rules.cues.some((c) => c.kind === 'learned'), text).to.be.false;
      for (const cue of rules.cues) expect(both.cues, text).to.deep.include(cue);
      expect(flagsOf(both.flags), text).to.include.members(flagsOf(rules.flags));
      // Nothing but 'learned' cues was added.
      expect(both.cues.length - both.cues.filter((c) => c.kind === 'learned').length, text).to.equal(rules.cues.length);
    }
  });

  it('points every learned cue at one clause of the text, with a weight from the model', () => {
    for (const text of TEXTS) {
      for (const cue of analyzeMessage(text).cues.filter((c) => c.kind === 'learned')) {
        expect(text.slice(cue.start, cue.end)).to.equal(cue.text);
        expect(CLAUSE_END.test(cue.text), cue.text).to.be.false;
        expect(cue.text.trim()).to.equal(cue.text);
        if (cue.emotion) expect(cue.weight).to.be.within(LEARNED_EMOTION_WEIGHT * LEARNED_MIN_P - 0.001, LEARNED_EMOTION_WEIGHT);
        else {
          expect(cue.weight).to.equal(0);
          expect(cue.flags?.length).to.equal(1);
          expect(['hostile', 'safety']).to.include(cue.flags![0]);
        }
      }
    }
  });

  it('reads feelings the rules have no word for, in each language', () => {
    for (const text of [TEXTS[0]!, TEXTS[2]!, TEXTS[3]!]) {
      expect(analyzeMessage(text, { learned: false }).emotion, text).to.equal('neutral');
      const r = analyzeMessage(text);
      expect(['angry', 'anxious', 'disappointed'], text).to.include(r.emotion);
      expect(r.cues.find((c) => c.kind === 'learned' && c.emotion === r.emotion), text).to.exist;
    }
  });

  it('raises a flag the rules missed only with a learned cue as its evidence', () => {
    for (const text of TEXTS) {
      const rules = analyzeMessage(text, { learned: false });
      const both = analyzeMessage(text);
      for (const flag of ['hostile', 'safety'] as const) {
        if (both.flags[flag] && !rules.flags[flag]) expect(both.cues.some((c) => c.kind === 'learned' && c.flags?.includes(flag)), `${flag} on ${text}`).to.be.true;
      }
    }
    // An ordinary question stays unflagged and neutral.
    for (const text of ['Are you open on weekends?', '你们周末营业吗？', 'Is the gas inspection free this year?']) {
      const r = analyzeMessage(text);
      expect(flagsOf(r.flags), text).to.deep.equal([]);
      expect(r.emotion, text).to.equal('neutral');
    }
  });

  it('does not raise a flag from a clause in which the rules read a negation', () => {
    const text = '我老公刚才说要拿刀去你们店里讨个说法';
    const flags = (): EmotionFlags => ({ complaint: false, escalation: false, hostile: false, safety: false });
    const pushed: { flags?: string[] }[] = [];
    const push = (_kind: 'learned', _span: { start: number; end: number }, _emotion: unknown, _weight: number, f?: string[]) => pushed.push({ flags: f });
    const free = flags();
    addLearnedCues(text, free, [], push);
    expect(free.safety, 'the model alone calls this a threat').to.be.true;
    const negated = flags();
    const negation: Cue = { kind: 'negation', text: '说要', start: 4, end: 6, weight: 0 };
    addLearnedCues(text, negated, [negation], push);
    expect(negated.safety).to.be.false;
  });
});

describe('analyzeConversation and the learned second opinion', () => {
  it('passes learned: false through and keeps those readings apart', () => {
    const messages = [{ author: 'customer' as const, text: "I've been chasing this since Monday and still nothing from your side. (conversation)" }];
    const rules = analyzeConversation(messages, { learned: false });
    const both = analyzeConversation(messages);
    expect(rules.readings[0]!.cues.some((c) => c.kind === 'learned')).to.be.false;
    expect(both.readings[0]!.cues.some((c) => c.kind === 'learned')).to.be.true;
    expect(rememberedTexts({ learned: false })).to.include(messages[0]!.text);
    expect(rememberedTexts()).to.include(messages[0]!.text);
  });
});
