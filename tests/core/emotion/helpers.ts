import { expect } from '@open-wc/testing';
import { analyzeMessage, type Cue, type EmotionFlags, type EmotionReading } from '../../../src/core/emotion/index.js';

/**
 * The rules' own reading, without the learned second opinion. The family tests pin what each
 * rule does; the learned cues are tested in learned*.test.ts and measured by `npm run eval`.
 */
export function analyzeRules(text: string, options: Omit<NonNullable<Parameters<typeof analyzeMessage>[1]>, 'learned'> = {}): EmotionReading {
  return analyzeMessage(text, { ...options, learned: false });
}

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
    const r = analyzeRules(text);
    expect(r.flags[flag], `${flag} on ${text}`).to.equal(raised);
    if (raised) expect(r.cues.some((c) => c.flags?.includes(flag)), `evidence for ${flag} on ${text}`).to.be.true;
  }
}

/** Each text reads as `emotion`. */
export function expectEmotion(emotion: string, texts: string[]): void {
  for (const text of texts) expect(analyzeRules(text).emotion, text).to.equal(emotion);
}
