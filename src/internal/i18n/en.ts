/** English UI strings. The shape of this catalogue is the shape every other language must match. */
export const en = {
  sla: {
    kind: {
      firstResponse: 'First response',
      nextReply: 'Next reply',
      periodicUpdate: 'Progress update',
      resolution: 'Resolution',
      deadline: 'Deadline',
    },
    state: {
      running: 'On track',
      warning: 'Due soon',
      paused: 'Paused',
      met: 'Met',
      breached: 'Overdue',
      invalid: 'Invalid deadline',
    },
    left: (duration: string) => `${duration} left`,
    overdue: (duration: string) => `${duration} overdue`,
    metOnTime: 'Met on time',
    metLate: (duration: string) => `Met ${duration} late`,
    dueAt: (when: string) => `Due ${when}`,
    invalidHint: 'The deadline could not be read. Check the due time.',
    noTargets: 'No deadlines tracked',
    others: (count: number) => (count === 1 ? '1 more deadline' : `${count} more deadlines`),
    announceWarning: (label: string, duration: string) => `${label}: due soon, ${duration} left.`,
    announceBreach: (label: string) => `${label}: deadline passed.`,
    announceMet: (label: string) => `${label}: met.`,
    listLabel: 'Service-level deadlines',
  },
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** Every catalogue has exactly the English keys and function signatures. */
export type Messages = Widen<typeof en>;
