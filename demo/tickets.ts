import type { Priority, SlaEvent, SlaTicket } from '../src/core/index.js';

/** A ticket as the demo console and the stories show it. */
export interface DemoTicket {
  id: string;
  customer: string;
  subject: { 'zh-Hans': string; 'zh-Hant': string; en: string };
  ticket: SlaTicket;
}

const MIN = 60_000;
const HOUR = 60 * MIN;

type Step = [type: SlaEvent['type'], minutesAgo: number, status?: string];

interface Seed {
  customer: string;
  priority: Priority;
  subject: DemoTicket['subject'];
  steps: Step[];
}

// Each seed is a ticket history chosen to land in a different SLA situation.
const SEEDS: Seed[] = [
  { customer: '王先生', priority: 'urgent', subject: { 'zh-Hans': '电饭煲无法加热', 'zh-Hant': '電飯煲無法加熱', en: 'Rice cooker will not heat' }, steps: [['created', 4]] },
  { customer: 'Ms Lee', priority: 'high', subject: { 'zh-Hans': '重复扣款', 'zh-Hant': '重複扣款', en: 'Charged twice' }, steps: [['created', 12]] },
  { customer: '陳小姐', priority: 'normal', subject: { 'zh-Hans': '快递三天未更新', 'zh-Hant': '包裹三天沒更新', en: 'Parcel not updated for 3 days' }, steps: [['created', 27]] },
  { customer: 'Mr Okafor', priority: 'normal', subject: { 'zh-Hans': '无法登录账户', 'zh-Hant': '無法登入帳戶', en: 'Cannot log in' }, steps: [['created', 50], ['agent-reply', 40], ['customer-message', 30]] },
  { customer: '李女士', priority: 'high', subject: { 'zh-Hans': '宽带每晚断线', 'zh-Hant': '寬頻每晚斷線', en: 'Broadband drops every night' }, steps: [['created', 200], ['agent-reply', 190], ['customer-message', 100]] },
  { customer: 'Dr Fischer', priority: 'low', subject: { 'zh-Hans': '发票抬头有误', 'zh-Hant': '發票抬頭有誤', en: 'Wrong name on invoice' }, steps: [['created', 300], ['agent-reply', 290], ['status', 280, 'pending']] },
  { customer: '張先生', priority: 'normal', subject: { 'zh-Hans': '退款进度', 'zh-Hant': '退款進度', en: 'Refund progress' }, steps: [['created', 3000], ['agent-reply', 2990], ['status', 2980, 'on-hold']] },
  { customer: 'Mx Rivera', priority: 'urgent', subject: { 'zh-Hans': '燃气表漏气', 'zh-Hant': '瓦斯表漏氣', en: 'Gas meter smells of gas' }, steps: [['created', 230], ['agent-reply', 2]] },
  { customer: '赵女士', priority: 'normal', subject: { 'zh-Hans': '会员积分未到账', 'zh-Hant': '會員點數未入帳', en: 'Loyalty points missing' }, steps: [['created', 600], ['agent-reply', 590], ['resolved', 100]] },
  { customer: 'Mr Tanaka', priority: 'high', subject: { 'zh-Hans': '航班改签费用', 'zh-Hant': '航班改票費用', en: 'Flight change fee' }, steps: [['created', 1500], ['agent-reply', 1480]] },
  { customer: '周先生', priority: 'normal', subject: { 'zh-Hans': '手机屏幕碎裂', 'zh-Hant': '手機螢幕破裂', en: 'Phone screen cracked' }, steps: [['created', 20], ['agent-reply', 8]] },
  { customer: 'Ms Novak', priority: 'urgent', subject: { 'zh-Hans': '银行卡被冻结', 'zh-Hant': '銀行卡被凍結', en: 'Bank card frozen' }, steps: [['created', 190]] },
  { customer: '黃太太', priority: 'low', subject: { 'zh-Hans': '咨询保修条款', 'zh-Hant': '詢問保固條款', en: 'Warranty question' }, steps: [['created', 1]] },
  { customer: 'Mr Haddad', priority: 'normal', subject: { 'zh-Hans': '水费账单异常', 'zh-Hant': '水費帳單異常', en: 'Water bill far too high' }, steps: [['created', 4200], ['agent-reply', 4190], ['agent-reply', 2800], ['customer-message', 2790]] },
  { customer: '吴先生', priority: 'high', subject: { 'zh-Hans': '软件更新后崩溃', 'zh-Hant': '軟體更新後當機', en: 'App crashes after update' }, steps: [['created', 1400], ['agent-reply', 1390], ['customer-message', 1300], ['agent-reply', 1250]] },
  { customer: 'Ms García', priority: 'normal', subject: { 'zh-Hans': '酒店预订被取消', 'zh-Hant': '飯店訂房被取消', en: 'Hotel booking cancelled' }, steps: [['created', 16]] },
  { customer: '郑女士', priority: 'urgent', subject: { 'zh-Hans': '停电三小时', 'zh-Hant': '停電三小時', en: 'Power out for three hours' }, steps: [['created', 90], ['agent-reply', 80], ['customer-message', 70], ['customer-message', 40]] },
  { customer: 'Mr Smith', priority: 'normal', subject: { 'zh-Hans': '订单少发一件', 'zh-Hant': '訂單少寄一件', en: 'Item missing from order' }, steps: [['created', 900], ['agent-reply', 880], ['resolved', 700], ['reopened', 60], ['customer-message', 60]] },
  { customer: '孙先生', priority: 'low', subject: { 'zh-Hans': '套餐资费咨询', 'zh-Hant': '方案資費詢問', en: 'Question about my plan' }, steps: [['created', 9000], ['agent-reply', 8990]] },
  { customer: 'Ms Kowalski', priority: 'high', subject: { 'zh-Hans': '信用卡盗刷', 'zh-Hant': '信用卡被盜刷', en: 'Fraudulent card payment' }, steps: [['created', 14]] },
];

/** Twenty tickets whose SLA states, at `now`, range over running, warning, paused, met and breached. */
export function demoTickets(now: number): DemoTicket[] {
  return SEEDS.map((seed, index) => ({
    id: `T-${String(1042 + index)}`,
    customer: seed.customer,
    subject: seed.subject,
    ticket: {
      priority: seed.priority,
      events: seed.steps.map(([type, minutesAgo, status]) => {
        const at = now - minutesAgo * MIN;
        return type === 'status' ? { type, at, status: status ?? 'open' } : ({ type, at } as SlaEvent);
      }),
    },
  }));
}

/** A fixed moment for stories and screenshots: Monday 23 November 2026, 10:00 in Shanghai. */
export const DEMO_NOW = Date.UTC(2026, 10, 23, 2, 0) as number;
export { HOUR, MIN };
