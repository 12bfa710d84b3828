import { expect } from '@open-wc/testing';
import {
  suggestResponses,
  formatAddress,
  PHRASE_CATALOGUES,
  RESPONSE_MOVES,
  SLOTS,
  type ResponseSuggestions,
} from '../../../src/core/suggest/index.js';
import { EMOTIONS, type ConversationMessage } from '../../../src/core/emotion/index.js';
import { LANGS, type Lang } from '../../../src/core/lang.js';
import { reading } from './fixtures.js';

const ANGRY_ZH = () =>
  reading('zh-Hans', 'angry', 0.82, [
    { text: '第三次', kind: 'count', start: 2 },
    { text: '投诉', kind: 'complaint', start: 14, flags: ['complaint'] },
    { text: '！！！', kind: 'punctuation', start: 16, weight: 0.6 },
  ], { complaint: true });

const allLines = (r: ResponseSuggestions) => [...r.suggestions, ...r.questions, ...(r.options ? [r.options] : [])];
const UPBEAT = /\b(glad|happy|great to hear|good to hear|delighted|pleased)\b|高兴|高興|开心|開心|欣慰|太好了/i;
const CJK = /[\u3400-\u9fff]/;
// Characters that exist only in one script: a zh-Hant catalogue must not contain the first set, zh-Hans not the second.
const SIMPLIFIED_ONLY = /[这们问说时间从还让发对给过经现联帮单号题请况处]/;
const TRADITIONAL_ONLY = /[這們問說時間從還讓發對給過經現聯幫單號題請況處]/;

describe('suggestResponses: the three moves', () => {
  for (const lang of LANGS) {
    for (const emotion of EMOTIONS) {
      it(`${emotion} in ${lang}: acknowledge, solve and care, in that order, in ${lang}`, () => {
        const r = suggestResponses(reading(lang, emotion, emotion === 'neutral' ? 0 : 0.7, [{ text: 'x' }]));
        expect(r.lang).to.equal(lang);
        const kinds = r.suggestions.map((s) => s.kind);
        for (const move of RESPONSE_MOVES) expect(kinds, move).to.include(move);
        const order = kinds.map((k) => RESPONSE_MOVES.indexOf(k as (typeof RESPONSE_MOVES)[number]));
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
        for (const line of allLines(r)) {
          expect(line.text.trim(), line.id).to.not.equal('');
          expect(line.text, line.id).to.not.include('{to}');
          expect(line.why.length, line.id).to.be.greaterThan(5);
          expect(CJK.test(line.text), `${line.id} script`).to.equal(lang !== 'en');
          if (lang === 'zh-Hant') expect(SIMPLIFIED_ONLY.test(line.text), `${line.id}: ${line.text}`).to.be.false;
          if (lang === 'zh-Hans') expect(TRADITIONAL_ONLY.test(line.text), `${line.id}: ${line.text}`).to.be.false;
        }
      });
    }
  }

  it('follows options.lang over the reading’s language', () => {
    const r = suggestResponses(reading('zh-Hans', 'angry', 0.6, [{ text: '生气' }]), { lang: 'en' });
    expect(r.lang).to.equal('en');
    expect(CJK.test(r.suggestions[0]!.text)).to.be.false;
  });

  it('reads a message or a whole conversation directly', () => {
    const one = suggestResponses('I want to speak to your manager NOW. This is ridiculous!');
    expect(one.lang).to.equal('en');
    expect(one.flags.escalation).to.be.true;
    expect(one.suggestions.some((s) => s.id.startsWith('solve.escalation'))).to.be.true;
    const chat: ConversationMessage[] = [
      { author: 'customer', text: '我的订单怎么还没到？' },
      { author: 'agent', text: '我帮您查一下。' },
      { author: 'customer', text: '这是我第三次问了，再不解决我就投诉！！！' },
    ];
    const many = suggestResponses(chat);
    expect(many.lang).to.equal('zh-Hans');
    expect(many.flags.complaint).to.be.true;
    expect(many.suggestions.find((s) => s.id.startsWith('solve.complaint'))!.cues.some((c) => c.messageIndex === 2)).to.be.true;
  });
});

