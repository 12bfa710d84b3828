import type { Lang } from '../lang.js';
import type { SlaKind } from '../sla/index.js';
import type { EscalationReasonCode, EscalationTarget, EscalationUrgency } from './types.js';

/** A duration in words for the customer ("2 hours", "15 分钟"), and in short for the note ("2 h 5 min"). */
interface DurationWords {
  minutes: (n: number) => string;
  hours: (n: number) => string;
  days: (n: number) => string;
  join: string;
  lessThanMinute: string;
}

export interface EscalationCatalogue {
  quote: (text: string) => string;
  list: (items: string[]) => string;
  sep: string;
  long: DurationWords;
  short: DurationWords;
  money: (amount: string) => string;
  slaKind: Record<SlaKind, string>;
  urgency: Record<EscalationUrgency, string>;
  target: Record<EscalationTarget, string>;
  /** Short names of the reasons, for checkboxes and for reasons an agent picks by hand. */
  reasonLabel: Record<EscalationReasonCode, string>;
  reason: {
    safety: (cues: string) => string;
    safetyFlag: string;
    customerRequest: (cues: string) => string;
    customerRequestFlag: string;
    beyondAuthority: (requested: string, limit: string) => string;
    crime: (cues: string) => string;
    slaBreach: (kind: string, overdue: string) => string;
    slaAtRisk: (kind: string, left: string) => string;
    hostile: (cues: string) => string;
    hostileFlag: string;
    publicThreat: (cues: string) => string;
    legalThreat: (cues: string) => string;
    outOfControl: (count: number, intensities: string) => string;
    repeatContact: (count: number) => string;
    repeatContactText: (cues: string) => string;
  };
  targetWhy: {
    safety: string;
    crime: string;
    legalAction: string;
    supervisor: string;
    specialist: string;
    manual: string;
    none: string;
  };
  note: {
    heading: (target: string, urgency: string) => string;
    why: string;
    customer: string;
    addressAs: (form: string) => string;
    phone: string;
    email: string;
    address: string;
    via: (channel: string) => string;
    references: string;
    order: string;
    account: string;
    ticket: string;
    complaint: (category: string) => string;
    readBack: (confirmedAt: string) => string;
    corrections: string;
    wants: string;
    emotion: string;
    strength: (word: string, percent: number) => string;
    trend: Record<'rising' | 'falling' | 'steady', string>;
    cues: string;
    temperament: string;
    temperamentLine: (type: string, percent: number, advice: string) => string;
    evidence: string;
    tried: string;
    promised: string;
    sla: string;
    slaOverdue: (kind: string, duration: string) => string;
    slaLeft: (kind: string, duration: string) => string;
    slaPaused: (kind: string) => string;
    hearBack: (window: string, when: string) => string;
    unknown: string;
    nothingYet: string;
  };
  strengthWord: { strong: string; moderate: string; mild: string };
  emotion: Record<string, string>;
  temperament: Record<string, { name: string; advice: string }>;
  channel: Record<string, string>;
  category: Record<string, string>;
  outcome: Record<string, string>;
  script: {
    greeting: (address: string) => string;
    greetingAnonymous: string;
    safetyFirst: string;
    safetyFirstAddressed: (address: string) => string;
    late: string;
    why: Record<'safety' | 'crime' | 'legal' | 'customer-request' | 'beyond-authority' | 'sla-breach' | 'sla-at-risk' | 'public-threat' | 'feeling' | 'repeat-contact' | 'manual', (whom: string) => string>;
    police: string;
    passedOn: (reference: string) => string;
    passedOnPlain: string;
    reference: (label: string, value: string) => string;
    next: (whom: string, channel: string, window: string) => string;
    nextNoChannel: (whom: string, window: string) => string;
    byChannel: Record<string, string>;
    keepInTouch: string;
    anythingElse: string;
    whom: Record<EscalationTarget, string>;
    named: (name: string) => string;
    namedWithRole: (name: string, role: string) => string;
  };
}

