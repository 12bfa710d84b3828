import { expect } from '@open-wc/testing';
import { BUILTIN_REPLY_RULES, lintReply, warmReplyRules } from '../../../src/core/reply/index.js';

describe('warmReplyRules', () => {
  it('prepares the built-in rules in slices, then reports that all are ready', () => {
    // A tiny budget does one rule or a few per call; each file runs in a fresh page, so nothing is warm yet.
    let calls = 0;
    while (!warmReplyRules(0.001)) calls++;
    expect(calls).to.be.above(0).and.at.most(BUILTIN_REPLY_RULES.length);
    expect(warmReplyRules()).to.be.true;
    // Bad budgets fall back to a default rather than looping forever or throwing.
    expect(warmReplyRules(Number.NaN)).to.be.true;
    expect(warmReplyRules(-5)).to.be.true;
  });

  it('leaves the checker finding what it found before', () => {
    const [first] = lintReply('你必须先填表');
    expect(first).to.include({ category: 'command' });
    expect(lintReply("It's company policy.")[0]).to.include({ category: 'policy' });
  });
});
