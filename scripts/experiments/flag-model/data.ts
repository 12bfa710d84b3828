/**
 * Loads the labelled sets the flag-model experiment may use. Only the eight sets in
 * ALLOWED are ever read; the team's blind sets are refused by name (allowedSetUrl in
 * ../common.ts), so no code path here can open them by accident.
 */
import { readFileSync } from 'node:fs';
import type { Flag } from '../../../src/core/emotion/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { allowedSetUrl, type LabelledText } from '../common.js';

export const ALLOWED = ['dev', 'heldout', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'variety-flags'] as const;
export type SetName = (typeof ALLOWED)[number];

export interface Item extends LabelledText<SetName> {
  /** Only the flags the set labels; a missing flag is not counted for that flag. */
  flags: Partial<Record<Flag, boolean>>;
}

export function loadSet(name: SetName): Item[] {
  const raw = JSON.parse(readFileSync(allowedSetUrl('emotion', name, ALLOWED), 'utf8')) as { id: string; lang: Lang; text: string; flags?: Partial<Record<Flag, boolean>> }[];
  return raw.map((r) => ({ id: r.id, set: name, lang: r.lang, text: r.text, flags: r.flags ?? {} }));
}

export function loadAll(): Item[] {
  return ALLOWED.flatMap((name) => loadSet(name));
}