const en: EscalationCatalogue = {
  quote: (text) => `“${text}”`,
  list: (items) => items.join(', '),
  sep: '; ',
  long: {
    minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
    hours: (n) => (n === 1 ? '1 hour' : `${n} hours`),
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
    join: ' ',
    lessThanMinute: 'less than a minute',
  },
  short: {
    minutes: (n) => `${n} min`,
    hours: (n) => `${n} h`,
    days: (n) => `${n} d`,
    join: ' ',
    lessThanMinute: '<1 min',
  },
  money: (amount) => amount,
  slaKind: { firstResponse: 'First response', nextReply: 'Next reply', periodicUpdate: 'Progress update', resolution: 'Resolution' },
  urgency: { normal: 'Normal', high: 'High', immediate: 'Immediate' },
  target: { supervisor: 'Supervisor', specialist: 'Specialist', safety: 'Safety team', legal: 'Legal team' },
  reasonLabel: {
    safety: 'Safety risk',
    'customer-request': 'Customer asked for someone in charge',
    'beyond-authority': 'Beyond my authority',
    'sla-breach': 'Deadline missed',
    'public-threat': 'Threat to go public, to a regulator or to court',
    'out-of-control': 'Anger not easing',
    hostile: 'Abuse',
    'repeat-contact': 'Repeat contact',
    'sla-at-risk': 'Deadline at risk',
  },
  reason: {
    safety: (cues) => `Safety risk: the customer wrote ${cues}. Safety comes first.`,
    safetyFlag: 'Safety risk flagged by the analyser. Safety comes first.',
    customerRequest: (cues) => `The customer asked for someone in charge: ${cues}.`,
    customerRequestFlag: 'The customer asked for someone in charge.',
    beyondAuthority: (requested, limit) => `The customer asks for ${requested}, above your authority limit of ${limit}.`,
    crime: (cues) => `Possible crime (${cues}): more than the service desk can decide.`,
    slaBreach: (kind, overdue) => `${kind} deadline passed ${overdue} ago.`,
    slaAtRisk: (kind, left) => `${kind} deadline is close: ${left} left.`,
    hostile: (cues) => `Abuse aimed at you or the company: ${cues}.`,
    hostileFlag: 'Abuse aimed at you or the company, flagged by the analyser.',
    publicThreat: (cues) => `Threatens to go public or to a regulator: ${cues}.`,
    legalThreat: (cues) => `Threatens legal action: ${cues}.`,
    outOfControl: (count, intensities) => `Anger has stayed high over the last ${count} messages (${intensities}) and is not easing.`,
    repeatContact: (count) => `Contact number ${count} about the same matter.`,
    repeatContactText: (cues) => `The customer says they have contacted us before: ${cues}.`,
  },
  targetWhy: {
    safety: 'A safety threat goes to the safety team at once.',
    crime: 'A suspected crime goes to the legal team; the police may need to be involved.',
    legalAction: 'A threat of legal action goes to the legal team.',
    supervisor: 'A supervisor can decide beyond your authority and answers a request for someone in charge.',
    specialist: 'A problem that keeps coming back needs a specialist who can fix its cause.',
    manual: 'You chose to escalate; a supervisor takes cases without a rule behind them.',
    none: 'Nothing here needs escalating.',
  },
  note: {
    heading: (target, urgency) => `Escalation to ${target} · urgency: ${urgency}`,
    why: 'Why',
    customer: 'Customer',
    addressAs: (form) => `address as ${form}`,
    phone: 'phone',
    email: 'email',
    address: 'address',
    via: (channel) => `came in by ${channel}`,
    references: 'References',
    order: 'order',
    account: 'account',
    ticket: 'ticket',
    complaint: (category) => `Complaint (${category})`,
    readBack: (confirmedAt) => `Read back and confirmed by the customer${confirmedAt ? ` (${confirmedAt})` : ''}`,
    corrections: 'corrections',
    wants: 'Wants',
    emotion: 'Emotion',
    strength: (word, percent) => `${word} (${percent}%)`,
    trend: { rising: 'rising', falling: 'easing', steady: 'steady' },
    cues: 'cues',
    temperament: 'Temperament hint (a guess, not a verdict)',
    temperamentLine: (type, percent, advice) => `${type} (${percent}%): ${advice}`,
    evidence: 'evidence',
    tried: 'Tried',
    promised: 'Promised',
    sla: 'SLA',
    slaOverdue: (kind, duration) => `${kind} overdue by ${duration}`,
    slaLeft: (kind, duration) => `${kind}: ${duration} left`,
    slaPaused: (kind) => `${kind}: paused`,
    hearBack: (window, when) => `Customer told they will hear back within ${window}${when ? ` (by ${when})` : ''}`,
    unknown: 'not given',
    nothingYet: 'nothing recorded',
  },
  strengthWord: { strong: 'strong', moderate: 'moderate', mild: 'mild' },
  emotion: { angry: 'angry', anxious: 'anxious', confused: 'confused', disappointed: 'disappointed', neutral: 'calm', satisfied: 'satisfied' },
  temperament: {
    perfectionist: { name: 'Perfectionist', advice: 'be meticulous; give exact facts and steps' },
    powerful: { name: 'Powerful', advice: 'be direct and quick; let them decide; talk outcomes' },
    lively: { name: 'Lively', advice: 'keep it warm and light' },
    peaceful: { name: 'Peaceful', advice: 'follow the standard process and say so' },
  },
  channel: { phone: 'phone', email: 'email', chat: 'chat', social: 'social media', 'in-person': 'in person', other: 'another channel' },
  category: { product: 'product', service: 'service', communication: 'communication', delivery: 'delivery', billing: 'billing', other: 'other' },
  outcome: { refund: 'refund', replacement: 'replacement', repair: 'repair', compensation: 'compensation', apology: 'apology', explanation: 'explanation', other: 'other' },
  script: {
    greeting: (address) => `${address}, thank you for your patience.`,
    greetingAnonymous: 'Thank you for your patience.',
    safetyFirst: 'Your safety comes first. If anyone is in danger right now, please call your local emergency number.',
    safetyFirstAddressed: (address) => `${address}, your safety comes first. If anyone is in danger right now, please call your local emergency number.`,
    late: 'I know this has taken longer than it should have.',
    why: {
      safety: (whom) => `I'm bringing in ${whom} straight away.`,
      crime: (whom) => `Because this may involve a crime, I'm passing your case to ${whom}.`,
      legal: (whom) => `So that your case is handled properly, I'm passing it to ${whom}.`,
      'customer-request': (whom) => `As you asked, I'm passing your case to ${whom}.`,
      'beyond-authority': (whom) => `What you're asking for needs a decision from ${whom}, so I'm passing your case on.`,
      'sla-breach': (whom) => `I'm asking ${whom} to take your case on now.`,
      'sla-at-risk': (whom) => `To keep to the time we gave you, I'm asking ${whom} to take your case on.`,
      'public-threat': (whom) => `I understand how much this matters to you, so I'm passing your case to ${whom}.`,
      feeling: (whom) => `I understand how upsetting this is, and I'm bringing in ${whom} to help.`,
      'repeat-contact': (whom) => `You've had to contact us more than once about this, so I'm asking ${whom} to take it on and see it through.`,
      manual: (whom) => `To get this resolved for you, I'm passing your case to ${whom}.`,
    },
    police: 'You may also wish to report it to the police.',
    passedOn: (reference) => `I've passed on everything you've told me, including ${reference}, so you won't need to explain it again.`,
    passedOnPlain: "I've passed on everything you've told me, so you won't need to explain it again.",
    reference: (label, value) => `your ${label} ${value}`,
    next: (whom, channel, window) => `${capitalize(whom)} will look into it and contact you by ${channel} within ${window}.`,
    nextNoChannel: (whom, window) => `${capitalize(whom)} will look into it and get back to you within ${window}.`,
    byChannel: { phone: 'phone', email: 'email', chat: 'chat', social: 'message', 'in-person': 'phone', other: 'message' },
    keepInTouch: "If it takes longer, we'll still update you on progress.",
    anythingElse: 'Is there anything else you would like me to pass on?',
    whom: { supervisor: 'my supervisor', specialist: 'a colleague who specialises in this', safety: 'our safety team', legal: 'the team that handles cases like this' },
    named: (name) => `my colleague ${name}`,
    namedWithRole: (name, role) => `my colleague ${name} (${role})`,
  },
};

