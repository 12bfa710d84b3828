import type { ReplyRule } from './types.js';

// The rest of a clause, and an optional mark that ends a sentence. zh patterns run on
// Simplified text (Traditional is folded first); en patterns run case-insensitively.
const Z = String.raw`[^，。！？；：,!?;:\n]*`;
const ZT = String.raw`[。！？!?]?`;
const E = String.raw`[^,.;:!?\n]*`;
const ET = String.raw`[.!?]?`;
const YOU = '[你您]';
// English words that count only at the start of a clause ("Relax, …" but not "you can relax").
// The lookbehind sits after the words so the engine scans for them first.
const atClauseStart = (lead: string, words: string): string =>
  String.raw`\b(?:${lead})?(?:${words})\b(?<=(?:^|[.!?,;:\n])\s*(?:${lead})?(?:${words}))`;

const re = (source: string): RegExp => new RegExp(source);

/**
 * The built-in catalogue: the project's own wording, guided by the seeds' "say this
 * instead" examples (domain.md §4). Each rule is data; hosts add their own in the
 * same shape (see `ReplyRule`).
 */
export const BUILTIN_REPLY_RULES: readonly ReplyRule[] = [
  // ── command ──────────────────────────────────────────────────────────────
  {
    id: 'zh.command.must',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!不)${YOU}(?:也|都|还|就)?(?:必须|一定要(?!注意|保重|小心|放心|保管好?)|得(?=先|把|马上|立刻|自己|赶紧|去|重新|提供|再|按|给我))(?<rest>${Z})${ZT}`),
    suggestions: {
      hans: ['请您{rest}，您看可以吗？', '麻烦您{rest}，这样我能更快帮您处理。'],
      hant: ['請您{rest}，您看可以嗎？', '麻煩您{rest}，這樣我能更快幫您處理。'],
    },
  },
  {
    id: 'zh.command.should',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:也|就|还|本来)?应该(?!已经|会|能|可以|是|收到|没|不|有|也|很|都)(?<rest>${Z})${ZT}`),
    suggestions: {
      hans: ['建议您{rest}，您看可以吗？', '我们最好{rest}。'],
      hant: ['建議您{rest}，您看可以嗎？', '我們最好{rest}。'],
    },
  },
  {
    id: 'zh.command.wait',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}?就?在这(?:儿|里)?等着|你等着吧?(?=[，。！!\n]|$))`),
    suggestions: { hans: ['您可否稍等一下', '麻烦您稍等片刻'],
      hant: ['您可否稍等一下', '麻煩您稍等片刻'] },
  },
  {
    id: 'zh.command.listen',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:先|就)?|先)听我(?:说完|说|讲完|讲)(?!明)`),
    suggestions: { hans: ['我可以跟您说明一下情况吗', '我补充一点可以吗'],
      hant: ['我可以跟您說明一下情況嗎', '我補充一點可以嗎'] },
  },
  {
    id: 'en.command.must',
    category: 'command',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:if|all|when|whenever|what|whether|unless|do|so|in case) )\byou(?: really| simply| just| still| first| will|'ll)? (?:must(?! have\b| be (?:joking|kidding))|have to|need to|have got to|'ve got to)\b(?<rest>${E})${ET}`),
    suggestions: { en: ['Could you please {rest}?', 'It would help if you could {rest}.'] },
  },
  {
    id: 'en.command.should',
    category: 'command',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:if|all|when|what|whether|unless|do) )\byou (?:should|ought to)(?! (?:have|receive|get|see|be able|now|already|hear|be getting|find|notice|be all set|be fine|be good))\b(?<rest>${E})${ET}`),
    suggestions: { en: ['It may be best to {rest}.', 'Would you be able to {rest}?'] },
  },
  {
    id: 'en.command.wait',
    category: 'command',
    lang: 'en',
    match: re(atClauseStart('just ', '(?:wait|stay|hold on) (?:here|there|on the line)')),
    suggestions: { en: ['Would you mind holding for a moment', 'Could I ask you to hold for a moment'] },
  },
  {
    id: 'en.command.listen',
    category: 'command',
    lang: 'en',
    match: re(String.raw`\b(?:just )?listen to me\b`),
    suggestions: { en: ['May I explain what happened', 'Let me explain'] },
  },

  // ── blame ────────────────────────────────────────────────────────────────
  {
    id: 'zh.blame.wrong',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:肯定|一定|应该|就)?是)?${YOU}(?:自己|肯定|一定|完全|根本|应该)?(?:搞|弄|记|看|填|输入?|写|理解|听|算|选|买|操作|下单|读)错了?|${YOU}(?:完全|根本)?错了|${YOU}(?:自己)?误会了`),
    suggestions: { hans: ['我觉得这里可能有些误会，我们一起核对一下好吗？', '可能是我没说清楚，我再跟您确认一下。'],
      hant: ['我覺得這裡可能有些誤會，我們一起核對一下好嗎？', '可能是我沒說清楚，我再跟您確認一下。'] },
  },
  {
    id: 'zh.blame.fault',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:都|就|这|这就)?是|都怪|怪)${YOU}(?:自己)?的?(?:错|问题|责任|原因|疏忽)|${YOU}自己的(?:问题|责任|错)`),
    suggestions: { hans: ['我们一起看看问题出在哪里，我来帮您处理。', '我先帮您查清楚原因。'],
      hant: ['我們一起看看問題出在哪裡，我來幫您處理。', '我先幫您查清楚原因。'] },
  },
  {
    id: 'zh.blame.didnt',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:肯定|一定|就)?是)?${YOU}(?:自己)?(?:没有?|未)(?:填对|填好|填完整|看清楚?|看仔细|仔细看|认真看|按照|按时|按要求|注意|阅读|读)${Z}`),
    suggestions: { hans: ['这里还有一点需要您补充一下，我来帮您一起看。', '可能是我们的说明不够清楚，我来帮您确认一下。'],
      hant: ['這裡還有一點需要您補充一下，我來幫您一起看。', '可能是我們的說明不夠清楚，我來幫您確認一下。'] },
  },
  {
    id: 'zh.blame.operation',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:肯定|一定|应该|就)?是)?${YOU}(?:的)?(?:操作|使用方法|用法)(?:有误|错误|不当|有问题|不对)`),
    suggestions: { hans: ['我们一起检查一下操作步骤，看看是哪里出了问题。', '我来帮您确认一下操作过程。'],
      hant: ['我們一起檢查一下操作步驟，看看是哪裡出了問題。', '我來幫您確認一下操作過程。'] },
  },
  {
    id: 'zh.blame.dead-wrong',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:这样|这么)?(?:认为|想|理解|说)?就?)?大错特错了?`),
    suggestions: { hans: ['听起来您的意思是……，我理解得对吗？', '我对您的话是这样理解的……'],
      hant: ['聽起來您的意思是……，我理解得對嗎？', '我對您的話是這樣理解的……'] },
  },
  {
    id: 'zh.blame.confused-me',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}把我(?:搞|弄|说)糊涂了`),
    suggestions: { hans: ['我有点没理解清楚', '我可能没听明白'],
      hant: ['我有點沒理解清楚', '我可能沒聽明白'] },
  },
  {
    id: 'zh.blame.name',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:的)?名字叫什么`),
    suggestions: { hans: ['请问我可以知道您的名字吗'],
      hant: ['請問我可以知道您的名字嗎'] },
  },
  {
    id: 'en.blame.wrong',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\byou(?: must have| probably| clearly| obviously| just)? (?:entered|typed|chose|selected|picked|put|gave|filled|used|ordered|clicked|sent|provided|read|spelled|got|did|copied|wrote|dialed|dialled)\b[^,.;:!?\n]{0,30}?\bwrong(?:ly)?\b(?: ${E})?`),
    suggestions: { en: ['I think something may have got mixed up here; let’s check it together', 'It looks like there may be a mix-up; let me check it with you'] },
  },
  {
    id: 'en.blame.you-are-wrong',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\byou(?:'re| are) (?:wrong|mistaken|incorrect)\b|\byou(?: must)? (?:have )?(?:made|'ve made) (?:a |an )?(?:mistake|error)s?\b|\byou (?:misunderstood|misread|misheard|got (?:it|that|this) wrong|confused me)\b`),
    suggestions: { en: ['I think there may be a misunderstanding', 'Maybe I didn’t explain it clearly'] },
  },
  {
    id: 'en.blame.didnt',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\byou (?:didn't|did not|failed to|forgot to|never) (?:read|check|follow|look at|fill|enter|update|save|keep|pay|confirm|select|tick|attach|register)\b(?<rest>${E})`),
    suggestions: { en: ['It looks like one step may have been missed; let me walk you through it', 'That part may not have been clear; let me help with it'] },
  },
  {
    id: 'en.blame.fault',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\b(?:(?:that|it|this)(?:'s| is|'s all| is all) )?(?:your(?: own)? (?:fault|mistake)|on you)\b|\byou should have (?!received|got|gotten|been|had)\w+${E}`),
    suggestions: { en: ['Let’s look at what went wrong together', 'Let me help put this right'] },
  },

  // ── negative ─────────────────────────────────────────────────────────────
  {
    id: 'zh.negative.unless',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`我们?(?:这边)?(?:不能|没法|无法)(?<what>${Z})[，,]\s*除非(?<condition>${Z})`),
    suggestions: { hans: ['如果{condition}，我就能{what}'],
      hant: ['如果{condition}，我就能{what}'] },
  },
  {
    id: 'zh.negative.cannot',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`我们?(?:这边|也|真的|实在|确实|现在|暂时)?(?:不能|无法|没法|没办法|没有办法|做不到|帮不了|办不到)(?!保证|承诺|确定|确认|肯定|想象|让您|让你)(?:(?:帮|给|为|替)${YOU})?(?<what>${Z})`),
    suggestions: { hans: ['关于{what:bare}，我可以换个方式帮您：……，您看可以吗？', '我来帮您看看还有哪些办法。'],
      hant: ['關於{what:bare}，我可以換個方式幫您：……，您看可以嗎？', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'zh.negative.no-way',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?<![有想找])(?:没法|没办法|没有办法)(?:处理|解决|通融|办|弄|沟通)?|没得商量|没有商量的余地|没有解决(?:方案|办法)`),
    suggestions: { hans: ['我来帮您想想办法', '这确实有点麻烦，不过我会尽力帮您'],
      hant: ['我來幫您想想辦法', '這確實有點麻煩，不過我會盡力幫您'] },
  },
  {
    id: 'zh.negative.not-mine',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:这|那|这个|那个)?(?:(?:不是|不归|不关)我们?(?:的事|管|负责的?|的责任|部门的事|这边的事|的工作)|不是我们?(?:部门|这边)(?:负责|管)的?)`),
    suggestions: { hans: ['这件事有专人负责，我帮您转过去，您看可以吗？', '让我想想能为您做些什么'],
      hant: ['這件事有專人負責，我幫您轉接過去，您看可以嗎？', '讓我想想能為您做些什麼'] },
  },
  {
    id: 'zh.negative.unable',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`我们?(?:这边|也|真的|实在)?(?:处理|管|解决|办)不了|(?:这个|这件事)(?:挺|很|太)难办(?:的|了)?`),
    suggestions: { hans: ['这确实有点麻烦，不过我会尽力帮您', '我请示一下主管，在……之前答复您'],
      hant: ['這確實有點麻煩，不過我會盡力幫您', '我請示一下主管，在……之前答覆您'] },
  },
  {
    id: 'en.negative.cannot',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:I|we)(?: really| just| simply| unfortunately)? (?:can't|cannot|can not|am unable to|'m unable to|are unable to|'re unable to|won't be able to|am not able to|'m not able to|are not able to)\b(?! (?:wait|thank|imagine|stress|tell you how|express|say enough|promise|guarantee|see|find|locate|hear|confirm|access|recall|believe|apologi[sz]e enough))(?<rest>${E})`),
    suggestions: { en: ['Here’s what I can do instead: …', 'Let me find another way to help with this'] },
  },
  {
    id: 'en.negative.nothing',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:there(?:'s| is) )?nothing (?:(?:more|else) )?(?:I|we) can do(?: about (?:it|this|that))?\b|\b(?:I|we) (?:can't|cannot) do anything(?: about (?:it|this|that))?\b`),
    suggestions: { en: ['Let me find out what we can do for you', 'Here’s what I can do: …'] },
  },
  {
    id: 'en.negative.not-mine',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:(?:that|this|it)(?:'s not| is not|isn't) (?:really )?|not )(?:my|our)(?: own)? (?:job|problem|department|area|team|concern)\b`),
    suggestions: { en: ['Another team handles this, and I’ll transfer you to them now, if that’s all right', 'Let me see what I can do, or connect you with the right team'] },
  },
  {
    id: 'en.negative.impossible',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:that's|that is|it's|it is|this is) (?:simply |just )?(?:impossible|not possible)\b`),
    suggestions: { en: ['Let me check what options we have', 'Here’s what we can do instead: …'] },
  },

  // ── dismissive ───────────────────────────────────────────────────────────
  {
    id: 'zh.dismissive.calm',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:请)?(?:${YOU}(?:先|要|能不能)?)?冷静(?:一下|一点|点|下来)?(?![的地])`),
    suggestions: { hans: ['我明白这件事让您很着急，我们一起来解决', '您的心情我能理解，我马上帮您处理'],
      hant: ['我明白這件事讓您很著急，我們一起來解決', '您的心情我能理解，我馬上幫您處理'] },
  },
  {
    id: 'zh.dismissive.excited',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:太|别|不要|别这么|不要这么|这么|不用这么)|别|不要|不用)激动了?|${YOU}?(?:反应过度|太敏感|小题大做)了?|(?:别|不要)小题大做`),
    suggestions: { hans: ['我能理解您的心情', '换作是我也会着急'],
      hant: ['我能理解您的心情', '換作是我也會著急'] },
  },
  {
    id: 'zh.dismissive.know-feeling',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`我(?:完全|很|都)?知道${YOU}的感受`),
    suggestions: { hans: ['我能理解您为什么会有这种感受'],
      hant: ['我能理解您為什麼會有這種感受'] },
  },
  {
    id: 'zh.dismissive.small',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:这|那)(?:只是|就是|不过是|是|只)(?:一个|个|一件)?(?:小问题|小事)|(?:这|那)?(?:不是|没)什么大(?:事|不了的?)|没什么大不了|有什么好(?:生气|着急|激动|急)的|至于(?:吗|这么)|${YOU}想(?:太)?多了|想太多了`),
    suggestions: { hans: ['我明白这件事给您添了麻烦，我马上帮您处理', '这件事对您很重要，我会认真跟进'],
      hant: ['我明白這件事給您添了麻煩，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    id: 'en.dismissive.calm',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:please )?(?:calm down|settle down|chill out|cool down)\b|${atClauseStart('please |just |now ', 'relax|take it easy')}`),
    suggestions: { en: ['I can hear how frustrating this is, and I’m here to sort it out', 'I understand this is upsetting; let’s fix it together'] },
  },
  {
    id: 'en.dismissive.overreacting',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\byou(?:'re| are) (?:overreacting|being (?:emotional|unreasonable|dramatic|hysterical|too sensitive|difficult)|too (?:emotional|sensitive|worked up))\b|\b(?:there's|there is) no (?:need|reason) to (?:get |be )?(?:so )?(?:upset|angry|mad|worked up|shout|yell)\b|\bdon't get (?:so )?(?:upset|worked up|angry)\b`),
    suggestions: { en: ['I understand why this is upsetting', 'Anyone would be frustrated by this'] },
  },
  {
    id: 'en.dismissive.know-feeling',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\bI know (?:exactly )?how you feel\b`),
    suggestions: { en: ['I can understand why you’d feel that way'] },
  },
  {
    id: 'en.dismissive.small',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:(?:it's|it is|that's|that is|this is|this isn't|it isn't) )?(?:not (?:such |really )?a big deal|no big deal)\b`),
    suggestions: { en: ['I understand this matters to you', 'I can see why this is frustrating'] },
  },

  // ── policy ───────────────────────────────────────────────────────────────
  {
    id: 'zh.policy.rule',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:这|那)(?:是|就是)(?:我们)?(?:公司)?的?(?:规定|政策|制度)|(?:公司|我们)?的?(?:规定|政策|制度)就是(?:这样|规定|如此|政策)的?|没有例外|不能破例`),
    suggestions: { hans: ['这件事目前确实有规定限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有規定限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'zh.policy.forbids',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:按|按照|根据|依照|依)?(?:公司|我们)?的?(?:规定|政策|制度)(?:上)?(?:是)?(?:不能|不允许|不让|不可以|不支持|不予)${Z}`),
    suggestions: { hans: ['这件事目前确实办理不了，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實辦理不了，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'en.policy.rule',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\b(?:it's|it is|that's|that is|this is)(?: just| simply)? (?:our|the|company|the company's)(?: company)? (?:policy|rules?|procedure)\b|\b(?:against|violates?)(?: our| the| company)?(?: company)? (?:policy|policies|rules)\b|\b(?:rules are rules|policy is policy|those are the rules)\b|\b(?:our|the|company) policy (?:doesn't|does not|won't|will not) (?:allow|let|permit)\b|\bI'm (?:just )?following (?:the )?(?:policy|rules|procedure)\b`),
    suggestions: { en: ['That isn’t possible this time, but here’s what I can do instead: …', 'That option isn’t available, but I can offer you another: …'] },
  },

  // ── defensive ────────────────────────────────────────────────────────────
  {
    id: 'zh.defensive.never',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`从来(?:都)?(?:没有?|不会?)(?:出现|出|发生|有)过?(?:这种|这样的?|这类|类似的?|任何)?(?:情况|问题|事情?|错|差错|故障)|从来不会出错`),
    suggestions: { hans: ['这种情况确实不常见，我马上帮您查清楚原因', '谢谢您告诉我们，我这就帮您核实'],
      hant: ['這種情況確實不常見，我馬上幫您查清楚原因', '謝謝您告訴我們，我這就幫您確認'] },
  },
  {
    id: 'zh.defensive.nobody',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:以前|之前|过去)?从来(?:都)?没有?(?:人|客户|客人|顾客|用户)(?:抱怨|投诉|反映|反馈|说)过?|(?:其他|别的|其它)的?(?:客户|客人|顾客|用户|人)都(?:没有?|不)(?:意见|问题|事|这种|这个|这样|投诉|抱怨)${Z}`),
    suggestions: { hans: ['谢谢您反馈这个问题，我马上帮您核实', '您遇到的情况我们很重视，我这就帮您查'],
      hant: ['謝謝您反映這個問題，我馬上幫您確認', '您遇到的情況我們很重視，我這就幫您查'] },
  },
  {
    id: 'zh.defensive.always',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`我们?(?:一直|向来|历来)(?:都)?是?(?:这样|这么)(?:做|处理|操作|规定|办)的?`),
    suggestions: { hans: ['我理解这个流程给您带来了不便，我看看能不能换个方式处理', '谢谢您的意见，我会反馈给相关部门'],
      hant: ['我理解這個流程給您帶來了不便，我看看能不能換個方式處理', '謝謝您的意見，我會轉達給相關部門'] },
  },
  {
    id: 'zh.defensive.impossible',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:这种|这类|这样的)(?:事情?|情况|问题)(?:一般|通常|基本上?|根本|从来)?(?:不会|不可能)(?:发生|出现)|不可能(?:出错|有错|错|有(?:质量|这种|这样的|这个|任何)?问题)|系统不会(?:出)?错`),
    suggestions: { hans: ['这种情况确实不常见，我马上帮您查清楚原因', '我先帮您核实一下具体情况'],
      hant: ['這種情況確實不常見，我馬上幫您查清楚原因', '我先幫您確認一下具體情況'] },
  },
  {
    id: 'zh.defensive.not-ours',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:这|那)?不是我们的(?:问题|错|责任)|跟我们(?:没有?)?关系|与我们无关`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    id: 'en.defensive.never',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:that|this|it)(?: (?:almost|basically|just))? never (?:happens|occurs)\b|\b(?:that|this|it) (?:has never|'s never|had never) happened(?: before)?\b|\b(?:that|this|it) (?:doesn't|does not|can't|cannot) happen\b`),
    suggestions: { en: ['That’s not what should happen, so let me find out what went wrong', 'Thank you for telling us; I’ll look into it right away'] },
  },
  {
    id: 'en.defensive.nobody',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:nobody|no one|no other customers?)(?: else)? (?:has|have|had)(?: ever)? (?:complained|had (?:this|that|a|any) (?:problem|issue)s?|reported (?:this|that|it))\b|\bwe(?:'ve| have) never had (?:a |any )?(?:complaints?|problems?|issues?)\b`),
    suggestions: { en: ['Thank you for letting us know; I’ll look into it', 'I’m glad you told us; let me check what happened'] },
  },
  {
    id: 'en.defensive.always',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\bwe(?:'ve| have)? always done it (?:this|that) way\b|\b(?:that's|that is) (?:just )?how we do (?:it|things)\b|\b(?:that's|that is|it's|it is) (?:just )?(?:how|the way) it (?:is|works)\b`),
    suggestions: { en: ['I understand the process has been frustrating; let me see what I can change', 'Thanks for the feedback; I’ll pass it on and see what I can do now'] },
  },
  {
    id: 'en.defensive.not-ours',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:it|that|this)(?:'s not| is not|isn't) (?:our|my|the company's)(?: own)? (?:fault|problem|mistake|responsibility)\b|\bour (?:system|software|app|records?) (?:doesn't|does not|never|can't|cannot) (?:make|makes|lie|be wrong)\b(?: mistakes| errors)?`),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },

  // ── provocative ──────────────────────────────────────────────────────────
  {
    id: 'zh.provocative.problem',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?<!还|请问|其他|别的)${YOU}(?:到底|究竟)?有什么问题(?:吗)?(?=[？?！!]|$)`),
    suggestions: { hans: ['请告诉我发生了什么', '能跟我说说具体情况吗'],
      hant: ['請告訴我發生了什麼', '能跟我說說具體情況嗎'] },
  },
  {
    id: 'zh.provocative.just-want',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`${YOU}不就是(?:要|想要?)(?<want>${Z}?)吗`),
    suggestions: { hans: ['我明白您希望{want}，我们一起看看怎么处理最合适', '您希望我们怎么处理？我尽力为您争取'],
      hant: ['我明白您希望{want}，我們一起看看怎麼處理最合適', '您希望我們怎麼處理？我盡力為您爭取'] },
  },
  {
    id: 'zh.provocative.satisfied',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:到底|究竟)?要怎(?:样|么样|么做)${YOU}才(?:满意|肯罢休|甘心)|${YOU}(?:到底|究竟)想(?:要)?怎(?:么样|样|么办)`),
    suggestions: { hans: ['您希望我们怎么处理？我会尽力为您争取', '您看怎样解决对您最合适？'],
      hant: ['您希望我們怎麼處理？我會盡力為您爭取', '您看怎樣解決對您最合適？'] },
  },
  {
    id: 'zh.provocative.understand',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:到底|还)?(?:听不懂|听不明白|看不懂)(?:吗|人话|中文)?|${YOU}(?:到底)?听(?:懂|明白)了?没有?`),
    suggestions: { hans: ['可能是我没说清楚，我换个方式再解释一下', '我再说明一下，有不清楚的地方您随时问我'],
      hant: ['可能是我沒說清楚，我換個方式再解釋一下', '我再說明一下，有不清楚的地方您隨時問我'] },
  },
  {
    id: 'zh.provocative.repeat',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`我(?:都|已经)?(?:说|讲|解释|告诉${YOU})(?:了|过)(?:多少|好几|很多|无数|几|N|n|\d+)[遍次](?:了)?`),
    suggestions: { hans: ['我换个方式再解释一下，可能我刚才没说清楚', '我再帮您梳理一下'],
      hant: ['我換個方式再解釋一下，可能我剛才沒說清楚', '我再幫您梳理一下'] },
  },
  {
    id: 'zh.provocative.order',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`${YOU}?给我(?:听好|听着|记住|闭嘴)了?|爱(?:买|要|用)不(?:买|要|用)|${YOU}的话没有(?:任何)?意义|${YOU}(?:这样|这么做)(?:是)?疯了`),
    suggestions: { hans: ['请您听我说明一下', '也许我理解错了，您能再说一下吗'],
      hant: ['請您聽我說明一下', '也許我理解錯了，您能再說一下嗎'] },
  },
  {
    id: 'en.provocative.problem',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\bwhat(?:'s| is) your (?:problem|issue)\b|\bwhat (?:else|more) do you want(?: from (?:me|us))?\b|\bwhat do you want from (?:me|us)\b`),
    suggestions: { en: ['Please tell me what happened', 'What would help you most right now'] },
  },
  {
    id: 'en.provocative.listening',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:are|were) you (?:even )?listening\b|\bdo you (?:even )?understand(?: me)?(?=\s*\?)|\bis that clear(?=\s*\?)`),
    suggestions: { en: ['Let me make sure I’ve explained this clearly', 'Let me put it another way'] },
  },
  {
    id: 'en.provocative.repeat',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:as|like) I (?:already |just )?(?:said|told you|explained)(?: before| earlier| already| twice)?\b|\bI(?:'ve| have)? already (?:told you|explained (?:this|that|it)(?: to you)?|said (?:this|that|it))(?: (?:twice|\w+ times|many times|before))?\b|\bI(?:'ve| have) (?:told you|explained (?:this|it|that) to you) (?:twice|\w+ times|(?:so )?many times|before|already)\b`),
    suggestions: { en: ['To recap', 'Let me explain it another way'] },
  },
  {
    id: 'en.provocative.dismiss',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`${atClauseStart('just |please |go ', 'read the (?:manual|faq|instructions|website|terms)')}|\btake it or leave it\b|\bif you don't like it\b`),
    suggestions: { en: ['Let me walk you through it', 'I’ll point you to the exact step'] },
  },

  // ── wait-apology ─────────────────────────────────────────────────────────
  {
    id: 'zh.wait-apology',
    category: 'wait-apology',
    lang: 'zh',
    match: re(String.raw`(?:(?:真|很|非常|实在|十分)?(?:抱歉|不好意思|对不起)[，,]?\s*)?(?<![不没])让${YOU}(?:久等|等了?(?:这么|那么|很|太)久|等待)了?|(?:(?:真|很|非常|实在)?(?:抱歉|不好意思|对不起)[，,]?\s*)久等了?`),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您的耐心'],
      hant: ['感謝您的耐心等候', '謝謝您的耐心'] },
  },
  {
    id: 'en.wait-apology',
    category: 'wait-apology',
    lang: 'en',
    match: re(String.raw`\b(?:(?:I'm|I am|we're|we are|I|we) )?(?:(?:so|very|really|terribly|truly) )?(?:my )?(?:sorry|apologies|apologi[sz]e)(?: for| about)?(?: (?:the|your|such a|this|that|all the))?(?: (?:long|lengthy|extended))? (?:wait|hold|delay in (?:getting back|responding|replying)(?: to you)?)\b|\b(?:(?:I'm|I am|we're|we are|I|we) )?(?:(?:so|very|really|terribly) )?(?:sorry|apologies|apologi[sz]e)(?: for| about)? (?:keeping you waiting|to keep you waiting|to have kept you waiting|(?:that )?you had to wait)\b`),
    suggestions: { en: ['Thank you for your patience', 'Thanks for waiting'] },
  },

  // ── overpromise ──────────────────────────────────────────────────────────
  {
    id: 'zh.overpromise.promise',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`我们?(?:可以|能)?(?:(?:向|跟|和)${YOU})?保证(?!会?尽)(?<rest>${Z})`),
    suggestions: { hans: ['我会全力跟进，争取{rest}，有进展第一时间告诉您', '我会尽最大努力，有任何进展马上告诉您'],
      hant: ['我會全力跟進，爭取{rest}，有進展第一時間告訴您', '我會盡最大努力，有任何進展馬上告訴您'] },
  },
  {
    id: 'zh.overpromise.absolute',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?:百分之百|百分百|100%|１００％)(?:没问题|可以|能|会|保证)?|绝对(?!不是)${Z}|(?:永远|再也)不会(?:再)?(?:发生|出现|有)${Z}`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '我们会认真改进，尽量避免再出现这种情况'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '我們會認真改進，儘量避免再出現這種情況'] },
  },
  {
    id: 'zh.overpromise.deadline',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?:今天|明天|今晚|明早|马上|立刻|\d+(?:分钟|小时|天)内)(?:之内|早上|上午|下午|晚上)?(?:就)?(?:一定|肯定)(?:能|会|可以)?(?:帮${YOU}|给${YOU})?(?:到|送到|修好|解决|到账|退|完成|成功|处理好|搞定|办好)`),
    suggestions: { hans: ['我会全力跟进，争取尽快处理好，有进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'],
      hant: ['我會全力跟進，爭取儘快處理好，有進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  {
    id: 'en.overpromise.promise',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`(?<!(?:can't|cannot|can not|won't|don't|not|never) )\b(?:I|we)(?: can)? (?:promise|guarantee)(?: you)?\b(?! (?:to (?:do|try) )?(?:my|our) best)(?<rest>${E})${ET}`),
    suggestions: { en: ['I’ll do everything I can to make sure {rest}.', 'I’ll follow this closely and keep you updated.'] },
  },
  {
    id: 'en.overpromise.absolute',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`(?<![\d.])\b100 ?%(?: (?:guaranteed|sure|certain))?|\bguaranteed\b|\b(?:this|that|it) (?:will never|won't ever|will not ever|won't|will not) happen again\b`),
    suggestions: { en: ['I’ll do everything I can', 'We’re taking steps so this doesn’t happen again'] },
  },
  {
    id: 'en.overpromise.definitely',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\bwill (?:definitely|certainly|absolutely|surely) (?!(?:call|email|update|let|check|look|pass|follow|keep|get back|contact|be in touch|try|do)\b)(?<be>be )?(?<verb>\w+)`),
    suggestions: { en: ['should {be} {verb}', 'is expected to {be} {verb}'] },
  },
];
