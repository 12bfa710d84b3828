import { itFindsEveryCase, itFindsNothingIn, type Case } from './helpers.js';

// Round 7 families (rules.ts, "Round 7"): moves generalised from two more writers (tune6, tune7).
// Each family in mainland Simplified, Taiwan Traditional, Hong Kong Cantonese and English; drafts here
// are new phrasings (other objects, other verbs), not the data sets' sentences. [category, draft, a piece of the span]

const FAMILIES7: Record<string, Case[]> = {
  'blame: guessing the cause is on the customer’s side': [
    ['blame', '估计是您手机系统太旧了，所以装不上。', '您手机系统太旧'],
    ['blame', '應該是您家裡的分享器設定跑掉了。', '分享器設定跑掉'],
    ['blame', '相信問題出喺你部電腦。', '問題出喺你部電腦'],
    ['blame', 'It must be your router settings, not our line.', 'your router settings'],
    ['blame', 'You might not have noticed the confirmation text.', 'might not have noticed'],
    ['blame', 'Are you sure nobody else used the card?', 'Are you sure nobody'],
  ],
  'blame: hindsight and counterfactuals': [
    ['blame', '要是您当时按时续费，就不会被停机了。', '就不会被停机'],
    ['blame', '你當初就不應該買呢個月費計劃。', '當初就不應該'],
    ['blame', '您签合同的时候怎么不看清楚呢？', '怎么不看清楚'],
    ['blame', '您當時勾選了自動續約的。', '勾選了自動續約'],
    ['blame', 'As explained in the welcome pack you received, the deposit is non-refundable.', 'welcome pack you received'],
    ['blame', 'You ought to have told us before you moved.', 'ought to have told us'],
    ['blame', 'You arrived 30 minutes after the slot, so it was cancelled.', 'You arrived 30 minutes after'],
  ],
  'blame: what the customer did or agreed to': [
    ['blame', '您明明已经确认过收货了。', '明明已经确认过'],
    ['blame', '你自己刪咗個app，所以先冇咗記錄。', '你自己刪咗個app'],
    ['blame', '屬台端保管不當所致。', '保管不當所致'],
  ],
  'defensive: our side cannot be wrong': [
    ['defensive', '我们的工程师不可能漏装零件。', '不可能漏装零件'],
    ['defensive', '收費紀錄是不會有錯的。', '不會有錯'],
    ['defensive', '我哋個系統一向好穩定。', '一向好穩定'],
    ['defensive', '我们的客服都经过严格培训，不可能态度不好。', '经过严格培训'],
    ['defensive', 'Our technicians have never damaged a device.', 'have never damaged'],
    ['defensive', 'Our billing system is always accurate.', 'is always accurate'],
    ['defensive', 'That simply doesn’t happen with our scales.', 'simply doesn’t happen'],
  ],
  'defensive: it is rare, by the book, no fault': [
    ['defensive', '很少有客户反映这种问题。', '很少有客户反映'],
    ['defensive', '本公司並無任何疏失。', '並無任何疏失'],
    ['defensive', '我们的操作完全符合规范。', '完全符合规范'],
    ['defensive', 'I doubt anyone on our team said that.', 'I doubt anyone'],
    ['defensive', 'We are satisfied that the fee was applied correctly.', 'We are satisfied that'],
  ],
  'provocative: what do you want from me': [
    ['provocative', '您还要我怎么解释？', '还要我怎么解释'],
    ['provocative', '你到底想我哋點做？', '到底想我哋點做'],
    ['provocative', '是不是就想要点赔偿？', '想要点赔偿'],
    ['provocative', 'What exactly do you want from us?', 'want from us'],
    ['provocative', 'Do you want the replacement or not?', 'or not'],
  ],
  'provocative: I said it clearly, are you listening, what do you mean': [
    ['provocative', '我講得好清楚啦，你仲有邊度唔明白？', '講得好清楚'],
    ['provocative', '您能不能認真看一下說明？', '能不能認真看'],
    ['provocative', '您這樣講是什麼意思？', '是什麼意思'],
    ['provocative', '你再咁講，我就收線。', '我就收線'],
    ['provocative', '投訴隨你，我們無所謂。', '無所謂'],
    ['provocative', 'Who told you to call this number?', 'Who told you to call'],
    ['provocative', 'Why are you being so difficult?', 'being so difficult'],
  ],
  'dismissive: only a little, don’t fuss': [
    ['dismissive', '也就是包装有点皱而已。', '包装有点皱而已'],
    ['dismissive', '才多收了五块钱嘛。', '才多收了'],
    ['dismissive', '这个问题不大，重启就好。', '问题不大'],
    ['dismissive', '不至於影響到您出國吧。', '不至於'],
    ['dismissive', '您先别急着给差评。', '别急着给差评'],
    ['dismissive', 'You’re taking this way too seriously.', 'taking this way too seriously'],
    ['dismissive', 'It’s only a scratch on the lid.', 'only a scratch'],
    ['dismissive', 'Lots of customers wait far longer than that.', 'wait far longer'],
  ],
  'command: now go, do it yourself, redo it': [
    ['command', '你而家即刻去櫃位補辦。', '即刻去櫃位補辦'],
    ['command', '請您自行參考官網的教學。', '自行參考官網'],
    ['command', '您只能自己去营业厅办理。', '只能自己去营业厅'],
    ['command', '您把地址从头再报一遍。', '从头再报一遍'],
    ['command', '别自己乱改设置。', '乱改'],
    ['command', '不用再打来催了。', '打来催了'],
    ['command', 'This time make sure the photo is clear.', 'make sure the photo'],
    ['command', 'Next time you must bring the original.', 'Next time you must'],
  ],
  'negative: not ours to handle, nothing more': [
    ['negative', '这个不归我们售后管。', '不归我们售后管'],
    ['negative', '退款進度不是我們門市負責的。', '不是我們門市負責的'],
    ['negative', '我们已经不再提供任何维修服务了。', '不再提供任何维修'],
    ['negative', 'That’s not something our team deals with.', 'not something our team deals with'],
    ['negative', 'There’s nothing more to discuss.', 'nothing more to discuss'],
  ],
  'policy: the system decides, the ruling is final': [
    ['policy', '这是系统的设定。', '系统的设定'],
    ['policy', '積分是系統自動清零的，誰也恢復不了。', '系統自動清零'],
    ['policy', '我们只认合同上的条款。', '只认合同'],
    ['policy', '覆核結果是最終決定。', '最終決定'],
    ['policy', 'Company policy, I’m afraid.', 'Company policy'],
    ['policy', 'The rules are the rules.', 'rules are the rules'],
    ['policy', 'Under our booking terms, late cancellations are not refunded.', 'Under our booking terms'],
  ],
  'wait-apology: a long wait named': [
    ['wait-apology', '真不好意思回复得这么慢。', '回复得这么慢'],
    ['wait-apology', '抱歉讓您等了一整天。', '等了一整天'],
    ['wait-apology', 'Really sorry you’ve been kept on hold for so long.', 'kept on hold'],
  ],
};