function capitalize(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

const zhHans: EscalationCatalogue = {
  quote: (text) => `“${text}”`,
  list: (items) => items.join('、'),
  sep: '；',
  long: {
    minutes: (n) => `${n} 分钟`,
    hours: (n) => `${n} 小时`,
    days: (n) => `${n} 天`,
    join: ' ',
    lessThanMinute: '不到 1 分钟',
  },
  short: {
    minutes: (n) => `${n} 分钟`,
    hours: (n) => `${n} 小时`,
    days: (n) => `${n} 天`,
    join: ' ',
    lessThanMinute: '不到 1 分钟',
  },
  money: (amount) => amount,
  slaKind: { firstResponse: '首次响应', nextReply: '下次回复', periodicUpdate: '进度更新', resolution: '问题解决' },
  urgency: { normal: '一般', high: '高', immediate: '立即' },
  target: { supervisor: '主管', specialist: '专员', safety: '安全团队', legal: '法务团队' },
  reasonLabel: {
    safety: '安全风险',
    'customer-request': '客户要求找负责人',
    'beyond-authority': '超出我的权限',
    'sla-breach': '已超过承诺时限',
    'public-threat': '扬言曝光、投诉到监管部门或起诉',
    'out-of-control': '怒气持续未缓和',
    hostile: '辱骂',
    'repeat-contact': '多次联系',
    'sla-at-risk': '时限即将到期',
  },
  reason: {
    safety: (cues) => `安全风险：客户提到${cues}。安全第一。`,
    safetyFlag: '分析器标记了安全风险。安全第一。',
    customerRequest: (cues) => `客户要求找负责人：${cues}。`,
    customerRequestFlag: '客户要求找负责人。',
    beyondAuthority: (requested, limit) => `客户要求 ${requested}，超出您的权限额度 ${limit}。`,
    crime: (cues) => `疑似违法行为（${cues}）：超出客服可以处理的范围。`,
    slaBreach: (kind, overdue) => `${kind}时限已超时 ${overdue}。`,
    slaAtRisk: (kind, left) => `${kind}时限即将到期，剩余 ${left}。`,
    hostile: (cues) => `针对您或公司的辱骂：${cues}。`,
    hostileFlag: '分析器标记了针对您或公司的辱骂。',
    publicThreat: (cues) => `扬言曝光或向监管部门反映：${cues}。`,
    legalThreat: (cues) => `扬言采取法律行动：${cues}。`,
    outOfControl: (count, intensities) => `最近 ${count} 条消息怒气一直很高（${intensities}），没有缓和。`,
    repeatContact: (count) => `这是客户就同一问题第 ${count} 次联系我们。`,
    repeatContactText: (cues) => `客户表示已多次联系：${cues}。`,
  },
  targetWhy: {
    safety: '涉及安全的情况立即转交安全团队。',
    crime: '疑似违法行为转交法务团队，可能需要报警。',
    legalAction: '扬言采取法律行动的个案转交法务团队。',
    supervisor: '主管可以做出超出您权限的决定，也负责回应找负责人的要求。',
    specialist: '反复出现的问题需要专员从根源上解决。',
    manual: '您选择了升级；没有规则触发时由主管接手。',
    none: '目前无需升级。',
  },
  note: {
    heading: (target, urgency) => `升级至${target} · 紧急程度：${urgency}`,
    why: '原因',
    customer: '客户',
    addressAs: (form) => `称呼：${form}`,
    phone: '电话',
    email: '邮箱',
    address: '地址',
    via: (channel) => `来源渠道：${channel}`,
    references: '相关编号',
    order: '订单',
    account: '账户',
    ticket: '工单',
    complaint: (category) => `投诉内容（${category}）`,
    readBack: (confirmedAt) => `已向客户复述并获确认${confirmedAt ? `（${confirmedAt}）` : ''}`,
    corrections: '更正',
    wants: '客户诉求',
    emotion: '情绪',
    strength: (word, percent) => `${word}（${percent}%）`,
    trend: { rising: '正在上升', falling: '正在缓和', steady: '保持不变' },
    cues: '线索',
    temperament: '性格类型提示（仅供参考）',
    temperamentLine: (type, percent, advice) => `${type}（${percent}%）：${advice}`,
    evidence: '依据',
    tried: '已尝试',
    promised: '已承诺',
    sla: '服务时限',
    slaOverdue: (kind, duration) => `${kind}已超时 ${duration}`,
    slaLeft: (kind, duration) => `${kind}剩余 ${duration}`,
    slaPaused: (kind) => `${kind}已暂停`,
    hearBack: (window, when) => `已告知客户将在 ${window}内${when ? `（${when}前）` : ''}得到回复`,
    unknown: '未提供',
    nothingYet: '暂无记录',
  },
  strengthWord: { strong: '强烈', moderate: '中等', mild: '轻微' },
  emotion: { angry: '生气', anxious: '焦急', confused: '困惑', disappointed: '失望', neutral: '平静', satisfied: '满意' },
  temperament: {
    perfectionist: { name: '完美型', advice: '细致严谨，给出准确的事实和步骤' },
    powerful: { name: '力量型', advice: '直接高效，让客户做决定，多谈结果' },
    lively: { name: '活泼型', advice: '保持轻松友好的氛围' },
    peaceful: { name: '和平型', advice: '按标准流程处理，并向客户说明' },
  },
  channel: { phone: '电话', email: '邮件', chat: '在线客服', social: '社交媒体', 'in-person': '当面', other: '其他渠道' },
  category: { product: '产品', service: '服务', communication: '沟通', delivery: '配送', billing: '账单', other: '其他' },
  outcome: { refund: '退款', replacement: '换货', repair: '维修', compensation: '赔偿', apology: '道歉', explanation: '解释说明', other: '其他' },
  script: {
    greeting: (address) => `${address}，感谢您的耐心等待。`,
    greetingAnonymous: '感谢您的耐心等待。',
    safetyFirst: '您的安全最重要。如果现在有人身危险，请立即拨打当地的紧急求助电话。',
    safetyFirstAddressed: (address) => `${address}，您的安全最重要。如果现在有人身危险，请立即拨打当地的紧急求助电话。`,
    late: '这件事已经比预期花了更长时间，我明白这给您带来了不便。',
    why: {
      safety: (whom) => `我马上请${whom}来协助。`,
      crime: (whom) => `这件事可能涉及违法行为，我会把您的情况转交给${whom}。`,
      legal: (whom) => `为了妥善处理您的问题，我会把它转交给${whom}。`,
      'customer-request': (whom) => `按照您的要求，我会把您的问题转交给${whom}。`,
      'beyond-authority': (whom) => `您提出的要求需要由${whom}来决定，所以我会把您的问题转过去。`,
      'sla-breach': (whom) => `我现在就请${whom}接手处理。`,
      'sla-at-risk': (whom) => `为了在承诺的时间内给您答复，我请${whom}接手处理。`,
      'public-threat': (whom) => `我理解这件事对您非常重要，所以我会把它转交给${whom}。`,
      feeling: (whom) => `我能理解这件事让您很难受，我请${whom}一起来帮您。`,
      'repeat-contact': (whom) => `这件事让您联系了我们不止一次，所以我请${whom}接手，一直跟进到解决。`,
      manual: (whom) => `为了尽快帮您解决，我会把您的问题转交给${whom}。`,
    },
    police: '您也可以考虑向警方报案。',
    passedOn: (reference) => `您告诉我的情况，包括${reference}，我都已经完整转达，您不需要再重复说明。`,
    passedOnPlain: '您告诉我的情况我都已经完整转达，您不需要再重复说明。',
    reference: (label, value) => `${label}号 ${value}`,
    next: (whom, channel, window) => `${whom}会了解情况，并在 ${window}内通过${channel}联系您。`,
    nextNoChannel: (whom, window) => `${whom}会了解情况，并在 ${window}内给您答复。`,
    byChannel: { phone: '电话', email: '邮件', chat: '在线消息', social: '私信', 'in-person': '电话', other: '消息' },
    keepInTouch: '如果需要更长时间，我们也会及时告诉您进展。',
    anythingElse: '请问还有什么需要我一并转达的吗？',
    whom: { supervisor: '我的主管', specialist: '专门负责这类问题的同事', safety: '我们的安全团队', legal: '专门处理此类事件的团队' },
    named: (name) => `我的同事${name}`,
    namedWithRole: (name, role) => `我的同事${name}（${role}）`,
  },
};

const zhHant: EscalationCatalogue = {
  quote: (text) => `「${text}」`,
  list: (items) => items.join('、'),
  sep: '；',
  long: {
    minutes: (n) => `${n} 分鐘`,
    hours: (n) => `${n} 小時`,
    days: (n) => `${n} 天`,
    join: ' ',
    lessThanMinute: '不到 1 分鐘',
  },
  short: {
    minutes: (n) => `${n} 分鐘`,
    hours: (n) => `${n} 小時`,
    days: (n) => `${n} 天`,
    join: ' ',
    lessThanMinute: '不到 1 分鐘',
  },
  money: (amount) => amount,
  slaKind: { firstResponse: '首次回應', nextReply: '下次回覆', periodicUpdate: '進度更新', resolution: '問題解決' },
  urgency: { normal: '一般', high: '高', immediate: '立即' },
  target: { supervisor: '主管', specialist: '專員', safety: '安全團隊', legal: '法務團隊' },
  reasonLabel: {
    safety: '安全風險',
    'customer-request': '客戶要求找負責人',
    'beyond-authority': '超出我的權限',
    'sla-breach': '已超過承諾時限',
    'public-threat': '揚言公開、向主管機關反映或提告',
    'out-of-control': '怒氣持續未緩和',
    hostile: '辱罵',
    'repeat-contact': '多次聯絡',
    'sla-at-risk': '時限即將到期',
  },
  reason: {
    safety: (cues) => `安全風險：客戶提到${cues}。安全第一。`,
    safetyFlag: '分析器標記了安全風險。安全第一。',
    customerRequest: (cues) => `客戶要求找負責人：${cues}。`,
    customerRequestFlag: '客戶要求找負責人。',
    beyondAuthority: (requested, limit) => `客戶要求 ${requested}，超出您的權限額度 ${limit}。`,
    crime: (cues) => `疑似違法行為（${cues}）：超出客服可以處理的範圍。`,
    slaBreach: (kind, overdue) => `${kind}時限已逾時 ${overdue}。`,
    slaAtRisk: (kind, left) => `${kind}時限即將到期，剩餘 ${left}。`,
    hostile: (cues) => `針對您或公司的辱罵：${cues}。`,
    hostileFlag: '分析器標記了針對您或公司的辱罵。',
    publicThreat: (cues) => `揚言公開或向主管機關反映：${cues}。`,
    legalThreat: (cues) => `揚言採取法律行動：${cues}。`,
    outOfControl: (count, intensities) => `最近 ${count} 則訊息怒氣一直很高（${intensities}），沒有緩和。`,
    repeatContact: (count) => `這是客戶就同一問題第 ${count} 次聯絡我們。`,
    repeatContactText: (cues) => `客戶表示已多次聯絡：${cues}。`,
  },
  targetWhy: {
    safety: '涉及安全的情況立即轉交安全團隊。',
    crime: '疑似違法行為轉交法務團隊，可能需要報警。',
    legalAction: '揚言採取法律行動的個案轉交法務團隊。',
    supervisor: '主管可以做出超出您權限的決定，也負責回應找負責人的要求。',
    specialist: '反覆出現的問題需要專員從根源解決。',
    manual: '您選擇了升級；沒有規則觸發時由主管接手。',
    none: '目前無需升級。',
  },
  note: {
    heading: (target, urgency) => `升級至${target} · 緊急程度：${urgency}`,
    why: '原因',
    customer: '客戶',
    addressAs: (form) => `稱呼：${form}`,
    phone: '電話',
    email: '電郵',
    address: '地址',
    via: (channel) => `來源管道：${channel}`,
    references: '相關編號',
    order: '訂單',
    account: '帳戶',
    ticket: '案件',
    complaint: (category) => `客訴內容（${category}）`,
    readBack: (confirmedAt) => `已向客戶複述並獲確認${confirmedAt ? `（${confirmedAt}）` : ''}`,
    corrections: '更正',
    wants: '客戶訴求',
    emotion: '情緒',
    strength: (word, percent) => `${word}（${percent}%）`,
    trend: { rising: '正在升高', falling: '正在緩和', steady: '持平' },
    cues: '線索',
    temperament: '性格類型提示（僅供參考）',
    temperamentLine: (type, percent, advice) => `${type}（${percent}%）：${advice}`,
    evidence: '依據',
    tried: '已嘗試',
    promised: '已承諾',
    sla: '服務時限',
    slaOverdue: (kind, duration) => `${kind}已逾時 ${duration}`,
    slaLeft: (kind, duration) => `${kind}剩餘 ${duration}`,
    slaPaused: (kind) => `${kind}已暫停`,
    hearBack: (window, when) => `已告知客戶將在 ${window}內${when ? `（${when}前）` : ''}收到回覆`,
    unknown: '未提供',
    nothingYet: '尚無紀錄',
  },
  strengthWord: { strong: '強烈', moderate: '中等', mild: '輕微' },
  emotion: { angry: '生氣', anxious: '焦急', confused: '困惑', disappointed: '失望', neutral: '平靜', satisfied: '滿意' },
  temperament: {
    perfectionist: { name: '完美型', advice: '細心嚴謹，提供準確的事實與步驟' },
    powerful: { name: '力量型', advice: '直接俐落，讓客戶做決定，多談結果' },
    lively: { name: '活潑型', advice: '保持輕鬆友善的氣氛' },
    peaceful: { name: '和平型', advice: '依標準流程處理，並向客戶說明' },
  },
  channel: { phone: '電話', email: '電郵', chat: '線上客服', social: '社群媒體', 'in-person': '臨櫃', other: '其他管道' },
  category: { product: '產品', service: '服務', communication: '溝通', delivery: '配送', billing: '帳單', other: '其他' },
  outcome: { refund: '退款', replacement: '換貨', repair: '維修', compensation: '賠償', apology: '道歉', explanation: '解釋說明', other: '其他' },
  script: {
    greeting: (address) => `${address}，謝謝您耐心等候。`,
    greetingAnonymous: '謝謝您耐心等候。',
    safetyFirst: '您的安全最重要。如果現在有人身危險，請立即撥打當地的緊急求助電話。',
    safetyFirstAddressed: (address) => `${address}，您的安全最重要。如果現在有人身危險，請立即撥打當地的緊急求助電話。`,
    late: '這件事已經比預期花了更久的時間，我明白這造成您的不便。',
    why: {
      safety: (whom) => `我馬上請${whom}來協助。`,
      crime: (whom) => `這件事可能涉及違法行為，我會把您的情況轉交給${whom}。`,
      legal: (whom) => `為了妥善處理您的問題，我會把它轉交給${whom}。`,
      'customer-request': (whom) => `依照您的要求，我會把您的問題轉交給${whom}。`,
      'beyond-authority': (whom) => `您提出的要求需要由${whom}決定，所以我會把您的問題轉過去。`,
      'sla-breach': (whom) => `我現在就請${whom}接手處理。`,
      'sla-at-risk': (whom) => `為了在承諾的時間內回覆您，我請${whom}接手處理。`,
      'public-threat': (whom) => `我理解這件事對您非常重要，所以我會把它轉交給${whom}。`,
      feeling: (whom) => `我能理解這件事讓您很難受，我請${whom}一起來幫您。`,
      'repeat-contact': (whom) => `這件事讓您聯絡了我們不只一次，所以我請${whom}接手，一路跟進到解決。`,
      manual: (whom) => `為了盡快幫您解決，我會把您的問題轉交給${whom}。`,
    },
    police: '您也可以考慮向警方報案。',
    passedOn: (reference) => `您告訴我的情況，包括${reference}，我都已經完整轉達，您不需要再重複說明。`,
    passedOnPlain: '您告訴我的情況我都已經完整轉達，您不需要再重複說明。',
    reference: (label, value) => `${label}編號 ${value}`,
    next: (whom, channel, window) => `${whom}會了解情況，並在 ${window}內透過${channel}與您聯絡。`,
    nextNoChannel: (whom, window) => `${whom}會了解情況，並在 ${window}內回覆您。`,
    byChannel: { phone: '電話', email: '電郵', chat: '線上訊息', social: '私訊', 'in-person': '電話', other: '訊息' },
    keepInTouch: '如果需要更久的時間，我們也會隨時告訴您進度。',
    anythingElse: '請問還有什麼需要我一併轉達的嗎？',
    whom: { supervisor: '我的主管', specialist: '專門負責這類問題的同事', safety: '我們的安全團隊', legal: '專門處理此類事件的團隊' },
    named: (name) => `我的同事${name}`,
    namedWithRole: (name, role) => `我的同事${name}（${role}）`,
  },
};

export const ESCALATION_CATALOGUES: Readonly<Record<Lang, EscalationCatalogue>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** A duration in whole minutes, hours and days, at most two units ("2 hours 30 minutes", "1 天 2 小时"). */
export function durationWords(ms: number, words: DurationWords): string {
  const minutesTotal = Number.isFinite(ms) ? Math.floor(Math.abs(ms) / 60_000) : 0;
  if (minutesTotal < 1) return words.lessThanMinute;
  const days = Math.floor(minutesTotal / 1440);
  const hours = Math.floor((minutesTotal % 1440) / 60);
  const minutes = minutesTotal % 60;
  // Whole days read naturally only beyond two of them; "24 hours" is what the SLA documents say.
  if (minutesTotal <= 2 * 1440 && minutesTotal % 60 === 0) return words.hours(minutesTotal / 60);
  const parts: string[] = [];
  if (days > 0 && minutesTotal > 2 * 1440) {
    parts.push(words.days(days));
    if (hours > 0) parts.push(words.hours(hours));
  } else {
    const allHours = Math.floor(minutesTotal / 60);
    if (allHours > 0) parts.push(words.hours(allHours));
    if (minutes > 0) parts.push(words.minutes(minutes));
  }
  return parts.join(words.join);
}
