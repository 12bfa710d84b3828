import { expect } from '@open-wc/testing';
import { analyzeMessage, type Cue, type EmotionFlags, type EmotionReading } from '../../../src/core/emotion/index.js';

/** The cues whose evidence is exactly `text`, optionally of one kind. */
export function cuesOn(reading: EmotionReading, text: string, kind?: string): Cue[] {
  return reading.cues.filter((c) => c.text === text && (!kind || c.kind === kind));
}

/** The sum of the weights of the cues that name `emotion`. */
export function rawOf(reading: EmotionReading, emotion: Cue['emotion']): number {
  return reading.cues.filter((c) => c.emotion === emotion).reduce((sum, c) => sum + c.weight, 0);
}

/** Each text raises (or does not raise) `flag`; a raised flag always names its evidence. */
export function expectFlag(flag: keyof EmotionFlags, raised: boolean, texts: string[]): void {
  for (const text of texts) {
    const r = analyzeMessage(text);
    expect(r.flags[flag], `${flag} on ${text}`).to.equal(raised);
    if (raised) expect(r.cues.some((c) => c.flags?.includes(flag)), `evidence for ${flag} on ${text}`).to.be.true;
  }
}

/** Each text reads as `emotion`. */
export function expectEmotion(emotion: string, texts: string[]): void {
  for (const text of texts) expect(analyzeMessage(text).emotion, text).to.equal(emotion);
}
