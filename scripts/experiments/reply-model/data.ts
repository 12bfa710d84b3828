/**
 * Loads the labelled reply drafts this experiment may use, and scores findings exactly
 * like scripts/eval-reply.ts. Only the eight sets in ALLOWED are ever read; anything with
 * "blind" in its name is refused (allowedSetUrl in ../common.ts), so no code path here can
 * open the team's measuring sets.
 */
import { readFileSync } from 'node:fs';
import type { ReplyCategory } from '../../../src/core/reply/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { allowedSetUrl, type LabelledText } from '../common.js';
import { emptyTally, matchSpans, type Tally } from '../../reply-scoring.js';

export const ALLOWED = ['dev', 'heldout', 'tune2', 'tune3', 'tune4', 'tune5', 'variety-zh', 'variety-en'] as const;
export type SetName = (typeof ALLOWED)[number];

export interface Gold {
  category: ReplyCategory;
  start: number;
  end: number;
}

export interface Item extends LabelledText<SetName> {
  gold: Gold[];
}

export interface Finding {
  category: ReplyCategory;
  start: number;
  end: number;
}

export function loadSet(name: SetName): Item[] {
  const raw = JSON.parse(readFileSync(allowedSetUrl('reply', name, ALLOWED), 'utf8')) as { id: string; lang: Lang; text: string; spans: [ReplyCategory, string][] }[];
  return raw.map((r) => ({
    id: r.id,
    set: name,
    lang: r.lang,
    text: r.text,
    gold: r.spans.map(([category, s]) => {
      const start = r.text.indexOf(s);
      if (start < 0) throw new Error(`${r.id}: "${s}" is not in the draft`);
      return { category, start, end: start + s.length };
    }),
  }));
}

export function loadAll(): Item[] {
  return ALLOWED.flatMap((name) => loadSet(name));
}

export { emptyTally, type Tally };

/** Same matching as scripts/eval-reply.ts (see scripts/reply-scoring.ts). */
export function scoreItem(item: Item, found: readonly Finding[]): { tp: number; fp: number; fn: number; hit: boolean[] } {
  const { hit, wrong } = matchSpans(item.gold, found);
  const tp = hit.filter(Boolean).length;
  return { tp, fp: wrong.length, fn: item.gold.length - tp, hit };
}

export function addTo(t: Tally, item: Item, found: readonly Finding[]): void {
  const s = scoreItem(item, found);
  t.tp += s.tp;
  t.fp += s.fp;
  t.fn += s.fn;
  t.drafts++;
  if (!item.gold.length) {
    t.good++;
    if (found.length) t.alarms++;
  }
}

export const prec = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : NaN);
export const rec = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN);
export const fa = (t: Tally): number => (t.good ? t.alarms / t.good : NaN);
export const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
export const prf = (t: Tally): string => `${f3(prec(t))} ${f3(rec(t))} ${f3(fa(t))}`;
