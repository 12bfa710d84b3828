import type { Messages } from './en.js';

export const zhHans: Messages = {
  sla: {
    kind: {
      firstResponse: '首次响应',
      nextReply: '下次回复',
      periodicUpdate: '进度更新',
      resolution: '问题解决',
      deadline: '截止时间',
    },
    state: {
      running: '进行中',
      warning: '即将到期',
      paused: '已暂停',
      met: '已达成',
      breached: '已超时',
      invalid: '截止时间无效',
    },
    left: (duration) => `剩余 ${duration}`,
    overdue: (duration) => `已超时 ${duration}`,
    metOnTime: '按时完成',
    metLate: (duration) => `超时 ${duration} 后完成`,
    dueAt: (when) => `截止于 ${when}`,
    invalidHint: '无法读取截止时间，请检查到期时间的格式。',
    noTargets: '没有需要跟踪的时限',
    others: (count) => `另有 ${count} 项时限`,
    announceWarning: (label, duration) => `${label}即将到期，剩余 ${duration}。`,
    announceBreach: (label) => `${label}已超时。`,
    announceMet: (label) => `${label}已达成。`,
    listLabel: '服务时限',
  },
};
