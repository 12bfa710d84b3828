import { expect } from '@open-wc/testing';
import { lintReply, type ReplyCategory, type ReplyFinding } from '../../../src/core/reply/index.js';

/** A family member: the category, the draft, and a piece of the span it must underline. */
export type Case = [ReplyCategory, string, string];

const apply = (draft: string, f: ReplyFinding, s: string): string => draft.slice(0, f.start) + s + draft.slice(f.end);

/**
 * One test per case: the category is found over the piece, its text is the draft's, it has rewrites,
 * and no rewrite is flagged again for the same category where it was put. `templates` also fails a
 * rewrite with an unfilled `{slot}`.
 */
export function itFindsEveryCase(families: Record<string, readonly Case[]>, options: { templates?: boolean } = {}): void {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      for (const [category, draft, piece] of cases) {
        it(`${category}: ${draft}`, () => {
          const found = lintReply(draft).filter((f) => f.category === category);
          const at = draft.indexOf(piece);
          expect(at, `"${piece}" is in the draft`).to.be.at.least(0);
          const hit = found.find((f) => f.start < at + piece.length && at < f.end);
          expect(hit, `${category} over "${piece}"; found ${JSON.stringify(lintReply(draft).map((f) => `${f.category}:${f.text}`))}`).to.not.equal(undefined);
          expect(draft.slice(hit!.start, hit!.end)).to.equal(hit!.text);
          expect(hit!.suggestions.length, hit!.rule).to.be.greaterThan(0);
          for (const s of hit!.suggestions) {
            if (options.templates && s.includes('{')) expect.fail(`unfilled template in "${s}"`);
            const again = lintReply(apply(draft, hit!, s)).filter((g) => g.category === category && g.start < hit!.start + s.length && g.end > hit!.start);
            expect(again.map((g) => g.text), `rewrite "${s}"`).to.deep.equal([]);
          }
        });
      }
    });
  }
}

/** One test per draft: nothing is flagged. */
export function itFindsNothingIn(drafts: readonly string[]): void {
  for (const draft of drafts) it(`no finding in ${draft}`, () => expect(lintReply(draft).map((f) => `${f.category}:${f.text}`)).to.deep.equal([]));
}