describe('suggestResponses: why names the customer’s words', () => {
  it('quotes 第三次 and 投诉 for a repeated complaint', () => {
    const r = suggestResponses(ANGRY_ZH());
    const ack = r.suggestions[0]!;
    expect(ack.id).to.match(/^ack\.repeat#/);
    expect(ack.why).to.include('“第三次”');
    const complaint = r.suggestions.find((s) => s.id.startsWith('solve.complaint'))!;
    expect(complaint.why).to.include('“投诉”');
    expect(complaint.cues.map((c) => c.text)).to.include('投诉');
    const angry = r.suggestions.find((s) => s.id.startsWith('ack.angry'))!;
    expect(angry.why).to.match(/客户写了“第三次”、“投诉”和“！！！”。$/);
  });

  it('quotes in English and in Traditional Chinese style', () => {
    const en = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'ridiculous' }, { text: 'still waiting' }]));
    expect(en.suggestions.at(-1)!.why).to.include("The customer wrote 'ridiculous' and 'still waiting'.");
    const hant = suggestResponses(reading('zh-Hant', 'disappointed', 0.7, [{ text: '太失望' }]));
    expect(hant.suggestions[0]!.why).to.include('客戶寫了「太失望」。');
  });

  it('keeps a negation with the word it negates, and leaves modifiers out', () => {
    const r = suggestResponses(
      reading('zh-Hans', 'disappointed', 0.6, [
        { text: '非常', kind: 'intensifier', start: 0 },
        { text: '不', kind: 'negation', start: 2, weight: -0.2 },
        { text: '专业', kind: 'keyword', start: 3 },
      ]),
    );
    expect(r.suggestions[0]!.why).to.include('“不专业”');
    expect(r.suggestions[0]!.why).to.not.include('“非常”');
  });

  it('quotes the sarcastic words when answering sarcasm', () => {
    const r = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'Great' }, { text: 'Thanks for nothing', kind: 'sarcasm' }]));
    expect(r.suggestions[0]!.id).to.match(/^ack\.sarcasm#/);
    expect(r.suggestions[0]!.why).to.include("'Thanks for nothing'");
  });

  it('explains a calm request without inventing evidence', () => {
    const r = suggestResponses(reading('en', 'neutral', 0));
    expect(r.suggestions[0]!.why).to.not.include('wrote');
    expect(r.suggestions[0]!.cues).to.deep.equal([]);
  });
});

