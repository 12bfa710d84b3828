import { expect } from '@open-wc/testing';
import { lintReply } from '../../../src/core/reply/index.js';
import { setPrecheck } from '../../../src/core/reply/lint.js';
import { requiredChars } from '../../../src/core/reply/required.js';
import { BATCH2, BATCH3, FAMILIES5, GOOD5, GOOD5B, GOOD5C } from './families5.cases.js';

const chars = (source: string, ignoreCase = false): string[] | null => {
  const set = requiredChars(source, ignoreCase);
  return set ? set.map((c) => String.fromCharCode(c)).sort() : null;
};

describe('reply rules: the required-character pre-check', () => {
  it('finds a character every match must contain', () => {
    expect(chars('你必须')).to.have.length(1);
    expect(chars('必须|一定要')).to.have.length(2);
    // Optional parts and look-arounds do not count; a group that must occur does.
    expect(chars('(?:你们)?(?<!不)(?:必须|得)马上')).to.have.length(1);
    expect(chars('(?:必须|得)(?=去)')).to.deep.equal(['得', '必'].sort());
    expect(chars('[甲乙丙]{2,}')).to.deep.equal(['丙', '乙', '甲']);
    expect(chars('a{0,3}b', true)).to.deep.equal(['B', 'b']);
    expect(chars('\\u5fc5')).to.deep.equal(['必']);
  });

  it('says "always run" when it cannot be sure', () => {
    expect(chars('.+')).to.equal(null);
    expect(chars('[^你]+')).to.equal(null);
    expect(chars('\\w+|你')).to.equal(null);
    expect(chars('你?')).to.equal(null);
    expect(chars('(unclosed')).to.equal(null);
    expect(chars('[\\u0000-\\uffff]')).to.equal(null);
  });

  it('never changes what the checker finds', () => {
    const drafts = [
      ...Object.values(FAMILIES5).flat().map(([, draft]) => draft),
      ...[...BATCH2, ...BATCH3].map(([, draft]) => draft),
      ...GOOD5,
      ...GOOD5B,
      ...GOOD5C,
    ];
    // Long drafts too: one string of everything, in each script mix.
    drafts.push(drafts.join(''), drafts.join(' '));
    expect(drafts.length).to.be.above(300);
    try {
      for (const draft of drafts) {
        setPrecheck(true);
        const fast = lintReply(draft);
        setPrecheck(false);
        expect(lintReply(draft), draft).to.deep.equal(fast);
      }
    } finally {
      setPrecheck(true);
    }
  });
});
