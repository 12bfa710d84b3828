import * as z from 'zod/mini';
import { LANGS } from '../core/lang.js';
import { EMOTIONS, FLAGS, type EmotionReading } from '../core/emotion/index.js';

const emotion = z.enum(EMOTIONS);
const unit = z.number().check(z.gte(0), z.lte(1));

/** The contract's `EmotionReading` (contract.md), for readings that come from a host's own analyser. */
export const emotionReadingSchema = z.object({
  lang: z.enum(LANGS),
  emotion,
  intensity: unit,
  scores: z.record(emotion, unit),
  cues: z.array(
    z.object({
      kind: z.string(),
      text: z.string(),
      start: z.number().check(z.int(), z.gte(0)),
      end: z.number().check(z.int(), z.gte(0)),
      emotion: z.optional(emotion),
      weight: z.number(),
      flags: z.optional(z.array(z.enum(FLAGS))),
    }),
  ),
  flags: z.object({ complaint: z.boolean(), escalation: z.boolean(), hostile: z.boolean(), safety: z.boolean() }),
});

/** The reading when `value` is a valid `EmotionReading`, else a short description of what is wrong. */
export function parseEmotionReading(value: unknown): { ok: true; reading: EmotionReading } | { ok: false; issue: string } {
  const result = emotionReadingSchema.safeParse(value);
  if (result.success) return { ok: true, reading: result.data as EmotionReading };
  const first = result.error.issues[0];
  return { ok: false, issue: first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid reading' };
}