describe('suggestResponses: personalised', () => {
  it('addresses 王先生 and Ms Lee once, at the start of the first line', () => {
    const zh = suggestResponses(ANGRY_ZH(), { customerName: '王', honorific: '先生' });
    expect(zh.suggestions[0]!.text.startsWith('王先生，')).to.be.true;
    expect(zh.suggestions.filter((s) => s.kind === 'acknowledge' && s.text.includes('王先生'))).to.have.length(1);
    expect(zh.options!.intro.startsWith('王先生，')).to.be.true;
    const en = suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'urgent' }]), { customerName: 'Lee', honorific: 'Ms' });
    expect(en.suggestions[0]!.text).to.match(/^Ms Lee, [a-z]/);
  });

  it('reads naturally without a name', () => {
    const r = suggestResponses(reading('en', 'confused', 0.6, [{ text: 'confused' }]));
    for (const line of r.suggestions) expect(line.text, line.id).to.match(/^[A-Z]/);
    const zh = suggestResponses(reading('zh-Hans', 'confused', 0.6, [{ text: '不明白' }]));
    expect(zh.suggestions[0]!.text.startsWith('，')).to.be.false;
  });

  it('puts a Latin title after the surname in Chinese, in Chinese (Mr + 王 → 王先生)', () => {
    const cases: Array<[string, string, Lang, string]> = [
      ['王', 'Mr', 'zh-Hans', '王先生'],
      ['王', 'mr.', 'zh-Hant', '王先生'],
      ['陈', 'MRS', 'zh-Hans', '陈太太'],
      ['李', 'Ms.', 'zh-Hant', '李女士'],
      ['林', 'Miss', 'zh-Hans', '林小姐'],
      ['张', 'Dr.', 'zh-Hans', '张博士'],
      ['黃', 'prof', 'zh-Hant', '黃教授'],
      ['王先生', 'Mr', 'zh-Hans', '王先生'],
      ['', 'Mr', 'zh-Hans', '先生'],
      ['Lee', 'Mx', 'zh-Hans', 'Mx Lee'],
      ['王', '经理', 'zh-Hans', '王经理'],
    ];
    for (const [name, title, lang, expected] of cases) expect(formatAddress(name, title, lang), `${title} ${name} ${lang}`).to.equal(expected);
  });

  it('puts a Chinese title before the name in English, in English (先生 + Wang → Mr Wang)', () => {
    const cases: Array<[string, string, string]> = [
      ['Wang', '先生', 'Mr Wang'],
      ['Chen', '太太', 'Mrs Chen'],
      ['Lee', '女士', 'Ms Lee'],
      ['Lin', '小姐', 'Ms Lin'],
      ['Zhang', '博士', 'Dr Zhang'],
      ['Huang', '教授', 'Prof Huang'],
      ['王', '先生', 'Mr 王'],
      ['', '先生', ''],
      ['Lee', 'Ms', 'Ms Lee'],
      ['Wang', '经理', 'Wang经理'],
    ];
    for (const [name, title, expected] of cases) expect(formatAddress(name, title, 'en'), `${title} ${name}`).to.equal(expected);
  });

  it('keeps the address as written when no language is given', () => {
    expect(formatAddress('王', 'Mr')).to.equal('Mr 王');
    expect(formatAddress('Wang', '先生')).to.equal('Wang先生');
    expect(formatAddress('王', 'Mr', 'klingon' as never)).to.equal('Mr 王');
  });

  it('addresses the customer in the language of the reply', () => {
    const zh = suggestResponses(ANGRY_ZH(), { customerName: '王', honorific: 'Mr' });
    expect(zh.suggestions[0]!.text.startsWith('王先生，'), zh.suggestions[0]!.text).to.be.true;
    expect(zh.options!.intro.startsWith('王先生，')).to.be.true;
    const hant = suggestResponses(reading('zh-Hant', 'anxious', 0.7, [{ text: '很急' }]), { customerName: '陳', honorific: 'ms.' });
    expect(hant.suggestions[0]!.text.startsWith('陳女士，'), hant.suggestions[0]!.text).to.be.true;
    const en = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'ridiculous' }]), { customerName: 'Wang', honorific: '先生' });
    expect(en.suggestions[0]!.text).to.match(/^Mr Wang, \S/);
    const asked = suggestResponses(ANGRY_ZH(), { customerName: 'Wang', honorific: '先生', lang: 'en' });
    expect(asked.suggestions[0]!.text).to.match(/^Mr Wang, /);
  });

  it('formats the address for each language', () => {
    expect(formatAddress('王', '先生')).to.equal('王先生');
    expect(formatAddress('陈小明', '女士')).to.equal('陈小明女士');
    expect(formatAddress('Lee', 'Ms')).to.equal('Ms Lee');
    expect(formatAddress('Lee', 'Dr.')).to.equal('Dr. Lee');
    expect(formatAddress('王先生', '先生')).to.equal('王先生');
    expect(formatAddress('', 'Ms')).to.equal('');
    expect(formatAddress('', '先生')).to.equal('先生');
    expect(formatAddress('  Anna\n', undefined)).to.equal('Anna');
    expect(formatAddress(42, {})).to.equal('');
  });
});

