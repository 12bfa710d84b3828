import { expect } from '@open-wc/testing';
import { lintReply, type ReplyFinding } from '../../../src/core/reply/index.js';
import { BATCH2, BATCH3, FAMILIES5, GOOD5, GOOD5B, GOOD5C } from './families5.cases.js';

// Round 5 families (docs/reply-checker.md, "Round 5"): brainstormed from the domain first, then
// widened from tune5. Each case is one family member in Simplified, Traditional/Cantonese or English;
// the near-misses (look-alikes of each family) must stay clean.

const apply = (draft: string, f: ReplyFinding, s: string): string => draft.slice(0, f.start) + s + draft.slice(f.end);
const ALL = { ...FAMILIES5, 'batch 2: reminders, citations, tone': BATCH2, 'batch 3: widened from tune5': BATCH3 };

describe('lintReply round 5 families', () => {
  for (const [family, cases] of Object.entries(ALL)) {
    describe(family, () => {
      for (const [category, draft, piece] of cases) {
        it(`${category}: ${draft}`, () => {
          const found = lintReply(draft).filter((f) => f.category === category);
          const at = draft.indexOf(piece);
          expect(at, `"${piece}" is in the draft`).to.be.at.least(0);
          const hit = found.find((f) => f.start < at + piece.length && at < f.end);
          expect(hit, `${category} over "${piece}"; found ${JSON.stringify(found.map((f) => f.text))}`).to.not.equal(undefined);
          expect(draft.slice(hit!.start, hit!.end)).to.equal(hit!.text);
          expect(hit!.suggestions.length, hit!.rule).to.be.greaterThan(0);
          for (const s of hit!.suggestions) {
            if (s.includes('{')) expect.fail(`unfilled template in "${s}"`);
            const again = lintReply(apply(draft, hit!, s)).filter((g) => g.category === category && g.start < hit!.start + s.length && g.end > hit!.start);
            expect(again.map((g) => g.text), `rewrite "${s}"`).to.deep.equal([]);
          }
        });
      }
    });
  }
});

describe('lintReply round 5 near-misses stay clean', () => {
  for (const draft of [...GOOD5, ...GOOD5B, ...GOOD5C]) {
    it(`no finding in ${draft}`, () => expect(lintReply(draft).map((f) => `${f.category}:${f.text}`)).to.deep.equal([]));
  }
});
