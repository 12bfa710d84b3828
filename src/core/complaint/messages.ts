import type { Lang } from '../lang.js';

/** Every field of a complaint record a message can point at, by its dotted path. */
export const COMPLAINT_FIELDS = [
  'customer.name',
  'customer.honorific',
  'customer.phone',
  'customer.email',
  'customer.address',
  'channel',
  'references.order',
  'references.account',
  'references.ticket',
  'category',
  'description',
  'desiredOutcome.kind',
  'desiredOutcome.detail',
  'priority',
  'occurredAt',
  'replyBy',
  'readBack',
  'createdAt',
  'extra',
] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

type Labels = Record<ComplaintField, string>;

/** What each field is called, in the words an agent reads in a form. */
export const COMPLAINT_FIELD_LABELS: Readonly<Record<Lang, Labels>> = {
  en: {
    'customer.name': 'Name',
    'customer.honorific': 'Form of address',
    'customer.phone': 'Phone',
    'customer.email': 'E-mail',
    'customer.address': 'Address',
    channel: 'Channel',
    'references.order': 'Order number',
    'references.account': 'Account',
    'references.ticket': 'Ticket',
    category: 'Category',
    description: 'What happened',
    'desiredOutcome.kind': 'What the customer wants',
    'desiredOutcome.detail': 'Details of what they want',
    priority: 'Priority',
    occurredAt: 'When it happened',
    replyBy: 'Reply promised by',
    readBack: 'Read-back',
    createdAt: 'Created',
    extra: 'Extra data',
  },
  'zh-Hans': {
    'customer.name': '姓名',
    'customer.honorific': '称呼',
    'customer.phone': '电话',
    'customer.email': '电子邮箱',
    'customer.address': '地址',
    channel: '投诉渠道',
    'references.order': '订单号',
    'references.account': '账户',
    'references.ticket': '工单号',
    category: '问题类别',
    description: '投诉内容',
    'desiredOutcome.kind': '客户诉求',
    'desiredOutcome.detail': '诉求说明',
    priority: '优先级',
    occurredAt: '发生时间',
    replyBy: '承诺答复时间',
    readBack: '复述确认',
    createdAt: '创建时间',
    extra: '附加信息',
  },
  'zh-Hant': {
    'customer.name': '姓名',
    'customer.honorific': '稱呼',
    'customer.phone': '電話',
    'customer.email': '電子郵件',
    'customer.address': '地址',
    channel: '投訴管道',
    'references.order': '訂單編號',
    'references.account': '帳戶',
    'references.ticket': '工單編號',
    category: '問題類別',
    description: '投訴內容',
    'desiredOutcome.kind': '客戶訴求',
    'desiredOutcome.detail': '訴求說明',
    priority: '優先順序',
    occurredAt: '發生時間',
    replyBy: '承諾回覆時間',
    readBack: '複述確認',
    createdAt: '建立時間',
    extra: '附加資訊',
  },
};

