import type { Messages } from './en.js';

export const zhHant: Messages = {
  sla: {
    kind: {
      firstResponse: '首次回應',
      nextReply: '下次回覆',
      periodicUpdate: '進度更新',
      resolution: '問題解決',
      deadline: '截止時間',
    },
    state: {
      running: '進行中',
      warning: '即將到期',
      paused: '已暫停',
      met: '已達成',
      breached: '已逾時',
      invalid: '截止時間無效',
    },
    left: (duration) => `剩餘 ${duration}`,
    overdue: (duration) => `已逾時 ${duration}`,
    metOnTime: '準時完成',
    metLate: (duration) => `逾時 ${duration} 後完成`,
    dueAt: (when) => `截止於 ${when}`,
    invalidHint: '無法讀取截止時間，請檢查到期時間的格式。',
    noTargets: '沒有需要追蹤的時限',
    others: (count) => `另有 ${count} 項時限`,
    announceWarning: (label, duration) => `${label}即將到期，剩餘 ${duration}。`,
    announceBreach: (label) => `${label}已逾時。`,
    announceMet: (label) => `${label}已達成。`,
    listLabel: '服務時限',
  },
};
