import { itFindsEveryCase, itFindsNothingIn, type Case } from './helpers.js';

// Round 6 families (docs/reply-checker.md, "Round 6"): generalised from the variety corpora's odd ids.
// Each family in mainland Simplified, Taiwan Traditional, Hong Kong Cantonese and English; drafts here
// are rephrasings (other objects, other verbs), not the corpus sentences. [category, draft, a piece of the span]

const FAMILIES6: Record<string, Case[]> = {
  'wait-apology: a wait named, then the apology': [
    ['wait-apology', '让您在柜台排了这么久，真是抱歉。', '排了这么久'],
    ['wait-apology', '讓您一直拿著電話，不好意思，資料查到了。', '拿著電話'],
    ['wait-apology', '要你喺度坐咗咁耐，對唔住。', '坐咗咁耐'],
    ['wait-apology', '處理得比較久，請您原諒。', '處理得比較久'],
    ['wait-apology', '而家先覆你，唔好意思。', '而家先覆你'],
    ['wait-apology', '给您的等待带来不便，敬请谅解。', '等待带来不便'],
    ['wait-apology', 'Soz for the delay getting back to you.', 'Soz for the delay'],
    ['wait-apology', 'Sorry to keep you hanging, mate.', 'Sorry to keep you hanging'],
  ],
  'blame: the customer skipped a duty or gave wrong details': [
    ['blame', '包裹退回了，是您把收件人电话填成了旧号码。', '是您把收件人电话填成了'],
    ['blame', '您上個月忘了繳費，所以被停話。', '您上個月忘了'],
    ['blame', '您根本沒綁定信用卡。', '您根本沒綁定'],
    ['blame', '你冇跟說明書重設。', '你冇跟說明書'],
    ['blame', '您留的电话是空号。', '您留的电话'],
    ['blame', '您给的证件号少了一位。', '您给的证件号少了一'],
    ['blame', '这得怪您没保存好密码。', '怪您没保存好密码'],
    ['blame', 'The parcel came back because you weren’t in to sign for it.', 'because you weren'],
    ['blame', 'The wrong plan was selected by you.', 'selected by you'],
  ],
  'command: orders without a subject': [
    ['command', '查物流是吧？把运单号报一下。', '把运单号报一下'],
    ['command', '要退款的話，收據補給我。', '收據補給我'],
    ['command', '報個會員號碼嚟。', '報個會員號碼嚟'],
    ['command', '資料本週內務必寄回。', '務必寄回'],
    ['command', '不准再重複申請。', '不准再重複申請'],
    ['command', '您明天中午前一定要補交證明。', '一定要補交證明'],
    ['command', 'Update the app before you report this again.', 'Update the app before you report'],
    ['command', 'Kindly do the needful.', 'do the needful'],
  ],
  'negative: refusals without a subject': [
    ['negative', '过了保修期，配件补寄不了。', '补寄不了'.slice(2)],
    ['negative', '离岛地区不配送。', '不配送'],
    ['negative', '特價商品不接受退換。', '不接受退換'],
    ['negative', '呢個地區師傅排唔到期。', '排唔到'],
    ['negative', '我們拒絕您的申請。', '拒絕您的申請'],
    ['negative', 'That’s out of the question.', 'out of the question'],
  ],
  'defensive: not us, our people are fine': [
    ['defensive', '屏幕裂了不是我们造成的。', '不是我们造成的'],
    ['defensive', '紀錄上看我們準時送達。', '我們準時送達'],
    ['defensive', '我只是个客服，决定不了。', '我只是个客服'],
    ['defensive', '賣家嘅事，平台唔理。', '平台唔理'],
    ['defensive', 'The delay is nothing to do with us.', 'nothing to do with us'],
    ['defensive', 'We can’t be blamed for the courier.', 'can’t be blamed'],
  ],
  'dismissive: tone-policing and shrugging': [
    ['dismissive', '您这属于过度紧张了。', '过度紧张'],
    ['dismissive', '看开一点嘛。', '看开一点'],
    ['dismissive', '唔好咁玻璃心啦。', '玻璃心'],
    ['dismissive', '哭也解決不了問題。', '哭也解決不了'],
    ['dismissive', 'No need to get hyper, sir.', 'No need to get hyper'],
    ['dismissive', 'Why so stressed?', 'Why so stressed'],
  ],
  'policy: rules from above, terms, procedure': [
    ['policy', '这是总公司的统一要求。', '总公司的统一要求'],
    ['policy', '您的情况不符合申请资格。', '不符合申请资格'],
    ['policy', '合約寫到明。', '合約寫到明'],
    ['policy', '我只是照章行事。', '照章行事'],
    ['policy', '本活動保留最終解釋權。', '保留最終解釋權'],
    ['policy', 'Per our TOS, the fee stands.', 'Per our TOS'],
  ],
  'provocative: sarcasm and rhetorical questions': [
    ['provocative', '您这么懂，要不您自己来修？', '您这么懂'],
    ['provocative', '字那麼大您沒看到嗎？', '您沒看到'],
    ['provocative', '真係服咗你。', '服咗你'],
    ['provocative', '請問還有什麼高見嗎？', '高見嗎'],
    ['provocative', 'As I’ve already explained, the refund takes five days.', 'already explained'],
    ['provocative', 'Can’t you read it?', 'read it'],
  ],
  'overpromise: sweeping outcomes': [
    ['overpromise', '这次的贷款包批。', '包批'],
    ['overpromise', '理賠一定核准。', '一定核准'],
    ['overpromise', '交俾我，乜都搞掂。', '乜都搞掂'],
    ['overpromise', '以后都不会再停电了。', '以后都不会再停电'],
    ['overpromise', 'This update will fix all your problems.', 'will fix all your problems'],
    ['overpromise', 'We’ll sort it, whatever it takes.', 'whatever it takes'],
  ],
};

// Look-alikes of the families above that must stay clean.
const GOOD6 = [
  '您不必担心，我已经帮您登记好了。',
  'I can’t wait to help you with the move.',
  '如果您买10台以上，我就能帮您多打点折。',
  '您说“是你们把地址填错了”，我马上帮您核对。',
  '您說「你們一定要今天處理」，我明白，我先幫您加急。',
  '请您把订单号发给我，谢谢。',
  '麻煩您把收據拍給我，好嗎？',
  '我保证今天下班前给您回复。',
  'I promise I’ll call you back before 4pm.',
  '您反映的是快递三天都没有更新，对吗？',
  '想同你確認下，你嘅意思係部機完全開唔到，係咪？',
  '您是第一次遇到这个情况吗？我想了解清楚。',
  '按照流程需要本人办理，如果您不方便来，我们也可以安排视频认证。',
  '程序上要本人辦理，如果你唔方便過嚟，我哋亦可以用視像核實身份。',
  'There’s nothing you need to do on your end.',
  'It’s not your fault at all — the error was on our side.',
  'Sorry for the delay in your delivery; it is out for delivery today.',
  '请您别挂断，我马上帮您转接。',
  '我们的师傅很专业，会带齐工具上门。',
];

describe('lintReply round 6 families', () => itFindsEveryCase(FAMILIES6, { templates: true }));

describe('lintReply round 6 near-misses stay clean', () => itFindsNothingIn(GOOD6));
