/**
 * How a reply-checker finding is scored against labelled spans, shared by scripts/eval-reply.ts
 * and the experiments: a finding is correct when it has a gold span's category and overlaps it,
 * one finding per gold span.
 */
interface Span {
  category: string;
  start: number;
  end: number;
}

/** Counts over a set of drafts: span matches, and good drafts (no gold span) with any finding. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  good: number;
  alarms: number;
  drafts: number;
}
export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, good: 0, alarms: 0, drafts: 0 });

/** Which gold spans were found (`hit`, by index) and which findings matched none (`wrong`, by index). */
export function matchSpans(gold: readonly Span[], found: readonly Span[]): { hit: boolean[]; wrong: number[] } {
  const hit = gold.map(() => false);
  const wrong: number[] = [];
  found.forEach((f, j) => {
    const k = gold.findIndex((g, i) => !hit[i] && g.category === f.category && f.start < g.end && g.start < f.end);
    if (k >= 0) hit[k] = true;
    else wrong.push(j);
  });
  return { hit, wrong };
}