describe('suggestResponses: fitted to the temperament', () => {
  const tones = (lang: Lang, id: string) => {
    const [slot, index] = id.split('#') as [keyof (typeof PHRASE_CATALOGUES)['en']['slots'], string];
    const phrase = PHRASE_CATALOGUES[lang].slots[slot][Number(index)]!;
    return typeof phrase === 'string' ? null : phrase.tone;
  };

  it('gives a powerful customer short lines, one acknowledgement and the decision', () => {
    const r = suggestResponses(ANGRY_ZH(), { temperament: 'powerful' });
    expect(r.temperament).to.equal('powerful');
    expect(r.temperamentSource).to.equal('override');
    expect(r.suggestions.filter((s) => s.kind === 'acknowledge')).to.have.length(1);
    expect(tones('zh-Hans', r.suggestions[0]!.id)).to.equal('short');
    expect(r.suggestions.some((s) => s.id.startsWith('solve.powerful'))).to.be.true;
    expect(r.options!.closing).to.equal(PHRASE_CATALOGUES['zh-Hans'].closingFor.powerful);
  });

  it('gives a perfectionist precise lines and a peaceful customer the standard process', () => {
    const precise = suggestResponses(reading('en', 'angry', 0.6, [{ text: 'unacceptable' }]), { temperament: 'perfectionist' });
    expect(tones('en', precise.suggestions.find((s) => s.id.startsWith('ack.angry'))!.id)).to.equal('precise');
    expect(precise.suggestions.find((s) => s.id.startsWith('solve.perfectionist'))!.why).to.include('exact');
    const calm = suggestResponses(reading('zh-Hant', 'neutral', 0), { temperament: 'peaceful' });
    expect(tones('zh-Hant', calm.suggestions[0]!.id)).to.equal('process');
    expect(calm.suggestions.some((s) => s.id.startsWith('solve.peaceful'))).to.be.true;
  });

  it('takes the analyser’s hint from a conversation, with its evidence, and lets the agent override or clear it', () => {
    const chat: ConversationMessage[] = [
      { author: 'customer', text: '你好，我的订单应该昨天到的，按合同规定应该赔偿' },
      { author: 'agent', text: '您好' },
      { author: 'customer', text: '你们应该按标准流程处理，这不专业！' },
    ];
    const hinted = suggestResponses(chat);
    expect(hinted.temperament).to.equal('perfectionist');
    expect(hinted.temperamentSource).to.equal('hint');
    const fit = hinted.suggestions.find((s) => s.id.startsWith('solve.perfectionist'))!;
    expect(fit.why).to.include('“应该”');
    expect(suggestResponses(chat, { temperament: 'lively' }).temperament).to.equal('lively');
    const cleared = suggestResponses(chat, { temperament: null });
    expect(cleared.temperament).to.equal(null);
    expect(cleared.suggestions.some((s) => s.id.startsWith('solve.perfectionist'))).to.be.false;
  });
});

describe('suggestResponses: varied', () => {
  it('never repeats an id listed in used, round after round', () => {
    const seen = new Set<string>();
    const used: string[] = [];
    for (let round = 0; round < 2; round++) {
      const r = suggestResponses(ANGRY_ZH(), { used });
      for (const s of [...r.suggestions, ...r.questions]) {
        expect(seen.has(s.id), s.id).to.be.false;
        seen.add(s.id);
        used.push(s.id);
      }
    }
    expect(seen.size).to.be.greaterThan(8);
  });

  it('never repeats a text listed in used, with or without the name', () => {
    const first = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'ridiculous' }]), { customerName: 'Lee', honorific: 'Ms' });
    const again = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'ridiculous' }]), { used: first.suggestions.map((s) => s.text) });
    const before = new Set(first.suggestions.map((s) => s.id));
    for (const s of again.suggestions) expect(before.has(s.id), s.id).to.be.false;
  });

  it('does not suggest what the agent already sent in the conversation', () => {
    const first = suggestResponses('I am so confused, what does this charge mean??');
    const sent = first.suggestions[0]!;
    const r = suggestResponses([
      { author: 'customer', text: 'I am so confused, what does this charge mean??' },
      { author: 'agent', text: `Hi Anna! ${sent.text}` },
      { author: 'customer', text: 'I am so confused, what does this charge mean??' },
    ]);
    expect(r.suggestions.map((s) => s.text)).to.not.include(sent.text);
  });

  it('moves on to another options template once one was used', () => {
    const r = suggestResponses(ANGRY_ZH(), { used: ['options.remedy'] });
    expect(r.options!.id).to.equal('options.general');
  });
});

