import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js';
import { BUILTIN_LEXICON, createLexicon, extendLexicon, parseLexicon } from '../../../src/core/emotion/index.js';
import { GAP_MAX } from '../../../src/core/emotion/matcher.js';
import { foldTraditional } from '../../../src/core/detect-lang.js';
import { analyzeRules } from './helpers.js';

describe('lexicon', () => {
  it('parses the documented line format', () => {
    const entries = parseLexicon('@keyword\n失望|disappoint*: d1.2 x.5 C >a\n@degree 1.5\n非常\n@guard\n死机');
    expect(entries).to.have.length(4);
    expect(entries[0]).to.include({ term: '失望', role: 'word', kind: 'keyword', negatedAs: 'angry' });
    expect(entries[0]!.weights).to.deep.equal({ disappointed: 1.2, anxious: 0.5 });
    expect(entries[0]!.flags).to.deep.equal(['complaint']);
    expect(entries[2]).to.include({ term: '非常', role: 'degree', factor: 1.5 });
    expect(entries[3]).to.include({ role: 'guard' });
  });

  it('builds the built-in lexicon with every term in a known section', () => {
    const entries = parseLexicon(BUILTIN_LEXICON);
    expect(entries.length).to.be.greaterThan(1500);
    expect(entries.every((e) => e.term.trim() === e.term && e.term.length > 0)).to.be.true;
  });

  it('covers both scripts of every Chinese lexicon character (checked against opencc-js)', () => {
    const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    const han = /[\u3400-\u9fff]/;
    const missing: string[] = [];
    for (const ch of new Set(BUILTIN_LEXICON)) {
      if (!han.test(ch)) continue;
      for (const convert of converters) {
        const trad = convert(ch);
        if (trad !== ch && trad.length === 1 && foldTraditional(trad.charCodeAt(0)) !== foldTraditional(ch.charCodeAt(0))) missing.push(ch + trad);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('lets a host add and re-weight terms without touching the built-in one', () => {
    const lexicon = extendLexicon([
      { term: '退货难', weights: { angry: 2 }, flags: ['complaint'] },
      { term: '满意', weights: { satisfied: 0.1 } },
    ]);
    const r = analyzeRules('你们退货难', { lexicon });
    expect(r.emotion).to.equal('angry');
    expect(r.flags.complaint).to.be.true;
    expect(analyzeRules('你们退货难').flags.complaint).to.be.false;
    expect(analyzeRules('我满意', { lexicon }).scores.satisfied).to.be.lessThan(analyzeRules('我满意').scores.satisfied);
  });

  it('accepts a lexicon of its own, in text form', () => {
    const lexicon = createLexicon('@keyword\nbanana: a2 H');
    const r = analyzeRules('BANANA!', { lexicon });
    expect(r.emotion).to.equal('angry');
    expect(r.flags.hostile).to.be.true;
    expect(analyzeRules('I am furious', { lexicon }).emotion).to.equal('neutral');
  });

  it('expands {a;b} groups into every combination', () => {
    const terms = parseLexicon('@escalation\n{找;叫}{主管;经理}|manager: a.8 E').map((e) => e.term);
    expect(terms).to.deep.equal(['找主管', '找经理', '叫主管', '叫经理', 'manager']);
    expect(analyzeRules('我要叫經理').flags.escalation).to.be.true;
  });

  it('lets ~ skip up to GAP_MAX units of one clause between the parts of a term', () => {
    const lexicon = createLexicon('@keyword\n两个~不一样: c1.5\nglass in ~soup: x2 S');
    const near = analyzeRules('两个页面写的价格竟然不一样', { lexicon });
    expect(near.cues[0]).to.include({ text: '两个页面写的价格竟然不一样', start: 0, emotion: 'confused' });
    expect(analyzeRules('两个不一样', { lexicon }).cues).to.have.length(1);
    // Never past a clause end, nor further than GAP_MAX units.
    expect(analyzeRules('两个页面，价格不一样', { lexicon }).cues).to.have.length(0);
    // (Nine 页 in a row are also a repetition cue; the term's cue is the one that starts the message.)
    expect(analyzeRules(`两个${'页'.repeat(GAP_MAX + 1)}不一样`, { lexicon }).cues.find((c) => c.start === 0)).to.be.undefined;
    expect(analyzeRules(`两个${'页'.repeat(GAP_MAX)}不一样`, { lexicon }).cues.find((c) => c.start === 0)?.emotion).to.equal('confused');
    // English: the part after the gap starts a word, the part before it ends one.
    expect(analyzeRules('There was glass in my soup!', { lexicon }).flags.safety).to.be.true;
    expect(analyzeRules('glass in mysoup', { lexicon }).flags.safety).to.be.false;
    expect(analyzeRules('glass inmy soup', { lexicon }).flags.safety).to.be.false;
    // A gap cannot open a term, and ~ in a message is just a character.
    expect(createLexicon('@keyword\n~abc: a1').size).to.equal(0);
    expect(analyzeRules('两个~不一样', { lexicon }).cues).to.have.length(1);
  });

  it('has no backslash in a built-in term (the format has no escapes: "seriously\\?" never matched)', () => {
    expect(parseLexicon(BUILTIN_LEXICON).filter((e) => e.term.includes('\\')).map((e) => e.term)).to.deep.equal([]);
    expect(analyzeRules('Seriously? Again?').cues.some((c) => c.text.toLowerCase() === 'seriously?')).to.be.true;
  });

  it('keeps the built-in lexicon small enough to compile quickly (write gaps or pairs, not long {a;b} products)', () => {
    // About 8 µs a term on the first call; 81,000 terms once cost 600 ms and 40 MB.
    expect(createLexicon(BUILTIN_LEXICON).size).to.be.below(30_000);
  });

  it('matches the plural of an English phrase, with the weights of the phrase, host terms included', () => {
    const lexicon = extendLexicon([{ term: 'flat tyre', weights: { anxious: 2 }, flags: ['safety'] }]);
    const r = analyzeRules('Two flat tyres on the motorway', { lexicon });
    expect(r.flags.safety).to.be.true;
    expect(r.cues.find((c) => c.text === 'flat tyres')?.weight).to.equal(2);
    const reweighted = extendLexicon([{ term: 'electric shock', weights: { anxious: 0.1 } }]);
    expect(analyzeRules('electric shocks', { lexicon: reweighted }).cues[0]!.weight).to.equal(0.1);
    expect(analyzeRules('flat tyres').flags.safety).to.be.false;
  });
});
