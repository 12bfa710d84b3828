/**
 * Loads the labelled sets the flag-model experiment may use. Only the eight sets in
 * ALLOWED are ever read; the team's blind sets are refused by name (allowedSetUrl in
 * ../common.ts), so no code path here can open them by accident.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Emotion, Flag } from '../../../src/core/emotion/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { allowedSetUrl, type LabelledText } from '../common.js';

export const ALLOWED = ['dev', 'heldout', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'variety-flags', 'tune7', 'tune8', 'tune9', 'tune10', 'ordinary1', 'ordinary2', 'ordinary3', 'ordinary4'] as const;
/** Written in session 5 by four more writers; the rules had never seen them when they were first scored. */
export const NEW_WRITERS: readonly SetName[] = ['tune7', 'tune8', 'tune9', 'tune10'];
/**
 * Also session 5, four more writers: everyday traffic (questions, thanks, mild worry; no abuse, no
 * danger), some of it alarming on the surface only. Where false flags and false anger show.
 */
export const ORDINARY: readonly SetName[] = ['ordinary1', 'ordinary2', 'ordinary3', 'ordinary4'];
export type SetName = (typeof ALLOWED)[number];

export interface Item extends LabelledText<SetName> {
  /** Only the flags the set labels; a missing flag is not counted for that flag. */
  flags: Partial<Record<Flag, boolean>>;
  /** The labelled emotion, when the set labels emotions (variety-flags does not). */
  emotion?: Emotion;
}

export function loadSet(name: SetName): Item[] {
  const raw = JSON.parse(readFileSync(allowedSetUrl('emotion', name, ALLOWED), 'utf8')) as { id: string; lang: Lang; text: string; flags?: Partial<Record<Flag, boolean>>; emotion?: Emotion }[];
  return raw.map((r) => ({ id: r.id, set: name, lang: r.lang, text: r.text, flags: r.flags ?? {}, ...(r.emotion ? { emotion: r.emotion } : {}) }));
}

export function loadAll(): Item[] {
  // A set still being written is not there yet.
  return ALLOWED.filter((name) => existsSync(allowedSetUrl('emotion', name, ALLOWED))).flatMap((name) => loadSet(name));
}
