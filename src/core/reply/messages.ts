import type { Lang } from '../lang.js';
import type { ReplyCategory } from './types.js';

/** Why each category hurts, in the words an agent sees next to the underline. */
export const CATEGORY_MESSAGES: Readonly<Record<Lang, Readonly<Record<ReplyCategory, string>>>> = {
  en: {
    blame: 'Points at the customer’s mistake. Say it indirectly, or take the blame for being unclear.',
    command: 'Sounds like an order. Ask instead, and say why it helps.',
    negative: 'Says what you can’t do. Say what you can do, or hand over to who can.',
    dismissive: 'Brushes the feeling aside. Acknowledge it instead.',
    policy: 'Hides behind policy. Explain briefly and offer an alternative.',
    defensive: 'Argues or defends the company. Look into it instead.',
    provocative: 'Can read as a challenge and escalate the conversation.',
    'wait-apology': 'Apologising for the wait reminds them of it. Thank them for their patience.',
    overpromise: 'Promises what you may not control. Commit to your next step instead.',
  },
  'zh-Hans': {
    blame: '直接指出客户的错，容易让对方难堪。换个委婉的说法，或把责任揽到自己身上。',
    command: '听起来像命令。改成请求，并说明这样做对客户的好处。',
    negative: '只说做不到的。说说能做什么，或转给能处理的人。',
    dismissive: '否定了客户的情绪。先表示理解。',
    policy: '拿规定当挡箭牌。简短说明，再给出替代方案。',
    defensive: '在辩解或争论。先核实情况，再回应。',
    provocative: '容易被听成挑衅，让矛盾升级。',
    'wait-apology': '为等待道歉会强化“久等”的感受。改为感谢客户的耐心。',
    overpromise: '承诺了自己未必能掌控的结果。改为承诺下一步的行动。',
  },
  'zh-Hant': {
    blame: '直接指出客人的錯，容易讓對方難堪。換個委婉的說法，或把責任攬到自己身上。',
    command: '聽起來像命令。改成請求，並說明這樣做對客人的好處。',
    negative: '只說做不到的。說說能做什麼，或轉給能處理的人。',
    dismissive: '否定了客人的情緒。先表示理解。',
    policy: '拿規定當擋箭牌。簡短說明，再提供替代方案。',
    defensive: '在辯解或爭論。先查明情況，再回應。',
    provocative: '容易被聽成挑釁，讓衝突升級。',
    'wait-apology': '為等候道歉會加深「久等」的感受。改為感謝客人的耐心。',
    overpromise: '承諾了自己未必能掌控的結果。改為承諾下一步的行動。',
  },
};
