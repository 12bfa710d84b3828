import type { Complaint } from '../../../src/core/complaint/index.js';

/** A complete, valid record; tests change one thing at a time. */
export function validComplaint(): Complaint {
  return {
    customer: { name: '王伟', honorific: '先生', phone: '138 0013 8000' },
    channel: 'phone',
    references: { order: 'E20261120-0042' },
    category: 'product',
    description: '我11月20日收到的电饭煲无法加热。',
    desiredOutcome: { kind: 'replacement' },
    priority: 'normal',
    occurredAt: '2026-11-20T09:00:00+08:00',
    replyBy: '2026-11-24T18:00:00+08:00',
    readBack: {
      text: '王先生，跟您确认一下：您收到的电饭煲无法加热，您希望换一个新的，我们会在明天 18:00 前致电 138 0013 8000 给您答复，对吗？',
      confirmedAt: '2026-11-23T10:05:00+08:00',
      corrections: [],
    },
    createdAt: '2026-11-23T10:00:00+08:00',
  };
}

/** A copy of `base` with `path` (dotted) set to `value`, or removed when `value` is `REMOVE`. */
export const REMOVE = Symbol('remove');
export function withField(base: unknown, path: string, value: unknown): any {
  const copy = JSON.parse(JSON.stringify(base));
  const parts = path.split('.');
  let at = copy;
  for (const part of parts.slice(0, -1)) at = at[part] ??= {};
  const last = parts[parts.length - 1]!;
  if (value === REMOVE) delete at[last];
  else at[last] = value;
  return copy;
}