/** The kinds of problem a field can have; `parseComplaint` reports each in words. */
export type IssueKind =
  | { kind: 'required' }
  | { kind: 'type'; expected: 'text' | 'object' | 'list' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-many'; max: number }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'control' }
  | { kind: 'phone' }
  | { kind: 'email' }
  | { kind: 'contact' }
  | { kind: 'instant' }
  | { kind: 'unknown-field'; keys: string[] }
  | { kind: 'key'; key: string }
  | { kind: 'unreadable' }
  | { kind: 'cycle' }
  | { kind: 'too-deep' }
  | { kind: 'not-record' }
  | { kind: 'outcome-detail' }
  | { kind: 'invalid' };

function listKeys(keys: string[], lang: Lang): string {
  const shown = keys.slice(0, 5).map((key) => (key.length > 40 ? `${key.slice(0, 37)}…` : key));
  const more = keys.length - shown.length;
  const joined = shown.join(lang === 'en' ? ', ' : '、');
  if (more <= 0) return joined;
  return lang === 'en' ? `${joined} and ${more} more` : lang === 'zh-Hans' ? `${joined}等 ${keys.length} 项` : `${joined}等 ${keys.length} 項`;
}

/** One localized sentence for a problem with a field; `label` is the field's name in `lang`. */
export function issueMessage(issue: IssueKind, label: string, lang: Lang): string {
  switch (lang) {
    case 'zh-Hans':
      switch (issue.kind) {
        case 'required':
          return `请填写${label}。`;
        case 'type':
          return `${label}应为${issue.expected === 'text' ? '文字' : issue.expected === 'list' ? '列表' : '对象'}。`;
        case 'too-long':
          return `${label}最多 ${issue.max} 个字符。`;
        case 'too-many':
          return `${label}最多 ${issue.max} 项。`;
        case 'choice':
          return `请为${label}选择一个有效选项（${issue.options.join('、')}）。`;
        case 'control':
          return `${label}含有无法保存的控制字符，请删除后重试。`;
        case 'phone':
          return `${label}不是有效的号码，例如 138 0013 8000、010-8888 6666 或 +44 20 7946 0958。`;
        case 'email':
          return `${label}格式不正确，例如 name@example.com。`;
        case 'contact':
          return '请至少填写电话或电子邮箱中的一项，以便联系客户。';
        case 'instant':
          return `${label}应为带时区的日期时间，例如 2026-11-23T18:00+08:00。`;
        case 'unknown-field':
          return `无法识别的字段：${listKeys(issue.keys, lang)}。其他信息请放在 extra 中。`;
        case 'key':
          return `附加信息的键名“${listKeys([issue.key], lang)}”不可用，只能包含字母、数字和 _ . : -。`;
        case 'unreadable':
          return `${label}无法读取。`;
        case 'cycle':
          return `${label}包含循环引用。`;
        case 'too-deep':
          return `${label}嵌套层级过深。`;
        case 'not-record':
          return '投诉记录应为一个对象。';
        case 'outcome-detail':
          return '选择“其他”诉求时，请说明客户希望怎样处理。';
        case 'invalid':
          return `${label}无效。`;
      }
      break;
    case 'zh-Hant':
      switch (issue.kind) {
        case 'required':
          return `請填寫${label}。`;
        case 'type':
          return `${label}應為${issue.expected === 'text' ? '文字' : issue.expected === 'list' ? '清單' : '物件'}。`;
        case 'too-long':
          return `${label}最多 ${issue.max} 個字元。`;
        case 'too-many':
          return `${label}最多 ${issue.max} 項。`;
        case 'choice':
          return `請為${label}選擇一個有效選項（${issue.options.join('、')}）。`;
        case 'control':
          return `${label}含有無法儲存的控制字元，請刪除後重試。`;
        case 'phone':
          return `${label}不是有效的號碼，例如 0912 345 678、02-2345 6789 或 +852 9123 4567。`;
        case 'email':
          return `${label}格式不正確，例如 name@example.com。`;
        case 'contact':
          return '請至少填寫電話或電子郵件其中一項，以便聯絡客戶。';
        case 'instant':
          return `${label}應為含時區的日期時間，例如 2026-11-23T18:00+08:00。`;
        case 'unknown-field':
          return `無法辨識的欄位：${listKeys(issue.keys, lang)}。其他資訊請放在 extra 中。`;
        case 'key':
          return `附加資訊的鍵名「${listKeys([issue.key], lang)}」無法使用，只能包含字母、數字和 _ . : -。`;
        case 'unreadable':
          return `${label}無法讀取。`;
        case 'cycle':
          return `${label}包含循環參照。`;
        case 'too-deep':
          return `${label}巢狀層級過深。`;
        case 'not-record':
          return '投訴紀錄應為一個物件。';
        case 'outcome-detail':
          return '選擇「其他」訴求時，請說明客戶希望如何處理。';
        case 'invalid':
          return `${label}無效。`;
      }
      break;
    default:
      switch (issue.kind) {
        case 'required':
          return `${label} is required.`;
        case 'type':
          return `${label} must be ${issue.expected === 'text' ? 'text' : issue.expected === 'list' ? 'a list' : 'an object'}.`;
        case 'too-long':
          return `${label} can be at most ${issue.max} characters.`;
        case 'too-many':
          return `${label} can have at most ${issue.max} entries.`;
        case 'choice':
          return `Choose a valid ${label.toLowerCase()} (${issue.options.join(', ')}).`;
        case 'control':
          return `${label} contains control characters that can't be saved; remove them and try again.`;
        case 'phone':
          return `${label} isn't a number we can call, e.g. +1 415 555 0100, 020 7946 0958 or 138 0013 8000.`;
        case 'email':
          return `${label} isn't a valid address, e.g. name@example.com.`;
        case 'contact':
          return 'Give a phone number or an e-mail address, so we can reach the customer.';
        case 'instant':
          return `${label} must be a date and time with an offset, e.g. 2026-11-23T18:00+08:00.`;
        case 'unknown-field':
          return `Unknown field: ${listKeys(issue.keys, lang)}. Put anything else under extra.`;
        case 'key':
          return `"${listKeys([issue.key], lang)}" can't be used as a key under extra; use letters, digits and _ . : -.`;
        case 'unreadable':
          return `${label} could not be read.`;
        case 'cycle':
          return `${label} refers to itself.`;
        case 'too-deep':
          return `${label} is nested too deeply.`;
        case 'not-record':
          return 'A complaint must be an object.';
        case 'outcome-detail':
          return 'With "other", say what the customer would like us to do.';
        case 'invalid':
          return `${label} is not valid.`;
      }
  }
  return label;
}

/** The label of a dotted path, or of its nearest labelled ancestor (`readBack.text` → Read-back). */
export function fieldLabel(path: string, lang: Lang): string {
  const labels = COMPLAINT_FIELD_LABELS[lang];
  let at = path;
  for (;;) {
    const hit = (labels as Record<string, string>)[at];
    if (hit !== undefined && Object.prototype.hasOwnProperty.call(labels, at)) return hit;
    const dot = at.lastIndexOf('.');
    if (dot === -1) break;
    at = at.slice(0, dot);
  }
  if (path.startsWith('customer')) return lang === 'en' ? 'Customer' : lang === 'zh-Hans' ? '客户信息' : '客戶資料';
  if (path.startsWith('references')) return lang === 'en' ? 'References' : lang === 'zh-Hans' ? '关联编号' : '關聯編號';
  if (path.startsWith('desiredOutcome')) return labels['desiredOutcome.kind'];
  return lang === 'en' ? 'The record' : lang === 'zh-Hans' ? '记录' : '紀錄';
}
