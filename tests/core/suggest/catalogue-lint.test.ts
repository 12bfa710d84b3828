import { expect } from '@open-wc/testing';
import { lintReply } from '../../../src/core/reply/index.js';
import { suggestResponses, PHRASE_CATALOGUES, SECTORS, type PhraseCatalogue } from '../../../src/core/suggest/index.js';
import { LANGS, type Lang } from '../../../src/core/lang.js';

/**
 * Every line the catalogues put in front of a customer, as sent: `{to}` left out (the
 * name is checked apart), `{ref}` filled with each reference. The phrases to avoid are
 * left out on purpose; what to say instead is in.
 */
function sendableLines(cat: PhraseCatalogue): Array<[string, string]> {
  const references = [cat.reference, ...SECTORS.map((s) => cat.sectors[s].reference)];
  const lines: Array<[string, string]> = [];
  for (const [slot, phrases] of Object.entries(cat.slots)) {
    phrases.forEach((phrase, i) => {
      const text = (typeof phrase === 'string' ? phrase : phrase.text).replace('{to}', '');
      for (const reference of text.includes('{ref}') ? references : ['']) lines.push([`${slot}#${i}`, text.replace('{ref}', reference)]);
    });
  }
  for (const [key, entry] of Object.entries(cat.options)) {
    lines.push([`options.${key}.intro`, entry.intro.replace('{to}', '')], [`options.${key}.closing`, entry.closing]);
    entry.choices.forEach((c, i) => lines.push([`options.${key}.choices[${i}]`, c]));
  }
  for (const sector of SECTORS) {
    for (const [key, entry] of Object.entries(cat.sectors[sector].options)) {
      entry.choices.forEach((c, i) => lines.push([`sectors.${sector}.${key}.choices[${i}]`, c]));
      if (entry.intro) lines.push([`sectors.${sector}.${key}.intro`, entry.intro.replace('{to}', '')]);
      if (entry.closing) lines.push([`sectors.${sector}.${key}.closing`, entry.closing]);
    }
  }
  for (const [key, entries] of Object.entries(cat.avoid)) entries.forEach((e, i) => lines.push([`avoid.${key}[${i}].instead`, e.instead]));
  for (const [key, text] of Object.entries(cat.closingFor)) if (text) lines.push([`closingFor.${key}`, text]);
  return lines;
}

describe('the phrase catalogues pass the reply checker', () => {
  for (const lang of LANGS) {
    it(`no line the ${lang} catalogue sends is flagged by lintReply`, () => {
      const lines = sendableLines(PHRASE_CATALOGUES[lang]);
      expect(lines.length).to.be.greaterThan(150);
      const flagged = lines.flatMap(([id, text]) => lintReply(text, { lang }).map((f) => `${id}: ${f.category} "${f.text}" in "${text}"`));
      expect(flagged).to.deep.equal([]);
    });
  }

  it('sends whole options messages per sector, with a name, that the checker leaves alone', () => {
    const states = ['angry', 'anxious'] as const;
    for (const lang of LANGS) {
      for (const sector of SECTORS) {
        for (const emotion of states) {
          const r = suggestResponses(
            { lang, emotion, intensity: 0.7, scores: { angry: 0, anxious: 0, confused: 0, disappointed: 0, neutral: 0, satisfied: 0, [emotion]: 0.7 }, cues: [], flags: { complaint: false, escalation: false, hostile: false, safety: false } },
            { sector, customerName: lang === 'en' ? 'Lee' : '王', honorific: 'Mr' },
          );
          const sent = [r.options!.text, ...r.questions.map((q) => q.text), ...r.suggestions.map((s) => s.text)];
          for (const text of sent) expect(lintReply(text, { lang: lang as Lang }), `${lang} ${sector} ${emotion}: ${text}`).to.deep.equal([]);
        }
      }
    }
  });
});
