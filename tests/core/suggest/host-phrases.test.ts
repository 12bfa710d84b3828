import { expect } from '@open-wc/testing';
import { suggestResponses, checkPhrases, PHRASE_CATALOGUES, type HostPhrases } from '../../../src/core/suggest/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { reading } from './fixtures.js';

const ANGRY_EN = () => reading('en', 'angry', 0.7, [{ text: 'broken' }]);
const ANGRY_ZH = () => reading('zh-Hans', 'angry', 0.7, [{ text: '坏了' }]);
const builtInTexts = (lang: Lang, slot: keyof (typeof PHRASE_CATALOGUES)['en']['slots']) =>
  PHRASE_CATALOGUES[lang].slots[slot].map((p) => (typeof p === 'string' ? p : p.text));

describe('suggestResponses: a host’s own phrases', () => {
  it('offers the host’s lines first, addressed like the built-in ones, and keeps the built-in ones as further variants', () => {
    const phrases: HostPhrases = { en: { slots: { 'ack.angry': ['{to}that is not the Acme standard, and I am sorry.'] } } };
    const r = suggestResponses(ANGRY_EN(), { phrases, customerName: 'Lee', honorific: 'Ms' });
    const ack = r.suggestions.filter((s) => s.kind === 'acknowledge');
    expect(ack[0]!.id).to.equal('ack.angry#h0');
    expect(ack[0]!.text).to.equal('Ms Lee, that is not the Acme standard, and I am sorry.');
    expect(r.phraseIssues).to.deep.equal([]);
    // Once used, the built-in lines come back with their usual ids.
    const next = suggestResponses(ANGRY_EN(), { phrases, used: ['ack.angry#h0'] });
    const line = next.suggestions.find((s) => s.kind === 'acknowledge')!;
    expect(line.id).to.match(/^ack\.angry#\d$/);
    expect(builtInTexts('en', 'ack.angry').map((t) => t.replace('{to}', '').toLowerCase())).to.include(line.text.toLowerCase());
  });

  it('replaces the built-in lines of a slot with mode: replace, and leaves the other slots alone', () => {
    const phrases: HostPhrases = { 'zh-Hans': { mode: 'replace', slots: { 'solve.fault': ['{to}我们2个工作日内为您全额退款。', '我现在就为您补发，今天发出。'] } } };
    const r = suggestResponses(ANGRY_ZH(), { phrases });
    const solve = r.suggestions.filter((s) => s.kind === 'solve');
    const fault = solve.find((s) => s.id.startsWith('solve.fault'))!;
    expect(['solve.fault#h0', 'solve.fault#h1']).to.include(fault.id);
    expect(['我们2个工作日内为您全额退款。', '我现在就为您补发，今天发出。']).to.include(fault.text);
    // With both host lines used, nothing built-in takes their place.
    const used = suggestResponses(ANGRY_ZH(), { phrases, used: ['solve.fault#h0', 'solve.fault#h1'] });
    expect(used.suggestions.some((s) => s.id.startsWith('solve.fault'))).to.be.false;
    // Other slots still come from the built-in catalogue.
    expect(r.suggestions.find((s) => s.kind === 'acknowledge')!.id).to.match(/^ack\.angry#\d$/);
  });

  it('puts the host’s real options in the template, keeping what it does not replace', () => {
    const phrases: HostPhrases = { en: { options: { remedy: { choices: ['a refund within 2 working days', 'a replacement sent today'] } } } };
    const options = suggestResponses(ANGRY_EN(), { phrases }).options!;
    expect(options.choices).to.deep.equal(['a refund within 2 working days', 'a replacement sent today']);
    expect(options.text.split('\n')).to.deep.equal([options.intro, '1. A refund within 2 working days', '2. A replacement sent today', options.closing]);
    expect(options.closing).to.equal(PHRASE_CATALOGUES.en.options.remedy.closing);
  });

  it('adds the host’s phrases to avoid, first, and replaces why and escalation advice', () => {
    const phrases: HostPhrases = {
      en: {
        avoid: { angry: [{ text: 'Per our terms…', instead: 'Here is what I can do.', why: 'Quoting terms sounds cold.' }] },
        why: { angry: 'Acme: name the frustration first.' },
        escalation: { anger: 'Call the Acme duty lead.' },
      },
    };
    const r = suggestResponses(reading('en', 'angry', 0.9, [{ text: 'furious' }]), { phrases });
    expect(r.avoid[0]).to.deep.equal({ text: 'Per our terms…', instead: 'Here is what I can do.', why: 'Quoting terms sounds cold.' });
    expect(r.avoid.map((a) => a.text)).to.include('Calm down.');
    expect(r.suggestions.find((s) => s.id.startsWith('ack.angry'))!.why).to.equal("Acme: name the frustration first. The customer wrote 'furious'.");
    expect(r.escalation!.advice).to.equal('Call the Acme duty lead.');
  });

  it('uses only the phrases of the suggestions’ language', () => {
    const phrases: HostPhrases = { en: { mode: 'replace', slots: { 'ack.angry': ['Acme is sorry.', 'Acme hears you.'] } } };
    const zh = suggestResponses(ANGRY_ZH(), { phrases });
    expect(zh.suggestions.every((s) => !s.text.includes('Acme'))).to.be.true;
    const en = suggestResponses(ANGRY_ZH(), { phrases, lang: 'en' });
    expect(en.suggestions.find((s) => s.kind === 'acknowledge')!.text).to.match(/^Acme /);
  });

  it('still never sends cheer to sarcasm, even from a host line', () => {
    const phrases: HostPhrases = { en: { mode: 'replace', slots: { 'ack.sarcasm': ["Glad you're happy!", 'I hear you, and I am sorry.'] } } };
    const r = suggestResponses(reading('en', 'angry', 0.6, [{ text: 'Thanks for nothing', kind: 'sarcasm' }]), { phrases });
    expect(r.suggestions.map((s) => s.text)).to.not.include("Glad you're happy!");
  });

  it('skips bad entries with a reason, keeps the good ones and never throws', () => {
    const phrases = {
      en: {
        mode: 'merge',
        slots: {
          'ack.angry': ['', 'Hello {name}', { text: 'Acme is on it.', tone: 'loud' }, { text: '{to}Acme hears you.', tone: 'warm' }, 42],
          'ack.furious': ['x'],
          'care.angry': 'not a list',
        },
        options: { remedy: { choices: ['only one'] }, speed: { intro: 7 } },
        avoid: { angry: [{ text: 'Calm down!', instead: '' }] },
        escalation: { anger: '   ' },
        colours: {},
      },
      klingon: {},
    } as unknown as HostPhrases;
    const { phrases: kept, issues } = checkPhrases(phrases);
    const reasons = Object.fromEntries(issues.map((i) => [i.path, i.reason]));
    expect(reasons['en.mode']).to.include("'add' or 'replace'");
    expect(reasons['en.slots.ack.angry[0]']).to.equal('empty text');
    expect(reasons['en.slots.ack.angry[1]']).to.include('unknown placeholder {name}');
    expect(reasons['en.slots.ack.angry[2]']).to.include('unknown tone "loud"');
    expect(reasons['en.slots.ack.angry[4]']).to.include('expected a string or { text, tone }');
    expect(reasons['en.slots.ack.furious']).to.include('unknown key');
    expect(reasons['en.slots.care.angry']).to.equal('expected an array');
    expect(reasons['en.options.remedy.choices']).to.equal('expected 2 to 4 choices, got 1');
    expect(reasons['en.options.speed.intro']).to.include('expected a string');
    expect(reasons['en.avoid.angry[0]']).to.equal('instead: empty text');
    expect(reasons['en.avoid.angry']).to.include('no usable entry');
    expect(reasons['en.escalation.anger']).to.equal('empty text');
    expect(reasons['en.colours']).to.include('unknown section');
    expect(reasons['klingon']).to.include('unknown language');
    expect(kept.en!.slots!['ack.angry']).to.deep.equal([{ text: '{to}Acme hears you.', tone: 'warm' }]);
    expect(kept.en!.options).to.equal(undefined);

    const r = suggestResponses(ANGRY_EN(), { phrases });
    expect(r.phraseIssues).to.deep.equal(issues);
    expect(r.suggestions[0]!.id).to.equal('ack.angry#h0');
    expect(r.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.options.remedy.choices]);
    expect(r.escalation).to.equal(null);
  });

  it('reports a phrases value that is not an object, and suggests from the built-in catalogue', () => {
    for (const odd of [42, 'en', [], true]) {
      const r = suggestResponses(ANGRY_EN(), { phrases: odd as never });
      expect(r.phraseIssues, String(odd)).to.have.length(1);
      expect(r.suggestions.length).to.be.greaterThan(0);
    }
    expect(suggestResponses(ANGRY_EN()).phraseIssues).to.deep.equal([]);
    expect(checkPhrases(null).issues).to.deep.equal([]);
  });

  it('does not change the built-in catalogues', () => {
    const before = JSON.stringify(PHRASE_CATALOGUES.en.slots['ack.angry']);
    suggestResponses(ANGRY_EN(), { phrases: { en: { mode: 'replace', slots: { 'ack.angry': ['A', 'B'] } } } });
    expect(JSON.stringify(PHRASE_CATALOGUES.en.slots['ack.angry'])).to.equal(before);
    expect(suggestResponses(ANGRY_EN()).suggestions[0]!.id).to.match(/^ack\.angry#\d$/);
  });
});