// Look-alikes of the families above that must stay clean.
const GOOD7 = [
  '不是您操作的问题，是银行卡限额触发了，我帮您换个方式付款。',
  '您是不是忘了密码？我帮您重置一下。',
  '可能是您没收到验证码，我马上帮您重发。',
  '我们的系统会自动把退款退回原账户。',
  '我們的師傅很專業，會帶齊工具上門。',
  '师傅马上到您家，请稍等。',
  // The agent's own offer, not an order: something sent to the customer now.
  '好的，现在就把退款凭证发给您。',
  '我現在就把維修單號寄到您的信箱。',
  '我现在就把您的工单升级给主管。',
  '您也可以自己在App里查看进度，或者我帮您查。',
  '这部分我这边暂时没法处理，不过我可以帮您转给专人跟进。',
  '我這邊無法直接調高額度，您可以透過網銀申請臨時額度。',
  '好的，我跟您确认一下：您要把套餐改成99元的，下个月生效，对吗？',
  '根據銀行規定，需要先提交文件，我可以把清單電郵俾你。',
  '您说“我们的系统不可能出错”，我明白您的担心，我马上帮您查。',
  'You haven’t done anything wrong — the error was on our side.',
  'Since you mentioned you never received it, I’ve sent a new one.',
  'Let’s get it right this time: I’ve corrected the address.',
  'I can offer the loyalty rate, which works out only $2 more a month.',
  'Are you sure you want to cancel the booking?',
  'For security I can’t share the balance, but if your mother can join the call, I can go through it with you.',
  'Under our new terms, you can now change your date for free.',
];

describe('lintReply round 7 families', () => itFindsEveryCase(FAMILIES7, { templates: true }));

describe('lintReply round 7 near-misses stay clean', () => itFindsNothingIn(GOOD7));