describe('suggestResponses: never canned empathy that contradicts the reading', () => {
  for (const lang of LANGS) {
    it(`no cheer for angry, sarcastic or complaining readings (${lang})`, () => {
      const cases = [
        reading(lang, 'angry', 0.9, [{ text: 'x' }]),
        // A host reading that calls sarcasm "satisfied": the sarcasm cue wins.
        reading(lang, 'satisfied', 0.6, [{ text: 'Great', emotion: 'satisfied' }, { text: 'yet again', kind: 'sarcasm', emotion: 'angry' }]),
        reading(lang, 'satisfied', 0.6, [{ text: 'thanks' }], { complaint: true }),
        reading(lang, 'neutral', 0, [], { hostile: true }),
      ];
      for (const input of cases) {
        const r = suggestResponses(input);
        for (const line of allLines(r)) expect(UPBEAT.test(line.text), `${line.id}: ${line.text}`).to.be.false;
        expect(r.suggestions.some((s) => s.id.includes('satisfied'))).to.be.false;
      }
    });
  }

  it('answers real sarcasm from the analyser as frustration', () => {
    for (const text of ['Great, another week of waiting. Thanks for nothing.', '真是太好了，又延期了']) {
      const r = suggestResponses(text);
      for (const line of allLines(r)) expect(UPBEAT.test(line.text), line.text).to.be.false;
    }
  });

  it('does thank a genuinely pleased customer', () => {
    const r = suggestResponses(reading('en', 'satisfied', 0.8, [{ text: 'thank you so much' }]), { customerName: 'Lee', honorific: 'Ms' });
    expect(r.suggestions[0]!.id).to.match(/^ack\.satisfied#/);
    expect(r.options).to.equal(null);
    expect(r.questions).to.deep.equal([]);
    expect(r.escalation).to.equal(null);
  });
});

describe('suggestResponses: questions, phrases to avoid, options', () => {
  it('asks angry and confused customers about facts, and not pleased ones', () => {
    expect(suggestResponses(ANGRY_ZH()).questions).to.have.length(2);
    const confused = suggestResponses(reading('en', 'confused', 0.7, [{ text: 'confused' }]));
    expect(confused.questions).to.have.length(2);
    expect(confused.questions.every((q) => q.kind === 'question')).to.be.true;
    expect(confused.questions[0]!.why).to.include('confused');
    expect(suggestResponses(reading('en', 'satisfied', 0.8, [{ text: 'thanks' }])).questions).to.have.length(0);
  });

  it('lists what not to say for the state', () => {
    expect(suggestResponses(ANGRY_ZH()).avoid.map((a) => a.text)).to.include('请你冷静一下。');
    const en = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'Great' }, { text: 'Thanks for nothing', kind: 'sarcasm' }]));
    expect(en.avoid[0]!.text).to.equal("I'm glad you're happy!");
    expect(en.avoid.map((a) => a.text)).to.include('Calm down.');
    const anxious = suggestResponses(reading('zh-Hant', 'anxious', 0.7, [{ text: '急' }]));
    expect(anxious.avoid.map((a) => a.text)).to.include('請耐心等候。');
    for (const a of anxious.avoid) expect(a.instead && a.why).to.be.ok;
  });

  it('offers two or three concrete choices that fit the state', () => {
    const remedy = suggestResponses(ANGRY_ZH()).options!;
    expect(remedy.id).to.equal('options.remedy');
    expect(remedy.choices.length).to.be.within(2, 3);
    expect(remedy.text.split('\n')).to.have.length(remedy.choices.length + 2);
    expect(remedy.text).to.include(`1. ${remedy.choices[0]}`);
    expect(suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'asap' }])).options!.id).to.equal('options.speed');
    expect(suggestResponses(reading('en', 'confused', 0.7, [{ text: 'lost' }])).options!.id).to.equal('options.guide');
    expect(suggestResponses(reading('en', 'neutral', 0)).options!.id).to.equal('options.general');
  });
});

