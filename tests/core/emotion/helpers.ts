import type { Cue, EmotionReading } from '../../../src/core/emotion/index.js';

/** The cues whose evidence is exactly `text`, optionally of one kind. */
export function cuesOn(reading: EmotionReading, text: string, kind?: string): Cue[] {
  return reading.cues.filter((c) => c.text === text && (!kind || c.kind === kind));
}

/** The sum of the weights of the cues that name `emotion`. */
export function rawOf(reading: EmotionReading, emotion: Cue['emotion']): number {
  return reading.cues.filter((c) => c.emotion === emotion).reduce((sum, c) => sum + c.weight, 0);
}
