import { EMOTIONS, type Cue, type Emotion, type EmotionFlags, type EmotionReading } from '../../../src/core/emotion/index.js';
import type { Lang } from '../../../src/core/lang.js';

export const NO_FLAGS: EmotionFlags = { complaint: false, escalation: false, hostile: false, safety: false };

/** A hand-made reading, so these tests do not move when the analyser is tuned. */
export function reading(lang: Lang, emotion: Emotion, intensity: number, cues: Array<Partial<Cue> & { text: string }> = [], flags: Partial<EmotionFlags> = {}): EmotionReading {
  let at = 0;
  const full: Cue[] = cues.map((c) => {
    const start = c.start ?? at;
    at = start + c.text.length + 1;
    return { kind: 'keyword', emotion, weight: 1, start, end: start + c.text.length, ...c } as Cue;
  });
  const scores = Object.fromEntries(EMOTIONS.map((e) => [e, e === emotion ? intensity : 0])) as Record<Emotion, number>;
  return { lang, emotion, intensity, scores, cues: full, flags: { ...NO_FLAGS, ...flags } };
}
