import type { Complaint } from '../../../src/core/complaint/types.js';
import { computeSla, DEFAULT_SLA_POLICY, type SlaEvent, type SlaStatus } from '../../../src/core/sla/index.js';
import type { ConversationLike, CueLike, ReadingLike } from '../../../src/core/escalation/index.js';

export const MIN = 60_000;
export const NOW = Date.UTC(2026, 10, 23, 2, 0); // 10:00 in Shanghai

/** A cue located in `text`, as the analyser reports it. */
export function cue(text: string, within: string, kind: string, weight = 1, flags?: string[], emotion = 'angry'): CueLike {
  const start = within.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${within}"`);
  return { kind, text, start, end: start + text.length, emotion, weight, ...(flags ? { flags } : {}) };
}

export function reading(partial: Partial<ReadingLike> & { lang?: string } = {}): ReadingLike {
  return {
    lang: 'en',
    emotion: 'neutral',
    intensity: 0,
    flags: { complaint: false, escalation: false, hostile: false, safety: false },
    cues: [],
    ...partial,
  };
}

/** A conversation of customer messages with the given angry intensities. */
export function angryConversation(intensities: number[], trend: 'rising' | 'falling' | 'steady', lang = 'en'): ConversationLike {
  const readings = intensities.map((intensity, messageIndex) => {
    const text = 'This is RIDICULOUS!!!';
    return reading({
      lang,
      emotion: 'angry',
      intensity,
      messageIndex,
      cues: [{ ...cue('RIDICULOUS', text, 'keyword', 1.2), messageIndex }, { ...cue('!!!', text, 'punctuation', 0.4), messageIndex }],
    } as Partial<ReadingLike>);
  });
  return { readings, current: readings[readings.length - 1] ?? null, trend, temperament: null };
}

export function sla(events: SlaEvent[], priority: 'low' | 'normal' | 'high' | 'urgent' = 'high', now = NOW): SlaStatus {
  return computeSla({ priority, events }, DEFAULT_SLA_POLICY, now);
}

/** First response due 15 minutes after creation. */
export const breachedSla = () => sla([{ type: 'created', at: NOW - 40 * MIN }]);
export const atRiskSla = () => sla([{ type: 'created', at: NOW - 12 * MIN }]);
export const calmSla = () => sla([{ type: 'created', at: NOW - 2 * MIN }]);

export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    customer: { name: 'Lee', honorific: 'Ms', phone: '+44 20 7946 0018', email: 'lee@example.com' },
    channel: 'chat',
    references: { order: 'A-1042' },
    category: 'delivery',
    description: 'The parcel for order A-1042 is five days late and tracking has not moved.',
    desiredOutcome: { kind: 'refund', detail: 'full refund' },
    priority: 'high',
    readBack: { text: 'Your order A-1042 is five days late and you would like a full refund, is that right?', confirmedAt: '2026-11-23T01:55:00Z', corrections: [] },
    ...overrides,
  };
}

export const zhComplaint = (): Complaint => ({
  customer: { name: '王伟', honorific: '先生', phone: '138 0000 1234' },
  channel: 'phone',
  references: { order: 'A-1042' },
  category: 'delivery',
  description: '订单A-1042已经超过承诺送达时间五天，物流一直没有更新。',
  desiredOutcome: { kind: 'refund', detail: '全额退款' },
  priority: 'high',
  readBack: { text: '您反映的是订单A-1042超过送达时间五天仍未收到，希望全额退款，对吗？', confirmedAt: '2026-11-23T01:55:00Z', corrections: [] },
});

export const zhHantComplaint = (): Complaint => ({
  customer: { name: '陳美玲', honorific: '小姐', email: 'chan@example.hk' },
  channel: 'email',
  references: { account: 'HK-88' },
  category: 'billing',
  description: '帳單重複扣款兩次，已經等了一個星期還沒退回。',
  desiredOutcome: { kind: 'refund' },
  priority: 'normal',
  readBack: { text: '您反映的是帳單重複扣款兩次，希望退回多扣的款項，對嗎？', confirmedAt: '2026-11-23T01:50:00Z', corrections: ['扣款兩次，不是三次'] },
});