describe('suggestResponses: safety and escalation', () => {
  it('puts safety first and offers no menu', () => {
    const r = suggestResponses(reading('zh-Hans', 'anxious', 0.6, [{ text: '燃气泄漏', kind: 'danger', flags: ['safety'] }], { safety: true }));
    expect(r.suggestions.map((s) => s.id.split('#')[0])).to.deep.equal(['ack.safety', 'solve.safety', 'care.safety']);
    expect(r.suggestions[0]!.why).to.include('“燃气泄漏”');
    expect(r.options).to.equal(null);
    expect(r.questions).to.deep.equal([]);
    expect(r.escalation!.causes).to.deep.equal(['safety']);
    expect(r.avoid[0]!.text).to.equal('请你冷静一下。');
  });

  it('calls for escalation on a request for someone in charge, abuse or very high anger, most serious first', () => {
    const r = suggestResponses(
      reading('en', 'angry', 0.9, [{ text: 'manager', kind: 'escalation', flags: ['escalation'] }, { text: 'idiots', kind: 'insult', flags: ['hostile'] }], { escalation: true, hostile: true }),
    );
    expect(r.escalation!.causes).to.deep.equal(['escalation', 'hostile', 'anger']);
    expect(r.escalation!.why).to.include("'manager'");
    expect(r.escalation!.advice).to.equal(PHRASE_CATALOGUES.en.escalation.escalation);
    expect(suggestResponses(reading('en', 'angry', 0.5, [{ text: 'annoyed' }])).escalation).to.equal(null);
  });
});

describe('suggestResponses: robustness and catalogues', () => {
  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, {}, [], '', '\ud800', 'x'.repeat(200_000), { emotion: 'furious', cues: [] }, { emotion: 'angry', cues: [null, 5], flags: {} }, [null, { author: 'customer' }]];
    for (const input of odd) {
      const r = suggestResponses(input as never, { used: [null as never, 3 as never], customerName: {} as never });
      expect(r.suggestions.length).to.be.greaterThan(0);
    }
  });

  it('gives every slot at least two lines in every language', () => {
    for (const lang of LANGS) for (const slot of SLOTS) expect(PHRASE_CATALOGUES[lang].slots[slot].length, `${lang} ${slot}`).to.be.at.least(2);
  });

  it('writes Traditional Chinese for Taiwan and Hong Kong readers, not character-converted Simplified', () => {
    const flat = (lang: Lang) => Object.values(PHRASE_CATALOGUES[lang].slots).flat().map((p) => (typeof p === 'string' ? p : p.text));
    const hans = flat('zh-Hans');
    const hant = flat('zh-Hant');
    for (const line of hant) expect(SIMPLIFIED_ONLY.test(line), line).to.be.false;
    for (const line of hans) expect(TRADITIONAL_ONLY.test(line), line).to.be.false;
    expect(hant.join('')).to.include('訊息');
    expect(PHRASE_CATALOGUES['zh-Hant'].reference).to.equal('訂單編號');
  });
});
