import type { ReplyRule } from './types.js';

// The rest of a clause, and an optional mark that ends a sentence. zh patterns run on
// Simplified text (Traditional is folded first); en patterns run case-insensitively.
const Z = String.raw`[^，。！？；：,!?;:\n]*`;
const ZT = String.raw`[。！？!?]?`;
const E = String.raw`[^,.;:!?\n]*`;
const ET = String.raw`[.!?]?`;
const YOU = '(?:[你您]|閣下)';
// You / we, with the plural (们 folded from 們; Cantonese 哋).
const YOUS = '(?:(?:[你您]|閣下)(?:们|哋)?)';
const WE = '(?:我(?:们|哋))';
// Clause start, for bare phrases ("不行，…", "Cannot lah").
// The words come first and the look back after them, so the engine scans for the words.
const zhAtClauseStart = (words: string): string => String.raw`(?:${words})(?<=(?:^|[，。！？；,!?;\n])\s*(?:${words}))`;
const enAtClauseStart = (words: string): string => String.raw`\b(?:${words})(?<=(?:^|[.!?,;:\n])\s*(?:${words}))`;
// Said in a conditional or a question, a phrase is not the agent's own claim.
// Placed after a rule's keyword (a lookbehind at the start of a pattern would run at every position).
const ZIF = String.raw`(?<!(?:如果|若是?|要是|万一|假如|假设|怕|担心|以免|避免|是否|会不会|能不能|可不可以)[^，。！？\n]{0,14})`;
// An alternative after a limitation ("…，不过我可以…", "…, but I can …"): the limitation is then
// fine. A bounded look ahead from the end of a match, so scanning stays linear.
const ZH_ALT = String.raw`(?:不过|但是?|但系|可是|只是|然而|另外|或者|或是|改为|改成|换成|建议|可以(?:帮|为|给|替|改|换|先|申请|安排|提供|免费|办理|转)|我(?:们|哋)?(?:也|亦|都)?(?:可以|能|会|帮|先|马上|即刻|而家|这就|现在就)|帮${YOU}|方便的话|${YOU}(?:也|还)?可以(?:通过|透过|在|到|去|改用|改为|换|申请|使用|用|选择|拨打|打|联系|先))`;
const noZhAlt = String.raw`(?![^，。！？；,!?;\n]{0,30}?(?:不过|但|可是|只是|然而|或者|或是|改为|改成|换成)|[^，。！？；,!?;\n]{0,30}[，。！？；,!?;][^\n]{0,80}?${ZH_ALT})`;
const EN_ALT = String.raw`(?:\b(?:but|however|instead|alternatively|although|though|what (?:I|we) can do)\b|\b(?:I|we)(?:'ve| have) (?:asked|escalated|passed|forwarded|raised|referred|flagged|contacted|requested|transferred)\b|\b(?:my|our|a) (?:manager|supervisor|team leader|specialist team)\b|\bif (?:you|your \w+) (?:can|could)\b[^.!?\n]{0,80}?\b(?:I|we) can\b|\b(?:I|we) (?:can|could|'d be happy to|would be happy to|will|'ll) (?:offer|arrange|send|give|issue|set up|book|transfer|connect|escalate|cancel|refund|replace|add|help|provide|waive|credit|switch|change|extend)\b)`;
const noEnAlt = String.raw`(?![^\n]{0,100}?${EN_ALT})`;
// Services an agent refuses ("不能退款", "唔可以退", "無法處理").
const ZH_SERVICE = '调整|调|变更|修改|更改|退|换|改|办|处理|取消|补|赔|理赔|修|受理|提供|负责|承担|延期|延长|通融|安排|加急|撤销|撤回|兑|开通|恢复|寄|上门|破例|更换|报销|减免|免除|豁免|返还|重发|转让|帮|给[你您]|为[你您]|接受|批';
// Apologies that open a wait-apology ("不好意思，", "唔好意思", "Sorry ").
const APOL_ZH = String.raw`(?:(?:真|很|非常|实在|十分|真系|好|万分)?(?:抱歉|不好意思|对不起|唔好意思|对唔住|[Ss]orry)[啊呀喔哈哦噢啦]*[，,]?\s*)`;
const APOL_EN = String.raw`(?:(?:I'm|I am|we're|we are|I|we) )?(?:(?:so|very|really|terribly|truly|deeply) )?(?:my )?(?:sorry|apologies|apologi[sz]e)`;
// English words that count only at the start of a clause ("Relax, …" but not "you can relax").
// The lookbehind sits after the words so the engine scans for them first.
const atClauseStart = (lead: string, words: string): string =>
  String.raw`\b(?:${lead})?(?:${words})\b(?<=(?:^|[.!?,;:\n])\s*(?:${lead})?(?:${words}))`;

const re = (source: string): RegExp => new RegExp(source);
// "…去营业厅问问吧": sending the customer elsewhere to ask (the end of a "go and ask yourself" clause).
// Not right after a disowning clause (这不是我的事，…; 不归我们管，…), which carries the finding itself.
const NOT_AFTER_DISOWN = String.raw`(?<!(?:不是我|唔系我|不归|唔归|不关|唔关|不是我们|唔系我哋)[^。！？\n]{0,40})`;
const GO_ASK_TAIL = String.raw`(?:去|打去|打电话去|打电话给|打给|联系|找|到|上)[^，。！？\n]{0,14}?(?:问问|问一下|问下|问|咨询|查询|了解)(?:一下|下)?(?:吧|啦|囉|喔|哦|啊|呀|喇|啰)?(?=[，。！？,!?\n]|$)`;

// ── Round 6 (variety corpora): alternatives appended to existing rules, one family per line ──
// An apology word in the same sentence (for a wait named without one).
const APOL_WORD = '(?:歉|对不起|对唔住|不好意思|唔好意思|原谅|遗憾|失礼|失敬|唔啱|[Ss]orry)';
const WITH_APOL = String.raw`(?=[^。！？\n]{0,16}?${APOL_WORD})`;
const R6_ZH_WAIT = [
  // 让您排队这么久 / 要你拎住电话等咁耐 / 让您苦等了 / 系统当机让您多等了 / 累你等成个钟 / 讓您等到不耐煩
  String.raw`(?:让|要|累|令|害)(?<!(?:不会|不想|不愿|不要|不能|避免|以免|尽量不|[不没冇唔再只])[让要令害])${YOU}[^，。！？\n]{0,10}?(?:苦等|白等|多等|干等|等(?:了|咗|到|候|待)?[^，。！？\n]{0,6}?(?:久|耐|半天|不耐烦|个多|成个钟|多时)|排(?:队|了|咗)?[^，。！？\n]{0,6}?(?:久|耐)|(?:拿着|拎住|揸住)(?:话筒|电话)|(?:坐|站)(?:了|咗)?[^，。！？\n]{0,6}?(?:久|耐))(?:了|咗)?`,
  // (请原谅 / 很遗憾) 您等了这么久
  String.raw`(?:遗憾|原谅|抱歉|不好意思|唔好意思|对不起)[^。！？\n]{0,4}?${YOU}(?:等候|等待|等)(?:了|咗)(?:那么|这么|咁|好)(?:久|耐)`,
  // a wait named, then the apology: 对于您长时间等候，… 致歉 / 等候时间长咗 / 等咗陣添 / 处理得比较久 / 覆得慢 / 而家先覆你 / 要你等，对唔住
  String.raw`(?:(?:长时间|长久)(?:的)?(?:等候|等待)|等(?:候|待)时间(?:长|久)(?:了|咗)?|等(?:咗|了)(?:阵|一阵|好一阵|咁耐|这么久)(?:添)?|处理得(?:比较|有点|有些|太)?(?:久|耐|慢)(?:咗|了)?|(?:覆|回复|回覆|回)得(?:比较|有点|太)?(?:慢|迟|晚)(?:咗|了)?|(?:现在|而家|宜家)(?:才|先)(?:轮到|到|覆|回复|回覆)${YOU}|(?:要|让)${YOU}等|来晚了)${WITH_APOL}`,
  // 给您的等待带来不便 / 造成您等待上的不便 / 迟复为歉
  String.raw`(?:给|造成)${YOU}?(?:的)?等(?:待|候)(?:上)?(?:的|带来|造成)(?:的)?(?:不便|困扰)|迟复为歉`,
].join('|');
const R6_ZH_BLAME = [
  // 是你开了热点 / 是您把贴纸撕掉了 / 是你先挂断了电话 / 是您连续三期没缴
  String.raw`(?:是|系)(?<![不唔](?:是|系))${YOU}(?:先|把[^，。！？\n]{1,8}?(?:删|撕|塞|丢|关|拆|扔|弄|搞|放|摆|改|设|挂|退|取消|填|写|拨|按|点)|(?:开|关|删|拆|撕|挂断|改|装|插|拔|塞|设)(?:了|咗|着|住)|(?:一直|连续[^，。！？\n]{0,4}?|之前|当时|当初|上个月|上次)?(?:没|冇|未|漏|忘)(?!有?收到|接到))[^，。！？\n]{0,10}`,
  // the customer + a skipped duty (您首期保费没按时交 / 您根本没绑定 / 你冇跟指示 / 您上个月漏转账 / 你填表漏咗一栏)
  String.raw`${YOU}(?:这边|那边)?(?:(?!反映|反馈|提到|说|讲|问|话|以为|觉得|担心|怀疑|的是)[^，。！？\n你您我如若]){0,8}?(?:也|都|根本|一直|又|从来)?(?:没有?|冇|未|忘(?:了|咗|记)?|漏(?:咗|了)?)(?:按时|准时|及时|据实|如实|备注|綁定|告知|交|缴|付|转账|跟|拣|选|勾|保管|关|提交|上传|附|带|签|核对|检查|阅读|留意|注意|更新|激活|登记|预约|申报|设置|通知|确认|还款|备份|充电|一栏|一项|一页|填)${ZIF}(?![^，。！？\n]{0,4}(?:错|的话|吗|么|呢|[？?]))[^，。！？\n]{0,8}`,
  // 这得怪你没保管好 / 边个叫你逾期唔交
  String.raw`(?:得|要|只能|就|都)怪${YOU}(?:自己)?[^，。！？\n]{1,12}|(?:谁|边个)(?:叫|让)${YOUS}[^，。！？\n]{1,12}`,
  // what the customer gave or wrote is wrong (您留的号码是空号 / 您给的统编少一码 / 您的描述太含糊 / 你讲得唔清唔楚)
  String.raw`${YOU}(?:留|给|填|写|附|提供|发|传|上传|寄|拍|报)(?:的|嘅|咗嘅)[^，。！？\n]{1,8}?(?:是空号|少(?:了|咗)?[一两二\d]|太(?:模糊|含糊|简略)|(?:不|唔)(?:清楚|齐|全|完整|对|正确))|${YOU}(?:的|嘅|个)?(?:描述|讲法|说法|资料|照片|相片|截图|地址|证件|材料|文件|影本|信息|资讯)(?:写得)?(?:太|好|唔|不)(?:含糊|模糊|清楚|齐|完整|详细|简略)|${YOU}(?:讲|说|写|填|描述)得(?:不|唔)(?:清|齐|完整|对|明)`,
  // 您这是把说明书看反了 / 你又把单号抄错了 / 你屋企个router摆错位
  String.raw`${YOUS}[^，。！？\n“”「」『』"]{0,8}?(?:把|将)[^，。！？\n“”「」『』"]{1,8}?(?:看|装|插|贴|放|接|抄|拿|写|填|寄|设|拼|登记|摆)(?:反|错|倒)(?:了|咗)?|(?:抄|摆|插|装|贴|放)错(?:了|咗|位)`,
  // 你唔应该自己拆部机 / 贵方自行改装线路
  String.raw`${YOU}(?:当初|当时|之前|一早|本来)?(?:就)?(?:唔|不)(?:应该|应当|该)自己[^，。！？\n]{1,8}|(?:贵方|${YOU}|客户|用户)(?:这边)?(?:自行|擅自|私自)(?:改装|拆|改动|维修|修理|改|安装|更换)[^，。！？\n]{0,8}`,
].join('|');
const R6_ZH_COMMAND = [
  // orders without a subject at the start of a clause: 把订单号报一下 / 马上把截图发我 / 先去把路由器重启
  String.raw`${zhAtClauseStart('(?:先|赶紧|赶快|马上|立刻|即刻|快点?|快啲)?(?:去)?把')}(?![^，。！？,!?\n]*(?:吧|吗|么|嘛|好不好|谢谢|呢|可以|好吗|您看|${YOU}))[^，。！？,!?\n]{1,10}?(?:(?:报|念|读|发|传|补|给|拍|交|填|改|删|撤|关|寄)[^，。！？,!?\n]{0,4}?(?:一下|一遍|给我|发我|俾我|给我听|俾我听|过来|过嚟|嚟|掉|下来)|重启|重置|重新启动|(?:恢复|还原)[^，。！？,!?\n]{0,6})(?=[，。！？,!?\n]|$)`,
  // 报个单号嚟 / 即刻send张截图过嚟 / 开箱影片补给我 / 带埋保单正本嚟 / 读返个行李牌号码俾我听 / 拿出你的保单原件来
  String.raw`${zhAtClauseStart('(?:马上|立刻|即刻|赶紧|而家|现在)?(?:报|发|send|传|补|带埋?|读返?|念|影|拿出?|攞|交|寄|拍)')}[^，。！？,!?\n]{0,12}?(?:给我|俾我|给我们|俾我哋|嚟|过嚟|过来|来)(?:听|睇|看)?(?=[，。！？,!?\n]|$)|(?:补|发|传|寄|拍|send)(?:给我|俾我)(?=[，。！？,!?\n]|$)(?<=(?:^|[，。！？；,!?;\n])(?:(?!请|麻烦|可以|能否|能不能|您|你|我|事|的|或)[^，。！？；,!?;\n]){1,10}(?:补|发|传|寄|拍|send)(?:给我|俾我))|${zhAtClauseStart('(?:再)?(?:给|留|俾)(?:我|我们|我哋)?(?:一个|一支|个|支)')}[^，。！？\n]{0,8}?(?:电话|号码|联系方式|邮箱)`,
  // a time and a place: 明天上午十点前到现场 / 明早九点准时到柜台报到
  String.raw`${zhAtClauseStart('(?:今天|今日|明天|明早|明日|听日|听朝|后天|下周[一二三四五六日]?|下礼拜[一二三四五六日]?|周[一二三四五六日]|星期[一二三四五六日])')}[^，。！？\n]{0,8}?(?:前|准时)(?:到(?!账|帐|货|达|期|${YOU}|手)|来|嚟|过来|报到)[^，。！？\n]{0,6}`,
  // 务必 anywhere (欠款本周内务必缴清), not the agent's own (我们务必…)
  String.raw`务必(?<!(?:我|们|哋|会|将)务必)(?!注意|保重|小心|放心|保管)${Z}`,
  // 不准再重复下单 / 别插话 / 不要打断我 / 咪问咁多嘢 / 电话拿着别挂 / 我怎么说您就怎么做 / 乖乖等主管覆你
  String.raw`(?:不准|不许)(?<!(?:公司|规定|政策|系统|上面|法律|法规)(?:不准|不许))${Z}|(?:别|不要|唔好|咪)(?:再)?(?:打断我|插话|插嘴)|咪问(?:咁多|那么多|太多)(?:嘢)?|(?:别|不要|唔好|咪)挂(?<!(?:请|请您|请你|麻烦您)(?:别|不要|唔好|咪)挂)(?:断|线|电话|机)?(?=[，。！？,!?\n]|$)|我(?:怎么|点样?)(?:说|讲|教)${YOU}就(?:怎么|点样?)(?:做|办|整)|乖乖(?:地|哋)?(?:等|配合|交|填|照做|听)[^，。！？\n]{0,8}`,
  // a deadline on the customer: 您今天下午五点前一定要回传资料
  String.raw`${YOUS}[^，。！？\n你您我]{1,8}?(?:前|内|之前|以内)(?:一定要|必须|务必|得)(?!是)[^，。！？\n]{1,12}`,
  // 下次记得提前核对地址 / 你就照这个模板重新写一遍 / 用返我哋个格式再写过 / 表格回去重填 / 发邮件到这个地址 / email去呢个地址
  String.raw`${zhAtClauseStart('(?:你|您)?下次(?:要)?记(?:得|住)')}[^，。！？\n]{1,12}|${YOUS}(?:就)?(?:照|按|用返?)[^，。！？\n]{1,8}?(?:重新|再)(?:写|做|填|弄|搞|交)(?:过|一遍|一次)?|${zhAtClauseStart('(?:用返|照)')}[^，。！？\n]{1,8}?(?:重新|再)(?:写|做|填)(?:过|一遍|一次)?|回去重(?:新)?(?:填|写|做|弄|交)|${zhAtClauseStart('(?:发邮件|发email|email|电邮|寄信)(?:到|去|至)')}[^，。！？\n]{1,10}`,
  // a threat closing an order: 24小时内覆，唔系就当取消 / 过时不候 / 逾期作废
  String.raw`(?:不然|否则|唔系|要不然)(?:就|的话)?(?:当|视为|当作|作)(?:取消|作废)|过时不候|逾期(?:作废|不候|不予受理)`,
].join('|');
const R6_ZH_NEGATIVE = [
  // a service verb + "can't" complement (补开不了 / 撤回不了 / 送不到 / 排唔到期 / 转唔到真人 / 俾唔到你 / 排不进去)
  String.raw`(?:补开|重开|撤回|撤销|送|排|转|约|派|俾|寄|安排|上门|配送|提早|提前|通过)(?:不了|唔到|不到|不进去?|唔入)${ZIF}(?!吗|么|咩|的话|嘅话)${noZhAlt}`,
  // a refusal with no subject (不支持部分退款 / 特价品不接受换货 / 那个地区不配送 / 不能加 / 也不会再补 / 不会赔偿)
  String.raw`(?:不|唔)(?:支持|接受|受理)(?<![你您](?:不|唔)(?:支持|接受|受理))(?:退|换|部分|任何|更改|修改|取消|延期|改|补|开|重|分期|代)${ZIF}${Z}${noZhAlt}|(?:不|唔)(?:配送|送货|派送|上门|出货)(?:的|嘅|㗎)?(?=[，。！？,!?\n]|$)|(?:不能|不可以|唔可以|唔能够)(?:再)?(?:加|加位|加人|插队|提前|提早|通过|核准|批准|重开|重置|重设|降转|降级)(?:了|啦|喔)?(?=[，。！？,!?\n]|$)${noZhAlt}|(?:也|都)?(?:不会|唔会)再(?:补|进|补货|进货|生产|上架|开放|做)(?:了|啦)?(?=[，。！？,!?\n]|$)|(?:不会|唔会|不予)(?:给予)?(?:赔偿|补偿|理赔|赔付|核准|批准)${ZIF}${noZhAlt}`,
  // we refuse (我们拒绝您的索赔 / 您的申请不能通过) / 无能为力 / 冇得解决 / 查不到就是查不到
  String.raw`(?:我们|我哋|本公司|公司|本行)(?:决定|只能)?(?:拒绝|不批准|拒绝受理)(?:${YOU})?|无能为力|冇得(?:解决|处理|搞掂)`,
].join('|');
const R6_ZH_DEFENSIVE = [
  String.raw`(?:不是|唔系|并非)${WE}(?:这边)?(?:造成|搞成|弄成|导致|引起)(?:的|嘅|咁|这样)?|${WE}(?:的|嘅)?[^，。！？\n你您]{0,6}?(?:没有?|冇)任何(?:问题|延迟|延误|差错|错误|失误)|${WE}(?:的|嘅)?[^，。！？\n你您]{0,4}?(?:不可能|不会|唔会|冇可能|绝不会|绝对不会)(?:故意|乱|随便|平白无故|这样|咁|这么)(?:讲|说|做|扣|收|改|删)?`,
  String.raw`${WE}(?:也|都)(?:是|系)受害(?:者|人)|(?:这种|这类|这样的|呢种)(?:事情?|情况|状况|问题)[^，。！？\n]{0,6}?(?:不会|不可能|唔会|冇可能)(?:发生|出现)|(?:不在|唔喺|不属于|唔属于)(?:${WE}|本公司|本行|公司)(?:的|嘅)?(?:负责|责任|服务)?(?:范围|之内)|责任不在(?:${WE}|本公司|本行|我方)`,
  String.raw`(?:是|系)(?:前一位|上一位|之前(?:那|嗰)?(?:位|个)|另一位)(?:专员|同事|客服|员工|职员|师傅)(?:讲|说|答应|承诺|做|搞|弄)(?:的|嘅|错)|(?:出厂|出货|发货|寄出)(?:前|之前)(?:都|也|已经)?(?:有)?(?:检验|检查|测试|质检)(?:过|了)|(?:谁|边个)(?:有|都冇|也没)(?:办法|计)(?=[？?，。！!]|$)|(?:不能|唔可以|不可以|别|不要|唔好)(?:算在|算到|怪|赖|怨)(?:${WE}|本公司)(?:头上)?`,
  String.raw`(?:记录|纪录|系统|数据|后台|资料)(?:上)?(?:看|显示|查到)?${WE}(?:是|都)?(?:准时|按时|已经)(?:送达|送到|派送|发货|派单|处理)|${WE}(?:的|嘅)?(?:技师|师傅|员工|同事|工程师|技术员|团队|同仁)(?:都)?(?:很|好|非常|十分)(?:专业|有经验|负责|认真)(?:的|嘅|㗎)*(?=[。！？!?\n]|$)|我(?:只是|只系|净系|不过是|只不过是)(?:一个|个|一名|一位)?(?:小)?(?:客服|打工的|职员|员工|接线员|传话的)`,
  String.raw`(?:平台|本公司|公司)(?:是|并|概)?(?:不|唔)(?:负责|理|管)(?=[，。！？,!?\n]|$)|(?:是|系)(?:第三方|骑手|商家|卖家|快递|物流|银行|厂家|厂商|供应商|司机|外卖员|外送员|配送员)[^，。！？\n]{0,4}?(?:的|嘅)(?:问题|事|责任|错)|(?:商家|卖家|厂家|第三方)(?:的|嘅)事|做足(?:晒|了|哂)|(?:人哋|别人|其他人|人家|大家)(?:用|用着|用开)?(?:都|也)(?:冇事|没事|没问题|冇问题)`,
].join('|');
const R6_ZH_DISMISSIVE = [
  String.raw`反应(?:有点|有些|太|好|未免)?(?:过度|过大|过激|太大)|心理作用|(?:过度|过分)(?:担心|紧张|焦虑)|(?:担心|紧张)过(?:头|度)|哭(?:也|都)(?:没用|没有用|冇用|解决不了|解决唔到|无补于事)|(?:看|睇)开(?:一)?(?:点|啲|些)`,
  String.raw`(?:不|唔)(?:稀奇|出奇)(?:的|嘅|啦)?(?=[，。！？,!?\n]|$)|本来就(?:难免|系咁|是这样)|好闲(?:啫|咋|啦|嘅)|(?:不要|别|唔好)(?:那么|这么|咁|太)?(?:情绪化|玻璃心)|理性(?:一)?(?:点|啲|些)(?:好吗|好唔好|啦|吧)?|(?:没必要|不用|唔使|不需要)(?:搞|闹|弄)(?:得|到)(?:这么|咁|那么)大|小儿科`,
  String.raw`(?:不要|别|唔好|咪)(?:那么|这么|咁)(?:急|嬲嬲爆|嬲)|(?:别|咪)(?:气噗噗|嬲嬲爆)|(?:咁|这样|这么)(?:都|也)(?:嬲|生气)|(?:慢|差|迟)(?:一点|少少|一些|啲)(?:又|都|也|还是|照)(?:不影响|唔影响|可以|用得|照用)[^，。！？\n]{0,4}|大家都(?:是|系)(?:这样|咁)(?:用|的)|我(?:懂|知道)${YOU}(?:的|嘅)?(?:感觉|感受)|(?:小问题|小事)[，,]?\s*(?:唔使|不用|不必)(?:理|管|在意)`,
].join('|');
const R6_ZH_POLICY = [
  String.raw`(?:是|系)(?:总部|总公司|公司|上面|上头|集团|总行|主管机关)(?:的|嘅)?(?:统一|硬性)?(?:要求|指示)|行规(?<!银行规)|内规|明文规定|(?:规定|制度|规矩)(?:是)?死(?:的|咗)|(?:规章|规定|制度)[^，。！？\n]{0,4}?面前人人平等|(?:不|唔)符合[^，。！？\n]{0,6}?(?:条件|资格)`,
  String.raw`(?:领导|上级|上头|主管|经理|法团|主管机关)(?:已经)?(?:交代|吩咐|决定|规定)(?:过|咗|了)?(?:的|嘅)?(?=[，。！？,!?\n]|$)|(?:按|按照|根据|依照|依)(?:规定|规矩|流程|制度|条款|政策)(?:我们|我哋)?(?:只|只能|只可以)(?:受理|接受|处理|退|收)|(?:按|按照|根据|依照|依|依据)[^，。！？\n]{0,12}?(?:条款|协议|合约|合同|法规|规定|流程)[^，。！？\n]{0,8}?[，,]\s*(?:${WE}|本公司|公司)?(?:不|概不|恕难|恕不)(?:负责|承担|照办|受理)`,
  String.raw`超过[^，。！？\n]{1,8}?(?:期|期限|时限|天)(?:就|便|即)?(?:不|唔)(?:受理|退|换|接受|处理|予)|以(?:系统|我们|我哋|公司|本公司|银行)[^，。！？\n]{0,6}?(?:为准|作准)|(?:依照|按照|根据|按|依)(?:作业|内部|公司|标准)?(?:流程|程序)(?:要|得|需要|必须)${noZhAlt}|照章(?:行事|办事)|跟(?:合约|合同|规矩|规定|程序|流程|指引)(?:办事|做|走|处理)?(?=[，。！？,!?\n]|$)|跟足(?=[，。！？,!?\n]|$)`,
  String.raw`(?:公告|条款|合约|须知|官网)(?:上|里|度|入面)(?:都|已经|早就)(?:有)?(?:说明|写|列明|注明|讲明|写明)|(?:程序|流程|手续)上(?:一定|必须|要|得)${noZhAlt}|(?:合约|合同|条款|条例)(?:上)?(?:写|讲|列)(?:到|得)?(?:明|清楚)|${YOU}(?:签|签署)(?:咗|了)?[^，。！？\n]{0,4}?(?:约|协议|合同|合约|条款)(?:就|即)|(?:没有|冇)(?:前例|先例)|保留(?:最终)?解释权`,
].join('|');
const R6_ZH_PROVOCATIVE = [
  String.raw`${YOUS}(?:这么|那么|咁)(?:懂|识|叻|厉害|专业)[^。！？\n]{0,6}?(?:要不|不如|那|咁)(?:${YOU})?(?:来|自己|嚟)|${YOU}(?:是)?第一次(?:网购|网上购物|买嘢|买东西)(?:吗|咩|嘛)|${YOU}(?:未|没)(?:试过|用过)(?:网购|网上购物|买嘢)(?:咩|吗)`,
  String.raw`我(?:上一|上|之前|头先|刚才)(?:条|个|封|则)?(?:消息|讯息|信息|回复|message|邮件|留言)?(?:已经|都)?(?:写|讲|说)得(?:明明白白|清清楚楚|好清楚|很清楚|非常清楚|够清楚)|${YOUS}(?:想|要)(?:让|叫)我(?:们|哋)?(?:怎么办|点算|点做|怎么做)|${YOU}(?:不会|唔识|不懂)自己(?:看|睇|查|读)|(?:那么|这么|咁)(?:大|明显|清楚)${YOU}(?:都)?(?:没|冇)(?:看到|睇到|见到)|真(?:的)?(?:很)?急(?:的话)?[^，。！？\n]{0,4}?(?:就不会|早就|早该)`,
  String.raw`还有[^，。！？\n]{0,4}?(?:高见|指教)(?:吗|呢|么)|(?:真(?:是|系|的)?|我)服(?:了|咗)(?:${YOU})?(?=[，。！？,!?\n]|$)|服(?:了|咗)${YOU}|${YOU}比${WE}[^，。！？\n]{0,4}?(?:还|更)(?:专业|懂|识|叻|厉害)|(?:这样|咁)(?:有)?听(?:懂|明白?)(?:了|咗)?(?:吗|未|没有?|冇)|(?:要|想)(?:客诉|投诉|告)[^，。！？\n]{0,4}?(?:请便|随便|随意)|${YOU}去[^，。！？\n]{1,8}?(?:都|也)(?:冇用|没用|没有用)`,
  String.raw`(?:这么|那么|咁)(?:基本|简单|容易)(?:的|嘅)?(?:嘢|东西|事)?(?:都|也)(?:不会|唔识|不懂|搞不定)|${YOU}(?:已经|都)?(?:问|打|催)(?:了|咗)?第[\d一二三四五六七八九十几]+(?:遍|次|回)|都(?:是)?${YOU}(?:说|讲)(?:的|嘅)?对|${YOU}(?:说|讲)(?:的|嘅|得)?都对|${YOU}啱晒|(?:大家|人人|别人|其他人)都(?:会|识|懂|可以)[，,]?\s*(?:怎么|点解|为什么)(?:只有|就|净系)?${YOU}|(?:又|点解又)(?:是|系)${YOU}(?:啊|呀|嘅)?(?=[？?!！]|$)|我(?:当初|当时|之前)?(?:说|讲|话)(?:的|嘅)(?:是|系)(?=[「“"『])|(?:看|睇)清楚(?:先|再)?好(?:问|讲)|(?:咁|这样|这个|这都|呢啲)(?:都|也)要问`,
].join('|');
const R6_ZH_OVERPROMISE = [
  String.raw`包(?<!(?:打|红|钱|背|面|书|邮|外|递|荷)包)(?:过|批|赢)(?!来|去|期|程)|保准|实(?<!(?:确|落)实)(?:赢|唔会|搞掂)|(?:一定|肯定|绝对)(?<![不唔](?:一定|肯定|绝对))(?:会|能|可以)?(?:帮${YOU})?(?:被)?(?:全额|全数|全部)?(?:退(?:费|款|还)?|核准|批准|通过|赔|upgrade|升级|追(?:返|回)|开除|处分|恢复|有水|有电)${ZIF}`,
  String.raw`(?:什么|任何|乜|咩|所有)(?:问题|嘢|事)?(?:都|也)(?:能|可以|会)?(?:解决|搞掂|搞定)|(?:全部|所有)(?:都)?(?:会|能)?(?:照办|搞掂|搞定)|(?:马上|即刻|立刻)(?:就)?(?:能|会)?(?:把问题)?全部(?:解决|搞掂|搞定)|(?:以后|今后|往后|将来)(?:都|也)?(?:不会|唔会)再[^，。！？\n]{1,6}|绝(?:不|对不|唔)(?:会)?(?:出错|拖延|延误|失误)`,
  String.raw`我[^，。！？\n]{0,3}(?:24|二十四)(?:小时|个钟)(?:都|随时)[^，。！？\n]{0,6}|(?:24|二十四)(?:小时|个钟)随时(?:找|搵|联系|打给)我|任何时间[^，。！？\n]{0,4}?都有人接|(?:立刻|即刻|马上|立即)(?:就)?(?:入账|到账|到帐|入帐)|帮${YOU}全(?:免|部免)|${YOU}(?:的)?[^，。！？\n]{1,6}?(?:都|全部)(?:没问题|冇问题)(?=[，。！？,!?\n]|$)`,
].join('|');
// English
const R6_EN_BLAME = String.raw`\bbecause you (?:weren't|were not|didn't|did not|missed|exceeded|forgot|failed|never|haven't|have not|ignored|skipped|used|chose|selected)\b${E}|\byou(?:'re| are) (?:using|doing|holding|installing|reading|setting) (?:it|this|that|them) (?:up )?wrong(?:ly)?\b|\byour own \w+(?: \w+)? (?:is|are|was|were) (?:causing|the (?:cause|problem|issue))\b${E}|\byou(?: have|'ve)? (?:wrongly|incorrectly|mistakenly) \w+\b${E}|\b(?:a |the )?result of your (?:own )?(?:incomplete|incorrect|late|wrong|missing|failure|mistake|error|negligence)\b${E}|\b(?:was|were) (?:entered|selected|chosen|given|provided|typed|filled in) (?:incorrectly |wrongly )?by you\b|\byou were the one who\b${E}|\byou (?:people )?(?:never|always) (?:bring|read|check|follow|give|send|fill|forget)\b${E}|\bif you(?:'d| had) (?:bothered|cared|taken the time) to\b${E}|\byou (?:have not|haven't) (?:done|completed|submitted|updated|verified)\b(?! (?:anything|nothing) wrong)${E}|\byou(?:'ve| have) left it (?:too late|until)\b${E}|\byou yourself (?:select|chose|choose|selected|picked|ticked|agreed|cancell?ed|deleted)\b${E}`;
const R6_EN_COMMAND = String.raw`\b(?:kindly )?do the needful\b|\bkindly refrain from\b${E}|\b(?:just )?hold the line\b(?<!\bplease (?:just )?hold the line)|${enAtClauseStart('hold on')} while\b|(?<act4>${enAtClauseStart('(?:fill|read|update|reset|submit|check|restart|complete|install|register)')}\b[^,.;:!?\n]{0,40}?\bbefore (?:you )?(?:contact|call|report|email|message|get back|anything|reaching|raising))|\bthen get back to (?:us|me)\b|\bdo one thing\b|${enAtClauseStart("(?:don't|do not) touch")}\b${E}|\bimmediately (?:share|send|submit|provide|call|pay|upload|forward)\b${E}|\bmust be (?:returned|submitted|paid|sent|completed|signed|provided|uploaded) (?:no later than|by|within|before)\b${E}|\bmandatorily\b${E}|\b(?:is|are) (?:compulsory|mandatory|obligatory)\b|${enAtClauseStart('be available')}\b${E}|\bwait for your turn\b|\byou (?:scan|send|pay|go|call|fill|come|bring|submit|upload) [^,.;:!?\n]{0,30}\bnow\b(?=\s*[.!]|$)|\b(?:don't|do not) (?:call|contact|email|message) this (?:number|line|address)\b${E}|${enAtClauseStart('(?:provide|give me|send me|share) (?:your|the)')}\b[^,.;:!?\n]{0,40}?,? then (?:I'll|I will|we'll|we will|we can|I can)`;
const R6_EN_NEGATIVE = String.raw`\bthe (?:order|sale|booking|purchase|transaction) is final\b|\b(?:cannot|can't|will not|won't) be (?:initiated|done|granted|provided|arranged|released|made)(?: at any cost)?\b${E}|\bno way to (?:get|do|change|fix|recover|reverse|cancel)\b|\b(?:is|isn't|is not) (?:not )?feasible\b|\bno refunds? (?:on|for)\b${E}|\bconfirm (?:cannot|can't)\b${E}|\b(?:cannot|can't) use(?=\s*[.!]|$)|${enAtClauseStart("(?:sorry,? )?(?:can't|cannot) (?:reverse|process|approve|extend|issue|waive|replace|exchange|return|undo|reschedule)")}\b${E}|\b(?:that's|that is|it's|it is) out of the question\b|\b(?:that|this|the) (?:option|feature|service) (?:doesn't|does not) exist\b|\bthere(?:'s| is) no chance of\b${E}|\bI couldn't possibly\b${E}|\b(?:we're|we are|I'm|I am) not (?:gonna|going to) be able to\b${E}|\byour (?:request|application|claim|appeal) (?:has been|was|is) (?:declined|rejected|denied)\b`;
const R6_EN_DEFENSIVE = String.raw`\bnot (?:our|my) (?:department's|team's|company's) (?:issue|problem|concern|fault)\b|\bwe(?:'ve| have) never had (?:this|that|such an?|any such) (?:issue|problem)\b|\bfrom our (?:end|side),? everything (?:is|was|looks) (?:fine|ok|okay|normal|in order)\b|${enAtClauseStart("wasn't us")}|\bI wasn't the one who\b${E}|\baccepts? no (?:liability|responsibility)\b|\bwe (?:never|don't|do not) make (?:a )?mistakes?\b|\b(?:thousands|millions|hundreds|lots|plenty) of (?:people|customers|users) use (?:it|this|them)\b${E}|\bother customers (?:are )?all (?:ok|okay|fine)\b|\b(?:that was|it was|that's|it's) the (?:previous|other|last) (?:agent|rep|representative|staff|colleague|person)'s (?:mistake|fault|error)\b|\bthe (?:branch|courier|bank|vendor|manufacturer|supplier|airline|seller|merchant)'s (?:concern|fault|problem|stuff-up|issue|responsibility)\b|\bno (?:error|mistake|fault) on our (?:part|side|end)\b|\bdon't blame (?:us|me)\b|\bnot our circus\b|\bI'm not the (?:one|person) you should be\b${E}|\bwe (?:never|have never|'ve never) received any complaints?\b|\b(?:was|is|has been) working (?:fine|perfectly|normally) all (?:day|week)\b|\b(?:hardly|not really) our (?:responsibility|fault|problem)\b|\bdeny any wrongdoing\b|\bI'm (?:just|only) the messenger\b|\bnot caused by anything (?:we|I) did\b|\bwe(?: are)? also (?:a )?victims?\b|\bnothing to do with (?:us|me|our (?:side|company|team))\b|\bnot coming from our (?:side|end)\b|\b(?:we|I) (?:can't|cannot|won't) be (?:held )?(?:responsible|blamed|liable)\b|\bour (?:system|systems|app|server|product)s? (?:no problem|(?:is|are) 100% (?:correct|accurate))\b`;
const R6_EN_DISMISSIVE = String.raw`\b(?:small|minor) (?:issue|matter|thing|problem) only\b|\bit's a (?:minor|small|tiny) (?:glitch|issue|thing|problem|hiccup)\b|\bdon't (?:so|be so) (?:emo|angry|upset|worked up|dramatic)\b|\bliterally (?:one|a|just) \w+ late\b|\bhardly a (?:big )?(?:drama|deal|issue)\b|\bcool your jets\b|\btake a chill pill\b|\beasy there\b|\bsteady lah\b|\bsense of proportion\b|\bfirst-world problem\b|\bnothing to get (?:fired up|worked up|upset|excited|angry|mad) (?:about|over)\b|${enAtClauseStart("it's nothing")}(?=\s*[.!,]|$)|${enAtClauseStart("you'll live")}|\bnot worth getting (?:angry|upset|worked up|mad) (?:over|about)\b|\bdon't take tension\b|\bno need to get (?:so )?(?:hyper|excited|emotional|cross|worked up)\b|\bdon't be (?:too|so) (?:sensitive|emotional|dramatic)\b|\bwhy so (?:stress|stressed|worked up|angry|upset)\b|\bso fussy\b|\bit could be worse\b|\bdon't sweat\b|\byou needn't be so\b`;
const R6_EN_POLICY = String.raw`\bin accordance with (?:our|the)(?: \w+)? (?:procedures?|policy|policies|rules|guidelines)\b|\bmanagement'?s? decision\b|\bregulations? (?:prevent|prohibit|forbid)s?\b|\bour SOP\b|\bstandard practice is\b|\bstrictly no\b|\brule ?book says\b|\bcompliance requires\b|\bterms (?:simply )?(?:don't|do not) cover\b|\bpursuant to\b${E}|\bthe rules say\b|\ba corporate rule\b|\b\w+'s rules (?:don't|do not) allow\b|\bour T&Cs? states?\b|\b(?:that's|that is) (?:just )?how it works here\b|\b(?:process|system|policy|rule) (?:is )?(?:like this|like that|set like that) only\b|\bsystem set like that\b|\b(\w+) policy's \1 policy\b|\bper (?:our|the) (?:TOS|memo)\b|\bthem's the rules\b|\bpolicy (?:doesn't|does not) (?:make|allow) (?:allowances|exceptions)\b`;
const R6_EN_PROVOCATIVE = String.raw`\byou want what\b|\bwhat would make you happy\b|\blike that also (?:don't|cannot|can't)\b${E}|\bwhatever you (?:reckon|say|think)\b|\bsome of us (?:do )?(?:actually )?have\b${E}|\byou think we (?:got|are|have) so free\b|\beinstein\b|\bmaybe try turning it (?:on|off)\b${E}|\bsomeone who cares\b|\balready tell(?: you)? already\b|\bI'm not a mind reader\b|\bif you know better\b${E}|\bhad you read\b${E}|\byou go complain\b|\bI'm sure you're an expert\b|\bteach me (?:how to do )?my job\b|\bhave it your way\b|\bhow much clearer\b${E}|\bwhere you got that idea\b|\bas I(?:'ve| have) already (?:explained|said|told you|mentioned)\b|\bhow many times (?:I have|do I have|must I) to\b${E}|\bcan't you read\b|\bwon't get you anywhere\b|\byou so smart\b${E}`;
const R6_EN_WAIT = String.raw`\bsorry for (?:the )?late (?:revert|reply|response)\b|\b(?:pasensya|paiseh|forgive)(?: na po)?(?: for)? the (?:long )?wait\b|\bsorry (?:that )?this is taking (?:forever|so long|ages)\b|\bapologi[sz]e for the delay in (?:processing|responding|handling|getting back)\b${E}|\bapologies(?: po)?,? we're (?:a bit )?delayed\b|\bsorry I kept you waiting\b${E}|\bsorry,? wait (?:very|so) long\b|\bapologi[sz]e that it(?:'s| has) taken\b${E}|\bsick of waiting\b|\bsorry(?: ah)?,? the queue (?:so|very|is so) long\b|\bsorry we took (?:so )?long\b|\bmy bad for the (?:hold-up|wait|delay)\b|\b(?:sorry|soz|apologies|apologi[sz]e|regret|excuse|forgive|pasensya|paiseh)(?: na)?(?: po)?(?: for| about)? the (?:long |lengthy )?(?:delay|hold|wait)\b(?! (?:in|with|of|to|on) (?:your|the|this) (?!response|reply))|\bsorry(?: po)?,? (?:to|that I) (?:have )?(?:keep|kept) you(?: (?:hanging|waiting|on hold))?\b|\byou(?:'ve| have) been (?:kept waiting|stuck (?:in the queue|on hold|waiting))\b`;
const R6_EN_OVERPROMISE = String.raw`\bsure na sure\b${E}|\bwill (?:solve|fix) all (?:your|the) (?:issues|problems)\b|\bunbreakable\b|\bwhatever it takes\b|\bwaive every\b|\b(?:resolved|fixed) permanently\b|\bpermanently (?:fixed|resolved)\b|\bnothing like this will ever happen\b${E}|\bwill cover everything\b|\bwill be perfect\b|\brock solid\b|${enAtClauseStart('no doubt')}(?=\s*[.!]|$)|\bno more (?:delays?|issues|problems)(?: at all)?\b|\bwill be flawless\b|\bbeat any price\b|\bin your favou?r\b|\bwill come through in time\b|\bupgrade you to \w+ class for free\b|\bwill not increase any ?more\b|\bwill be corrected within\b${E}|\byou'll get (?:the|a|an) \w+ for free\b`;

// ── Round 7 (tune6, tune7): families of moves, one rule per category and language ──
// Clause end (for phrases that close a clause).
const ZE = String.raw`(?=[，。！？；,!?;\n]|$)`;
const R7_ZH_BLAME = [
  // guessing the cause is on the customer's side: 应该是您浏览器的问题 / 估計是您插件裝太多了 / 相信問題出喺你屋企嘅設定
  String.raw`(?:应该|估计|多半|八成|相信|大概|可能|肯定|怕)(?:是|系)${YOU}(?!们|哋)(?:自己|那边|这边|嗰边|屋企|家里?)?(?:的|嘅|部|个)?[^，。！？\n]{0,12}?(?:问题|设定|设置|跑掉|太旧|太多|不正确|不当|不对|错|坏|划到|割到|弄|搞)[^，。！？\n]{0,8}|问题(?:是)?出(?:在|喺)${YOU}${Z}`,
  // the customer's handling as the cause: 是您操作的问题 / 属阁下本人看管不善所致 / 你部机本身有问题
  String.raw`(?:是|系|属于?)(?<![不唔非](?:是|系))${YOU}(?:自己|本人|个人)?(?:的|嘅)?[^，。！？\n你您我]{0,6}?(?:操作|使用|设定|设置|保管|看管)[^，。！？\n]{0,4}?(?:的|嘅)?(?:问题|疏失|过失|不当|不善)(?:所致)?|(?:保管|看管|操作|使用)(?:不当|不善|失当)(?:所致)?|${YOU}(?:的|嘅|部|个|台|架)[^，。！？\n]{0,6}?本身(?:就)?(?:有|出)(?:问题|故障|毛病)`,
  // counterfactuals: 如果您按说明书先充满电，就不会出现这个情况 / 您如果当时如实填写，现在也不会被拒赔
  String.raw`(?:(?:如果|要是|假如|若是?)${YOU}|${YOU}(?:如果|要是|假如|若是?))[^，。！？\n]{1,18}?[，,]\s*(?:现在|当时|今天)?(?:就|也|都|咪)(?:不会|唔会)(?:出现|发生|有|搞成|变成|被)[^，。！？\n]{0,12}`,
  // hindsight: 您当初就不该选这个方案 / 应该在期限内使用才对 / 您当初签名时怎么不问清楚
  String.raw`${YOU}(?:当初|当时|一早|本来)(?:就)?(?:不该|不应该|唔应该|应该|应当)(?![^，。！？\n]{0,12}(?:的话|嘅话))${Z}|应该[^，。！？\n]{1,14}?才(?:对|是)(?:啊|呀|嘛|的)?${ZE}|${YOU}[^，。！？\n]{0,10}?(?:怎么|点解|为什么|为何|做乜)(?:不|没有?|唔|冇)(?:先)?(?:问|看|睇|读|核对|确认|检查)(?:清楚|好|一下)?(?:呢|啊|呀)?`,
  // what the customer did or agreed to: 您明明同意了 / 您当时勾选了同意的 / 您自己用了外挂 / 是您付款时选了自提 / 本来就填错了
  String.raw`${YOU}[^，。！？\n]{0,10}?明明(?:就|都|也)?(?:已经|有)?(?:同意|答应|确认|勾选|签|讲|说|选)(?:了|咗|过)?[^，。！？\n]{0,6}|${YOU}(?:当时|当初)(?:已经|自己)?(?:勾选|同意|签署?|确认)(?:了|咗)[^，。！？\n]{0,8}?(?:的|嘅|㗎)${ZE}|${YOU}(?:当时|之前)?自己(?:[^，。！？\n去到]{0,4}?)(?:使用|用|选|拣|装|安装|设|改|删|开|关|取消|忘|漏|点|按|拆|撕|输入|登记|借)(?:了|咗|错|坏|过|给)[^，。！？\n]{0,10}|(?:是|系)(?<![不唔](?:是|系))${YOU}[^，。！？\n]{0,8}?(?:的时候|时|嗰阵|那时)(?:自己)?(?:选|拣|勾|填|写|点|按|设|没|冇|忘|漏)[^，。！？\n]{0,10}|${YOU}[^，。！？\n你您我]{0,6}?(?:的时候|时|嗰阵)(?:自己)?(?:拣|选)(?:咗|了)[^，。！？\n]{0,10}(?=[，,]\s*所以)|(?:本来|根本|一开始)就(?:已经)?(?:填|写|选|输入?|打|绑定?|设|拣|搞|弄)错(?:了|咗)?`,
  // doubting questions: 您是不是放久了才吃 / 您是不是让家人收了自己忘了 / 不知道您在说什么
  String.raw`${YOUS}(?:是不是|是否|系咪|会不会)[^，。！？\n]{0,10}?(?:自己[^，。！？\n]{0,4}?(?:忘|漏|搞|弄|记|扔|丢)|放(?:太|得太)?久)[^，。！？\n]{0,6}|(?:不|唔)(?:知道|明白|懂)${YOU}(?:在|喺度)?(?:说|讲)(?:什么|乜|咩|啥)`,
].join('|');
const R7_ZH_DEFENSIVE = [
  // "impossible" about our side: 不可能宕机 / 我们的外送员不可能说谎 / 电表是不会走错的 / 纪录不会有错
  String.raw`${zhAtClauseStart('(?:照理说|照道理|理论上|基本上|正常来说)?(?:也|都|是)?(?:不可能|不太可能|绝不可能|绝对不可能|冇可能|没可能|唔可能)')}(?!${YOU}|再|(?:${ZH_SERVICE}))[^，。！？\n]{1,14}|${WE}(?:的|嘅|家的?|这边的?)?[^，。！？\n你您]{0,10}?(?:不可能|绝对不会|绝不会|冇可能|唔可能|从来不会|从不)(?!泄露|外泄|透露|分享|公开|收|再|让|令)[^，。！？\n]{1,12}|(?:不会|唔会|不可能|冇可能)(?:有)?(?:错|假)(?!过)|(?:不会|唔会|不可能|冇可能)(?:算|走|计|记|搞|弄|量|读|抄)错|(?:不会|不可能|唔会|冇可能)(?:说假话|讲假话|讲大话|骗人|误导)`,
  // our people and systems are fine: 我们机房一向很稳定 / 本公司审核程序一向严谨 / 我们的骑手都经过专门培训 / 我们的网站很安全
  String.raw`(?:${WE}|本公司|本行|本店)(?:之|的|嘅|家的?|这边的?)?[^，。！？\n你您]{0,8}?(?:一向|一直|向来)(?:都)?(?:(?:很|好|非常|十分|相当|极为)?(?:严谨|专业|准时|安全|标准|可靠|准确|规范|公正)|(?:很|好|非常|十分|相当|极为)[^，。！？\n]{1,2}(?=[，。！？；,!?;\n]|$))|${WE}(?:的|嘅)[^，。！？\n你您]{0,6}?(?:很|好|非常|十分|绝对|相当)(?:安全|可靠|准确|标准)(?:的|嘅|㗎)?${ZE}|(?:都|全部|均)(?:有)?(?:经过|受过)(?:专门|专业|严格|[一二三四五六七八九十两\d]+道)?(?:的)?(?:培训|训练|审核|检查|检验|把关)(?:[，,]\s*(?:也|都)?(?:不可能|不会|绝不会|绝对不会|冇可能)[^，。！？\n]{0,14})?`,
  // it's rare, nobody else complains: 很少有客户反映 / 至今没有收到过类似的客诉 / 这种状况极少见 / 一般不会出现这种情况
  String.raw`(?:很少|极少|好少|甚少|鲜少|几乎没有?|至今(?:都)?(?:没有?|未)|从未)(?:有|会)?(?:客户|客人|用户|顾客|人)?(?:收到)?(?:过)?[^，。！？\n]{0,4}?(?:反映|反应|投诉|客诉|抱怨|遇到)|(?:这种|这类|呢种|类似)(?:状况|情况|问题)(?:是)?(?:极|很|非常|好)(?:少见|罕见)|(?:一般|通常|正常)(?:来说|情况下)?(?:都)?(?:不会|唔会)(?:出现|发生|有)[^，。！？\n]{0,10}?(?:情况|状况|事)`,
  // no fault, by the book, by design: 并无任何疏失 / 完全符合流程 / 功能的设计就是这样 / 测试时根本没出现过 / 我们家的快递从来没丢过件 / 跟系统没有关系
  String.raw`(?:并无|绝无|并没有|毫无|没有任何|冇任何)(?:任何)?(?:疏失|过失|偏差|失误|疏忽|不当|违规)|(?:完全|均|都|全部)符合[^，。！？\n]{0,8}?(?:流程|规范|程序|标准|规定)|(?:设计|功能|机制)(?:本来)?(?:就是|就系)(?:这样|咁)(?:的|嘅|㗎)?${ZE}|(?:测试|检查|检验)(?:的时候|时)(?:根本|从来|都)?(?:没有?|冇)(?:出现|发生|遇到)过?|${WE}(?:的|嘅|家的?)?[^，。！？\n你您]{0,8}?(?:从来|从未|根本)(?:都)?(?:没有?|冇|未)(?:有)?(?:丢|漏|出错|错|坏|延误|迟到|掉)(?:过)?[^，。！？\n]{0,4}|(?:跟|和|与|同)(?:系统|本公司|${WE})[^，。！？\n]{0,4}?(?:没有?|冇|无)(?:任何)?关系`,
].join('|');
const R7_ZH_PROVOCATIVE = [
  // what do you want from me: 您还要我怎么说 / 到底要我怎么做 / 您到底想让我们怎么样 / 您说要怎么办吧 / 要怎么处理您才会满意
  String.raw`(?:还|到底|究竟)(?:要|想)(?:我|我们|我哋)(?:怎么|怎样|点样?|如何)(?:说|讲|做|办|解释|处理)[^，。！？\n]{0,8}|${YOUS}(?:到底|究竟|还)?(?:想|要)(?:让|叫)(?:我|我们|我哋)(?:怎么样|怎样|点样|怎么办|点算|做什么|做乜|点做|怎么做)|${YOU}(?:自己)?(?:说|讲)(?:要|想)?(?:怎么办|点算|怎么样)(?:吧|啦|嘛)|要(?:怎么|怎样|点样?|如何)[^，。！？\n]{0,6}?${YOU}才(?:会|肯|能)?(?:满意|信|满足|罢休|接受)`,
  // you just want money: 是不是就想要点补偿 / 讲来讲去都是想要赔偿 / 直接说个数吧 / 您到底想要什么补偿
  String.raw`(?:就|都|只|无非|不过)(?:是|系)?想(?:要|拿|攞|多要|多拿|讨)(?:点|啲|多啲|些|多点)?(?:补偿|赔偿|赔钱|着数|好处)|(?:直接)(?:说|讲)(?:个数|个价|${YOU}?(?:想要|要)(?:几多|多少))|${YOU}(?:到底|究竟)(?:想|要)(?:要)?(?:什么|乜|咩|多少|几多)(?:补偿|赔偿)`,
  // I've said it N times / clearly enough: 我昨天已经跟您讲过三遍了 / 我已经讲第三次了 / 我说得已经很清楚了 / 您还有哪里不明白 / 能不能认真听 / 一直重复问同一件事
  String.raw`我[^，。！？\n]{0,10}?(?:已经|都)(?:跟|同|和|向)?${YOU}?(?:讲|说|解释|重复)(?:过|了|咗)?(?:[\d一二三四五六七八九十两几]+|好几|很多|无数)(?:遍|次|回)|我(?:已经|都)?(?:讲|说|解释)(?:到)?第[三四五六七八九十几\d]+(?:次|遍)|我(?:都|已经)?(?:说|讲|解释|写)得(?:已经)?(?:很|好|非常|够|这么|那么|咁)清楚(?:了|咗|啦)?(?:[，,]\s*${YOU}[^，。！？\n]{0,10})?|${YOU}还有(?:哪里|什么|边度|乜嘢|咩|哪)(?:不|唔)(?:明白|懂|清楚|理解)|(?:能不能|可不可以|可唔可以|能否)(?:认真|好好|用心|专心)(?:听|看|睇|读)|(?:到底|究竟)(?:有没有|有冇)(?:在|喺度)(?:听|看|睇)|(?:一直|不停|成日|又再|反复)(?:重复)?(?:问|讲|说)(?:同一|一样|同样|相同)(?:件|个|条|嘅|的)?(?:事|问题|嘢)`,
  // what do you mean / threats / arguing / dares: 您这么说是什么意思 / 您再这样说我就不服务了 / 唔好再同我拗 / 有什么意见就直说 / 我们无所谓 / 想给就给 / 可以考虑别家 / 既然您非要找主管 / 不会因为您一个人改变 / 需要这么计较吗 / 现在才来抱怨有什么用
  String.raw`(?:这么|这样|咁|又)(?:说|讲)[^，。！？\n]{0,6}?(?:是|系)?(?:什么|乜嘢?|咩)意思|${YOU}再(?:这样|咁|这么|如此)[^，。！？\n]{0,8}?[，,]\s*(?:我|我们|我哋)(?:就|便|只能|只好)[^，。！？\n]{1,10}|(?:不要|别|唔好|咪)(?:再)?(?:在这里|喺度|在这边)?(?:同|跟|和)我(?:拗|吵|争|辩|顶嘴)|${YOU}有(?:什么|乜|咩|啥)(?:问题|意见|不满)(?:就)?(?:直说|直接说|直接讲)|(?:别|不要|唔好)(?:再)?兜圈|${YOU}(?:到底)?有(?:咩|乜|乜嘢)问题(?:呀|啊|吖|呢)?(?=[？?！!]|$)|(?:我们|我哋|我)(?:这边)?(?:无所谓|不在乎|唔在乎)|想(?:给|打|投诉|告|写)就(?:给|打|投诉|告|写)(?:吧|啦|啰)?|可以(?:考虑|去|选择)(?:别家|其他家|第二间|第二家|其他公司|别的公司|别间)|${YOU}(?:非要|硬要|偏要)|(?:不会|唔会)因为${YOU}(?:一个人|一个)?(?:而)?(?:改变|改|破例|例外)|(?:需要|有必要|用得着|犯得着|使唔使)(?:这么|那么|咁)(?:计较|较真|执着|斤斤计较)|(?:现在|而家|依家|宜家)(?:才|先)(?:来|嚟)?(?:抱怨|投诉|讲|说|问)[^，。！？\n]{0,6}?(?:有什么用|有乜用|有咩用|就迟啦|太迟了|迟了)`,
].join('|');
const R7_ZH_DISMISSIVE = [
  // only X: 只是饮料少了一杯而已 / 不过就是晚到半小时 / 不就是盒子压扁了一点嘛 / 也才多扣了三十元 / 问题不大 / 不至于影响到您吧 / 这点小钱不值得投诉
  String.raw`(?:只是|只不过是?|不过(?:就)?是|也就是?|也才|仅仅是?)[^，。！？\n]{1,12}?(?:而已|罢了|啫|咋)(?:嘛|啦|吧)?|(?:不过(?:就)?是|不就是)(?!想|要)[^，。！？\n]{1,10}?(?:嘛|而已|罢了)|才(?:多|少)(?:扣|收|付|送|给|算)?(?:了|咗)?[^，。！？\n]{1,6}?(?:而已|罢了|啫|咋)?|(?:不算|算不上|称不上)(?:什么|乜嘢|咩)?大(?:事|问题)|问题不大|(?:不至于|唔至于)[^，。！？\n]{0,12}?(?:吧|啩)|不值得(?:专门|特地|为此)?(?:投诉|生气|嬲|计较)`,
  // don't fuss: 又不会少您的钱 / 别那么在意 / 大惊小怪 / 理智一点 / 先别急着投诉 / 您先别哭 / 着什么急 / 大喊大叫解决不了问题 / 没必要这么较真 / 不要讲一堆无关的事情 / 其他的等会再说
  String.raw`又(?:不会|唔会)少${YOU}|又不是真(?:的|嘅)|(?:别|不要|唔好|不用|唔使|无需)(?:那么|这么|太|咁)?(?:在意|介意|放在心上)|大惊小怪|理智(?:一)?(?:点|啲|些)|(?:别|不要|唔好|咪)(?:急着|忙着)(?:投诉|骂|生气|给差评|差评)|(?:先|您先|你先)(?:别|不要|唔好|咪)哭|(?:着|急)(?:什么|乜|咩)急|(?:大喊大叫|大吵大闹|发脾气|骂人)(?:也|都)?(?:解决不了|没用|冇用|解决唔到)|(?:没必要|不必|唔使)(?:这么|那么|咁)(?:较真|计较|执着)|(?:不要|别|唔好)(?:讲|说)(?:一堆|那么多|咁多)(?:无关|无谓)|其他(?:的|嘅)?(?:我们|我哋)?(?:等会|晚点|稍后|迟啲|等阵)(?:再)?(?:说|讲)`,
  // others have it worse, you were unlucky, it's easy: 后面还有一堆客户在排队 / 好多客都系咁，惯咗就冇事 / 您比较倒霉 / 这么简单，看一眼就会了 / 其实也没什么人需要
  String.raw`(?:后面|外面)还有(?:一堆|好多|很多|大把)(?:客户|客人|人)(?:在)?(?:排队|等)|${YOU}[^，。！？\n]{0,6}?(?:比较|刚好|有点)(?:倒霉|倒楣|运气不好|唔好彩)|(?:看一眼|看一下|睇一睇|睇下)(?:说明)?就(?:会|识|懂|知道)(?:了|啦)?|(?:也)?没(?:什么|几个)人(?:需要|用|要)`,
].join('|');
const R7_ZH_COMMAND = [
  // now, go: 你现在马上把身份证重拍传上来 / 您现在立刻到柜台排队 / 你而家即刻去银行 / 现在就去超商缴费 / 请您马上到营业处补件
  // (not the agent's own offer: 现在就把清单发给您)
  String.raw`(?:${YOUS}|请${YOU}?)(?:现在|而家|宜家)?(?:就)?(?:马上|立刻|立即|即刻|赶紧|赶快)(?:去|到|把|来|嚟|过来)(?!了|咗)[^，。！？\n]{1,16}|${zhAtClauseStart('(?:现在|而家|宜家)(?:就|马上|立刻|即刻|立即)?')}(?:去|到|把)(?!了|咗|${YOU}的|${YOU}嘅|这里|这边|账|帐|货|期)(?![^，。！？\n]{0,20}?(?:给|到|畀)${YOU})[^，。！？\n]{1,16}|${YOUS}(?:现在|而家|宜家)(?:就)?(?:去|到|把)(?!了|咗)[^，。！？\n]{1,16}`,
  // go and do it yourself: 您只能自己带证件去网点 / 您跟商家自己协商 / 您自己再去驿站翻一翻 / 请自行参考说明文件
  String.raw`${YOUS}(?:只能|只可以|唯有|就只能)(?:自己|自行|亲自)?(?:去|到|带|打|联系|找|拿|攞)${Z}|${YOUS}(?:要)?(?:跟|和|同|与)[^，。！？\n]{1,8}?(?:自己|自行)(?:协商|沟通|联系|处理|解决|倾)${Z}|${YOUS}(?<!(?:可以|不用|不必|唔使|无需|如果|要是)${YOUS})(?:这边|要|得|就|需要)?(?:自己|自行)(?:再|先)(?:去|到|攞|拿|找|翻|查|看|睇)${Z}|${YOUS}(?<!(?:可以|不用|不必|唔使|无需|如果|要是)${YOUS})(?:自己|自行)攞${Z}|(?:请|敬请)${YOU}?(?:自己|自行)(?:去|到)?(?:参考|查看|查阅|处理|解决|联系|上网|前往|阅读|看|睇)${Z}`,
  // "do X, then call back" and "someone must be home": 关好再打来 / 整理好再来电 / 看一眼再说 / 家里必须留人
  String.raw`(?:好|完)(?<!(?:我|我们|我哋|帮您|帮你)[^，。！？\n]{0,12})(?<=把[^，。！？\n]{1,10})(?:之后|以后|后)?(?:先)?再(?:打来|来电|打电话来|联络|联系|找)(?:我|我们|我哋)?|(?:看一眼|看一下|看看|睇下|睇一睇)再(?:说|讲|投诉)|(?:必须|一定要|务必)(?:有人)?(?:留人|有人在家)`,
  // you + 把 + redo: 您把问题从头再说一遍 / 您把身份证号再报一次
  String.raw`${YOUS}(?<!(?:可以|或者|或|如果|麻烦|请|要是|需要)${YOUS})把[^，。！？\n]{1,10}?(?:再|重新|从头)(?:再)?(?:说|讲|报|念|读|发|传|填|交|拍|寄|提供)(?:一遍|一次|一下)?(?![^，。！？\n]*(?:吗|好吗|谢谢|吧))`,
  // don'ts: 别自己乱点 / 别在这里刷屏 / 请勿再提交 / 您不用再打来问了 / 不要到柜台才翻包
  String.raw`(?:别|不要|唔好|咪)(?:自己)?乱(?:点|按|搞|弄|改|动|撳|试)|(?:别|不要|唔好|咪)(?:再)?(?:在这里|喺度|在这边)?(?:刷屏|洗版)|请勿再${Z}|不用再(?:打来|来电|打电话来)?(?:问|催)(?:了|啦)${ZE}|(?:不要|别|唔好)(?:到|等到)[^，。！？\n]{1,8}?(?:才|先)[^，。！？\n]{1,10}`,
].join('|');
const R7_ZH_NEGATIVE = [
  // not ours to handle: 不归我们客服管 / 不是我们客服部负责的 / 唔关我哋部门事 / 我们饭店这边不处理 / 我们旅行社管不到 / 官方不负责
  String.raw`(?:(?:不归|唔归)(?:我|${WE})[^，。！？\n]{1,8}?管|(?:不是|唔系|并非)(?:我|${WE})[^，。！？\n你您]{1,8}?(?:负责|处理|管|跟进|受理)(?:的|嘅)?${ZE}|(?:我|${WE})[^，。！？\n你您]{0,8}?(?:这边|呢边)(?:不|唔)(?:处理|负责|管|受理)(?:的|嘅|㗎)?${ZE}|(?:管不到|管不了|管唔到)(?:的|嘅)?${ZE}|官方(?:概)?(?:不|唔)负责)${noZhAlt}`,
  // we won't / can't / no use: 我们已经不提供任何支持了 / 这个功能我们不会做 / 过咗时间我哋唔会再派 / 加不进去 / 我这边查不到 / 申诉也没有用
  String.raw`(?:(?:不|唔)(?:再)?提供任何[^，。！？\n]{0,4}?(?:支持|服务|协助|帮助|维修)|${WE}(?:不会|唔会)(?:做|开发|增加|加|上线)(?:的|嘅)?${ZE}|${WE}(?:不会|唔会)再(?:派|送|处理|安排|受理|补|寄)${Z}|(?:加|插|塞)(?:不进去|唔入|不进)(?:了|啦)?|(?:我|我们|我哋|这边|呢边)(?:这边|呢边)?(?:也|都)?(?:查|搵|找)(?:不到|唔到)${ZE}${ZIF}(?![^\n]{0,40}?(?:麻烦|请|提供|确认|核对|再|帮))|(?:申诉|上诉|复议)(?:也|都)(?:没有?用|冇用|无用))${noZhAlt}`,
].join('|');
const R7_ZH_POLICY = [
  // nobody can change the system: 这是系统设定 / 是系统自动清零的 / 谁也恢复不了 / 否则系统会自动停机 / 过咗期系统会自动停线
  String.raw`(?:谁|边个|任何人)(?:也|都)(?:改|恢复|动|撤销|取消|改变|帮)(?:不了|唔到|不到)(?<=系统[^。！？\n]{0,30})|(?:是|系)系统自动(?:清零|停机|停线|停话|取消|关闭|注销|回收|作废|冻结)|(?:否则|不然|唔系|过咗期|逾期|过期)[^，。！？\n]{0,4}?系统(?:会|就)?自动(?:停|取消|关|注销|回收|作废|冻结|清零)[^，。！？\n]{0,4}|(?:这|呢个|这个)(?:是|系)系统(?:的|嘅)?(?:设定|设置|规则|默认)(?:的|嘅)?${ZE}`,
  // only the record counts, final: 我们只认系统里的记录 / 只能按预订系统里的来 / 申诉结果是终审 / 不接受任何申诉
  String.raw`(?:只|只会|只能|只可以)(?:认|按|依|以|跟)(?:照)?[^，。！？\n]{0,4}?(?:系统|记录|纪录|合约|合同)[^，。！？\n]{0,8}|(?:是|为)(?:终审|最终(?:决定|结果|裁决|裁定))|(?:不设|不接受|不再接受)(?:任何)?(?:上诉|申诉|复议)`,
  // head office's rule: 这是总公司的政策 / 这是总公司统一调整的 / 按照厂家规定，…不再提供维修 / 根据理赔管理办法，…一律暂停处理
  String.raw`(?:是|系)(?:总部|总公司|集团|上面|上头|总行)(?:的|嘅)?(?:统一)?(?:政策|规定|决定|调整|安排)|(?:按照|根据|依照|依据|按|依)[^，。！？\n]{0,8}?(?:规定|办法|规则|政策|条款)[，,]\s*[^，。！？\n]{0,14}?(?:一律|不再|不予|恕不|概不)[^，。！？\n]{1,10}`,
].join('|');
const R7_ZH_WAIT = [
  // 对不起回复得这么慢 / 抱歉让您等了一上午 / 让您一直在线上等 / 久候了，不好意思
  String.raw`(?:覆|回复|回覆|回)得(?:这么|那么|咁)(?:慢|迟|晚)|(?:让|要|累|令)${YOU}(?:等|等候)(?:了|咗)?(?:一|大半|半|成|好几|几)(?:个)?(?:上午|下午|早上|晚上|天|整天|个钟|小时|钟头)|(?:让|要|累|令)${YOU}一直(?:在线上?|喺度|在这里)?(?:等|干等|等候)|久候(?:了|咗)?${WITH_APOL}`,
].join('|');
// English
const R7_EN_BLAME = [
  // the cause is on the customer's side: "must be your phone's settings", "something must have happened on your side"
  String.raw`\b(?:must|has to|probably|likely|could) (?:be|have (?:happened|been)) (?:on |at |with |from )?your (?:own )?(?:side|end|phone|device|router|browser|network|connection|computer|laptop|settings|wi-?fi|equipment|set-?up|\w+'s settings)\b${E}|\b(?:happened|gone wrong|went wrong) on your (?:side|end)\b`,
  // guesses about what they missed: "you may not have heard the doorbell", "Are you sure nobody at home took it in?", "I assume you'd already seen"
  String.raw`\byou (?:may|might|probably|likely) (?:not |never )?(?:have )?(?:not )?(?:heard|seen|noticed|read|checked|missed|forgotten|misread|overlooked)\b${E}|\bare you sure (?:nobody|no one|someone|somebody|you (?:didn't|did not|haven't|weren't|entered|typed|checked))\b${E}${ET}|\bI (?:assume|presume|take it) you(?:'d| had| have|'ve)? (?:already )?(?:seen|read|received|understood|known)\b${E}`,
  // it was set out to you; you should have: "as mentioned in the email you received", "clearly set out in the documents you accepted", "You ought to have declared"
  String.raw`\b(?:as (?:mentioned|stated|explained|outlined|set out|noted) in|(?:clearly|explicitly) (?:set out|stated|explained|mentioned|written) in) the [^,.;:!?\n]{1,40}? you (?:received|signed|accepted|agreed to|were sent|were given)\b${E}|\byou ought to have\b${E}|\bhad you (?:read|checked|looked|followed|contacted|told|declared|paid|called)\b[^.!?\n]{0,60}?\byou (?:would|'d) (?:have|not have|never have)\b${E}`,
  // what they did: "You turned up 20 minutes late", "you applied it after payment", "you weren't in either time"
  String.raw`\byou (?:turned up|arrived|showed up|came|called|paid|applied (?:it|the \w+)|submitted|booked|cancell?ed) [^,.;:!?\n]{0,20}?\b(?:late|after|past the)\b${E}|\byou (?:weren't|were not) (?:in|home|at home|there|available|around)\b${E}`,
].join('|');
const R7_EN_DEFENSIVE = [
  // our X never / would never: "Our sync engine has never lost data", "Our engineers never miss appointments", "our agents would never say that"
  String.raw`\bour (?:\w+ ){0,3}?(?:has|have|had) never\b${E}|\bour (?:\w+ ){0,2}?(?:never|would never|wouldn't|don't ever|do not ever) (?!charge|share|ask|sell|store|call you|contact you)\w+${E}`,
  // our X is fine: "Our network is fine", "Our records are accurate", "Our response times are normally excellent", "among the most reliable"
  String.raw`\bour (?:\w+ ){0,3}?(?:is|are) (?:normally |usually |always |extremely |very |highly |perfectly |completely |fully )?(?:fine|accurate|correct|reliable|excellent|experienced|working (?:fine|perfectly)|among the (?:most|best))\b${E}|\b(?:their|our) (?:decisions?|records?|figures|readings?) (?:are|is) (?:not wrong|never wrong|correct)\b${E}`,
  // it doesn't happen, rarely: "That simply doesn't happen with our meters", "such errors do not occur", "a faulty reading is very unlikely", "it's never been an issue", "I doubt anyone was rude"
  String.raw`\b(?:that|this|it) (?:simply|just) (?:doesn't|does not|can't|cannot|wouldn't) happen\b${E}|\b(?:such|these|those) (?:errors|mistakes|issues|problems|faults) (?:do not|don't|never|simply don't) (?:occur|happen)\b|\b(?:faulty \w+|mistakes?|errors?|fault)\b[^,.;:!?\n]{0,40}? (?:is|are|would be|seems) (?:very |highly |extremely )?unlikely\b|\b(?:it's|it has|it has) never been an? (?:issue|problem)\b|\bI doubt (?:anyone|any of|that (?:we|our|anyone))\b${E}`,
  // handled correctly: "We are satisfied that the claim has been handled correctly", "We followed the process correctly"
  String.raw`\bwe(?: are|'re) satisfied that\b${E}|\bwe followed (?:the|our) (?:process|procedures?|policy|rules) (?:correctly|properly|to the letter)\b`,
].join('|');
const R7_EN_PROVOCATIVE = [
  String.raw`\bwhat (?:is it|exactly) (?:do )?you (?:actually |really )?want (?:from (?:us|me)|me to do)\b|\bwhat do you (?:actually |really )?want (?:from (?:us|me)|me to do)\b|\bdo you want the \w+ or not\b|\byou(?:'re| are) (?:just|only) (?:looking|angling|after|trying) (?:for|to get) (?:a |some )?(?:free|freebies?|compensation|money|discount)\b${E}`,
  String.raw`\b(?:is there a reason|why do) you keep asking (?:the same|me the same)\b${E}|\brepeat (?:it|myself|this) (?:a|for the) (?:second|third|fourth|fifth|tenth) time\b|\bI've explained (?:this|it) as (?:simply|clearly) as I can\b|\bwho told you to (?:contact|call|email|message|ring|come to) (?:us|this|here)\b|\bwhat's the problem now\b|\bwhy are you (?:getting|being) so (?:defensive|rude|aggressive|difficult|hostile|worked up)\b|\bnobody(?:'s| is) forcing you\b${E}|\bI'm not sure what else you expect\b${E}`,
].join('|');
const R7_EN_NEGATIVE = [
  String.raw`\bnot something (?:our|my|this) (?:team|department|section|desk|office) (?:handles|deals with|does|covers)\b|\b(?:aren't|isn't|is not|are not) (?:my|our) (?:job|department|area|remit|responsibility)\b|\b(?:can't|cannot|won't) be (?:handled|dealt with|processed|answered) here\b`,
  String.raw`\bthere(?:'s| is) (?:no exception|nothing more (?:to discuss|I can do|we can do))\b|\bnothing more (?:I|we) can (?:tell you|do|say)\b|\bI (?:don't|do not) have access to (?:that|this|those|it)\b(?![^\n]{0,60}\b(?:but|however|can|will)\b)`,
].join('|');
const R7_EN_DISMISSIVE = [
  String.raw`\b(?:you(?:'re| are)|you seem to be) taking (?:this|it) (?:(?:way|far|much|a bit) )?(?:too|so|rather) (?:seriously|personally|hard)\b|\b(?:it is|it's|that is|that's) (?:a |an )?(?:minor|small|slight|tiny) \w+ only\b|\b(?:it's|it is|that's) only a (?:scratch|dent|mark|few|couple|minute|little)\b${E}|\b(?:honestly )?(?:a lot|lots|plenty|many|most) of (?:customers|people|users) (?:wait|have it|are waiting) (?:much |far |a lot )?(?:longer|worse)\b${E}|\ba matter of personal (?:expectations?|taste|preference)\b`,
].join('|');
const R7_EN_POLICY = [
  String.raw`\b(?:company|head office|bank|clinic|hotel|store|house|management|airline) (?:rules|policy)(?:,? I'm afraid)?(?=\s*[.!—–,-]|$)|\b(?:our|the|company|bank) policy is (?:not to|that we (?:don't|do not|can't|cannot|won't))\b${E}|\bthe (policy|rules?) (?:is|are) the \1\b|\bas per (?:\w+ )?(?:policy|rules)\b${E}`,
  String.raw`\b(?:under|per) (?:our|the|your) (?:[\w-]+ ){0,2}(?:rules|policy|policies|conditions|terms|wording|rate schedule)\b(?=[^.!?\n]{0,80}?\b(?:not|cannot|can't|won't|excluded|must|only|purged|void)\b)${E}|\bunder section \d[\d.]*\b${E}|\bpurged under\b${E}`,
].join('|');
const R7_EN_COMMAND = [
  String.raw`\bthis time,? make sure\b${E}|\bnext time,? (?:you )?(?:must|need to|have to|make sure)\b${E}|\bjust do (?:what|as) I (?:said|say|told you)\b|\byou are (?:requested|required|instructed) to\b${E}|${enAtClauseStart('give me')} (?:the|your) [^,.;:!?\n]{1,30}? again\b|\bif you insist on\b${E}|\bReply here only\b|\bbefore you (?:chat|contact|call|message) us again\b`,
].join('|');
const R7_EN_WAIT = String.raw`\bsorry you(?:'ve| have) been kept (?:on hold|waiting)\b${E}`;

/**
 * The built-in catalogue: the project's own wording, guided by the seeds' "say this
 * instead" examples (domain.md §4). Each rule is data; hosts add their own in the
 * same shape (see `ReplyRule`). Rules describe structures (a modal plus an action, a
 * refusal with no alternative, a minimiser plus an amount), not single sentences.
 */
export const BUILTIN_REPLY_RULES: readonly ReplyRule[] = [
  // ── command ──────────────────────────────────────────────────────────────
  {
    // 你必须… / 您得先… / 你要先… / 您需要自己… / 请您务必… / 你哋要…
    id: 'zh.command.must',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!不|如果|若|若是|要是|假如|万一|请问|只)${YOUS}(?:这边|那边)?(?:现在|今天|今日|而家|马上|这次|到时)?(?:也|都|还|就|一定)?(?!(?:得|要|应该|需要)先(?:看|睇|读|了解|问|查|核对|确认|比较|试)[^，。！？\n]{0,8}?再(?:下单|买|拍|付款|签|购买|投保|订))(?:必须|务必(?!注意|保重|小心|放心|保管)|一定要(?!注意|保重|小心|放心|保管好?)|得(?:自己|自行)?(?=先|把|马上|立刻|自己|赶紧|去|重新|提供|再|按|给我|等|交|付|带|亲自|本人|在|来|填|签|补|上传|联系|打|跟|找|过来|自行)|(?:需要|要)(?:自己|自行)?(?=先|亲自|本人|自己|自行|打|问|找|马上|立刻|即刻|赶紧|重新|再次|去|过来|带|把|按照|按时|等到|提供|提交|上传|寄回|补交|填写|签名|签字|联系|致电|到场|前往|在\S{1,6}内))(?<rest>${Z})(?![^。！？\n]{0,30}?(?:对吗|是吗|对不对|对吧|没错吧|对嗎))${ZT}`),
    suggestions: {
      hans: ['请您{rest}，您看可以吗？', '麻烦您{rest}，这样我能更快帮您处理。'],
      hant: ['請您{rest}，您看可以嗎？', '麻煩您{rest}，這樣我能更快幫您處理。'],
    },
  },
  {
    // 你自己去门市处理 / 你要自己打去保险公司问
    id: 'zh.command.yourself',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!不用|不必|无需|唔使|不需要|可以|也可以)(?!(?<=请|麻烦)您)${YOUS}(?:(?:要|得|需要)自己|(?:就)?自己(?!${GO_ASK_TAIL}))${ZIF}(?!(?:搞|弄|整)(?:坏|烂|错|丢|断|甩|花))(?<rest>(?:去|打|联系|找|到|搞|处理|弄|解决|问)${Z})${ZT}`),
    suggestions: {
      hans: ['麻烦您{rest}，您看可以吗？', '需要请您{rest}，如有需要我也可以先帮您联系。'],
      hant: ['麻煩您{rest}，您看可以嗎？', '需要請您{rest}，如有需要我也可以先幫您聯繫。'],
    },
  },
  {
    // 你给我先把截图发过来
    id: 'zh.command.give-me',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!请|麻烦|烦请|可以|能否|能不能)你给我(?<rest>(?:先|马上|立刻|赶紧|快点?)?(?:把|发|交|寄|填|拿|(?:说|讲)(?:清楚|明白))${Z})${ZT}`),
    suggestions: {
      hans: ['麻烦您{rest}，谢谢！', '可以请您{rest}吗？'],
      hant: ['麻煩您{rest}，謝謝！', '可以請您{rest}嗎？'],
    },
  },
  {
    // 你先把订单号发过来 / 你马上去… (你, not 您: an order, not a polite request)
    id: 'zh.command.you-do',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!请|麻烦|如果|要是|假如|万一)你(?:们|哋)?(?<rest>(?:先|马上|赶紧|立刻|快点?|即刻|现在就)(?:把|去|给我)${Z}|(?:马上|赶紧|立刻|即刻|快啲|快点)(?!就|会|能|可以|收到|有|到|帮|为|给[你您])[^，。！？,!?\n]+)${ZT}|(?<!请|麻烦|如果|要是|假如|万一|可以|建议)您(?:这边)?(?:现在就|现在马上|马上|立刻|立即|赶紧|即刻)(?<rest2>(?:去|把)${Z})${ZT}|(?<!请|麻烦|如果|要是|假如|万一)你(?:们|哋)?(?<rest3>(?:就)?(?:按|照)我(?:说|讲)的(?:去)?(?:做|办)${Z})${ZT}`),
    suggestions: {
      hans: ['麻烦您{rest}，谢谢！', '可以请您{rest}吗？', '麻烦您{rest2}，谢谢！', '可以请您{rest2}吗？', '麻烦您{rest3}，谢谢！', '可以请您{rest3}吗？'],
      hant: ['麻煩您{rest}，謝謝！', '可以請您{rest}嗎？', '麻煩您{rest2}，謝謝！', '可以請您{rest2}嗎？', '麻煩您{rest3}，謝謝！', '可以請您{rest3}嗎？'],
    },
  },
  {
    // 必须本人来办理 (no subject)
    id: 'zh.command.bare-must',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('必须|务必|一定要')}(?!注意|保重|小心|放心|保管)(?<rest>${Z})${ZT}`),
    suggestions: {
      hans: ['麻烦您{rest}，您看可以吗？', '需要请您{rest}，这样我能更快帮您处理。'],
      hant: ['麻煩您{rest}，您看可以嗎？', '需要請您{rest}，這樣我能更快幫您處理。'],
    },
  },
  {
    // 不要再打电话来催了 / 唔好再打嚟
    id: 'zh.command.dont-contact',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?:别|不要|唔好)(?:再)?(?:打电话|打来|打嚟|来电|催|发消息|找我们|找我|打过来|联系我们)(?:来|嚟)?(?:催)?了?`),
    suggestions: {
      hans: ['您不用再打电话来，有进展我们会第一时间联系您', '有消息我会主动联系您，您不用再跑一趟'],
      hant: ['您不用再打電話來，有進展我們會第一時間聯繫您', '有消息我會主動聯繫您，您不用再跑一趟'],
    },
  },
  {
    // 说清楚点 / 讲清楚啲 / 快点发过来
    id: 'zh.command.bare',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('(?:你|您)?(?:说|讲|写)(?:清楚|明白|快|大声)(?:点|一点|些|啲)')}(?:啦|吧)?|${zhAtClauseStart('快(?:点|一点|啲)|赶紧|赶快')}(?:把|发|交|回复|决定|说|讲|填|付|补|提供|寄|去)`),
    suggestions: {
      hans: ['能麻烦您再具体说一下吗？', '您可以再详细说说吗？这样我能更快帮您处理。'],
      hant: ['能麻煩您再具體說一下嗎？', '您可以再詳細說說嗎？這樣我能更快幫您處理。'],
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
    // 等多陣啦 / 等多一陣先: "wait some more", said as an order
    id: 'zh.command.wait-more',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('(?:你|您)?(?:就)?(?:再)?等多(?:阵|一阵|一下|下|两日|几日|一日|日|两天|几天)')}(?:啦|喇|囉|啰|先|吧)*`),
    suggestions: { hans: ['麻烦您再稍等一下，我会随时跟进', '请您再耐心等一会儿，有进展我马上告诉您'],
      hant: ['麻煩您再稍等一下，我會隨時跟進', '請您再耐心等一會兒，有進展我馬上告訴您'] },
  },
  {
    id: 'zh.command.listen',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:先|就)?|先)听我(?:说完|说|讲完|讲)(?!明)|${YOU}(?:先)?(?:别|不要|唔好)(?:再)?(?:说|讲|吵|插嘴|打断我)(?:了|喇|啦|住)`),
    suggestions: { hans: ['我可以跟您说明一下情况吗', '我补充一点可以吗'],
      hant: ['我可以跟您說明一下情況嗎', '我補充一點可以嗎'] },
  },
  {
    // you must / you'll have to / you've got to / you are required to / you're going to have to
    id: 'en.command.must',
    category: 'command',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:if|all|when|whenever|what|whether|unless|do|in case|where|how|nothing|anything) )\byou(?:'ll|'ve|'re| will)?(?: really| simply| just| still| first| now| then| also)? (?:must(?! have\b| be (?:mistaken|wrong|confused|confusing|misremembering|thinking of|looking at|joking|kidding|so|very|really|feeling|tired|frustrated|exhausted|worried|fed up|upset|annoyed|angry|disappointed|wondering|thinking))|have to|need to|have got to|got to|(?:(?:are|be) )?(?:required|obliged|obligated) to|(?:are )?(?:going to|gonna) (?:have|need) to)\b(?! (?:calm down|relax|settle down|chill|cool down|take a (?:deep )?breath))(?<rest>${E})${ET}`),
    suggestions: { en: ['Could you please {rest}?', 'It would help if you could {rest}.'] },
  },
  {
    id: 'en.command.need-you',
    category: 'command',
    lang: 'en',
    match: re(String.raw`\bI (?:need|want|expect) you to\b(?<rest>${E})${ET}`),
    suggestions: { en: ['Could you please {rest}?', 'It would help if you could {rest}.'] },
  },
  {
    // "First you send me the photo, then we talk."
    id: 'en.command.first-you',
    category: 'command',
    lang: 'en',
    match: re(String.raw`${enAtClauseStart('first(?:ly)?,? you')} (?!(?:can|could|may|might|'ll|will|would|should|need|have|'re|are|were|had|mentioned|said|told|asked)\b)(?<act>\w+${E})`),
    suggestions: { en: ['Could you first {act}?', 'It would help if you could {act} first.'] },
  },
  {
    // "Send us the photos by Friday or the claim will be closed."
    id: 'en.command.or-else',
    category: 'command',
    lang: 'en',
    match: re(String.raw`(?:kindly |just )?(?<act>\b(?:send|submit|provide|upload|pay|return|reply|respond|complete|sign|call|email|bring|fill in|fill out|update|confirm|contact|visit|come|finish|settle)(?<=(?:^|[.!?,;:\n])\s*(?:kindly |just )?(?:send|submit|provide|upload|pay|return|reply|respond|complete|sign|call|email|bring|fill in|fill out|update|confirm|contact|visit|come|finish|settle))\b[^,.;:!?\n]{0,80}?),?\s+(?:or|otherwise|or else)\s+(?<threat>(?:the|your|we|it|you|this|that|I)\b[^,.;:!?\n]*?\b(?:will|'ll|won't|can't|cannot|may|might|would)\b${E})${ET}`),
    suggestions: { en: ['Could you please {act:lower}? Otherwise, {threat}.', 'It would help if you could {act:lower}, so nothing holds things up.'] },
  },
  {
    // "Don't call us again about this."
    id: 'en.command.dont-contact',
    category: 'command',
    lang: 'en',
    match: re(String.raw`${enAtClauseStart("(?:please |just )?(?:(?:don't|do not) (?:call|contact|email|e-mail|message|ring|text|chat with|write to|come back to|bother) (?:us|me)|stop (?:calling|emailing|messaging|contacting|chasing|texting) (?:us|me)|(?:don't|do not) (?:call|contact|email|message|ring|text|chase) (?:us |me )?(?:again|back|anymore|any more)|(?:don't|do not|stop) keep(?:ing)? (?:calling|messaging|emailing|asking|chasing|sending|texting|writing))")}(?: again| back)?(?: about (?:this|that|it))?\b`),
    suggestions: { en: ['There’s no need to contact us again about this; we’ll be in touch as soon as there’s news', 'You won’t need to call again; I’ll make sure you hear from us'] },
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
    // 你搞错了 / 您下单的时候自己选错了 / 係你自己撳錯咗 / 您應該是密碼打錯了
    id: 'zh.blame.wrong',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?<![不唔])(?:肯定|一定|应该|就|都)?(?:是|系))?(?<!如果|若|万一|要是|假如|以免|避免|防止|怕|担心|是否|不是|唔系|并不是|不一定是|给|帮|(?<!因)为|替|跟|向|把|被|让|对)${YOUS}(?!的|嘅)(?:(?!反映|反馈|提到|说|讲|问|话|以为|觉得|担心|怀疑)[^，。！？,?!\n你您我没冇不唔未别否吗嘛有被]){0,8}?(?:搞|弄|记|看|睇|填|输入?|入|攞|拣|挑|打|写|理解|听|算|选|买|操作|下单|读|撳|按|点|拨|拼|签|勾|扫|设置|设定|用|寄|报)错(?:误|咗)?了?|${YOU}(?:完全|根本)?错了|${YOU}(?:自己)?(?:误会|误操作|误删|误点|误触|误按)了?|${YOU}(?:的)?理解(?:有误|有偏差|有问题|错了|不对|错误)|(?:是|系)${YOU}(?:自己)?(?:太)?(?:唔小心|不小心|粗心|大意)|${YOU}(?:自己)?太(?:粗心|大意|不小心|唔小心)|${YOU}(?:这边|那边)?(?:当时|当初|之前)?自己${ZIF}(?:当时|当初|之前)?(?:把[^，。！？\n]{1,8}?)?(?:删掉?|删除|取消|关闭|关掉|退订|注销|勾选|设置|同意|确认|选择|点了|改了|拣错|挑错)(?![^，。！？\n]{0,6}的话)`),
    suggestions: { hans: ['我觉得这里可能有些误会，我们一起核对一下好吗？', '可能是我没说清楚，我再跟您确认一下。'],
      hant: ['我覺得這裡可能有些誤會，我們一起核對一下好嗎？', '可能是我沒說清楚，我再跟您確認一下。'] },
  },
  {
    // 您填写的地址有误
    id: 'zh.blame.input',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:输入|填写|填|提供|选择|选|写)的${ZIF}[^，。！？\n]{1,6}?(?:有误|错误|不对|不正确|少了|多了|漏了|不完整|不全)`),
    suggestions: { hans: ['我们一起核对一下这里的信息好吗？', '这里的信息可能需要再确认一下，我来帮您核对。'],
      hant: ['我們一起核對一下這裡的信息好嗎？', '這裡的信息可能需要再確認一下，我來幫您核對。'] },
  },
  {
    id: 'zh.blame.fault',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:都|就|这|这就)?(?<![不唔])(?:是|系)|都怪|怪)${YOU}(?:自己)?(?:的|嘅)?(?:错|问题|责任|原因|疏忽)|${YOU}自己的(?:问题|责任|错)`),
    suggestions: { hans: ['我们一起看看问题出在哪里，我来帮您处理。', '我先帮您查清楚原因。'],
      hant: ['我們一起看看問題出在哪裡，我來幫您處理。', '我先幫您查清楚原因。'] },
  },
  {
    // 应该是您那边网络的问题
    id: 'zh.blame.your-side',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?<![不唔])(?:是|系)${YOU}(?:部|个|台|嘅|的|家|屋企)?(?:机|手机|电脑|设备|路由器|router|网络|网|线路|电线|插头|宽带|设定|设置)(?:的|嘅)?(?:问题|原因|故障|毛病)|(?<![不唔])(?:应该|肯定|一定|估计|多半|可能)?(?:是|系)${YOU}(?:那边|这边|嗰边|自己|本身|家|家里|屋企|的网络|嘅网络|的网路|的手机|嘅手机|的设备|的电脑|网络|网路|手机|设备|电脑)(?:的|嘅)?[^，。！？\n是]{0,5}?(?:的|嘅)?(?:问题|原因|责任)`),
    suggestions: { hans: ['我们一起排查一下是哪个环节出了问题', '我先帮您查一下原因'],
      hant: ['我們一起排查一下是哪個環節出了問題', '我先幫您查一下原因'] },
  },
  {
    id: 'zh.blame.didnt',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:肯定|一定|就)?是)?${YOU}(?:这边|那边)?(?:[^，。！？\n你您我如要若]{1,6}?(?:的时候|时|前|当时|当初))?(?:是不是|是否|系唔系)?(?:自己)?(?:没有?|未|冇)(?:按照?(?:说明|步骤|指示|指引|流程)|照(?:说明|步骤|指示)|填对|填好|填完整|看清楚?|看仔细|仔细看|认真看|睇清楚?|睇仔细|按|及时|准时|注意|留意|阅读|读|确认|核对|检查|备份|保存)${Z}`),
    suggestions: { hans: ['这里还有一点需要您补充一下，我来帮您一起看。', '可能是我们的说明不够清楚，我来帮您确认一下。'],
      hant: ['這裡還有一點需要您補充一下，我來幫您一起看。', '可能是我們的說明不夠清楚，我來幫您確認一下。'] },
  },
  {
    // 都是因为您没及时缴费 / 係你自己唔記得改密碼 / 是你自己当初勾选了自动续保
    id: 'zh.blame.because',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:因为|由于|皆因)${YOU}(?:自己)?(?:当时|之前|当初)?(?:没有?|冇|未|唔记得|忘记?了?|忘咗|漏了?)(?!有|收到|接到|到|在|能|办法|时间|空|法)[^，。！？\n]{1,12}|(?<![不唔])(?:是|系)?${YOU}自己(?:当时|之前|当初)?(?:没有?|冇|未|唔记得|忘记?了?|忘咗|漏了?)[^，。！？\n]{1,12}|(?<![不唔])(?:是|系)${YOU}自己(?!的|嘅|来|嚟|决定|选择吗)[^，。！？\n]{1,12}`),
    suggestions: { hans: ['这一步可能没有提醒到位，我来帮您处理。', '可能是我们的提示不够清楚，我来帮您处理。'],
      hant: ['這一步可能沒有提醒到位，我來幫您處理。', '可能是我們的提示不夠清楚，我來幫您處理。'] },
  },
  {
    // 您当时要是仔细看一下合同，就不会…
    id: 'zh.blame.if-only',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:当时|当初|之前|早前)(?:要是|如果|若是|假如)|(?:${YOU}(?:要是|如果|若是|假如)|(?:要是|如果|假如|若是|早知)${YOU})(?:当时|当初|之前|早前|早点?|早些|一早))[^，。！？\n]{1,14}(?=[，,]\s*(?:就|也|都|咪|根本)(?:不会|唔会|没有?|冇|不用|唔使|可以避免|能避免))|${YOU}(?:当时|当初)?早(?:点|些|啲)?[^，。！？\n]{1,12}(?=[，,]\s*(?:就|也|都|咪)(?:不会|唔会|没有?|冇|不用|唔使))`),
    suggestions: { hans: ['这一点可能没有说明清楚，我来帮您一起看一下', '下次可以先留意一下这一点，这次我先帮您处理'],
      hant: ['這一點可能沒有說明清楚，我來幫您一起看一下', '下次可以先留意一下這一點，這次我先幫您處理'] },
  },
  {
    // 您这边下单前应该先咨询一下客服的嘛 (hindsight: "you should have…") / 您确定没弄错吗
    id: 'zh.blame.should-have',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:这边|那边|自己)?(?:[^，。！？\n你您如要若]{0,6}?(?:前|的时候|当时|当初|之前|一早))(?:就|也)?(?:应该|应当)(?:要)?${Z}|${YOU}(?:这边|那边)?(?:确定|肯定|确认)(?:自己)?(?:没有?|冇)(?:弄|搞|看|填|记|输|打|选|按|写)错(?:吗|咩|嘛|呢)?`),
    suggestions: { hans: ['这一点可能没有提醒到位，我来帮您一起看一下', '我们一起核对一下，我来帮您处理'],
      hant: ['這一點可能沒有提醒到位，我來幫您一起看一下', '我們一起核對一下，我來幫您處理'] },
  },
  {
    id: 'zh.blame.operation',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?:肯定|一定|应该|就)?是)?${YOU}(?:这边|那边|自己)?(?:的)?(?:操作|使用方法|用法)(?:有误|错误|不当|有问题|不对)|(?<![不唔])(?:是|系)${YOU}(?:自己)?(?:唔识|不会|不懂)(?:用|操作|装|安装|设置|设定|睇|看|搞)`),
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
    match: re(String.raw`\byou(?:'ve| have)?(?: must have| probably| clearly| obviously| just)? (?:entered|typed|chose|selected|picked|put|gave|filled|used|ordered|clicked|sent|provided|read|spelled|got|did|copied|wrote|dialed|dialled)\b[^,.;:!?\n]{0,30}?\bwrong(?:ly)?\b(?: ${E})?`),
    suggestions: { en: ['I think something may have got mixed up here; let’s check it together', 'It looks like there may be a mix-up; let me check it with you'] },
  },
  {
    // "you must have selected March instead of May"
    id: 'en.blame.must-have',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:if|in case|when|whether) )\byou(?:'ve| have)? (?:must have|must've|probably|clearly|obviously|accidentally|mistakenly)(?: (?:just|accidentally))? (?:skipped|entered|typed|selected|chosen|chose|picked|clicked|ordered|booked|put|pressed|tapped|used|set|turned|deleted|cancell?ed|changed|forgot|forgotten|missed|skipped|ignored|misread|misunderstood|overlooked|confused|mixed|uploaded|sent)\b${E}`),
    suggestions: { en: ['It looks like something may have got mixed up; let me check it with you', 'I think there may be a mix-up here; let’s look at it together'] },
  },
  {
    id: 'en.blame.you-are-wrong',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\byou(?:'re| are| must be| might be| may be)(?: (?:clearly|obviously|simply|probably|quite))? (?:wrong|mistaken|incorrect|confused|misremembering)\b|\byou agreed to (?:it|this|that|them)\b|\byou(?: must)? (?:have )?(?:made|'ve made) (?:a |an )?(?:mistake|error)s?\b|\byou (?:misunderstood|misread|misheard|got (?:it|that|this) wrong|confused me)\b`),
    suggestions: { en: ['I think there may be a misunderstanding', 'Maybe I didn’t explain it clearly'] },
  },
  {
    id: 'en.blame.didnt',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\byou(?<!\b(?:mentioned|said|say|told (?:us|me)|explained|confirmed)(?: that)? you)(?: (?:clearly|obviously|probably|simply|just))? (?:didn't|did not|failed to|forgot to|never|neglected to) (?:read|check|follow|look at|fill|enter|update|save|keep|pay|confirm|select|tick|attach|register|submit|send|provide|upload|activate|return|verify|sign|complete|notify|inform|tell|report|call|contact|cancel|back up|install|renew|reply|respond)(?:s|ed|d|ted)?\b(?<rest>${E})`),
    suggestions: { en: ['It looks like one step may have been missed; let me walk you through it', 'That part may not have been clear; let me help with it'] },
  },
  {
    // "if you had read the T&Cs you would know…"
    id: 'en.blame.if-had',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\bif you(?:'d| had)(?: (?:just|only|actually|properly|carefully|bothered to))? (?!(?:read|checked|looked at|seen|opened) (?:my|our) (?:(?:previous|last|earlier|first|original) )?(?:email|e-mail|message|reply|response|note|chat))(?:read|checked|followed|looked|called|contacted|paid|updated|entered|filled|told|submitted|listened|waited|asked|saved|kept|backed|registered|confirmed|paid attention)\b${E}`),
    suggestions: { en: ['That part may not have been clear; let me walk you through it', 'I can see how that was easy to miss; let me help'] },
  },
  {
    // "you were told about the fee when you signed up"
    id: 'en.blame.told',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:sorry|apologi[sz]e|regret|unfortunately|mistakenly|wrongly)(?: that)? )\byou were (?:already |clearly |specifically |properly )?(?:told|informed|notified|warned|advised)\b(?! (?:wrong|incorrectly|otherwise|the wrong|by mistake))(?: ${E})?`),
    suggestions: { en: ['I’m sorry if that wasn’t clear at the time; let me explain it again', 'Let me go over that again, since it may not have been clear'] },
  },
  {
    // "That's a user error on your side"
    id: 'en.blame.user-error',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\b(?:(?:that's|it's|that is|it is|this is)(?: (?:a|an|clearly|definitely|probably|just|simply))* )?user error(?: on your (?:side|end|part))?\b|\b(?:error|mistake|fault|problem|issue)(?: is| was)? (?:on|at|from) your (?:side|end|part)(?: only)?\b|\b(?:it's|that's|it is|that is|this is)(?: (?:a|an|clearly|definitely|probably|just))* (?:problem|issue) (?:on|at|with) your (?:side|end|device|phone|computer|network|connection|router)\b`),
    suggestions: { en: ['Let’s check the settings together', 'Let me help you find what’s causing this'] },
  },
  {
    id: 'en.blame.fault',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\b(?:(?:that|it|this)(?:'s| is|'s all| is all) )?(?:your(?: own)? (?:fault|mistake)|on you)\b(?<!\b(?:not|isn't|wasn't|never)\s+(?:\w+\s+)?(?:your(?: own)? (?:fault|mistake)|on you))|\byou should(?: have|'ve) (?:\w+ed|read|known|seen|done|told|taken|given|written|sent|kept|paid|made|put|chosen|brought|thought|gone|left|bought|understood)\b(?<!received|been)${E}|\bare you sure you (?:didn't|did not|haven't|have not)\b${E}|\b(?:it's|it is|that's|that is|this is|it was|that was) (?:entirely |completely |solely )?your (?:own )?responsibility\b${E}`),
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
    // 我们不能… / 我哋做唔到 / 我幫唔到你 / 我也没权限 — unless an alternative follows
    id: 'zh.negative.cannot',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`我(?:们|哋)?(?:客服|公司|这边|呢边|也|都|真的|真系|实在|确实|现在|暂时|而家){0,2}(?:不能|无法|没法|没办法|没有办法|冇办法|唔可以|做不到|做唔到|帮不了|帮唔到|办不到|搞唔掂|(?:没有?|冇)(?:这个)?(?:权限|权力|权利|权))(?!保证|承诺|确定|确认|肯定|想象|让您|让你)(?:(?:帮|给|为|替)${YOU}|${YOU}(?=[，。！？,!?\n]|$))?(?<what>${Z})${noZhAlt}`),
    suggestions: { hans: ['关于{what:bare}，我可以换个方式帮您：……，您看可以吗？', '我来帮您看看还有哪些办法。'],
      hant: ['關於{what:bare}，我可以換個方式幫您：……，您看可以嗎？', '我來幫您看看還有哪些辦法。'] },
  },
  {
    // 不能退款 / 就不能退貨 / 唔可以退 / 無法處理 — a refusal with no alternative
    id: 'zh.negative.refuse',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:就|都|也|亦|暂时|目前|现在|一律)?(?:不能|不可以|无法|没法|唔可以|唔能够|不予|恕不|概不|不可能|冇可能|没可能)(?=${ZH_SERVICE})(?<!(?:[能可]|(?:规定|政策|制度|规矩|系统)(?:上)?(?:是|也|都)?)(?:就|都|也|亦|暂时|目前|现在|一律)?(?:不能|不可以|无法|没法|唔可以|唔能够|不予|恕不|概不|不可能|冇可能|没可能))${ZIF}(?<what>${Z})${noZhAlt}`),
    suggestions: { hans: ['关于{what:bare}，目前确实有限制，不过我可以帮您：……，您看可以吗？', '我来帮您看看还有哪些办法。'],
      hant: ['關於{what:bare}，目前確實有限制，不過我可以幫您：……，您看可以嗎？', '我來幫您看看還有哪些辦法。'] },
  },
  {
    // 地址改不了 / 谁也改变不了 / 呢单嘢退唔到
    id: 'zh.negative.complement',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:谁(?:也|都)|我们?|我哋)?(?<!代|(?:刷屏|催|骂|吵|闹|发火|投诉|打电话)(?:也|都))(?:改变|改|退|换|办|处理|取消|修|补|赔|解决|管|搞|弄|批|满足|做|帮|操作|查|修改|更改|申请|受理)(?:不了|唔到|唔掂|不来)${ZIF}(?!吗|么|咩|的话|嘅话)${noZhAlt}`),
    suggestions: { hans: ['这个目前确实有限制，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'],
      hant: ['這個目前確實有限制，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'zh.negative.no-way',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:(?<![有想找])(?:没法|没办法|没有办法|冇办法|冇法|冇计)(?:处理|解决|通融|办|弄|沟通)?|不退不换|没得商量|冇得(?:搞|商量|退|改|换|办|减|补|赔|通融|转)|没有商量的余地|没有解决(?:方案|办法)|爱莫能助|(?:是|系)(?:不可能|冇可能)(?:的|嘅)(?=[，。！？,!?]|$))${noZhAlt}`),
    suggestions: { hans: ['我来帮您想想办法', '这确实有点麻烦，不过我会尽力帮您'],
      hant: ['我來幫您想想辦法', '這確實有點麻煩，不過我會盡力幫您'] },
  },
  {
    // 不行，已经过了退改期限。 / 唔得
    id: 'zh.negative.bare-no',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('(?:反正|总之|总而言之)?(?:都)?(?:就)?(?:那|这个|这样|呢个|咁)?(?:是|系)?(?:真的|实在|真系)?(?:不行|唔得|不可以|唔可以|无法|没办法)')}(?:的|嘅)?(?:喔|哦|喎|呀|啊|啦|咯|囉|呢|噢)?(?=[，。！？,!?\n]|$)${noZhAlt}`),
    suggestions: { hans: ['这个目前确实有限制，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'],
      hant: ['這個目前確實有限制，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    // 我们不提供上门维修服务 / 我哋唔做呢啲
    id: 'zh.negative.we-dont',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`${WE}(?:这边|公司|呢度)?(?:是|并|暂时|目前|一向)?(?:(?:不|唔)(?:提供|做|接受|支持|受理|负责|办理|处理|开放|设|退|换|赔|保修|包修|包退|包换)|(?:不会|唔会)(?:退|赔|换|补|受理|接受|负责|承担))(?!错)(?<what>${Z})${noZhAlt}`),
    suggestions: { hans: ['这项服务目前还没有开通，不过我可以帮您安排其他方式：……，您看可以吗？', '我来帮您看看还有哪些办法。'],
      hant: ['這項服務目前還沒有開通，不過我可以幫您安排其他方式：……，您看可以嗎？', '我來幫您看看還有哪些辦法。'] },
  },
  {
    // 否则没法处理 / 唔係唔處理
    id: 'zh.negative.or-else',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:不然|否则|要不然|唔系)(?:的话)?(?:就|我们就|我哋就|我哋)?(?:不|唔|没法|无法|冇办法|不能|唔可以)(?:给|帮|俾)?(?:处理|受理|办理|办|帮|跟进|理)`),
    suggestions: { hans: ['这一步完成后我马上帮您处理', '等您这边准备好，我第一时间帮您处理'],
      hant: ['這一步完成後我馬上幫您處理', '等您這邊準備好，我第一時間幫您處理'] },
  },
  {
    // 这不是我的事 / 不归我们部门管 / 唔关我事 / 这不是我能决定的
    id: 'zh.negative.not-mine',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`关我(?:咩|乜|什么|啥|屁)事|(?:这|那|这个|那个|呢个|呢件事)?(?:(?:不是|唔系|不归|不关|唔关)我(?:的事|嘅事|事|管|负责的?|负责嘅|的责任|部门的事|这边的事|的工作|嘅工作)|(?:不是|唔系)我(?:们|哋)?(?:部门|这边|呢边)(?:的事|嘅事|负责|管|跟|嘅嘢|的东西|的范围|嘅范围|的工作|嘅工作|的职责)的?|我(?:说了|讲咗|话咗|说的|讲的)(?:也|都)?(?:不算|唔算|唔作数|不作数)(?:的|嘅)?|(?:不归|唔归)${WE}?(?:这边|部门|这个部门)?管|(?:不是|唔系)我们?负责的?|(?:不是|唔系)我(?:能|可以|话得)(?:决定|控制|做主|管)(?:的|嘅)?|做不了主|做唔到主)`),
    suggestions: { hans: ['这件事有专人负责，我帮您转过去，您看可以吗？', '让我想想能为您做些什么'],
      hant: ['這件事有專人負責，我幫您轉接過去，您看可以嗎？', '讓我想想能為您做些什麼'] },
  },
  {
    // 这边建议您自己去营业厅问问吧 / 你自己打去物流公司問 (no modal): passing the customer on instead of handing over
    id: 'zh.negative.go-ask',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:(?:我们|我)?这边)?(?:建议)?(?<!可以|也可以|不用|不必|唔使)${YOUS}(?:还是)?(?:就)?自己${GO_ASK_TAIL}${NOT_AFTER_DISOWN}|(?<!可以|也可以|帮|替|我)${YOUS}(?:就|还是)?(?:直接)?(?:去)?(?:找|问|联系|打给|打去)(?:一下|下)?(?:厂家|厂商|快递(?:公司)?|物流(?:公司)?|银行|商家|卖家|售后|营业厅|门店|门市|保险公司|运营商|他们|对方|品牌方|官方)(?:吧|啦|囉|喇|啰)(?=[，。！？,!?\n]|$)${NOT_AFTER_DISOWN}|只(?:能|可以|好)(?:由)?${YOU}(?:自己|自行)(?:承担|负责|处理|解决|想办法|去|买单|付)${Z}`),
    suggestions: { hans: ['这件事由……负责，我帮您联系/转过去，您看可以吗？', '我先帮您问清楚，再把结果告诉您'],
      hant: ['這件事由……負責，我幫您聯繫/轉過去，您看可以嗎？', '我先幫您問清楚，再把結果告訴您'] },
  },
  {
    // 冇貨就係冇貨囉 / 不行就是不行
    id: 'zh.negative.tautology',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?<x>(?:冇|没有?|不|唔)[^，。！？,!?\s]{1,3}?)就(?:是|系)?\k<x>(?:囉|啰|啦|喇|了|咯|嘛|的|嘅|喎|㗎)*`),
    suggestions: { hans: ['这个目前确实没办法，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'],
      hant: ['這個目前確實沒辦法，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'zh.negative.unable',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:我们?(?:这边|也|真的|实在)?(?:处理|管|解决|办)不了|(?:这个|这件事)(?:挺|很|太)难办(?:的|了)?)${noZhAlt}`),
    suggestions: { hans: ['这确实有点麻烦，不过我会尽力帮您', '我请示一下主管，在……之前答复您'],
      hant: ['這確實有點麻煩，不過我會盡力幫您', '我請示一下主管，在……之前答覆您'] },
  },
  {
    // I can't… / I'm unable to… / we are not allowed to… — unless an alternative follows
    id: 'en.negative.cannot',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:I|we)(?:'m|'re| am| are)?(?: really| just| simply| unfortunately)? (?:can't|cannot|can not|won't be able to|will not be able to|unable to|not able to|not allowed to|not permitted to|not authori[sz]ed to|not in a position to)\b(?! (?:wait|thank|imagine|stress|tell you how|express|say enough|promise|guarantee|see|find|locate|hear|confirm|access|recall|believe|apologi[sz]e enough))(?<rest>${E})${noEnAlt}`),
    suggestions: { en: ['Here’s what I can do instead: …', 'Let me find another way to help with this'] },
  },
  {
    // "Sorry ah, cannot one." / "Cannot lah"
    id: 'en.negative.bare',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:cannot|can't)(?= (?:one|lah|leh|la|liao)\b) (?:one|lah|leh|la|liao)\b|${enAtClauseStart("cannot|can't|no can do")}(?=\s*[.!,;]|$)|${enAtClauseStart("(?:sorry,? )?(?:can't|cannot) (?:help|do|change|refund|cancel|fix|assist|sort)")}\b${E}${noEnAlt}`),
    suggestions: { en: ['Let me check what else I can do for you', 'Here’s what I can do instead: …'] },
  },
  {
    id: 'en.negative.nothing',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:there(?:'s| is) )?nothing (?:(?:more|else) )?(?:I|we) can do(?: about (?:it|this|that))?\b|\b(?:I|we) (?:can't|cannot) do anything(?: about (?:it|this|that))?\b`),
    suggestions: { en: ['Let me find out what we can do for you', 'Here’s what I can do: …'] },
  },
  {
    // "There is no way we can waive…" / "I have no way to change it"
    id: 'en.negative.no-way',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`\b(?:there(?:'s| is) no way (?:I|we) (?:can|could)|(?:I|we) (?:have|'ve got|had) no way (?:to|of))\b(?<rest>${E})${noEnAlt}`),
    suggestions: { en: ['Here’s what I can do instead: …', 'Let me find another way to help with this'] },
  },
  {
    // "We don't do refunds" / "I don't have the authority to" / "that's out of my hands"
    id: 'en.negative.dont-do',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`(?:\bwe (?:don't|do not) (?:do|offer|give|accept|provide|issue|allow|support|process|refund|exchange|replace|deliver|ship|deal with|handle)\b|\bI (?:don't|do not) have (?:the )?(?:authority|permission|power|ability) to\b|\b(?:that's|that is|this is|it's|it is) not something (?:I|we)(?: can)? (?:do|help with|change|offer|arrange|provide|support)\b|\b(?:that's|that is|it's|it is|this is)(?: simply| just)? not an option\b|\b(?:it's|that's|it is|that is) (?:out of|beyond) (?:my|our) hands\b|\b(?:my|our) hands are tied\b|\b(?:it's|it is|that's|that is) not up to me\b|\b(?:that's|that is|it's|it is) (?:way )?above my pay ?grade\b)(?<rest>${E})${noEnAlt}`),
    suggestions: { en: ['Here’s what we can offer instead: …', 'Let me see what other options we have'] },
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
    match: re(String.raw`(?:\b(?:that's|that is|it's|it is|this is) (?:simply |just |really )?(?:impossible|not possible)\b|\b(?:that|it|this) (?:won't|will not|wouldn't|would not|isn't going to) be possible\b|${enAtClauseStart('not possible|impossible')}(?=\s*[.!]|$)|\bthat's not going to happen\b|\b(?:is|are) not (?:possible|allowed|permitted|permissible)\b|\b(?:isn't|aren't) (?:possible|allowed|permitted|permissible)\b)(?<!\b(?:policy|policies|rules|guidelines|terms)\b[^.!?\n]{0,60})${noEnAlt}`),
    suggestions: { en: ['Let me check what options we have', 'Here’s what we can do instead: …'] },
  },

  // ── dismissive ───────────────────────────────────────────────────────────
  {
    id: 'zh.dismissive.calm',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:请)?(?:${YOU}(?:先|要|能不能)?)?(?:冷静(?:一下|一点|点|下来)?(?![的地])|深呼吸|消消气|少安毋躁|淡定(?:啲|点|一点)?)|${zhAtClauseStart('放轻松')}(?:啦|点|啲|一点|些)?`),
    suggestions: { hans: ['我明白这件事让您很着急，我们一起来解决', '您的心情我能理解，我马上帮您处理'],
      hant: ['我明白這件事讓您很著急，我們一起來解決', '您的心情我能理解，我馬上幫您處理'] },
  },
  {
    id: 'zh.dismissive.excited',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:${YOU}(?:太|别|不要|别这么|不要这么|这么|不用这么)|别|不要|不用)激动了?|${YOU}?(?:反应过度|太敏感|小题大做)了?|(?:别|不要)小题大做|(?:不用|不要|别|唔使|唔好|没必要)?(?:这么|咁)?大惊小怪|(?:唔好|唔使)(?:咁|这么)?激动|${YOU}(?:也)?(?:太|有点|未免太|真系太)(?:较真|计较|夸张|矫情|玻璃心)了?`),
    suggestions: { hans: ['我能理解您的心情', '换作是我也会着急'],
      hant: ['我能理解您的心情', '換作是我也會著急'] },
  },
  {
    // 不需要这么生气吧 / 唔使咁激动 / 有必要这么生气吗
    id: 'zh.dismissive.no-need',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:不需要|不用|唔使|不必|没必要|别|不要|唔好|犯不着|犯不上|用不着|何必|有必要|使唔使)(?:这么|那么|咁|太|如此)(?:生气|激动|着急|紧张|嬲|大反应|火大|上火|夸张|在意|计较|介意|认真)(?:吧|啦|嘛|喔|吗|咩|呀|啩|好不好|好唔好|得唔得|得不得|可以吗|行不行)?`),
    suggestions: { hans: ['我理解您为什么会生气', '换作是我也会着急'],
      hant: ['我理解您為什麼會生氣', '換作是我也會著急'] },
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
    // 这只是小问题 / 就这点小事 / 咁小事都嬲 / 这点钱也不多 / 这也不是什么大问题
    id: 'zh.dismissive.small',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:(?:这|那|呢啲)(?:只是|就是|不过是|是|只|都是|都系)(?:一个|个|一件)?(?:小问题|小事)|多大(?:点|点儿|的|个)?(?:事儿?|问题)(?:啊|呀|嘛|啦|儿)?|(?:也|都|并)?(?:没有?|冇)(?:那么|这么|咁|想象中那么)(?:严重|夸张|糟糕|大件事)(?:啦|吧|嘛|的|嘅)?|(?:就|才)?(?:这|呢|咁|这么|那么)(?:点|点点|啲|么点|种)?(?:小事|小问题|小意思|小数目)(?:都|也)?(?:嬲|生气|激动|投诉|紧张)?|(?:这么|咁)小(?:的|嘅)(?:事|问题)|(?:这|呢)(?:点|啲|么点)(?:钱|差价|时间)(?:也|都)?(?:不多|没多少|冇几多|唔多|而已|罢了|不算什么|算不了什么)|(?:这|那|呢个)?(?:也|都)?(?:不是|唔系)(?:什么|乜嘢|咩)?大(?:事|问题|不了的?)|(?:这|那)?没什么大(?:事|不了的?)|(?:没什么|冇咩|冇乜|没啥|有什么|有咩)大不了(?:的|嘅)?|(?:只是|不过是|只不过是)(?:一个|个|一件|啲)?(?:小问题|小事|小毛病)|(?:小事|少少事|少少嘢)(?:嚟|来)?(?:啫|咋|而已|罢了)|不至于(?:吧|啦|嘛|呀)?(?=[，。！？,!?]|$)|(?:有|没|冇)(?:什么|咩|乜|啥)好(?:生气|着急|激动|急|嬲|投诉|大惊小怪)的?|反应(?:也)?(?:太|有点|未免太|好|咁)大|至于(?:吗|这么)|${YOU}(?:想|谂)(?:得)?(?:太)?多(?:了|咗)|(?:想|谂)太多了)(?:(?:也|都|你|您)?至于(?:吗|嘛|么|咩))?`),
    suggestions: { hans: ['我明白这件事给您添了麻烦，我马上帮您处理', '这件事对您很重要，我会认真跟进'],
      hant: ['我明白這件事給您添了麻煩，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    // 才几块钱的差价 / 只是晚了半小时而已 / 不就是晚了一天吗 / 咪就係遲咗一日
    id: 'zh.dismissive.minimize',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:(?:才|只|只是|只不过|仅仅|不就是|不就|咪就系|咪就|不过是|也就|也就是)(?:差|晚|迟|慢|多|贵|延误|延迟|等|超)?|(?:就|不过|都系|都是)(?:差|晚|迟|慢|多|贵|延误|延迟|等|超))(?:了|咗)?(?:几|[一二两三四五六七八九十百千半\d])+(?:个|块|元|蚊|毛|分钟|分|秒|天|日|小时|钟头?|个钟|星期|周|次|毫)(?:钱|多|左右)?(?:[^，。！？\n]{0,6}?(?:而已|罢了|啫|咋|嘛|吗))?|(?:才|只|只是|不过|就|也就)(?:差|晚|迟|慢|多|贵|延误|延迟|等)?(?:了|咗)?(?:一点点|一点|少少|一阵|一会儿?)[^，。！？\n]{0,4}?(?:而已|罢了|啫|咋)|(?:差|晚|迟|慢|延误|延迟|贵)(?:了|咗)?(?:少少|一点点|一阵|一阵间)(?:啫|咋|而已|罢了|嘛)|(?:差|晚|迟|慢|延误|延迟)(?:了|咗)(?:几|[一二两三四五六七八九十百千半\d])+(?:个|块|元|蚊|毛|分钟|分|秒|天|日|小时|钟头?|个钟|星期|周|次|毫)[^，。！？\n]{0,4}?(?:而已|罢了|啫|咋)`),
    suggestions: { hans: ['我明白这给您带来了不便', '这确实给您添了麻烦，我马上帮您跟进'],
      hant: ['我明白這給您帶來了不便', '這確實給您添了麻煩，我馬上幫您跟進'] },
  },
  {
    // 这种情况很正常的 / 好平常啫 / 好正常㗎
    id: 'zh.dismissive.normal',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:这种?|这样|呢种|呢啲|这个)(?:情况|事情?|问题|嘢)?(?:其实)?(?:是|系)?(?:很|好|都好|挺|非常|十分|也很|都很)(?:正常|平常)(?:的|嘅)?(?:啦|啫|㗎|喇|咯|嘛|呀)?|(?:很|好|挺|非常|都好)(?:正常|平常|常见|普遍)(?:啦|啫|㗎|喇|咯|嘛|吧|呀)`),
    suggestions: { hans: ['我理解这种情况让您很困扰', '这确实让人着急，我帮您看看怎么解决'],
      hant: ['我理解這種情況讓您很困擾', '這確實讓人著急，我幫您看看怎麼解決'] },
  },
  {
    id: 'en.dismissive.calm',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:please )?(?:calm down|settle down|chill out|cool down|take a (?:deep )?breath|calm yourself|get a grip)\b|${atClauseStart('please |just |now ', 'relax|take it easy|chill')}`),
    suggestions: { en: ['I can hear how frustrating this is, and I’m here to sort it out', 'I understand this is upsetting; let’s fix it together'] },
  },
  {
    id: 'en.dismissive.overreacting',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\byou(?:'re| are) (?:overreacting|overthinking|being (?:a (?:bit|little) |so |too |very |rather )?(?:emotional|unreasonable|dramatic|hysterical|sensitive|difficult)|too (?:emotional|sensitive|worked up))\b|\b(?:(?:there's|there is) )?no (?:need|reason) to (?:get |be )?(?:so )?(?:upset|angry|mad|worked up|emotional)\b|\bdon't take (?:it|this|that) (?:so )?personally\b|\b(?:everyone|everybody|all our customers|lots of people|a lot of people) (?:has|have|gets?|experiences?) (?:this|that|the same) (?:problem|issue)\b|\bdon't get (?:so )?(?:upset|worked up|angry)\b|\b(?:making|turning|blowing) (?:this|it|that)(?: up)?(?: into)? (?:a )?(?:much )?(?:bigger|larger) (?:issue|deal|problem|thing) than it (?:is|needs to be|really is)\b|\bblowing (?:this|it|that|things) (?:way )?out of proportion\b|\bmaking (?:a (?:big deal|fuss)|a mountain out of a molehill)(?: (?:out of|about|over) (?:nothing|this|it))?`),
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
    match: re(String.raw`\b(?:(?:it's|it is|that's|that is|this is|this isn't|it isn't) )?(?:not (?:such |really )?a big deal|not (?:that|so) big (?:of )?a deal|no big deal|no biggie|not a huge deal)\b|\bI (?:don't|do not) (?:know|see|understand|get) why you(?:'re| are)(?: getting)? (?:so |this |that )?(?:upset|angry|worked up|mad|annoyed|bothered|stressed|worried)\b|\bI don't see (?:why|how) (?:it|this|that)(?:'s| is)? (?:matters?|such a (?:big )?(?:deal|problem|issue)|a (?:big )?(?:deal|problem))(?: so much| that much)?\b|\b(?:(?:it's|it is|that's|that is|this is|it was|that was) )?(?:hardly|not exactly|not|isn't|is not|'s not)(?: really| exactly)? the end of the world\b`),
    suggestions: { en: ['I understand this matters to you', 'I can see why this is frustrating'] },
  },
  {
    // "it's only a 20-minute delay" / "only delayed by an hour" / "It's only a few dollars"
    id: 'en.dismissive.minimize',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:(?:it's|it is|that's|that is|this is|it was|that was|was|it's been) (?:only|just|merely|barely)|(?:only|just|merely) (?:delayed|late|off|short|over|overcharged|charged|out|away) by) (?:a |an )?(?:few|couple|little|small|tiny|minor|slight|one|two|three|four|five|ten|fifteen|twenty|thirty|half|hour|minute|day|week|dollar|pound|euro|cent|buck|second|moment|\d)[^,.;:!?\n]{0,25}`),
    suggestions: { en: ['I understand this has been frustrating', 'I know even a short delay is frustrating'] },
  },
  {
    // "These things happen" / "it happens to everyone"
    id: 'en.dismissive.happens',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:these|such|those) things happen\b|\bit is what it is\b|\b(?:it|this|that|stuff like this|things like this) happens to (?:everyone|everybody|all of us|the best of us)\b|${enAtClauseStart('(?:it|that|this|stuff) happens')}(?=\s*[.!,;]|$)`),
    suggestions: { en: ['I’m sorry this happened to you', 'I understand how frustrating this is'] },
  },

  // ── policy ───────────────────────────────────────────────────────────────
  {
    // 这是公司规定 / 呢個係公司政策 / 公司規矩係咁 / 规矩就係规矩 / 上面有规定
    id: 'zh.policy.rule',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:这|那|呢个?|呢啲|这个|那个)(?:是|就是|系|就系)(?:我们|我哋|公司|银行|平台|上面|总部|厂家|国家|店铺|本店|小区|物业|商场|酒店|学校|医院){0,2}(?:定)?(?:的|嘅)?(?:硬性|统一|内部|既定)?(?:的|嘅)?(?:规定|政策|制度|规矩|条例|规则|条款)|(?:公司|我们|我哋)?(?:的|嘅)?(?:规定|政策|制度|规矩|流程|规则)(?:就是|就系|系)(?:这样|咁|如此|政策|规定|规矩)(?:的|嘅)?(?![：:])|(?:公司|我们|我哋)?(?:的|嘅)?(?:规定|政策|制度|规矩|流程|规则)就(?:这样|咁)(?:的|嘅|啦|囉|咯|嘛)*(?=[，。！？,!?\n]|$)|(?:公司|我们|我哋|上面)?(?:就是|就系|是|系)(?:这么|咁|这样)(?:规定|定)(?:的|嘅)|没有例外|冇例外|(?:上面|上头|总部|公司)(?:有|定了?)(?:规定|规矩)|(?:上面|上头|总部)(?:规定|定)(?:的|嘅)|系统(?:的|嘅)?规定(?=[，。！？,!?\n]|$|嘛|呗|啦|哦|喔)|规定(?:如此|使然)|(?:公司|上面)?(?:规定|规矩|政策)(?:嘛|啦|囉|咯|嚟嘅|来的)(?=[，。！？,!?\n]|$)|(?:公司|我哋|我们|上面)?(?:的|嘅)?(?:规矩|规定|政策)(?:嚟|来)(?:㗎|嘅|架|的)|(?:${WE}|我)(?:也|都)?只(?:能|可以|好)(?:照做|照办|照规定|按规定办?|跟规定|照规矩)|(?:都|也|只|就|只是|也是|都是|只不过是)(?:是|系)?(?:在)?(?:按|照|按照|跟|依|依照)(?:着)?(?:公司|我们|上面)?(?:的|嘅)?(?:流程|规定|规矩|制度|程序|SOP|sop|规章|章程)(?:在)?(?:走|办事|做事|来|办|做|执行)(?:的|嘅|啦|嘛|而已|咋|啫)*`),
    suggestions: { hans: ['这件事目前确实有规定限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有規定限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'zh.policy.forbids',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:按|按照|根据|依照|依)?(?:公司|我们)?的?(?:规定|政策|制度)(?:上)?(?:是)?(?:不能|不允许|不让|不可以|不支持|不予)${Z}|(?:公司|我们|平台|上面)的?(?:规定|政策|制度|规则)(?:上)?(?:是)?(?:[^，。！？\n]{1,8}?)(?:就|都|也|一律)?(?:不能|不允许|不让|不可以|不支持|不予|不退|不换|不赔|不保修|不受理)${Z}${noZhAlt}`),
    suggestions: { hans: ['这件事目前确实办理不了，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實辦理不了，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    // 根据公司规定，我们不提供… / 依照公司規定，超過鑑賞期就不能退貨 (a restriction follows, no alternative)
    id: 'zh.policy.cite',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:按|按照|根据|依照|依|依据|基于)(?:公司|我们|我哋|银行|平台|相关|上面|总部|国家|厂家)?(?:的|嘅)?(?:规定|政策|制度|规矩|条款|流程|规则|条例|合同|合约|协议|服务协议|用户协议|约定|细则)(?=[^。！？\n]{0,30}?(?:不赔|不补偿|不承担|不负责|不在|不属于|不适用|不包括|唔包|唔适用|唔属于|唔赔|唔负责|不能|不可以|不允许|不提供|不支持|不予|不接受|不退|不换|不受理|无法|没法|唔可以|唔得|唔俾|唔接受|唔提供|唔退|唔设|不设|唔包|不包|冇得|只能|恕不|概不))${noZhAlt}`),
    suggestions: { hans: ['目前', '很抱歉，目前'], hant: ['目前', '很抱歉，目前'] },
  },
  {
    // 系统不允许… / 系統唔俾我哋改
    id: 'zh.policy.system',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`系统(?:上|里|那边|嗰边)?(?:是|也|都)?(?:不允许|不让|不给|唔俾|唔畀|唔允许|不接受|不支持|唔支持|不能|无法|没法|唔可以|唔能够|做唔到)(?<rest>${Z})${noZhAlt}|系统(?:自动|统一)?(?:评估|审核|判定|计算|决定|核定|评定|算)(?:出来)?(?:的|嘅)(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['这一项目前线上还办理不了，不过我可以帮您换个方式：……，您看可以吗？', '我理解您的需要，我帮您看看还有什么办法：……'],
      hant: ['這一項目前線上還辦理不了，不過我可以幫您換個方式：……，您看可以嗎？', '我理解您的需要，我幫您看看還有什麼辦法：……'] },
  },
  {
    // 系统就是这么设定的 / 系統設定就是這樣
    id: 'zh.policy.system-set',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`系统(?:就是|就系|是|系|本身就是|本来就是)?(?:这么|这样|咁|如此)(?:设定|设置|设计|规定|定)(?:的|嘅|㗎)?|系统(?:的|嘅)?(?:设定|设置|设计)(?:就是|就系|是|系)(?:这样|咁|如此)(?:的|嘅|㗎)?`),
    suggestions: { hans: ['这一项目前线上还改不了，不过我可以帮您换个方式：……，您看可以吗？', '我理解您的需要，我帮您看看还有什么办法：……'],
      hant: ['這一項目前線上還改不了，不過我可以幫您換個方式：……，您看可以嗎？', '我理解您的需要，我幫您看看還有什麼辦法：……'] },
  },
  {
    id: 'en.policy.rule',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\b(?:it's|it is|that's|that is|this is)(?: just| simply| only)? (?:our|the|company|standard|the company's|bank|the bank's)(?: company| standard)? (?:policy|rules?|procedure|protocol|regulations?)\b(?! to\b)|\b(?:against|violates?)(?: our| the| company)?(?: company)? (?:policy|policies|rules)\b|\b(?:rules are rules|policy is policy|those are the rules)\b|\bI (?:don't|do not) make the (?:rules|polic(?:y|ies))\b|\bI just work here\b|${enAtClauseStart('no exceptions?')}(?=\s*[.!,;]|$)|\b(?:our|the|company) policy (?:doesn't|does not|won't|will not) (?:allow|let|permit)\b${noEnAlt}|\bI'm (?:just )?following (?:the )?(?:policy|rules|procedure)\b|\bI (?:have to|must|need to|'ve got to|'ve to) follow (?:the |our |company )?(?:rules|policy|procedures?|protocol)\b|\b(?:the |our )?(?:policy|rules?) (?:says?|states?) (?:no|we can't|we cannot|that we can't)\b|\b(?:our|the) (?:terms(?: and conditions)?|t&cs?|policy|policies|rules|contract) (?:is|are) (?:very |quite |perfectly |pretty |crystal )?clear(?: (?:on|about) (?:this|that|it))?\b(?!:? (?:that )?you(?:'re| are)? (?:can|entitled|get|will|qualify|may))|\b(?:that's|that is|it's|it is)(?: just| simply)? (?:how|the way) (?:it's|it is|the system is|it was|it's been|things are) (?:set up|configured|designed|built|programmed)\b|\b(?:it's|it is|that's|that is|this is)(?: (?:all|clearly|stated|written|explained))* in (?:the|our|your) (?:\w+ )?(?:terms(?: and conditions)?|t&cs?|contract|fine print|small print|agreement|policy document|terms of (?:service|use))\b`),
    suggestions: { en: ['That isn’t possible this time, but here’s what I can do instead: …', 'That option isn’t available, but I can offer you another: …'] },
  },
  {
    // "…does not cover water damage as per company policy" / "As per bank guidelines, we are not allowed…"
    id: 'en.policy.as-per',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\b(?:as per|per|according to|under|in line with|in accordance with|due to)(?: (?:the|our|company|bank|the company's|the bank's|strict|internal))* (?:policy|policies|guidelines|rules|regulations|procedures?|norms|terms(?: and conditions)?|t&cs?)\b(?:(?=[^.!?\n]{0,60}\b(?:not|no|cannot|can't|won't|unable|isn't|aren't|don't|doesn't|rejected|declined|denied|refused|ineligible|non-refundable|forfeited)\b)|(?<=\b(?:not|no|cannot|can't|won't|unable|isn't|aren't|don't|doesn't|rejected|declined|denied|refused|ineligible|non-refundable|forfeited)\b[^.!?\n]{0,60}\b(?:as per|per|according to|under|in line with|in accordance with|due to)(?: (?:the|our|company|bank|the company's|the bank's|strict|internal))* (?:policy|policies|guidelines|rules|regulations|procedures?|norms|terms(?: and conditions)?|t&cs?)\b))${noEnAlt}`),
    suggestions: { en: ['unfortunately', 'at the moment'] },
  },
  {
    // "The system doesn't allow…" / "The system won't let me…"
    id: 'en.policy.system',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\b(?:the|our) (?:system|computer|software)(?: here)? (?:doesn't|does not|don't|do not|won't|will not|can't|cannot|never) (?:allow|let|permit)\b(?: (?:me|us|you))?(?:,\s*(?:that's|it's|that is|it is)(?: just| simply)? (?:how|the way) [^.!?\n]{0,30})?${noEnAlt}`),
    suggestions: { en: ['That option isn’t available here, but here’s what I can do: …', 'I understand why you need this; let me see what else I can do'] },
  },

  // ── defensive ────────────────────────────────────────────────────────────
  {
    id: 'zh.defensive.never',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`从来(?:都)?(?:没有?|冇|不会?|唔会)(?:出现|出|发生|有)过?(?:这种|这样的?|这类|类似的?|任何|呢种|呢啲)?(?:情况|问题|事情?|错|差错|故障)|从来不会出错|从来(?:都)?(?:冇|没有)(?:这种|这样的?|这类|类似的?|任何|呢种|呢啲)(?:情况|问题|事情?|错|差错|故障)`),
    suggestions: { hans: ['这种情况确实不常见，我马上帮您查清楚原因', '谢谢您告诉我们，我这就帮您核实'],
      hant: ['這種情況確實不常見，我馬上幫您查清楚原因', '謝謝您告訴我們，我這就幫您確認'] },
  },
  {
    // 我们从来没有收过… / 我哋從來冇話過… / 我們從來沒有這樣說過
    id: 'zh.defensive.never-did',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`${WE}(?:公司|这边)?(?:从来|从未|根本)(?:都)?(?:没有?|冇|未曾|未|不曾)[^，。！？\n]{0,8}?过|${WE}(?:公司|这边)?(?:都|并)?(?:冇|没有?)(?:收|拿|扣|说|讲|话|答应|承诺)(?:过|咗)`),
    suggestions: { hans: ['我马上帮您核实一下', '我先帮您查一下记录，核实清楚后马上回复您'],
      hant: ['我馬上幫您核實一下', '我先幫您查一下記錄，核實清楚後馬上回復您'] },
  },
  {
    id: 'zh.defensive.nobody',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:以前|之前|过去)?从来(?:都)?(?:没有?|冇)(?:人|客户|客人|顾客|用户)(?:抱怨|投诉|反映|反馈|说)过?|(?:以前|之前|过去|从前)(?:也|都)(?:没有?|冇)(?:人|客户|客人|顾客|用户)(?:抱怨|投诉|反映|反馈|说|话)过|(?:其他|别的|其它)的?(?:客户|客人|顾客|用户|人|客)(?:用)?都(?:没有?|冇|不|能正常|可以正常|用得好地)(?:意见|问题|事|这种|这个|这样|投诉|抱怨|使用|用)?${Z}`),
    suggestions: { hans: ['谢谢您反馈这个问题，我马上帮您核实', '您遇到的情况我们很重视，我这就帮您查'],
      hant: ['謝謝您反映這個問題，我馬上幫您確認', '您遇到的情況我們很重視，我這就幫您查'] },
  },
  {
    id: 'zh.defensive.always',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`我(?:们|哋)?(?:一直|向来|历来|一向)(?:都)?(?:是|系)?(?:这样|这么|咁)(?:做|处理|操作|规定|办)(?:的|嘅)?`),
    suggestions: { hans: ['我理解这个流程给您带来了不便，我看看能不能换个方式处理', '谢谢您的意见，我会反馈给相关部门'],
      hant: ['我理解這個流程給您帶來了不便，我看看能不能換個方式處理', '謝謝您的意見，我會轉達給相關部門'] },
  },
  {
    id: 'zh.defensive.impossible',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:这种|这类|这样的)(?:事情?|情况|问题)(?:一般|通常|基本上?|根本|从来)?(?:不会|不可能)(?:发生|出现)|不可能(?:出错|有错|错|有(?:质量|这种|这样的|这个|任何)?问题)|系统(?:是)?(?:不会|唔会)(?:出)?错|系统(?:是)?(?:不会|唔会)(?:自己|自动|随便|乱)|系统(?:是|都|本身)?(?:没有?|冇)(?:任何)?问题(?:的|嘅|㗎|喎)`),
    suggestions: { hans: ['这种情况确实不常见，我马上帮您查清楚原因', '我先帮您核实一下具体情况'],
      hant: ['這種情況確實不常見，我馬上幫您查清楚原因', '我先幫您確認一下具體情況'] },
  },
  {
    // 这不是我们的问题 / 唔關我哋事 / 唔係我哋嘅責任 / 唔係我哋送錯 / 跟我们没关系 / 我们没有错 / 我哋冇做錯
    id: 'zh.defensive.not-ours',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:这|那|呢个)?(?:不是|唔系|并不是|不可能是|不会是|唔会系|冇可能系)${WE}(?:的|嘅)?(?:[^，。！？\n的嘅]{1,3}(?:的|嘅)?)?(?:问题|错|责任|过错|过失|事|原因|疏失|疏忽|失误)|(?:不是|唔系)${WE}(?:送|弄|搞|做|算|发|寄|收)错|(?:跟|同|和|与)${WE}(?:公司)?(?:没有?|冇|无)关(?:系)?|(?:跟|同|和|与)${WE}(?:公司)?(?:一点|半点|完全|根本|任何)?关系(?:都|也)?(?:没有?|冇)|与${WE}无关|(?:不|唔)关${WE}(?:的|嘅)?事|${WE}(?:这边|公司|的(?:员工|师傅|系统|工程师|同事|快递员))?(?:并|根本|绝对|完全)?(?:没有?|冇)(?:做|弄|搞|送|算|收|写|填|发|寄)?错(?!过|误)`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    // 我们的收费完全合理 / 记录上写得清清楚楚 / 我们今天很忙
    id: 'zh.defensive.justify',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?<![对向给同])${WE}(?:的|嘅)[^，。！？\n]{1,6}?(?:(?:完全|绝对|一直都是?|都是|根本|是)(?:合理|合法|合规|正确|准确|无误|符合规定)|(?:完全|绝对|根本|是)(?:没有?问题|冇问题))(?:的|嘅)?|${WE}(?:的[^，。！？\n]{1,5}?)?(?:已经|都是|一直是|是)(?:严格)?(?:按|按照|根据)(?!(?:规定|政策|制度|条款|合同|合约|规矩|程序|流程)(?:来)?(?:处理|办理|收费|收|操作|执行|办)(?:的|嘅))[^，。！？\n]{1,6}?(?:送|处理|办理|操作|做|执行|办|收费|计算)(?:的|了)|${WE}(?:已经)?(?:做得|做到)(?:够好|很好|足够好|仁至义尽)了?|(?:又|也|并|都)不是故意的|(?:又|都)唔系(?:特登|故意)|(?:写|讲|列|标|记|注明)得(?:清清楚楚|明明白白|一清二楚)|${WE}(?:今天|最近|这几天|呢排|而家|现在)?(?:真的|实在|也|都)?(?:很|太|非常|好|超|十分)忙`),
    suggestions: { hans: ['我来跟您详细说明一下，也帮您再核对一遍', '我理解您有疑问，我帮您核实一下'],
      hant: ['我來跟您詳細說明一下，也幫您再核對一遍', '我理解您有疑問，我幫您核實一下'] },
  },
  {
    // 我们服务器没毛病 / 我们这边流程上是没有任何问题的 / 啲貨冇問題㗎 / 我哋冇責任㗎 / 这个锅我们可不背 / 不存在虚假宣传这回事
    id: 'zh.defensive.no-fault',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:${WE}(?:的|嘅)?|啲|呢啲)(?:(?!${YOU})[^，。！？\n]){0,6}?(?:没有?|冇)(?:任何)?毛病|(?:${WE}(?:的|嘅)?|啲|呢啲)(?:(?!${YOU})[^，。！？\n]){0,6}?(?:是|都是|都|完全|根本|绝对|本身)(?:没有?|冇)任何问题|(?:${WE}(?:的|嘅)?|啲|呢啲)(?:(?!${YOU})[^，。！？\n]){0,6}?(?:没有?|冇)(?:任何)?问题(?:的|嘅|㗎|喎)+(?!话)|${WE}(?:这边|公司)?(?:是|系|并|根本|完全)?(?:没有?|冇|无|不用|唔使|不需要)(?:任何)?(?:责任|义务)(?:的|嘅|㗎|喎)*|${WE}(?:的)?(?:快递员|师傅|员工|同事|客服|骑手|司机|工程师|技术员)(?:是|都|绝对|根本)?(?:不会|不可能|唔会|冇可能)(?:这样|这么|咁)(?:做|讲|说|对${YOU})(?:的|嘅|㗎)?|(?:这个)?锅${WE}?(?:可|才|绝对|是)?(?:不|唔)(?:背|孭)|(?:不|唔)(?:背|孭)(?:这个|呢个)?锅|不存在(?:什么|任何)?[^，。！？\n]{0,8}?(?:这回事|这种事|这样的事)|根本(?:没有|冇)(?:这回事|呢回事)`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '我理解您有疑问，我帮您核实一下'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '我理解您有疑問，我幫您核實一下'] },
  },
  {
    id: 'en.defensive.never',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:sure|ensure|make sure|certain)(?: that)? )(?:\b(?:that|this|it)(?: (?:almost|basically|just))? never (?:happens|occurs)\b|\b(?:that|this|it) (?:has never|'s never|had never) happened(?: before)?\b|\b(?:that|this|it) (?:doesn't|does not|can't|cannot) happen\b)(?! again)`),
    suggestions: { en: ['That’s not what should happen, so let me find out what went wrong', 'Thank you for telling us; I’ll look into it right away'] },
  },
  {
    id: 'en.defensive.nobody',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:nobody|no one|no other customers?)(?: else)? (?:has|have|had)(?: ever)? (?:complained|had (?:this|that|a|any) (?:problem|issue)s?|reported (?:this|that|it))\b|\bwe(?:'ve| have) never had (?:a |any )?(?:complaints?|problems?|issues?)\b|\b(?:other customers|everyone else|everybody else|most people) (?:don't|do not|doesn't|does not) (?:seem to )?have (?:this|that|a|any|the same) (?:problem|issue)s?\b|\b(?:everyone|everybody|other customers|most people) else manages? to\b|\bworks? (?:fine|perfectly(?: well)?|well|normally|without (?:any )?(?:problems?|issues?)) (?:on|for|with) (?:every|all|everyone|everybody|other)\b${E}`),
    suggestions: { en: ['Thank you for letting us know; I’ll look into it', 'I’m glad you told us; let me check what happened'] },
  },
  {
    id: 'en.defensive.always',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\bwe(?:'ve| have)? always done it (?:this|that) way\b|\b(?:that's|that is) (?:just )?how we do (?:it|things)\b|\b(?:that's|that is|it's|it is) (?:just )?(?:how|the way) it (?:is|works)\b|\b(?:that's|that is) not how (?:it|this|things) works?\b`),
    suggestions: { en: ['I understand the process has been frustrating; let me see what I can change', 'Thanks for the feedback; I’ll pass it on and see what I can do now'] },
  },
  {
    id: 'en.defensive.not-ours',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:it|that|this)(?:'s not| is not|isn't) (?:our|my|the company's)(?: own)? (?:fault|problem|mistake|responsibility)\b|\bour (?:system|software|app|records?) (?:doesn't|does not|never|can't|cannot) (?:make|makes|lie|be wrong)\b(?: mistakes| errors)?|\b(?:we|I|our \w+|the (?:driver|engineer|technician|courier|staff|team)s?)(?: have|'ve)? (?:did|done|made) nothing wrong\b|\b(?:we|I) (?:didn't|did not|haven't|have not) (?:do|done|make|made) anything wrong\b|\b(?:we|I)(?:'re| are|'m| am) not (?:responsible|liable|to blame|at fault)\b|\bthere(?:'s| is) nothing wrong with (?:our|the) (?:system|product|app|service|device|software|network|router|item|website)\b|\bwe did everything (?:right|correctly|by the book)\b|\b(?:that's|that is) not what (?:happened|I said)\b|\bwe followed (?:the|our) (?:procedure|process|policy|rules|protocol)(?: (?:correctly|properly|to the letter))?\b|\b(?:it's|it is|that's|that is|this is) not on (?:us|me)\b|\bnot (?:ours|us)(?=\s*[.!]|$)(?<!\byour\b[^.!?\n]{0,60})|\bin our defen[cs]e\b`),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },
  {
    // "We never said…" / "we've been really busy today"
    id: 'en.defensive.denial',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:we|I) (?:never|did not|didn't) (?:said|say|promised?|told you|agreed|offered|claimed|guaranteed)\b(?: (?:that|this|it|anything like that|so|you))?|\bwe(?:'re|'ve been| are| were| have been| had been)(?: (?:really|very|so|extremely|incredibly|quite|a bit|a little|super))? (?:busy|swamped|short[- ]staffed|understaffed|overloaded|slammed|inundated)\b`),
    suggestions: { en: ['Let me check exactly what happened', 'Thank you for your patience; let me look into it'] },
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
    match: re(String.raw`(?:${YOU}|${zhAtClauseStart('(?:你|您)?')})不就是(?:要|想要?)(?<want>${Z}?)(?:吗|嘛)`),
    suggestions: { hans: ['我明白您希望{want}，我们一起看看怎么处理最合适', '您希望我们怎么处理？我尽力为您争取'],
      hant: ['我明白您希望{want}，我們一起看看怎麼處理最合適', '您希望我們怎麼處理？我盡力為您爭取'] },
  },
  {
    // 要怎样你才满意 / 您到底要怎樣才滿意 / 你到底想怎么样 / 你想點啫
    id: 'zh.provocative.satisfied',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:${YOUS})?(?:到底|究竟)?要(?:怎(?:样|么样|么做|么)|点样?)(?:${YOU})?(?:才|先)(?:会|肯|能)?(?:满意|肯罢休|罢休|甘心|收手)|${YOUS}(?:到底|究竟|还)?(?:想要?|要)(?:干嘛|干什么|做咩|搞咩|怎么样|怎样|点样|点(?=啫|呀|啊|吖|嘛|[？?！!，,。]|$))(?!处理|解决|办理|安排|补偿|赔偿|做|的|嘅|跟进|操作|改|退|换|联系|称呼|付|寄|送|收)(?:啫|呀|啊|吖|嘛)?|${YOU}(?:到底|究竟)想(?:要)?怎么办`),
    suggestions: { hans: ['您希望我们怎么处理？我会尽力为您争取', '您看怎样解决对您最合适？'],
      hant: ['您希望我們怎麼處理？我會盡力為您爭取', '您看怎樣解決對您最合適？'] },
  },
  {
    id: 'zh.provocative.understand',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:到底|还)?(?:听不懂|听不明白|看不懂)(?:吗|人话|中文)?|${YOU}(?:到底)?听(?:懂|明白)了?没有?|${YOU}(?:到底|究竟)?(?:有)?(?:没|冇|没有)(?:在|有)?(?:听|认真听)(?:我(?:说|讲))?(?:吗|咩|呀|啊)?(?=[？?])|${YOU}(?:到底|究竟)?有(?:没有|冇)(?:在)?(?:听|认真听)(?:我(?:说|讲))?|(?:这么简单|那么简单|这样简单|咁简单|这|这个|呢个|咁)(?:都|也)(?:不会|唔识|不懂|唔明|看不懂|搞不定)|${YOU}(?:自己)?(?:不会|唔识|不懂)(?:看|睇|查|读)(?:吗|咩)`),
    suggestions: { hans: ['可能是我没说清楚，我换个方式再解释一下', '我再说明一下，有不清楚的地方您随时问我'],
      hant: ['可能是我沒說清楚，我換個方式再解釋一下', '我再說明一下，有不清楚的地方您隨時問我'] },
  },
  {
    // 我说了多少遍了 / 我都講咗好多次 / 我剛剛已經講過了
    id: 'zh.provocative.repeat',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`我(?:都|已经|早就|之前|刚刚|刚才)*(?:跟${YOU}|同${YOU})?(?:说|讲|解释|告诉${YOU}|强调|提醒${YOU})(?:了|过|咗)(?:${YOU})?(?:多少|好几|好多|很多|无数|几多|几|咁多|N|n|\d+|[一二两三四五六七八九十]+)[遍次](?:了|啦|喇)?|我(?:刚刚|刚才|之前|早就|头先|啱啱|一早)?(?:都)?已经(?:跟${YOU}|同${YOU})?(?:说|讲|解释)(?:过|咗)(?:了|啦|喇)?(?=[，。！？,!?\n]|$)|我(?:已经|都|早就)(?:跟${YOU})?(?:说|讲|解释|写)得(?:很|非常|好|够)?(?:清楚|明白)(?:了|啦|喇)|(?:还)?要我(?:说|讲|重复|解释)(?:多少|几)(?:遍|次)|(?:讲|说|解释)极(?:${YOU})?(?:都|也)`),
    suggestions: { hans: ['我换个方式再解释一下，可能我刚才没说清楚', '我再帮您梳理一下'],
      hant: ['我換個方式再解釋一下，可能我剛才沒說清楚', '我再幫您梳理一下'] },
  },
  {
    // 都跟您说过了 / 我都話咗你知啦 / 剛剛不是已經講過了嗎 / 你聽清楚先啦
    id: 'zh.provocative.told-you',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?<!我)都(?:跟|和|同)${YOU}(?:说|讲|解释)(?:过|咗)?了|(?<!我)(?:都|已经)(?:说|讲|话)(?:了|过|咗)?(?:多少|好几|好多|N|n|几)[遍次](?:了|啦|喇)?|看清楚(?:了)?再(?:问|说|来问|投诉|讲)|睇清楚(?:先|啲)?(?:再|先)(?:问|讲|嚟)|我(?:都|已经|早就|一早)(?:话|讲|说)(?:咗|了|过)?${YOU}(?:知|听)(?:啦|喇|㗎|了|咯)?|不是(?:已经|早就|都)?(?:跟${YOU}|同${YOU})?(?:说|讲|解释|话)(?:过|咗)了?(?:吗|咩|嘛|么)|(?<!我)${YOU}(?:先)?听(?:清楚|住|好)(?:先|啲)?(?:啦|喇|吖|呀)?(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我换个方式再解释一下，可能我刚才没说清楚', '我再帮您梳理一下'],
      hant: ['我換個方式再解釋一下，可能我剛才沒說清楚', '我再幫您梳理一下'] },
  },
  {
    // 您冲我发火也没用 / 您自己看着办吧 / 我们客服又不是神仙 / 验证码当然收不到啊 / 至于连着打三次电话吗 / 您不要一直打來問 / 你咁大聲我點同你講
    id: 'zh.provocative.jab',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:冲|对|跟|同|向)我(?:们|哋)?(?:发火|发脾气|发泄|吼|凶|嚷|喊|闹|嬲|发嬲)(?:也|都)?(?:没用|没有用|冇用|无用|解决不了问题|解决唔到问题)|(?:发火|发脾气|骂人|骂我|嬲|嘈|吼|喊|叫|凶|吵|闹|生气|大声)(?:也|都)(?:没用|没有用|冇用|解决不了|解决唔到)|${YOUS}?(?:就)?自己(?:看着办|睇住办|睇住嚟)(?:吧|啦|囉|咯|喇|了)*|${YOUS}(?:就)?自己(?:看|睇|决定)(?:下)?(?:要不要|要唔要)[^，。！？\n]{0,6}?(?:囉|咯|喇|啰)|(?:别|不要|唔好)(?:再)?为难我(?:们|哋)?|(?:这|您这|你这)不是(?:在)?为难我(?:们)?吗|(?<!不是|唔系|没有|冇)(?:无理取闹|胡搅蛮缠|蛮不讲理)|(?:要求|条件)(?:也|实在)?(?:太|有点|好|真系)(?:过分|离谱|无理)了?|${YOU}(?:系咪|是不是)(?:玩嘢|玩我|搞事|来搞事|故意)|(?<!可以|也可以|都可以)${YOU}(?:就)?自己(?:去)?(?:睇|看|读)(?:返|番|清楚)?[^，。！？\n]{0,8}?(?:啦|喇|囉|啰|咯)(?=[，。！？,!?\n]|$)|(?:又|也|都)(?:不是|唔系)(?:神仙|神|万能的?|超人|机器人|你的?(?:保姆|佣人|秘书|私人助理))|当然(?:会)?[^，。！？\n]{0,6}?(?:不到|不了|不行|失败|出错|唔到|唔得)(?:啊|啦|嘛|咯|喇|㗎|囉|啰|呀|的啦)|(?<!不)至于(?!这么|那么|咁|吗|么)(?:(?!吗|么)[^，。！？\n]){1,12}(?:吗|么)(?=[？?！!。，,]|$)|(?:别|不要|唔好|不用)(?:一直|老是|总是|成日|再三|不停)(?:打(?:电话)?(?:来|过来|嚟)?|催|问)(?:问|催)?|(?:咁|这么|那么|这样)(?:大声|凶|恶)[^，。！？\n]{0,3}?我(?:点|怎么|点样|要怎么)(?:同|跟|和)${YOU}(?:讲|说|沟通|倾)`),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我明白您的心情，我来帮您处理'],
      hant: ['我理解您很著急，我們一起看看怎麼解決', '我明白您的心情，我來幫您處理'] },
  },
  {
    id: 'zh.provocative.order',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`${YOU}?给我(?:听好|听着|记住|闭嘴)了?|爱(?:买|要|用)不(?:买|要|用)|${YOU}的话没有(?:任何)?意义|${YOU}(?:这样|这么做)(?:是)?疯了|(?:其他|其它|别的|多余)的?(?:别|不要|唔好|不用|唔使)(?:再)?(?:问|讲|说)了?|(?:别|不要|唔好)(?:再)?(?:问|废话)了|少废话|${YOU}这(?:个)?人(?:怎么|点解)|不(?:买|要|用)(?:就)?拉倒|随(?:便)?${YOU}(?:便|吧|啦)?(?=[，。！？,!?]|$)|${YOU}爱怎么(?:想|说|样)就怎么|(?:要|买|用)就(?:要|买|用)[，,]?\s*(?:不|唔)(?:要|买|用)(?:就|咪)?(?:算|拉倒|罢)|(?:说|讲)了${YOU}(?:也|都)(?:不懂|唔明|不明白|听不懂)|${YOU}识唔识(?:看|睇|用|读|听)|你听(?:住|着)(?=[，。！？,!?]|$)`),
    suggestions: { hans: ['请您听我说明一下', '也许我理解错了，您能再说一下吗'],
      hant: ['請您聽我說明一下', '也許我理解錯了，您能再說一下嗎'] },
  },
  {
    // 您去投诉好了 / 有本事您去消协告我们 / 你鍾意就去投訴啦
    id: 'zh.provocative.dare',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`有本事${YOUS}?(?:就)?[^，。！？\n]{0,12}|(?:爱|要|想)(?<v>投诉|告|举报|曝光)就\k<v>(?:吧|啦|囉|呗|咯|好了)?|(?:${YOUS})?(?:(?:钟意|喜欢|想|要)(?:就|咪)|尽管|随便|大可以?|就)?(?<!我|帮|替)去(?:(?!帮|替|为|我)[^，。！？\n]){0,8}?(?:投诉|申诉|告|消协|消基会|12315|举报|曝光)(?:我们|我哋)?(?:好了|吧|啦|啊|呀|囉|咯|喇)|投诉(?:也|都)(?:没用|冇用|没有用|无用)`),
    suggestions: { hans: ['如果您对处理结果不满意，我帮您转给主管，一起看看怎么解决', '您的意见我会如实记录并反馈'],
      hant: ['如果您對處理結果不滿意，我幫您轉給主管，一起看看怎麼解決', '您的意見我會如實記錄並反饋'] },
  },
  {
    // 嫌贵可以不用 / 不爽可以不要用 / 唔鍾意咪去第二間囉 / 不然别来了
    id: 'zh.provocative.leave',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:嫌|不爽|唔爽|不满意|唔满意|唔钟意|不喜欢|接受不了|唔接受)[^，。！？\n]{0,4}?(?:的话)?[，,]?\s*(?:${YOU})?(?:下次|以后|之后|下回)?(?:可以|就|咪|大可|尽管)?(?:不要?|唔|别|唔好|唔使|去|转)(?:用|买|嚟|来|光顾|找我们|搵我哋|第二间|别家|其他家|别处|点|订|下单|叫|选)|(?:咪|就|可以)?(?:去|转|搵|找)(?:第二间|别家|别处|其他家|隔离)(?:啦|囉|吧|咯|好了|喇)|(?:不然|否则|唔系|要不)(?:就)?(?:别|不要|唔好)(?:来|嚟|买|用)了?`),
    suggestions: { hans: ['我理解您的顾虑，我帮您看看有没有更合适的选择', '如果这个方案不合适，我们一起看看其他选择'],
      hant: ['我理解您的顧慮，我幫您看看有沒有更合適的選擇', '如果這個方案不合適，我們一起看看其他選擇'] },
  },
  {
    id: 'en.provocative.problem',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\bwhat(?:'s| is) (?:exactly |even |actually |really )?your (?:problem|issue)\b|\bwhat (?:exactly |even |actually |really )is your (?:problem|issue)\b|\bwhat (?:else|more) do you want(?: from (?:me|us))?\b|\bwhat do you want from (?:me|us)\b|\bwhat (?:would|will|does) it take (?:to (?:make|keep) you (?:happy|satisfied)|for you to be (?:happy|satisfied))\b|\bwhat (?:exactly |else |more )?do you (?:want|expect) (?:me|us) to do\b|\bwhat (?:else|more|exactly) you (?:want|expect) (?:me|us) to do\b`),
    suggestions: { en: ['Please tell me what happened', 'What would help you most right now'] },
  },
  {
    id: 'en.provocative.listening',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:are|were) you (?:even )?listening\b|\b(?:are|were) you even\b|\bdo you (?:even )?understand(?: me)?(?=\s*\?)|\bis that clear(?=\s*\?)`),
    suggestions: { en: ['Let me make sure I’ve explained this clearly', 'Let me put it another way'] },
  },
  {
    // "Do you even know which plan you're on?"
    id: 'en.provocative.even',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?<aux>do|did|have|can|could) you even (?!(?:read|check|look|open|bother)\b)(?<verb>\w+)`),
    suggestions: { en: ['Just to check, {aux:lower} you {verb}', 'Could I check whether you {verb}'] },
  },
  {
    id: 'en.provocative.repeat',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:as|like) I (?:already |just )?(?:said|told you|explained)(?: before| earlier| already| twice)?\b|\bas (?:I )?(?:already|clearly|previously) (?:stated|mentioned|explained|said|noted|pointed out)\b|\bas (?:stated|mentioned|explained) (?:before|earlier|previously|several times|many times)\b|\b(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|reply|response|note)\b|\bas I(?:'ve)? (?:already |previously )?(?:mentioned|said|explained|stated|told you) (?:several|many|a few|multiple|numerous|two|three|four|five) times\b|\bwhy (?:do )?you keep (?:asking|calling|emailing|messaging|chasing|repeating)\b|\bgood luck with that\b|\bwith all due respect\b|\b(?:(?:kindly|please) )?refer (?:back )?to my (?:previous|last|earlier) (?:email|e-mail|message|reply)\b|\b(?:I'm not going to|I won't|I will not) (?:repeat myself|argue with you|keep repeating)\b|\bI'm not sure how else to (?:explain|put) (?:this|it)\b|\b(?:did you not|didn't you) (?:read|see|notice|check|look at|get) (?:my|the|our)\b|\b(?:it's|it is|this is|that's) not (?:that|so) (?:hard|difficult|complicated)\b|\bif you(?:'d| had)(?: (?:just|only|actually|properly|carefully|bothered to))? (?:read|checked|looked at|seen|opened) (?:my|our) (?:(?:previous|last|earlier|first|original) )?(?:email|e-mail|message|reply|response|note|chat)s?\b|\b(?:not to repeat myself|(?:at the risk of|without) repeating myself|I'll say (?:it|this) (?:again|one more time)|for the (?:second|third|fourth|fifth|last|hundredth|umpteenth|nth) time)\b|\b(?:properly|correctly|carefully|right) this time\b(?<!\b(?:let's|let me|let us|we'll|I'll|we will|I will|we're going to|I'm going to) [^.!?\n]{0,40})|\bI(?:'ve| have)? already (?:told you|explained (?:this|that|it)(?: to you)?|said (?:this|that|it))(?: (?:twice|\w+ times|many times|before))?\b|\bI(?:'ve| have) (?:told you|explained (?:this|it|that)(?: to you)?) (?:twice|\w+ times|(?:so )?many times|before|already)\b|\bI don't know what (?:else|more) (?:to tell you|I can tell you)\b|\bhow many times (?:do|must|will) I (?:have to |need to )?(?:tell|explain|say|repeat)(?: (?:this|that|it))?(?: to you)?\b`),
    suggestions: { en: ['To recap', 'Let me explain it another way'] },
  },
  {
    id: 'en.provocative.dismiss',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`${atClauseStart('just |please |go ', 'read the (?:manual|faq|instructions|website|terms)')}|\btake it or leave it\b|\bif you don't like it\b|\b(?:you're|you are|feel) free to (?:go|take your (?:business|custom)|shop|look) elsewhere\b|\b(?:go|take your (?:business|custom)|shop) (?:elsewhere|somewhere else)\b|\bit's not rocket science\b`),
    suggestions: { en: ['Let me walk you through it', 'I’d like to find an option that works for you'] },
  },
  {
    // "Whatever you say." / "If you say so." / "Seriously?" / "I don't have time for this."
    id: 'en.provocative.sarcasm',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\bwhatever you say\b|\bwhatever you want(?=\s*[.!]|$)|\bdo whatever you (?:want|like)\b|${enAtClauseStart('whatever')}(?=\s*[.!,]|$)|\bif you say so\b|${enAtClauseStart('seriously')}\s*[?!]+|\bI don't have (?:all day|time for this)\b|\bis that too much to ask\b`),
    suggestions: { en: ['I understand.', 'Thank you, I’ve noted that.'] },
  },
  {
    // "You will have to wait until Monday like everyone else."
    id: 'en.provocative.everyone-else',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:just )?like (?:everyone|everybody|anyone|all the other customers) else\b`),
    suggestions: { en: ['in the order requests are handled', 'along with the other requests'] },
  },
  {
    // "Go ahead and complain" / "complaining won't change anything" / "If you'd rather shout than listen"
    id: 'en.provocative.dare',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\bgo ahead and (?:complain|report|escalate|sue|leave|cancel|post|call)\b${E}|\b(?:complain|report us|sue us) all you (?:want|like)\b|\bbe my guest\b|\b(?:complaining|shouting|yelling|getting angry|arguing) (?:won't|will not|isn't going to|doesn't|does not) (?:change|help|make)\b${E}|\b(?:it|that) (?:won't|will not|isn't going to) (?:change|make) (?:anything|a difference|any difference)\b(?<=complain[^.!?\n]{0,40}(?:it|that) (?:won't|will not|isn't going to) (?:change|make) (?:anything|a difference|any difference))|\bif you(?:'d| would) rather (?:shout|yell|argue|scream|complain)\b${E}`),
    suggestions: { en: ['If you’d like to make a complaint, I can help you with that', 'I can hear how frustrated you are; let’s work through this together'] },
  },

  // ── wait-apology ─────────────────────────────────────────────────────────
  {
    // 很抱歉让您久等了 / 让您在线等了这么长时间 / 唔好意思要你等咗咁耐 / Sorry 要你久等 / 让您久候
    id: 'zh.wait-apology',
    category: 'wait-apology',
    lang: 'zh',
    match: re(String.raw`${APOL_ZH}?(?:让|要|令|害)(?<!(?:[不没冇唔需只会想愿再能]|不会|不想|不愿|尽量不|避免|以免|不要|不能)[让要令害])${YOU}(?:在线上?|在线上面|在这边|在电话(?:里|上|度)|喺线上?|喺度|喺电话(?:度|上)?|一直|白白|干)?(?:久等|久候|等(?:了|咗|候|待)?(?:(?:这么|那么|咁|好|很|太|比较)(?:久|耐|长时间|长的时间)|半天|多时|好一会儿?|咁耐)|等(?:了|咗)(?:成|足足|整整|差唔多|差不多|快)?(?:半个钟|[\d一二两三四五六七八九十几半]+(?:来|多)?(?:个)?(?:钟头?|小时|分钟|个钟|天|日|个礼拜|个星期))|等待|等着)了?|${APOL_ZH}(?:${YOU})?(?:久等|久候|等(?:了|咗)(?:(?:这么|那么|咁|好|很)(?:久|耐)|半天|多时))了?|${zhAtClauseStart('久等')}(?:了|啦|喇|咯|哈|哦|晒)|${APOL_ZH}(?:让|要|令)${YOU}等(?=[，。！？,!?\n]|$)|(?:让|要|令|害)(?<!(?:不会|不想|不愿|不要|不能|避免|以免|尽量不|[不没冇唔再只])[让要令害])${YOU}(?:等(?:急|到现在|咁耐)|(?:干|白白?|空)等(?:了|咗|着)?)了?`),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您的耐心'],
      hant: ['感謝您的耐心等候', '謝謝您的耐心'] },
  },
  {
    // 不好意思，回复晚了 / 很抱歉這麼晚才回覆您
    id: 'zh.wait-apology.late-reply',
    category: 'wait-apology',
    lang: 'zh',
    match: re(String.raw`${APOL_ZH}(?:这么|那么|咁)?(?:晚|迟|久)了?(?:才|先)?(?:回复|回覆|答复|覆|回)${YOU}?|(?:这么|那么|咁)(?:晚|迟|久)(?:才|先)(?:回复|回覆|答复|覆|回)${YOU}?|${APOL_ZH}?(?:回复|回覆|答复)(?:${YOU})?(?:晚了|迟了|得(?:有点|有些|比较|太)?(?:晚|迟|慢)了?|慢了|晚咗|迟咗)|${APOL_ZH}耽误(?:了)?${YOU}(?:(?:的|这么多|咁多)?时间|(?:这么|那么|咁)(?:久|耐))`),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您耐心等我回复'],
      hant: ['感謝您的耐心等候', '謝謝您耐心等我回覆'] },
  },
  {
    id: 'en.wait-apology',
    category: 'wait-apology',
    lang: 'en',
    match: re(String.raw`\b${APOL_EN}(?: for| about)?(?: (?:the|your|such a|this|that|all the))?(?: (?:long|lengthy|extended))? (?:wait|hold|delay (?:in )?(?:getting back|responding|replying)(?: to you)?)\b|\b${APOL_EN}(?: (?:ah|lah|leh|hor|ya))?,?(?: for| about| to| that)? (?:keeping you (?:waiting|on hold|hanging)|(?:make|made|have made|keep|have kept|let|making) you (?:wait|waiting|hold|on hold)|(?:that )?you had to wait|the (?:late|slow|delayed) (?:reply|response)|my (?:late|slow|delayed) (?:reply|response)|taking (?:so|this) long(?: to (?:reply|respond|get back))?|not (?:getting back|replying|responding) (?:sooner|earlier)|(?:that )?(?:it's|it has|this has) taken (?:me |us )?(?:so|this|such a) long|(?:that )?(?:it|this) took (?:me |us )?so long to (?:reply|respond|get back)(?: to you)?|(?:that )?(?:it|this) took (?:me|us) (?:so long|ages|a while|forever|this long|a bit|longer than expected)(?! to (?!reply|respond|get back))(?: to (?:reply|respond|get back(?: to you)?))?)\b`),
    suggestions: { en: ['Thank you for your patience', 'Thanks for waiting'] },
  },

  // ── overpromise ──────────────────────────────────────────────────────────
  {
    id: 'zh.overpromise.promise',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`我们?(?:可以|能)?(?:(?:向|跟|和)${YOU})?保证(?!会?尽|会?(?:在?[^，。！？\n]{1,10}?(?:前|内|之前|以内|之内))?(?:一直|持续|亲自)?(?:跟进|回复|回覆|回电|答复|联系|通知|告诉|第一时间|及时|认真|全力|给${YOU}(?:回复|答复|回电|打电话|一个)))(?<rest>${Z})`),
    suggestions: { hans: ['我会全力跟进，争取{rest}，有进展第一时间告诉您', '我会尽最大努力，有任何进展马上告诉您'],
      hant: ['我會全力跟進，爭取{rest}，有進展第一時間告訴您', '我會盡最大努力，有任何進展馬上告訴您'] },
  },
  {
    // 保证今天处理好 / 我哋擔保唔會再有問題 / 包你聽日收到
    id: 'zh.overpromise.guarantee',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?<!不能|不敢|无法|没法|不可以|唔可以|唔敢|冇办法|难以|很难|没办法|质量|品质|不|唔)(?:保证|担保)(?!金|书|期|人|会?尽|品质|质量|会?(?:在?[^，。！？\n]{1,10}?(?:前|内|之前|以内|之内))?(?:一直|持续|亲自)?(?:跟进|回复|回覆|回电|答复|联系|通知|告诉|第一时间|及时|认真|全力|给${YOU}(?:回复|答复|回电|打电话|一个)))(?<rest>${Z})`),
    suggestions: { hans: ['我会全力跟进，争取{rest}，有进展第一时间告诉您', '我会尽最大努力，有任何进展马上告诉您'],
      hant: ['我會全力跟進，爭取{rest}，有進展第一時間告訴您', '我會盡最大努力，有任何進展馬上告訴您'] },
  },
  {
    // 包你聽日收到 (Cantonese: "I guarantee you…")
    id: 'zh.overpromise.bao',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?<![面书钱红背打承邮])包(?:${YOU}|保|(?=冇问题|没问题|搞掂|满意))(?<rest>${Z})|包在我(?:们|哋)?身上|打包票|拍胸(?:口|脯)(?:保证|担保)?|放(?:一百|一万|一千|100|十万)(?:个|個)?心`),
    suggestions: { hans: ['我会全力跟进，争取{rest}，有进展第一时间告诉您', '我会尽最大努力，有任何进展马上告诉您'],
      hant: ['我會全力跟進，爭取{rest}，有進展第一時間告訴您', '我會盡最大努力，有任何進展馬上告訴您'] },
  },
  {
    id: 'zh.overpromise.absolute',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?:百分之百|百分百|100%|１００％)(?:没问题|可以|能|会|保证)?|绝对(?!不是)${Z}|(?:永远|再也)不会(?:再)?(?:发生|出现|有)${Z}|(?<!(?:不能|无法|不敢|没法|唔敢|唔可以)(?:保证|担保|承诺)[^，。！？\n]{0,6})(?:以后|今后|往后|将来|下次)(?:都|也|绝对|再也|永远|一定)?(?:不会|唔会|不可能|冇可能)再(?:发生|出现|有|犯)${Z}`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '我们会认真改进，尽量避免再出现这种情况'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '我們會認真改進，儘量避免再出現這種情況'] },
  },
  {
    id: 'zh.overpromise.deadline',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?:今天|明天|今晚|明早|马上|立刻|\d+(?:分钟|小时|天)内)(?:之内|早上|上午|下午|晚上)?(?:就)?(?:一定|肯定)(?:能|会|可以)?(?:帮${YOU}|给${YOU})?(?:到|送到|修好|解决|到[账帐]|退|完成|成功|处理好|搞定|办好)`),
    suggestions: { hans: ['我会全力跟进，争取尽快处理好，有进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'],
      hant: ['我會全力跟進，爭取儘快處理好，有進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  {
    // 理赔一定能批下来 / 退款一定會在明天入帳 / 下午三点前一定给您送到 / 聽日實搞掂
    id: 'zh.overpromise.certain',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?<![不唔])(?:一定|肯定|必定|绝对)(?:会|能|可以|能够)?(?:在[^，。！？\n]{1,8}?)?(?:帮${YOU}|给${YOU}|为${YOU}|俾${YOU})?(?:全额退款|退款|退钱|赔偿|补偿|全数豁免|豁免|减免|免除|补发|换新|送到|到[账帐]|入[账帐]|到货|送达|修好|解决|处理好|处理到好|搞到好|整到好|搞定|搞掂|搞得定|办好|办下来|批下来|拿回来|追回|找回|退回|退还|退给|(?:一个)?满意的?(?:答复|结果|交代)|批|通过|成功|恢复|完成|修复|有得用|收到|没问题|冇问题|冇事|没事|满意|到(?![场店现门]))|实(?:搞掂|冇问题|得㗎|得嘅|收到)|(?:今日|听日|明日|后日|今晚|听朝|听晚|下昼|礼拜[一二三四五六日天]|星期[一二三四五六日天])实(?:到|收到|搞掂|得|冇问题)`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  {
    id: 'en.overpromise.promise',
    category: 'overpromise',
    lang: 'en',
    // The rest stops before "and this will never happen again", which gets its own finding.
    match: re(String.raw`(?<!(?:can't|cannot|can not|won't|don't|not|never) )\b(?:I|we)(?: can)?(?: (?:absolutely|definitely|personally|fully|totally|100%))? (?:promise|guarantee)(?: you)?\b(?! (?:to (?:do|try) )?(?:my|our) best| to (?:keep|call|update|let|email|check|follow|look|get back|contact|stay|personally)| (?:that )?(?:I|we)(?:'ll| will)(?: personally| always| definitely)? (?:call|ring|phone|email|e-mail|text|message|update|let you know|check|look into|follow|get back|contact|keep|stay|be in touch|chase|escalate|pass|send you (?:an? )?(?:update|confirmation|email|message))\b)(?<rest>(?:(?! and (?:this|that|it|we|I)\b)[^,.;:!?\n])*)${ET}`),
    suggestions: { en: ['I’ll do everything I can to make sure {rest}.', 'I’ll follow this closely and keep you updated.'] },
  },
  {
    // "I assure you the penalty will be reversed" / "you have my word"
    id: 'en.overpromise.assure',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\b(?:I (?:can )?assure you|rest assured)\b(?=[^.!?\n]{0,60}\b(?:will|won't|'ll)\b)(?!,? (?:that )?(?:I|we)(?:'ll| will))(?:,\s*)?(?<rest>${E})${ET}`),
    suggestions: { en: ['I’ll do everything I can to make sure {rest}.', 'I’ll follow this closely and keep you updated.'] },
  },
  {
    // "you have my word it won't happen again" / Singlish "Confirm can settle by today one"
    id: 'en.overpromise.word',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\byou have (?:my|our) word\b(?: (?:that )?(?<rest>${E}))?|${enAtClauseStart('(?:sure )?confirm(?: plus chop)?')} (?:can|will|sure|got|settle)\b${E}|\bwill (?:confirm|sure|confirm plus chop) (?:be |can |get )?\w+${E}`),
    suggestions: { en: ['I’ll do everything I can to make sure {rest}.', 'I’ll follow this closely and keep you updated.'] },
  },
  {
    id: 'en.overpromise.absolute',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`(?<![\d.])\b100 ?%(?: (?:guaranteed|sure|certain))?|\bguaranteed\b|\b(?:(?:I'll |we'll |I will |we will )?make (?:100% |absolutely |completely |very )?sure (?:that )?)?(?:this|that|it) (?:will never|'ll never|won't ever|will not ever|won't|will not|never) (?:happen|happens|occur|occurs) again\b|\bnever again\b|\bconsider it done\b`),
    suggestions: { en: ['I’ll do everything I can', 'We’re taking steps so this doesn’t happen again'] },
  },
  {
    // "for sure" / "without fail" / "no matter what"
    id: 'en.overpromise.sure',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`${enAtClauseStart('no question(?: about it)?|no doubt about it')}(?=\s*[.!]|$)|\b(?:for sure|without fail|no matter what|without a doubt|a hundred percent|one hundred percent|100 percent)\b(?<!(?:\bnot|n't|\bnever|\bno one|\bnobody|\bhard to)\b[^.!?,]{0,30}(?:for sure|without fail|no matter what|without a doubt|a hundred percent|one hundred percent|100 percent))`),
    suggestions: { en: ['if all goes to plan', 'as things stand'] },
  },
  {
    // "the claim will be approved": a decision that isn't the agent's
    id: 'en.overpromise.outcome',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\b(?:the |your )?(?:claim|appeal|application|request|complaint|case|dispute|exception|compensation)s? (?:will|'ll) (?:definitely |certainly |surely |absolutely )?(?:be )?(?:approved|accepted|granted|upheld|successful|go through|succeed)\b`),
    suggestions: { en: ['I’ll put your case forward and let you know the outcome', 'I’ll follow it closely and update you as soon as there’s a decision'] },
  },
  {
    id: 'en.overpromise.definitely',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\bwill (?:definitely|certainly|absolutely|surely) (?!(?:call|email|update|let|check|look|pass|follow|keep|get back|contact|be in touch|try|do)\b)(?<be>be )?(?<verb>\w+)`),
    suggestions: { en: ['should {be} {verb}', 'is expected to {be} {verb}'] },
  },
  {
    // "You'll definitely get it by Friday" (the subject is part of the span, so the rewrite keeps it)
    id: 'en.overpromise.definitely-ll',
    category: 'overpromise',
    lang: 'en',
    match: re(String.raw`\b(?<subj>you|it|they|we|I|he|she|this|that)'ll (?:definitely|certainly|absolutely|surely) (?!(?:call|email|update|let|check|look|pass|follow|keep|get back|contact|be in touch|try|do)\b)(?<be>be )?(?<verb>\w+)`),
    suggestions: { en: ['{subj} should {be} {verb}', '{subj} should normally {be} {verb}'] },
  },

  // ── Round 4: structural families (docs/reply-checker.md, "Round 4") ─────────
  // command: orders without a subject at the start of a clause (把截图发来 / 快点。/ 讲重点 /
  // 别问那么多 / 不要离开 / 听我说完 / 在线上等着 / 快啲send張單過嚟) and 你 + an action + a curt particle (你问银行呗).
  {
    id: 'zh.command.clause-order',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('(?:先|赶紧|赶快|马上|立刻|快点?|快啲)?把')}(?<obj>[^，。！？,!?\n]{1,10}?)(?:(?:发|传|寄|交|拍|给|拿|带|送|上传|提供|填|签|补)(?:来|过来|嚟|过嚟|给我|俾我|上来|给我们|过来给我)|(?:填|签|补|交)(?:好|完))(?![^，。！？,!?\n]*(?:吧|吗|么|嘛|好不好|谢谢|呢))|${zhAtClauseStart('(?:你|您)?快(?:点|一点|啲)')}(?:啦|吧|喇|呀|啊)?(?=[，。！？,!?\n]|$)|${zhAtClauseStart('(?:你|您)?快啲')}[^，。！？,!?\n]{1,14}|${zhAtClauseStart('(?:你|您)?(?:直接)?(?:说|讲)重点|直说|直接说')}(?:啦|吧|喇)?(?=[，。！？,!?\n]|$)|${zhAtClauseStart('(?:你|您)?(?:就|先)?等(?:通知|消息|电话)')}(?:吧|啦|喇)?(?=[，。！？,!?\n]|$)|${zhAtClauseStart('(?:你|您)?(?:先)?(?:别|不要|唔好|不准|不许)(?:再)?(?:问(?=那么多|这么多|咁多|太多|东问西)|离开|走开|挂(?:电话|线|机)?|收线|插嘴|乱动|乱点|乱按)')}(?:那么多|这么多|咁多|太多)?(?:了|啦|喇|住)?|${zhAtClauseStart('(?:先)?听我(?:说完|讲完)')}|${zhAtClauseStart('(?:就|先)?(?:在|喺)(?:线上?|这边|这里|度|呢度|电话(?:里|上|度)?)(?:先)?等(?:着|住)')}|${zhAtClauseStart('自己(?:看|查|找|睇|搞|弄)')}(?:吧|啦|囉|去)?(?=[，。！？,!?\n]|$)`),
    suggestions: {
      hans: ['麻烦您{match}，谢谢！', '可以请您{match}吗？'],
      hant: ['麻煩您{match}，謝謝！', '可以請您{match}嗎？'],
    },
  },
  {
    // 自己去APP里申请售后 / 自己去門市辦啦 (no subject; "go and ask yourself" stays negative)
    id: 'zh.command.self-go',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('自己')}(?!${GO_ASK_TAIL})(?<act>(?:去|打去|到)${Z})`),
    suggestions: {
      hans: ['麻烦您{act}，如有需要我也可以先帮您联系', '可以请您{act}吗？我也可以先帮您问一下'],
      hant: ['麻煩您{act}，如有需要我也可以先幫您聯繫', '可以請您{act}嗎？我也可以先幫您問一下'],
    },
  },
  {
    // 你问银行呗 / 你自己上网查去 / 你再问问家里人去: 你 + an action + 呗 or a final 去
    id: 'zh.command.curt',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?<!请|麻烦|如果|要是|可以|也可以|建议)你(?:们|哋)?(?:就|再|自己|直接)*(?<act>(?:去|打|问|找|联系|查|看|试|等|上网|重启|搞|弄|填|交|发)[^，。！？,!?\n]{0,12}?)(?:呗|去)(?:吧|啦|囉)?(?=[，。！？,!?\n]|$)`),
    suggestions: {
      hans: ['麻烦您{act}，如有需要我也可以先帮您联系', '我先帮您{act}，有结果马上告诉您'],
      hant: ['麻煩您{act}，如有需要我也可以先幫您聯繫', '我先幫您{act}，有結果馬上告訴您'],
    },
  },
  {
    // "Send me the screenshot now." / "Just go to the store yourself." / "Call them yourself."
    id: 'en.command.bare-now',
    category: 'command',
    lang: 'en',
    match: re(String.raw`(?<act>${enAtClauseStart('(?:just |now |so )?(?:send|give|forward|upload|submit|fill|pay|call|go|come|check|read|restart|reset|email|bring|take|contact|ring|ask|sort|do|log|click|tell|show|stop|wait|hurry)')}\b[^,.;:!?\n]{0,50}?\b(?:(?:right )?now|immediately|asap|at once|this instant|yoursel(?:f|ves)|already)(?=\s*[.!]|$))|(?<!\bplease )\b(?:don't|do not) (?:hang up|leave the (?:chat|call|line)|go anywhere|disconnect|close (?:the|this) (?:chat|window))\b`),
    suggestions: { en: ['Could you please {act:lower}?', 'When you have a moment, could you {act:lower}?', 'Could you stay with me for a moment?'] },
  },

  // blame: the customer + a missed care or perception verb (是你下单时没勾发票 / 你没看商品详情页吗 / 係你唔聽咋),
  // doubt (您是不是操作错了), hindsight orders (你看清楚再下单嘛), a rhetorical 谁让你没…, "your request is unreasonable",
  // "it's your own responsibility" (这个你自己要负责).
  {
    id: 'zh.blame.missed',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:(?<![不唔])(?:是|系))?${YOU}(?:这边|那边)?(?:自己)?(?:[^，。！？\n你您我如要若]{1,6}?(?:的时候|时|前|当时|当初))?(?:自己)?(?:没有?|冇|未|唔|不)(?:仔细|认真|好好)?(?:当面|当场)?(?:验货|验收|勾|勾选|选|买|下载|更新|升级|登记|看(?![到见])|睇(?!到)|读|听|留意|注意|检查|核对|确认|填|写|保存|备份|带|充值|开通|关注|截图)(?![^，。！？\n]{0,12}(?:的话|嘅话))(?:[^，。！？\n]{0,12}?(?:吗|么|咩|咋|啫|嘛|呀))?`),
    suggestions: { hans: ['这一步可能没有提醒到位，我来帮您处理。', '可能是我们的提示不够清楚，我来帮您一起看。'],
      hant: ['這一步可能沒有提醒到位，我來幫您處理。', '可能是我們的提示不夠清楚，我來幫您一起看。'] },
  },
  {
    id: 'zh.blame.doubt',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOUS}(?:这边|那边)?(?:是不是|是否|系唔系|系咪|会不会)(?:自己)?[^，。！？\n你您我]{0,6}?(?:搞|弄|记|看|睇|填|输入?|拣|挑|打|写|理解|听|算|选|买|操作|下单|读|撳|按|点|拨|拼|签|勾|扫|设置|设定|用)错(?:咗|了)?`),
    suggestions: { hans: ['我们一起核对一下好吗？', '可能是我没说清楚，我再跟您确认一下。'],
      hant: ['我們一起核對一下好嗎？', '可能是我沒說清楚，我再跟您確認一下。'] },
  },
  {
    id: 'zh.blame.hindsight-order',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:自己)?(?:得|要|应该|需要)?先(?:看|睇|读|了解|问|查|核对|确认|比较|试)[^，。！？\n]{0,8}?再(?:下单|买|拍|付款|签|购买|投保|订)|${YOU}(?:自己)?(?:要|应该)?(?:先)?(?:看|睇|问|搞|弄|读|核对|确认)(?:清楚|仔细|好|明白)(?:先)?(?:再|先好|先至|才)(?:下单|买|拍|付款|付|签|提交|申请|操作|来|嚟|投诉|问|讲|说)(?:嘛|啦|吧|喇|啊)?|(?:现在|而家|事后|到现在|到而家|依家)(?:才|先)(?:来)?(?:说|讲|话|嚟讲|投诉|问)[^，。！？\n]{0,8}?(?:也|都)?(?:没用|冇用|太迟|太晚|晚了|迟咗|迟了)|谁(?:让|叫|教)${YOUS}(?:当初|当时|之前)?(?:没有?|不|唔|冇)[^，。！？\n]{1,12}?(?:呢|啊|嘛|咯|囉)?(?=[，。！？,!?\n]|$)|${YOUS}(?:的)?(?:这个|这种|呢个|呢种|这些)?(?:要求|诉求|说法|想法|理由)(?:真的|实在|本身)?(?:是)?(?:太|很|好|有点|非常)?(?:不合理|无理|不现实|没有道理|冇道理)|(?<!只(?:能|可以|好)(?:由)?)${YOUS}自己(?:要|得|需要)?(?:负责|承担(?:责任)?)(?!的话)|${YOU}(?:确定|肯定)(?:${YOU}|自己)?(?:有|已经|真的)?(?:按|照|按照)(?:步骤|说明|流程|要求|指示)|${YOU}${ZIF}(?:那边|这边|嗰边|家|屋企)(?:的|嘅)?(?:网|网络|网路|信号|手机|电脑|设备|路由器|宽带|WiFi|wifi|wi-fi)(?:太|好|有点|比较)?(?:不好|唔好|不行|唔得|有问题|差|慢)`),
    suggestions: { hans: ['这一点可能没有提醒到位，我来帮您一起看一下', '我们一起看看怎么处理最合适'],
      hant: ['這一點可能沒有提醒到位，我來幫您一起看一下', '我們一起看看怎麼處理最合適'] },
  },
  {
    // "Did you even read the instructions?": a care verb in a jab is blame (other verbs stay provocative)
    id: 'en.blame.even-read',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`\b(?:did|do|have) you (?:even|actually|ever) (?:read|check|look at|open|bother to read|bother to check)\b${E}${ET}`),
    suggestions: { en: ['Let me walk you through it', 'That part may not have been clear; let me explain'] },
  },

  // negative: 我也没辙 / 我也没别的办法了 / 只能自己承担了 (see also the edits to zh.negative.cannot and bare-no)
  {
    id: 'zh.negative.no-means',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:我(?:们|哋)?(?:这边|也|都|真的|实在)*)?(?:没辙|冇辙|没招|没(?:有)?(?:别的|其他|其它|更好的?|多余的?)(?:办法|方法|选择|法子)|冇(?:第二个|其他|别的)(?:办法|方法))(?:了|啦|喇|啊|呀|咯)?(?<!(?:规定|政策|规矩|制度)[^，。！？\n]{0,12})${noZhAlt}|只(?:能|可以|好)(?:由)?(?:自己|自行)(?:承担|负责|处理|解决|想办法|买单)${Z}|(?:就是|就系|一律|都|也)(?:不给|唔俾|唔畀|不让|不准)(?:${ZH_SERVICE})${Z}${noZhAlt}|(?:别的|其他的?|其它的?|第二啲)(?:都|也)?(?:不行|唔得|不可以|唔可以|没办法|冇办法)(?:了|啦|喇)?(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我来帮您想想还有什么办法', '这确实有点麻烦，不过我会尽力帮您'],
      hant: ['我來幫您想想還有什麼辦法', '這確實有點麻煩，不過我會盡力幫您'] },
  },

  // dismissive: calm-down orders with a brush-off particle (别急啊), "it won't run away" (又跑不了),
  // "wouldn't X just do?" (换一个不就完了), minimiser + 也要计较, "I know all that" (您说的这些我都知道), "it's just a late parcel".
  {
    id: 'zh.dismissive.brush-off',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('(?:你|您)?(?:先)?(?:别|不要|唔好|唔使)(?:着)?急')}(?:啊|嘛|啦|喇|呀|咯|囉)(?![，,]\s*我)|(?:又|也)(?:跑|走|飞|丢)(?:不了|不掉|唔甩|唔到|唔去)(?:的|嘅|啦|嘛|啊)?|(?:不就|咪)(?:完了|行了|好了|得了|解决了|完事了?|算了|得囉)(?:吗|嘛|咩|囉|啰)?|(?:这|那|呢)(?:点|么点|啲|种)(?:钱|小事|事|时间|差价|问题)(?:你|您)?(?:也|都)(?:要)?(?:计较|生气|嬲|投诉|紧张|在意|介意)(?:啊|呀|吗|咩|嘛)?|${YOU}(?:说|讲|话)(?:的|嘅)(?:这些|那些|呢啲|我)?[^，。！？\n]{0,3}?我(?:都|早就|早|一早)(?:知道|知|明白|清楚)(?:了|啦|㗎|喇)?|(?<x>行吧|好吧|好啦|得啦|行啦|好嘞)[，,、]?\s*\k<x>|(?:行行行|好好好|得得得)|(?:这个|这|呢个)(?:问题|事|嘢)?(?:其实)?(?:很|好|挺|非常|超)简单(?:的|嘅|啦|嘛|喇|㗎)+|(?:着急|急|紧张|担心)(?:也|都)(?:没用|冇用|没有用)|${zhAtClauseStart('(?:没有|冇|没)(?:为什么|点解|为啥)')}(?:的|嘅|啦|喇)?(?=[，。！？,!?\n]|$)|${zhAtClauseStart('(?:(?:差|晚|迟|慢|贵|多)(?:了|咗)?)?(?:几|[一二两三四五六七八九十百千半\d])+(?:个|块|元|蚊|毛|分钟|分|秒|天|日|小时|钟头?|个钟|星期|周|次|毫)(?:钱)?')}(?:而已|罢了|啫|咋)(?:嘛|啦|喇)?`),
    suggestions: { hans: ['我明白这件事让您很着急，我马上帮您处理', '这件事对您很重要，我会认真跟进'],
      hant: ['我明白這件事讓您很著急，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    id: 'en.dismissive.just-a',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:it's|it is|that's|that is|this is|it was|that was) (?:just|only|merely|simply) (?:[$£€]\d[\d.,]*|\d[\d.,]* (?:dollars|bucks|pounds|euros|cents|minutes)|(?:a|an|one) (?:late|delayed|small|minor|little|tiny|missing|damaged|scratched|slight|short|single|wrong) \w+)\b`),
    suggestions: { en: ['I understand this has been frustrating', 'I can see why this matters to you'] },
  },

  // defensive: "we've always done it this way" with any verb, "never gone wrong", "it usually doesn't happen",
  // other customers are fine (别人用着都好好的), "I've already apologised", not our side (不是我们这边的喔), "we never make mistakes".
  {
    id: 'zh.defensive.record',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`我(?:们|哋)(?:公司|这边)?(?:一直|向来|历来|一向)(?:都)?(?:是)?(?:这样|这么|咁)(?:(?![您你])[^，。！？\n的嘅]){1,4}?(?:的|嘅)|(?<![你您])(?:从来|从未|一直|都|也|根本)?(?:没有?|冇|未)(?:出|犯)过(?:任何)?(?:错|差错|问题|状况|事)(?=[，。！？,!?\n]|$|的|嘅|喔|哦|啦)|(?:一般|通常|正常|基本上?|平时|平常)(?:来说|来讲|嚟讲|情况下)?(?:是)?(?:不会|唔会|不可能|冇可能)(?:出现|发生|有)(?:这种|这样的?|呢种|这类|类似的?)(?:情况|问题|事情?|状况)(?:的|嘅)?|(?:别人|人家|其他人|其他客户|其他用户|其他客人|大家|其他顾客)(?:用着?|用得)?(?:都|也)(?:好好的|没问题|冇问题|正常|用得好地|没事|冇事|冇投诉|没投诉)(?![^，。！？\n]{0,2}(?:吗|么|咩)|呀[？?])|我(?:们|哋)?(?:都|已经|也)+(?:道歉|道过歉|赔礼道歉|赔过礼|说了对不起|讲咗对唔住)(?:了|咗|啦)?(?:啊|呀|嘛|啦|喇|㗎|喎)*|(?:不是|唔系|并不是)${WE}(?:这边|呢边|公司)(?:的|嘅)(?:问题|错|责任|事)?(?:喔|哦|啦|嘛|呀|喎|㗎)?(?=[，。！？,!?\n]|$)|(?:怪不了|怪不得|不能怪|唔怪得|怪唔到|赖不到|怪不到)${WE}|(?:不是|唔系)${WE}(?:的|嘅)锅|${WE}(?:这边|呢边|公司)?(?:的|嘅)?(?:(?!${YOU})[^，。！？\n]){0,6}?(?:看起来|显示)?(?:都|一切|完全)?(?:没问题|冇问题|正常|好着呢|好好的|好地地)(?:的|嘅|啊|㗎|喎|呢)*(?=[，。！？,!?\n]|$)|(?:一般|通常|正常|基本上?|平时|平常)(?:来说|来讲|嚟讲|情况下)?(?:是)?(?:不会|唔会)(?:出现|发生)(?:的|嘅|啦|喇|㗎)*(?=[，。！？,!?\n]|$)|${zhAtClauseStart('(?:绝对|根本)?(?:不可能|冇可能|没可能)')}(?:的|嘅|㗎|啦|喎)+(?=[，。！？,!?\n]|$)|从来(?:都)?(?:不会|唔会)(?:坏|出错|错|出问题|有问题|漏发|漏|断|死机)|(?:这|那|呢个|呢件事)(?:是|系)(?:银行|物流|快递|商家|厂家|第三方|运营商|平台|他们|佢哋)(?:那边|嗰边)(?:的|嘅)(?:事|问题|责任)`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '谢谢您告诉我们，我这就帮您核实'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '謝謝您告訴我們，我這就幫您確認'] },
  },
  {
    id: 'en.defensive.record',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:we|I|our(?: \w+)?) (?:never|don't|do not|doesn't|does not|rarely) (?:make|makes|get|gets) (?:\w+ )?(?:mistakes|errors)\b|\b(?:I|we)(?:'ve| have)? already (?:apologi[sz]ed|said sorry|said we're sorry)\b`),
    suggestions: { en: ['Let me check what happened here', 'Thank you for flagging this; I’ll look into it'] },
  },

  // provocative: reminders in any order (跟你说多少次了 / 刚才不是跟你讲了吗 / 我剛剛就講過了 / 我一早同你講咗啦 /
  // 講咗幾多次), "again?" jabs (还问 / 你仲问 / 问来问去 / 这都第几次了), "asking again won't change it"
  // (你再問幾次都一樣), sarcasm (密码都能忘？, 上面都有寫好嗎).
  {
    id: 'zh.provocative.reminder',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:跟|同|和)${YOU}(?:说|讲|解释|话|强调)(?:了|过|咗)?(?:多少|好几|好多|几多|几|N|n|\d+)[遍次](?:了|啦|喇)?|(?<![跟同和你您])(?:说|讲|话|解释)(?:了|咗|过)(?:多少|几多|好多|好几|几)[次遍]|(?:刚才|刚刚|之前|头先|啱啱|早就)?不是(?:已经|早就|都)?(?:跟|同|和)${YOU}(?:说|讲|话|解释)(?:过|咗)?了?(?:吗|咩|嘛|么)?|我(?:刚刚|刚才|之前|早就|一早|头先|啱啱|都|已经|就|早){1,3}(?:(?:跟|同|和)${YOU})?(?:说|讲|话|解释|讲明|说明)(?:过|咗)(?:了|啦|喇|㗎|嘛)*(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我换个方式再解释一下，可能我刚才没说清楚', '我再帮您梳理一下'],
      hant: ['我換個方式再解釋一下，可能我剛才沒說清楚', '我再幫您梳理一下'] },
  },
  {
    id: 'zh.provocative.again',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:${YOU})?(?:还|仲)(?:要)?(?:问|催|打来|嚟问|问来问去)(?:啊|呀|咩|吗|么)?(?=[，。！？,!?\n]|$)|问来问去|(?:这|呢个|呢|都)(?:都|已经)?(?:是)?第几(?:次|遍|回)(?:了|啦|喇)|${YOU}(?:再|仲)?(?:问|打|催|投诉|闹|讲)(?:多)?(?:几|多少|几多|一百|十)(?:次|遍|回)(?:都|也)(?:一样|没用|冇用|系咁|是这样|这样)|都(?:能|会|可以|识)(?:忘|忘记|搞错|弄错|弄丢|搞丢|唔记得)(?:咗|了)?(?=[？?！!])|(?:怎么|点解|点)又(?:是|系)${YOU}|${YOU}(?:说|讲|话)(?:啥|什么|咩|乜)就(?:是|系)(?:啥|什么|咩|乜)|我(?:也|都)?(?:变不出(?:来)?|变唔出(?:嚟)?)|我(?:都|已经|刚刚)*(?:解释|说|讲)(?:了|咗)?第(?:几|[二三四五六七八九十\d]+)[遍次]|(?:上面|页面|说明|合同|条款|网站|详情页|单上)(?:都|早就)?(?:有)?(?:写|讲|标|注明)(?:好|明|清楚|得很清楚)?(?:好吗|好不好|好唔好)`),
    suggestions: { hans: ['我再帮您说明一下', '我理解您想确认清楚，我再帮您梳理一下'],
      hant: ['我再幫您說明一下', '我理解您想確認清楚，我再幫您梳理一下'] },
  },

  // overpromise: 一定 + an arrival (师傅一定上门 / 一定會回到你帳戶), a time + 实 (下個禮拜實有貨), 冇走雞,
  // bravado (迟一分钟算我的), "if it can't be fixed I'll give you a new one", a clause-initial "won't … again" (不會再延誤了).
  {
    id: 'zh.overpromise.sure-thing',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?<![不唔])(?:一定|肯定|必定|绝对)(?:会|能|可以)?(?:准时|按时)?(?:上门|回到|退到|打到|到(?:${YOU}|您)|有货|发出|寄出|出货|补发|到位)${Z}|实(?<=[日天晚朝昼周月一二三四五六拜期]实)(?:有货|到|收到|搞掂|得|冇问题|送到|有)|冇走鸡|无走鸡|走唔甩|(?:迟|晚|慢|坏|错|少)[^，。！？\n]{0,6}?算我(?:的|嘅)|(?:修|搞|弄|整)(?:不好|唔好)(?:的话)?(?:就|我就|我|我们|我哋)?(?:直接)?(?:给|帮|同|俾)?${YOU}?(?:换|退)(?:新的?|一台|一部|全款|钱)${Z}|${zhAtClauseStart('(?:也|就|都)?(?:不会|唔会|不可能)再')}(?:延误|迟|晚|出错|错|出现|发生|有问题|断|慢|漏)(?:了|啦|㗎)?`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  // ── Round 5: families brainstormed from the domain (docs/reply-checker.md, "Round 5") ─────────
  // wait-apology: late replies in any order (抱歉现在才回复您 / 回复不及时 / 唔好意思遲咗覆你 / 覆得慢咗 /
  // 抱歉耽搁了这么久 / 拖了這麼久 / 不好意思，刚看到您的消息), "sorry it took so long", "sorry I'm only getting
  // back to you now", "sorry you've been waiting so long", "sorry for the radio silence".
  {
    id: 'zh.wait-apology.late-any',
    category: 'wait-apology',
    lang: 'zh',
    match: re(String.raw`${APOL_ZH}(?:${YOU})?(?:这么|那么|咁|有点|有些)?(?:现在|而家|宜家|今日|今天|这会儿|到现在|到而家)(?:才|先|至)(?:回复|回覆|答复|覆|回|看到|睇到|见到|处理)${YOU}?|${APOL_ZH}(?:${YOU})?(?:回|覆|回复|回覆|答复)得(?:有点|有些|比较|太|好|咁)?(?:慢|晚|迟)(?:了|咗|啲)?|(?:回复|回覆|答复|回应)(?:${YOU})?(?:不够|不|唔)?(?:及时|延迟|延误|晚咗|迟咗|慢咗)(?<=(?:抱歉|不好意思|对不起|唔好意思|对唔住|[Ss]orry)[^。！？\n]{0,8}(?:回复|回覆|答复|回应)(?:${YOU})?(?:不够|不|唔)?(?:及时|延迟|延误|晚咗|迟咗|慢咗))|${APOL_ZH}?(?:迟|晚)(?:咗|了)?(?:覆|复|回)${YOU}?(?:了|啦)?(?=[，。！？,!?\n\s]|$)|${APOL_ZH}(?:${YOU})?(?:耽搁|拖|耽误|阻)(?:了|咗)?(?:${YOU})?(?:这么|那么|咁|好|太|很)(?:久|耐|长时间|多时间)|(?:拖|隔|等)(?:了|咗)(?:这么|那么|咁)(?:久|耐)(?:才|先|至)(?:回|覆|答复|处理|跟进)|${APOL_ZH}(?:而家|现在|刚刚|刚|啱啱|头先)?(?:才|先)?(?:看到|睇到|收到|见到)${YOU}(?:的|嘅)(?:消息|留言|信息|讯息|短信|邮件|message)|${YOU}?等(?:了|咗)(?:好|很|这么|那么|咁|太)(?:久|耐)(?:了|啦|喇)?(?=[，,\s]*(?:真的?|实在|非常|真系)?(?:抱歉|不好意思|唔好意思|对不起|对唔住|[Ss]orry))`),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您耐心等我回复'],
      hant: ['感謝您的耐心等候', '謝謝您耐心等我回覆'] },
  },
  {
    id: 'en.wait-apology.late-any',
    category: 'wait-apology',
    lang: 'en',
    match: re(String.raw`\b${APOL_EN},?(?: for| about| that)? (?:(?:that )?(?:it|this|things|that)(?: has|'s| had)? (?:took|taken|taking|been taking) (?:(?:so|this|that|such a) (?:long|while)|forever|ages|a while|longer than (?:it should|expected))|(?:I'm|I am|we're|we are) only (?:just )?(?:now )?(?:getting back|replying|responding|getting to (?:this|you|your message))|you(?:'ve| have) (?:been waiting|had to wait|waited)(?: (?:so long|ages|forever|a while|this long|all day|a long time|for (?:so long|ages|a while|a long time)))?|(?:the|my|our) (?:late|slow|delayed|tardy|belated|late-ish) (?:reply|response|answer|email|message|revert|get-?back)|(?:the|my|our) (?:radio )?silence|(?:the|my) (?:delay|delays) (?:in|with) (?:my|our) (?:reply|response|answer)|(?:not|never) (?:getting back|replying|responding|answering|coming back)(?: to you)? (?:sooner|earlier|straight away|right away|before now|quicker|faster))\b|\b(?:I know )?you(?:'ve| have) been waiting (?:so long|ages|forever|a long time|all day|this long|for ages|for so long)\b(?:(?=[^.!?\n]{0,30}\b(?:sorry|apologi[sz]e|apologies)\b)|(?<=\b(?:sorry|apologies|apologi[sz]e)\b[^.!?\n]{0,75}))`),
    suggestions: { en: ['Thank you for your patience', 'Thanks for waiting'] },
  },

  // policy: citing the contract or terms (根据条款 / 合約寫明 / 條款上面有寫 / 白纸黑字), 按流程来 / 按章办事,
  // "不符合规定", 公司不允许 / 政策唔容許, 这是总部的要求, 我们有我们的规定, 制度就是制度, the company SOP;
  // "Our policy is that", "Company policy states", "the rules don't allow", "by the book", "against regulations",
  // "the decision is final", "bound by our policy", "we don't make exceptions", "the T&Cs you agreed to".
  {
    id: 'zh.policy.contract',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:合同|合约|协议|条款|服务条款|章程|细则|须知|说明书|政策|规定)(?:上面|上|里面|里|入面|度|中)?(?:已经|都|早就|一早|有|都有|已|清楚|明确)*(?:写明|注明|列明|订明|载明|讲明|写清楚|说明|规定|写住|写咗|写了|写着|有写|有讲|写得好清楚)(?:咗|了|过|好)?(?![^，。！？\n]{0,8}(?:${YOU})(?:可以|有权|能|可))${noZhAlt}|白纸黑字|(?:按|照|依|按照)(?:章|规|规定|规矩|制度|流程|程序|规章)(?:办事|办理|执行|来|走|做事)(?=[，。！？,!?\n]|$|的|嘅|啦|吧|嘛|囉|而已)|(?:不符合|唔符合|不合|唔合|违反|违背|不在)(?:公司|我们|我哋|平台|相关|银行|退款|退货|换货|理赔|保修|活动)?(?:的|嘅)?(?:规定|政策|要求|条件|条款|流程|规则|规矩|范围|程序)${noZhAlt}`),
    suggestions: { hans: ['这件事目前确实有限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'zh.policy.authority',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:公司|平台|上面|上头|总部|领导|老板|规定|政策|制度|条款|合同|合约|银行|系统|上级|主管)(?:是|都|也|根本|明确)?(?:不允许|不准|不让|唔俾|唔畀|唔准|唔容许|不容许|不批准?|唔批|不接受|唔接受)(?!的话|嘅话)(?<rest>${Z})${noZhAlt}|(?:这|那|呢个|呢啲)(?:是|系|都是|都系)(?:公司|总部|上面|上头|领导|老板|厂家|平台|银行|我们|我哋)(?:的|嘅)(?:要求|决定|规定|意思|安排|硬性规定|SOP|sop|标准流程|流程|政策)|(?:公司|我们|我哋|银行|平台)(?:的|嘅)(?:SOP|sop)|${WE}(?:有|都有)${WE}(?:的|嘅)(?:规定|规矩|流程|制度|政策|做法)|(?:公司|平台)有(?:公司|平台)(?:的|嘅)(?:规定|规矩|流程|制度|政策)|(?<p>规定|政策|制度|规矩|流程|规则|条款|合同)(?:就是|就系|系|始终是|终归是)\k<p>|系统(?:已经|都)?(?:限制|锁定|锁死|锁住|设定好|设置好|设死)(?:了|咗)?`),
    suggestions: { hans: ['这件事目前确实有限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'en.policy.cite',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\b(?:(?:our|the|company|bank|store|shop)(?: company| store| return| refund| cancellation)? polic(?:y|ies)|the rules|our rules|the terms|our terms|the contract|the guidelines|our guidelines|the regulations|procedure|protocol|policy) (?:is|are|states?|says?|dictates?|requires?|prohibits?|forbids?|stipulates?|mandates?|specifies|clearly (?:states?|says?)) (?:that |to |no\b)(?!you(?:'re| are)? (?:entitled|eligible|can|may|get|will|qualify))${E}${noEnAlt}|\b(?:the|our|company) (?:rules|policy|policies|terms|guidelines|regulations|management|head office|bank|procedure|process)(?: here)? (?:don't|do not|doesn't|does not|won't|will not) (?:allow|let|permit)\b${E}${noEnAlt}|\b(?:the |our |company )?(?:terms(?: and conditions)?|t&cs?|tcs|contract|agreement|policy|conditions) (?:that )?you (?:agreed to|accepted|signed|read and accepted|ticked)\b|\byou (?:agreed|consented) to (?:the|our|these) (?:terms|t&cs?|conditions|policy|contract)\b${E}|\b(?:go|do (?:things|it|everything)|work|play (?:it|things)) by the book\b|\b(?:against|breach of|violates?|violation of) (?:the |our |company |bank )?(?:regulations|guidelines|protocol|procedure|the terms|our terms|terms and conditions|t&cs?|compliance)\b|\b(?:the |our |management's |head office's |my manager's |the bank's )?decision is final\b|\b(?:we(?:'re| are)|I(?:'m| am)) bound by (?:the |our |company |bank )?(?:policy|policies|rules|terms|regulations|guidelines|procedures?)\b|\b(?:we|I) (?:don't|do not|can't|cannot|won't|will not|never) make (?:any )?exceptions\b|\bin black and white\b|\b(?:compliance|head office|management|HQ|the bank|legal) (?:won't|will not|doesn't|does not|wouldn't|would not) (?:allow|approve|let|permit|sign off)\b${E}`),
    suggestions: { en: ['That isn’t possible this time, but here’s what I can do instead: …', 'That option isn’t available, but I can offer you another: …'] },
  },

  // provocative: dares and take-it-or-leave-it (你爱信不信 / 有意见你去提啦 / 你鍾意點就點 / 唔止你一個客),
  // reminders (上面不是写了吗 / 往上翻翻聊天记录 / 碌返上去睇), jabs (有完没完 / 你烦不烦 / 找茬 / 你开心就好 /
  // 懒得跟你说 / 所以呢？ / 你识字吗 / 讲点道理 / 你讲够未 / 关你什么事 / 别冲我来), English passive aggression
  // ("As mentioned,", "Again,", "no need to shout", "which part didn't you understand", "spell it out",
  // "it says so right there", "you're not our only customer", "feel free to leave a bad review", "suit yourself",
  // "try reading it again", "scroll up", "what's your point", "are you done?", "watch your tone", "how hard is it to…").
  {
    id: 'zh.provocative.jab2',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:${YOUS})?(?:爱|愛)信(?:不|唔)信|信(?:不|唔)信由${YOU}|(?:上面|上边|上面度|前面|聊天记录|说明|页面)(?:不是|唔系|咪)?(?:已经|都|早就|一早)?(?:有)?(?:写|讲|说|列|标|写明|讲明)(?:了|咗|住|明|好)?(?:吗|咩|嘛|囉|啰|啦)(?=[，。！？,!?\n]|$)|往上(?:翻|拉|滑|碌)(?:翻|一下|下|返)?(?:聊天记录|记录|对话|消息)?|(?:翻|碌|睇|看)(?:返|番)?(?:上去|一下|下)?(?:聊天|对话)记录|碌(?:返|番)?上去(?:睇|看)?|有完(?:没|冇)完|${YOUS}(?:烦不烦|烦唔烦|好烦|很烦|真烦|真系好烦)|(?:找|搵)(?:茬|碴)|(?:来找|嚟搵)(?:麻烦|事)(?:的|嘅|㗎)?(?:吧|吗|咩|呀|啊|嘛)|鸡蛋里(?:挑|找)骨头|${YOUS}(?:开心|高兴)就好(?:了|啦|喇)?|${YOUS}?(?:钟意|中意|爱|想|喜欢)(?:点|怎样|怎么样|怎么)就(?:点|怎样|怎么样|怎么)|(?:不止|唔止|不只|唔只|又不是只有|不是只有|唔系得)${YOU}一(?:个|位)(?:客户|客人|顾客|客|人)?|(?:不差|唔差|不缺|唔缺|唔少)${YOU}(?:这|呢)?一(?:个|位)(?:客户|客人|顾客|客)?|少${YOU}一个(?:不少|唔少)|懒得(?:跟|同|和|理|睬|解释|讲|说|回)|(?:没空|冇时间|没时间|唔得闲)(?:跟|同|陪)${YOU}|(?:不想|唔想)(?:再)?(?:跟|同|和)${YOU}(?:吵|争|嘈|拗|讲|说)|${zhAtClauseStart('所以呢|然后呢|那又怎样|那又怎么样|那又如何|咁又点|咁又如何|咁又点啫|咁又点呀')}(?=[？?！!。]|$)|${YOUS}?(?:识字|识唔识字|不识字|唔识字|没长眼睛?|冇长眼|冇眼睇)(?:吗|咩|啊|呀)?(?=[，。！？,!?\n]|$)|(?:能不能|可不可以|可唔可以|可否|请)?讲(?:点|啲|一点|下)道理|讲(?:不|唔)讲(?:道)?理|${YOUS}(?:太|好|真系|真是|有点)?(?:不讲道理|唔讲道理|不讲理|唔讲理)|${YOUS}(?:讲|说|闹|骂|吵)(?:够|完)(?:了)?(?:未|没有?|吗|了没|咗未|未呀)|关${YOU}(?:咩|乜|什么|啥|屁)事|${YOU}管得着(?:吗|么)?|${YOU}管(?:唔|不)着|${YOU}以为${YOU}(?:是|系)(?:谁|边个|老板|皇帝|上帝)|(?:别|不要|唔好)(?:冲|对住|对着|向)我(?:们|哋)?(?:来|嚟|发火|发脾气|吼|凶|闹)|有意见(?:${YOU})?(?:就|可以|尽管|大可)?(?:去)?(?:提|投诉|反映|告)(?:吧|啦|囉|咯|好了)(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我明白您的心情，我来帮您处理'],
      hant: ['我理解您很著急，我們一起看看怎麼解決', '我明白您的心情，我來幫您處理'] },
  },
  {
    id: 'en.provocative.reminder',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`(?:${enAtClauseStart('as (?:I|we) (?:already |previously |clearly )?(?:mentioned|stated|explained|said|noted|advised|informed|told you|pointed out|highlighted|indicated)')}(?: (?:earlier|before|previously|above|below|already|in (?:my|our) (?:last|previous|earlier|first) (?:email|e-mail|message|reply|response|chat)))?|${enAtClauseStart('as (?:already |previously |clearly )?(?:mentioned|stated|explained|said|noted|advised|informed|pointed out|highlighted|indicated)')} (?:earlier|before|previously|above|already|in (?:my|our) (?:last|previous|earlier|first) (?:email|e-mail|message|reply|response|chat)))(?=\s*[,:]|\s+(?:the|your|we|our|it|this|that|there|you)\b)|${enAtClauseStart('(?:once )?again')}(?=\s*,)(?!,\s*(?:thank|thanks|sorry|apolog|my apologies|many thanks|I(?:'m| am) (?:so |very |really )?sorry|I apologi[sz]e|we apologi[sz]e|we(?:'re| are) sorry|please accept|welcome|I appreciate|we appreciate|I really appreciate))|${enAtClauseStart('(?:try |please |kindly |just )?(?:re-?read|read|reading)')} (?:it|this|that|my (?:\w+ )?(?:email|e-mail|message|reply)|the (?:email|e-mail|message|reply|instructions|description|terms))(?: (?:again|once more|carefully|properly|more carefully|slowly))\b|\bread (?:it|my message|my email) again\b|${enAtClauseStart('(?:just |please |kindly )?scroll (?:up|back)')}|\b(?:which|what) part of\b${E}|\bwhich part (?:of (?:this|that|it) )?(?:you )?(?:didn't|don't|do you not|did you not|are you not)\b${E}|\blet me spell it out\b|\bspell it out for you\b|\bI(?:'ll| will) (?:type|say it|talk) (?:slowly|slower)\b|\bit (?:says|said|states|stated) so (?:right there|clearly|on the)\b${E}|\bit(?:'s| is) (?:right there|written right there|literally right there|clearly written|all there) (?:on|in)\b${E}`),
    suggestions: { en: ['To recap', 'Let me explain it another way'] },
  },
  {
    id: 'en.provocative.jab2',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:there(?:'s| is) )?no need (?:to (?:shout|yell|scream|swear|be rude|raise your voice|use (?:that|this|such) (?:tone|language))|for (?:that|this|such) (?:tone|language|attitude|rudeness|shouting))\b|\b(?:watch|mind) your (?:tone|language|words|manners)\b|\b(?:don't|do not) (?:take|use) that tone\b|\blower your voice\b|\byou(?:'re| are) not (?:our|my|the) only customer\b|\b(?:I|we) (?:have|'ve got) other (?:customers|clients|people|chats|calls) (?:to|waiting|in the queue|as well)\b|\bthere are other customers (?:waiting|in the queue|ahead of you)\b|\bfeel free to (?:leave|write|post|give) (?:us )?(?:a |an )?(?:bad|negative|poor|one-star|1-star|low) (?:review|rating|feedback)\b|\b(?:complain|report (?:me|us|it)|escalate (?:it|this)|sue us|leave a (?:bad|negative) review|take (?:it|this) (?:up )?(?:further|elsewhere))(?: [^,.;:!?\n]{1,25}?)? if you (?:want|like|wish)\b|\bfeel free to (?:complain|escalate|report (?:me|us|it)|take (?:it|this) (?:up|further|elsewhere))\b|${enAtClauseStart('suit yourself|your loss|(?:that\'s )?your problem(?:,? not (?:mine|ours))?')}(?=\s*[.!,]|$)|\bwhat(?:'s| is) your point\b|${enAtClauseStart('so what|and so what|and\\?')}(?=\s*[?!])|\bare you (?:done|finished|quite finished|through)(?=\s*[?!])|\b(?:can|may) I (?:speak|talk|finish|get a word in)(?: now)?(?=\s*\?)|\blet me finish\b|\bI (?:don't|do not) know what (?:else|more) (?:you want|you expect|you'd like) (?:me|us) to (?:say|do|tell you)\b|\bwhat (?:else|more) (?:do )?you want (?:me|us) to (?:say|tell you)\b|\bhow hard (?:is it|can it be) to\b${E}|\bis (?:that|it|this) (?:so|really (?:that|so)|that) (?:hard|difficult|complicated)(?: to understand)?(?=\s*\?)|\bI(?:'m| am) (?:not (?:here|paid) to (?:argue|babysit|listen to this)|done (?:arguing|explaining|talking))\b|\b(?:I|we) (?:don't|do not) have to (?:explain|justify) (?:myself|ourselves|anything)\b`),
    suggestions: { en: ['I understand how frustrating this is; let me help', 'Let me explain it another way'] },
  },

  // blame: the customer's handling as the cause (您操作失误 / 使用不当 / 人为损坏 / 自行拆机), wrong or incomplete
  // details (您给的地址不完整 / 你俾錯咗地址), forgetting or not telling us (您忘了点确认 / 您没有提前告诉我们), a care verb
  // with an adverb (您當初沒有仔細閱讀條款 / 你哋自己冇留意), "the problem is on your side" (问题出在您这边);
  // "because you ignored…", "caused by misuse", "you entered it incorrectly", "next time read…".
  {
    id: 'zh.blame.handling',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:${YOUS}(?:这边|那边|自己|当时)?(?:的)?)?(?:操作|使用|保管|安装|存放|设置|接线)(?:上)?(?:失误|不当|不规范|有误|错误|方法不对|方式不对)${ZIF}|人为(?:损坏|原因|因素|造成|弄坏|摔坏|损伤|损毁)${ZIF}|(?:${YOUS}(?:这边|自己)?)(?:自行|私自|擅自|自己)(?:拆机|拆开|拆卸|维修|改装|刷机|拆封)${ZIF}|(?:问题|原因|责任|毛病|错)(?:应该|可能|肯定|就|其实)?(?:是)?(?:出在|在于|喺|在)${YOUS}(?:这边|那边|嗰边|身上|自己|方|的|嘅|度)`),
    suggestions: { hans: ['我们一起看看问题出在哪里，我来帮您处理。', '我先帮您查清楚原因。'],
      hant: ['我們一起看看問題出在哪裡，我來幫您處理。', '我先幫您查清楚原因。'] },
  },
  {
    id: 'zh.blame.details',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOU}(?:输入|填写|填|提供|选择|选|写|给|留|报|发|上传|俾|交)(?:的|嘅)${ZIF}[^，。！？\n]{1,6}?(?:不准确|不清楚|不清晰|不符|不一致|错了|有问题|无效|唔啱|唔清楚|唔完整|唔齐|错咗|漏咗|不完整|不全|有误|错误|不对|不正确)|(?<!如果|若|万一|要是|假如|以免|避免|怕|担心|是否|帮|(?<!因)为|替|给|跟|向)${YOUS}(?:自己|当时|之前)?(?:俾|给|发|留|交|传|上传|提交|报|讲|说|寄|付)错(?:咗|了)?${ZIF}`),
    suggestions: { hans: ['我们一起核对一下这里的信息好吗？', '这里的信息可能需要再确认一下，我来帮您核对。'],
      hant: ['我們一起核對一下這裡的信息好嗎？', '這裡的信息可能需要再確認一下，我來幫您核對。'] },
  },
  {
    id: 'zh.blame.forgot',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`${YOUS}(?:这边|那边|自己|当时|之前|当初|一开始)*${ZIF}(?:忘了|忘记了?|忘咗|唔记得咗?|漏了|漏咗)(?!吗|么|咩|的话|嘅话)(?![^，。！？\n]{0,10}(?:没关系|冇关系|不要紧|唔紧要|的话|嘅话|吗|么|咩))[^，。！？\n]{1,10}|${YOUS}(?:这边|那边|自己|当时|之前|当初|一开始|下单时|购买时|下单的时候|购买的时候)*${ZIF}(?:没有?|冇|未|唔|不)(?:有)?(?:提前|事先|预先|及时|早(?:点|啲)?|仔细|认真|好好|小心|按时|准时)(?:地)?(?:阅读|看|读|睇|检查|核对|留意|注意|确认|填写|填|保管|操作|付款|缴费|告诉|通知|说|讲|话|联系|申请|预约|报备|提交)(?![^，。！？\n]{0,12}(?:的话|嘅话|吗|么|咩|也没关系|没关系|不要紧))[^，。！？\n]{0,10}|${YOUS}(?:这边|那边|当时|之前|当初|一开始)?自己(?:没有?|冇|未|唔|不)(?:有)?(?:留意|注意|看|睇|检查|核对|保管好?|收好|看好|睇好)(?![^，。！？\n]{0,12}(?:的话|嘅话|吗|么|咩))`),
    suggestions: { hans: ['这一步可能没有提醒到位，我来帮您处理。', '可能是我们的提示不够清楚，我来帮您一起看。'],
      hant: ['這一步可能沒有提醒到位，我來幫您處理。', '可能是我們的提示不夠清楚，我來幫您一起看。'] },
  },
  {
    id: 'en.blame.cause',
    category: 'blame',
    lang: 'en',
    match: re(String.raw`(?<!\b(?:if|when|whether|unless|in case) )\byou(?:'ve| have)?(?: (?:clearly|obviously|probably|simply|just|must have|apparently))? (?:ignored|disregarded|overlooked|skipped|misused|mishandled|dropped|broke|damaged|overloaded|tampered with|opened up|chose to ignore)\b${E}|\b(?:caused by|due to|the result of|a result of|results? from|resulted from|because of)(?: (?:your|the customer's|customer|user|improper|incorrect))* (?:misuse|mishandling|(?:improper|incorrect|wrong) (?:use|usage|handling|installation|care|storage|setup)|negligence|carelessness|user (?:damage|error|negligence)|physical damage caused by you|(?:your|the) own (?:actions|mistake|error))\b|(?<!\b(?:if|when|whether|unless|in case) )\byou(?:'ve| have)?(?: (?:must have|probably|clearly|obviously|just))? (?:entered|typed|filled(?: in| out)?|put|spelled|spelt|gave|provided|used|set|installed|connected|plugged|configured|input|keyed|formatted|submitted|addressed|wrote|written|labell?ed|packed|packaged|paid|scanned|uploaded)\b[^,.;:!?\n]{0,30}?\b(?:incorrectly|wrongly|improperly|incorrect|the wrong way|wrong)\b|${enAtClauseStart('(?:maybe |perhaps )?next time,?')} (?:please |you should |try to |just )?(?:read|check|look|try reading|double-check|pay attention|make sure|follow)\b${E}|\byou (?:should|could) have (?:just )?(?:read|checked|looked|asked|called|told|contacted|followed|been more careful|double-checked)\b${E}`),
    suggestions: { en: ['Let’s look at what happened together', 'That part may not have been clear; let me help put it right'] },
  },

  // defensive: "we did all we could" (我们已经尽力了 / 我哋已經做咗我哋應做嘅嘢), a third party's fault (这是快递公司的问题 /
  // 係物流嗰邊嘅問題), "we followed the procedure to the letter" (我哋都係照足程序做); "We did everything we could",
  // "that's the courier's fault", "we've done our best".
  {
    id: 'zh.defensive.did-all',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`${WE}(?:这边|公司|呢边)?(?:已经|都已经|真的|都|也|已|经已)+(?:尽(?:了)?(?:全力|力|最大(?:的)?努力|心尽力)|仁至义尽|做(?:了|咗)?(?:${WE}|所有|一切)?(?:能做|应做|该做|可以做)(?:的|嘅)(?:一切|所有|全部|嘢|事)?)(?:了|咗|啦|喇|㗎|嘅)*(?=[，。！？,!?\n]|$)|(?:这|那|呢个|呢件事|呢单|呢次)?(?:是|系|都是|都系|属于|全是|完全是)(?:银行|物流|快递|快递公司|物流公司|速递公司|商家|厂家|厂商|第三方|运营商|他们|佢哋|供应商|海关|邮局|卖家|仓库|品牌方|支付公司|支付平台|航空公司|师傅|司机)(?:那边|嗰边|方面|公司)?(?:的|嘅)(?:事|问题|责任|错|失误|原因|延误)${noZhAlt}`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    id: 'en.defensive.did-all',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:we|I)(?:'ve| have)? (?:already )?(?:did|done|tried) (?:everything|all|whatever) (?:we|I) (?:could|can)\b(?! to\b| for you\b)|\b(?:we|I)(?:'ve| have)? (?:already )?(?:did|done|tried) (?:our|my) (?:very )?(?:best|utmost|part)\b(?!(?: to| for)\b)|\b(?:it's|it is|that's|that is|this is|it was|that was)(?: (?:entirely|clearly|completely|actually|really|obviously))? (?:the )?(?:courier|carrier|delivery company|shipping company|bank|manufacturer|supplier|post office|postal service|driver|airline|third[- ]party|seller|vendor|logistics (?:company|partner)|warehouse|merchant|network provider)(?:'s|s')? (?:fault|problem|issue|responsibility|mistake|error|doing)\b|\b(?:the )?(?:courier|carrier|delivery company|shipping company|bank|manufacturer|supplier|post office|driver|airline|seller|vendor|warehouse|merchant)(?: is| was) (?:to blame|responsible|at fault)\b`),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },

  // negative: "I don't know" with nothing after it (我不知道。/ 我也不清楚 / 我唔知), "no idea", "we won't be refunding…".
  {
    id: 'zh.negative.dont-know',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`我(?:们|哋)?(?:这边|也|都|真的|实在|确实|其实)*(?:不知道|唔知|不清楚|唔清楚|不太清楚|唔太清楚|唔系好清楚|不晓得|不了解|唔了解|没概念|冇概念)(?:啊|呀|喔|哦|耶|欸|喎|啦|呢|咯|囉|㗎|嘅|的)*(?=[，。！？,!?\n]|$)(?!\s*[，,]?\s*(?:不过|但|我(?:们|哋)?(?:马上|即刻|而家|现在|先|可以|会|帮|去|再|问|查)))${noZhAlt}`),
    suggestions: { hans: ['我马上帮您确认一下，稍后回复您', '这个我帮您问清楚，再告诉您'],
      hant: ['我馬上幫您確認一下，稍後回覆您', '這個我幫您問清楚，再告訴您'] },
  },
  {
    id: 'en.negative.dont-know',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`(?:\b(?:I|we) (?:really |honestly |just )?(?:don't|do not) know(?:,? (?:sorry|sir|madam|ma'am|mate|lah|leh))?(?=\s*[.!]|$)|${enAtClauseStart('(?:no idea|not sure|dunno|no clue)')}(?=\s*[.!]|$)|\b(?:I|we) (?:have|'ve got) no (?:idea|clue)\b(?! (?:how sorry|how much|how frustrating|how annoying))|\b(?:we|I)(?:'re| are|'m| am)? (?:won't|will not|will never|are not going to|aren't going to|'re not going to|'m not going to|am not going to) (?:be )?(?:refund|replac|exchang|compensat|reimburs|waiv|accept|honou?r|cover|reverse|credit)\w*)${E}${noEnAlt}`),
    suggestions: { en: ['Let me find out for you', 'I’ll check and get back to you'] },
  },

  // dismissive: "what's there to worry about" (有什么好担心的), 别想太多 / 唔好諗咁多, the customer as too anxious
  // (您太紧张了 / 你太敏感), 大家都这样; "don't worry about it so much", "stop worrying", "it's not that serious",
  // "worked up over nothing".
  {
    id: 'zh.dismissive.worry',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:有|没|冇)(?:什么|咩|乜|啥|乜嘢)(?:好)(?:担心|紧张|怕|在意|介意|计较|纠结|烦|惊|担忧|不满|唔满)(?:的|嘅|呀|啊)?|(?:别|不要|唔好|唔使|不用|没必要|用不着)(?:想|谂|担心|顾虑)(?:太多|咁多|这么多|那么多|多了|多咗)(?![，,]?\s*(?:交给我|我来|我会|我马上|我哋会|我们会))|(?:别|不要|唔好)(?:乱|瞎)?多想(?:了|啦)?(?=[，。！？,!?\n]|$)|${YOUS}(?:也|都)?(?:太|有点|未免太|真系太|好|实在太)(?:紧张|敏感|心急|多虑|多心|小气|执着|情绪化|神经质|急躁|急)了(?!吗|么|咩)|(?:大家|人人|个个|每个人|所有人|所有客户|其他人)(?:都|也)(?:是|系)?(?:这样|咁|一样|这么等|咁等|要等|等咁耐)(?:的|嘅|㗎|啦|喇|啊|呀)*(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我明白您很担心，我马上帮您跟进', '您的顾虑我理解，我来帮您确认清楚'],
      hant: ['我明白您很擔心，我馬上幫您跟進', '您的顧慮我理解，我來幫您確認清楚'] },
  },
  {
    id: 'en.dismissive.worry',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:don't|do not) (?:worry|stress|fret)(?: (?:about it|about that|yourself|over it))? (?:so much|too much|that much)\b|\bstop (?:worrying|stressing|panicking|fussing|fretting|overthinking)\b|${enAtClauseStart("(?:please |just )?(?:don't|do not) panic")}|\b(?:it's|it is|that's|that is|this is|it isn't|this isn't|it was)(?: really| honestly| actually| just)? not (?:that|so|very|too|really|even that) (?:serious|bad|important|urgent|major|dramatic)\b|\b(?:worked up|upset|angry|fuss|drama|panicking|stressing|worrying|complaining)(?: (?:over|about))? (?:nothing|such a (?:small|little|minor|tiny) (?:thing|issue|matter))\b|\bno (?:need|reason) to (?:panic|worry so much|stress)\b`),
    suggestions: { en: ['I understand why this is worrying, and I’m on it', 'I can see why this matters to you'] },
  },

  // command: 您现在去把… / 先把问题描述清楚 / 你只要照做就行 / 你先回去等消息 / 您先去…再说 / 你聽日再打嚟;
  // "Make sure you…", "Kindly revert … immediately", "you are supposed to…", "it is mandatory for you to…".
  {
    id: 'zh.command.order2',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`(?:请勿|切勿|勿|不要|别|唔好)(?:再|重复|一再|多次|反复|再三|不停)+(?:申请|提交|来电|致电|催促?|询问|联系|下单|留言|发送|拨打|打来|打嚟|发信息|发消息)|(?<!请|麻烦|如果|要是|假如|万一|可以|建议|谢谢|感谢|多谢|谢)您(?:这边)?(?:现在马上|现在立刻|现在就|马上|立刻|立即|赶紧|即刻)(?!就|会|能|可以|收到|有|到|帮|为|给[你您]|去|把)(?<act>[^，。！？,!?\n]+)|(?<!请|麻烦|如果|要是|假如|万一|可以|建议)您(?:这边)?现在(?:就|马上)?(?<rest>(?:去|把)${Z})${ZT}|${zhAtClauseStart('(?:你|您)?(?:先|赶紧|马上)?把')}[^，。！？,!?\n]{1,10}?(?:(?:说|讲|描述|解释|交代)(?:清楚|明白)|(?:弄|搞|整理|准备|填|补)(?:好|完整|齐全?))(?:再说|再来|先|啦|了)?(?![^，。！？,!?\n]*(?:吧|吗|么|嘛|好不好|谢谢|呢))|(?<!我|我们|会|都|也)(?:${YOUS}(?:只要|只需要?|就)?)?照(?:做|办|着做|我说的做|我讲嘅做)(?:就(?:行|好|可以|得|是|完)了?|啦|吧|便是)|(?:${YOUS}(?:先|就|直接)?)回(?:去|家|屋企)(?:先)?等|${zhAtClauseStart('(?:先|就)?回(?:去|家|屋企)')}(?:先)?等|(?<!请|麻烦|可以|建议)${YOUS}(?:先|就先)(?:去|到|把|拿|找|打)[^，。！？\n]{1,14}?再(?:说|讲|算|来|嚟|联系|打来|找我)|${zhAtClauseStart('先')}(?:去|把|拿|找)[^，。！？\n]{1,14}?再(?:说|讲|算)|(?<!请|麻烦|可以|建议|如果)${YOUS}(?:就)?(?:听日|明天|明日|后天|过两天|过几天|下周|下礼拜|下星期|迟啲|晚点|晚些|等阵|改天|过几日|过两日)再(?:打(?:电话)?(?:来|嚟|过来)?|来|嚟|问|联系|找|试)(?:啦|吧|喇|囉)?`),
    suggestions: { hans: ['麻烦您{rest}，谢谢！', '麻烦您{act}，谢谢！', '麻烦您方便的时候处理一下，有需要我可以先帮您。'],
      hant: ['麻煩您{rest}，謝謝！', '麻煩您{act}，謝謝！', '麻煩您方便的時候處理一下，有需要我可以先幫您。'] },
  },
  {
    id: 'en.command.order2',
    category: 'command',
    lang: 'en',
    match: re(String.raw`${enAtClauseStart('(?:just |so )?make sure (?:that )?you')}\b(?<rest>${E})${ET}|(?<act>${enAtClauseStart('(?:kindly |just )?(?:revert|respond|reply|share|provide|arrange|complete|update|confirm|settle|sign|attach|send|submit|pay|return|call|email|fill)')}\b[^,.;:!?\n]{0,50}?\b(?:immediately|right now|right away|at once|asap|ASAP|without delay|today itself|urgently|without fail)(?=\s*[.!]|$))|\byou(?:'re| are) (?:supposed|expected|meant) to (?!(?:receive|get|have|be|hear|see|find|feel)\b)(?<rest2>${E})${ET}|\bit(?:'s| is) (?:mandatory|compulsory|obligatory) (?:for you )?to\b(?<rest3>${E})${ET}`),
    suggestions: { en: ['Could you please {rest}?', 'Could you please {act:lower}?', 'Could you please {rest2}?', 'Could you please {rest3}?', 'When you have a moment, could you help me with this?'] },
  },

  // overpromise: 一定/肯定/绝对 + "won't go wrong again" (这次一定不会出错了), 一定帮您办妥.
  {
    id: 'zh.overpromise.never-again',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?<![不唔])(?:一定|肯定|绝对|保证|必定)(?:不会|唔会)(?:再)?(?:出错|错|延误|迟到?|晚|出问题|有问题|坏|漏|丢|发生|出现)(?:了|啦|㗎)?|(?<![不唔])(?:一定|肯定|绝对|必定)(?:会|能|可以)?(?:帮${YOU}|给${YOU}|为${YOU}|俾${YOU})?(?:办妥|搞妥|弄好|处理妥当|安排妥当|整好|赔到|退到)`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '我们会认真改进，尽量避免再出现这种情况'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '我們會認真改進，盡量避免再出現這種情況'] },
  },
  // provocative, batch 2: "read it carefully" (请仔细看我上面的回复), "already answered" (这个问题我已经回答过了),
  // wasting time (别浪费我时间), threats to hang up (再这样我就挂了), tone policing (注意你的态度 / 你这是什么态度),
  // 您请便 / 悉听尊便, 呵呵; "please read carefully", "this has already been answered", "what do you expect?",
  // "hope that's clear now", "going round in circles", "you're wasting my time", "I'll end this chat", "are we done here?".
  {
    id: 'zh.provocative.jab3',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:请|麻烦)?(?:${YOU})?(?:仔细|认真|好好)(?:看|阅读|读|睇)(?:一下|下|清楚|下先)?(?:我(?:上面|前面|之前|刚才|头先)?|上面|前面|之前|刚才|头先)(?:的|发的|说的|讲的|嘅|回复的|写的|发嘅|讲嘅)|(?:我|这个问题|呢个问题|这个|呢个)(?:都|已经|早就|之前|刚才|头先|一早)+(?:回答|回复|答复|答|覆)(?:过|咗)(?:${YOU})?(?:了|啦|喇|㗎)*(?=[，。！？,!?\n]|$)|浪费(?:我|大家|彼此|我哋|我们)(?:的|嘅)?时间|(?:再|如果再|若再)[^，。！？\n]{0,8}?(?:我就|就|我)(?:挂(?:电话|线|机)?|结束(?:对话|会话|聊天|服务)|收线|断开|不理)|(?:注意|注意下|注意一下|请注意)${YOU}(?:的|嘅)?(?:态度|言辞|用词|语气|措辞|言行)|${YOU}(?:这|呢|呢啲|这个|呢个)?(?:是|系)?(?:什么|咩|乜|乜嘢|啥)(?:态度|语气)|${zhAtClauseStart('(?:你|您)?(?:请便|悉听尊便|自便)')}(?:吧|啦)?(?=[，。！？,!?\n]|$)|呵呵`),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我再帮您梳理一下'],
      hant: ['我理解您很著急，我們一起看看怎麼解決', '我再幫您梳理一下'] },
  },
  {
    id: 'en.provocative.jab3',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:please |kindly |just )?read (?:it |this |my (?:\w+ )?(?:email|e-mail|message|reply|response) |the (?:below|above|following|message|email|instructions|terms|description|details|listing|FAQ) )?(?:carefully|properly|thoroughly)(?= (?:before|this time|next time)|\s*[.!]|$)|\b(?:I|we)(?:'ve| have) already (?:answered|addressed|responded to|covered|replied to|clarified) (?:this|that|your (?:question|query|point))\b|\b(?:this|that|your (?:question|query)) (?:has|was|had) already been (?:answered|addressed|explained|covered|clarified)\b|\bwhat (?:else )?(?:did|do|would) you expect\b|\b(?:I )?hope (?:this|that|it)(?:'s| is) (?:clear|clearer) (?:now|enough)\b|\bclear enough\s*(?=\?)|\b(?:going|go|keep going) (?:round|around) in circles\b|\b(?:you(?:'re| are) )?wast(?:e|ing) (?:my|our|each other's|everyone's) time\b|\bI(?:'ll| will| am going to|'m going to| shall) (?:have to )?(?:end|close|terminate|disconnect) (?:this|the) (?:chat|call|conversation)\b|\bare we done here\b|\bI(?:'m| am) not going to (?:go back and forth|keep going back and forth|debate this)\b`),
    suggestions: { en: ['Let me explain it another way', 'I understand this is frustrating; let me help'] },
  },
  // policy, batch 2: an owner + 规定 as a bare citation (公司规定，超过七天不退); "I'm just following orders".
  {
    id: 'zh.policy.owner-cite',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:公司|平台|银行|上面|总部|店铺|本店|商场|我们|我哋)(?:的|嘅)?(?:规定|政策|制度|规矩|条款|章程)(?:是|上|系)?(?=[，,：:]?[^。！？\n]{0,30}?(?:不能|不可以|不允许|不提供|不支持|不予|不接受|不退|不换|不赔|不受理|无法|没法|唔可以|唔得|唔俾|唔接受|唔提供|唔退|唔设|不设|唔包|不包|冇得|只能|恕不|概不|一律))${noZhAlt}`),
    suggestions: { hans: ['目前', '很抱歉，目前'], hant: ['目前', '很抱歉，目前'] },
  },
  {
    id: 'en.policy.orders',
    category: 'policy',
    lang: 'en',
    match: re(String.raw`\bI(?:'m| am) (?:just |only |simply )?(?:following|doing what) (?:the |my |our |company |I'm |I am )?(?:orders|instructions|guidelines|protocol|process|procedure|policy|rules|told)\b|\b(?:it's|it is|that's|that is|this is)(?: just| simply| only)? (?:standard|normal|company|our|the) (?:practice|process|guidelines?|terms)\b(?=\s*[.!,;]|$)`),
    suggestions: { en: ['That isn’t possible this time, but here’s what I can do instead: …', 'That option isn’t available, but I can offer you another: …'] },
  },
  // ── Round 5, from tune5's odd half: families, each widened beyond the example ─────────────────
  // defensive: we informed you (当时营业员肯定跟您讲过), asking me is useless (你問我都冇用), outside our responsibility
  // (不在我们的责任范围内), beyond our control (不是我們能控制的 / 我们也控制不了), "it's like that everywhere" (全国快递都这样),
  // "we only carry it out" (我们只是执行), others not related (跟银行没关系); "We have never charged that fee",
  // "This kind of thing just doesn't happen", "it's beyond our control".
  {
    id: 'zh.defensive.excuse',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`(?:营业员|客服|同事|师傅|工作人员|销售|店员|业务员|我们|我哋)(?:当时|之前|当初|一早|签约时|下单时)?(?:肯定|一定|应该|都|已经|有|早就|一早)+(?:跟|同|和|向)${YOU}(?:讲|说|解释|提|交代|讲解|说明|提醒|强调)(?:过|咗|清楚)(?:的|嘅|了|啦|㗎)*|(?:${YOU})?(?:问|找|求|怪|骂|闹|催)(?:我|我们|我哋)(?:都|也)(?:冇用|没用|没有用|无用|无补于事)|(?:不在|不属于|唔系|唔属于|超出(?:了)?)${WE}(?:公司)?(?:的|嘅)?(?:责任|负责|保障|服务|赔偿|处理|控制)?范围|(?:不是|唔系|并非)${WE}?(?:能|可以|所能|可)(?:控制|决定|左右|预料|阻止)(?:的|嘅)|${WE}(?:这边|也|都|真的|实在)*(?:控制不了|控制唔到|无法控制|没法控制|左右不了)|(?:全国|全港|全台|全城|到处|各地|全行|行业|业界|外面|别家|其他家|间间|家家)(?:的|嘅)?(?:快递|速递|物流|银行|商家|公司|店|铺头)?(?:都|也)(?:是|系)?(?:这样|咁|一样|如此|这么|收费|收)(?:的|嘅|㗎|啦|喇|啊)*(?=[，。！？,!?\n]|$)|${WE}(?:也|都)?(?:只是|只系|只不过是|都只是|只负责)(?:执行|照做|传达|执行而已|负责执行|跟指示|照规定办)(?:的|嘅|而已|咋|啫)?|(?:跟|同|和|与)(?:本行|本公司|敝公司|我们公司|我哋公司|银行|本店|公司|店铺|平台)(?:没有?|冇|无)(?:任何)?关(?:系)?`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    id: 'en.defensive.excuse',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:we|I) (?:have |'ve )?never (?:charged|billed|overcharged|deducted|promised|told|agreed|offered|guaranteed|claimed|said)\b${E}|(?<!\b(?:sure|ensure|make sure|certain)(?: that)? )\b(?:this|that) (?:kind|sort|type) of (?:thing|issue|problem|error|fault) (?:just |simply |really |basically )?(?:doesn't|does not|never|can't|cannot|won't|wouldn't) (?:happen|occur|go wrong)s?\b(?! again)|\b(?:things like this|such things|these things) (?:just |simply )?(?:don't|do not|never|can't|cannot) (?:happen|occur)\b(?! again)|\b(?:it's|it is|that's|that is|this is|it was|that was) (?:completely |entirely |totally |simply )?(?:beyond|outside(?: of)?|out of) (?:our|my) control\b|\b(?:we|I) (?:can't|cannot|don't|do not) control (?:the )?(?:weather|traffic|couriers?|the courier|delivery (?:times|companies)|the airline|customs|the bank|third parties)\b`),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },
  // dismissive: "happens all the time", a small thing even worth a complaint (咁細嘅事都要投訴), 很正常的 after any subject,
  // "you're not the only one" (又不止您一家延误).
  {
    id: 'zh.dismissive.small2',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:咁|这么|那么|这样|这种|呢种|呢啲|这点|这么点|呢点)(?:细|小|少|芝麻|鸡毛蒜皮)(?:嘅|的)?(?:事|问题|嘢|钱|数|差价|瑕疵)(?:儿)?(?:都|也)(?:要)?(?:投诉|计较|嬲|生气|紧张|来问|打来|在意|介意|追究)|(?<!一切|运行|显示|都|还算|算)(?:很|好|挺|非常|十分|都好|都很)(?:正常|平常)(?:的|嘅)(?:啦|啫|㗎|喇|咯|嘛|呀|哦|喔)*(?=[，。！？,!?\n]|$)|(?:又|也)?(?:不止|唔止|不只|唔只|不是只有|唔系得)${YOU}一(?:个|家|位|户|人|单)(?:人)?(?:这样|咁|延误|迟|遇到|有这个问题|受影响|碰到|有问题|等)`),
    suggestions: { hans: ['我明白这件事给您添了麻烦，我马上帮您处理', '这件事对您很重要，我会认真跟进'],
      hant: ['我明白這件事給您添了麻煩，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    id: 'en.dismissive.common',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:it |this |that )?happens? (?:all the time|a lot|every day|constantly|to everyone)\b|\b(?:you're|you are) not the only (?:one|customer|person)(?: (?:waiting|affected|with (?:this|that|the same)))?\b|\b(?:(?:it's|it is|that's|that is|this is|it was|that was) )?(?:only|just|merely)(?<!\b(?:works out|comes to|costs?|for|at|pay|paying) (?:only|just|merely)) (?:a |an |one )?(?:[$£€]\d[\d.,]*|\d[\d.,]* ?(?:dollars?|bucks|pounds?|euros?|cents|quid|rupees|ringgit|minutes?|mins?|hours?|days?))(?: \w+){0,3}`),
    suggestions: { en: ['I understand this has been frustrating', 'I can see why this matters to you'] },
  },
  // negative: a passive refusal ("Boarding passes cannot be issued at the gate"), Singlish "this one cannot",
  // "不會作任何處理", "一律不受理", "这个真的不可能", "平台不支持部分退款".
  {
    id: 'zh.negative.refuse2',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`(?:${WE}|本署|本行|本公司|本店|公司|我)?(?:将|是|亦|也)?(?:不会|唔会|不再|不予)(?:作|做|再作|再做)?任何(?:处理|受理|跟进|回复|回应|赔偿|补偿|退款|安排|处置|调整)|(?:一律|均|全部)(?<!(?:规定|政策|制度|规矩|条款|合同|合约|规范|流程)[^。！？\n]{0,20}(?:一律|均|全部))(?:不|唔)(?:受理|退|换|赔|接受|处理|办理|退款|退还|补发|延期|提供|批)${Z}${noZhAlt}|(?:这个|这|那个|呢个|呢样|这件事)(?:真的|真系|实在|绝对|根本|是|系)*(?:不可能|冇可能|没可能)(?:的|嘅|㗎|啦|喎)*(?=[，。！？,!?\n]|$)${noZhAlt}|(?:平台|本店|店铺|本行|银行|公司|商家|我们这边|我哋呢边)(?:是|暂时|目前|并|都|也)?(?:不|唔)(?:支持|提供|接受|受理|办理|设|做)(?<what>${Z})${noZhAlt}`),
    suggestions: { hans: ['这个目前确实有限制，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'],
      hant: ['這個目前確實有限制，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'en.negative.passive',
    category: 'negative',
    lang: 'en',
    match: re(String.raw`(?:\b(?:cannot|can't|can not|won't|will not)(?<!\b(?:otherwise|or|else|if|unless|until|when)\b[^.!?\n]{0,30}(?:cannot|can't|can not|won't|will not)) be (?:issued|refunded|changed|cancell?ed|replaced|exchanged|reversed|waived|processed|returned|modified|transferred|extended|accepted|approved|reissued|amended|credited|repaired|reinstated|recovered|undone|rescheduled|upgraded|downgraded|entertained|considered|honou?red)\b${E}|\b(?:this|that|this one|that one|it) (?:also |sure )?(?:cannot|can't)(?=\s*[.!,]|\s+(?:lah|leh|one|liao)\b|$))${noEnAlt}`),
    suggestions: { en: ['Here’s what I can do instead: …', 'Let me find another way to help with this'] },
  },
  // policy: the contract or terms as the reason ("按照您签署的…合约", "根據閣下…已同意之條款", "條款第五條寫得清清楚楚",
  // "保單條款您投保時就簽名同意了"), third parties' rules (航空公司规定的), 跟足程序, "按规定处理的".
  {
    id: 'zh.policy.contract2',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:按|按照|根据|依照|依|依据|基于)[^，。！？\n]{1,12}?(?:规定|政策|制度|规矩|条款|流程|规则|条例|合同|合约|协议|约定|细则|规范|章程)(?=[^。！？\n]{0,30}?(?:不能|不可以|不允许|不提供|不支持|不予|不接受|不退|不换|不赔|不受理|无法|没法|唔可以|唔得|唔俾|唔接受|唔提供|唔退|冇得|只能|恕不|概不|一律|收取|收费|扣))${noZhAlt}|(?:条款|合同|合约|协议|细则|条件)[^，。！？\n]{0,6}?${YOU}[^，。！？\n]{0,8}?(?:同意|签|签名|签署|确认|勾选|接受)(?:过|咗|了)(?:的|嘅)?|(?:航空公司|银行|厂家|厂商|国家|政府|平台|海关|监管|法律|法规|保险公司|物业|总公司|品牌方|商场|酒店|学校|医院)(?:的|嘅)?(?:规定|要求|政策)(?:的|嘅|来的|嚟㗎)(?=[，。！？,!?\n]|$)|(?:跟足|照足|按足|严格按照?|严格依照|完全按照?)(?:程序|流程|规定|规矩|合约|合同|条款|指引)(?:做|办|处理|操作|走|收|执行)?(?:的|嘅|㗎|喎)*|${WE}(?:这边)?(?:是|都是|系|都系|也是)?(?:按|按照|根据|依照|照)(?:规定|政策|制度|条款|合同|合约|规矩|程序|流程)(?:来)?(?:处理|办理|收费|收|操作|执行|办)(?:的|嘅)`),
    suggestions: { hans: ['这件事目前确实有限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  // provocative: "asking won't make it faster" (您打那麼多驚嘆號，我也不會比較快處理), rhetorical "what do you want me to do"
  // (您让我怎么办), sarcastic praise (你这么懂法，那…), "go to X if you have complaints" (有意见找发改委), sarcastic
  // concessions (都是我们的错，行了吧 / 全部都係我哋錯，得未), "and then you complain" (收到了又说不好), "just for you?"
  // (要我哋全座大廈為你一個人停水咩), 要怪就怪…, "complaining changes nothing" (投訴完都係一樣); "…won't make it any faster",
  // "what do you actually want", "so now it's our fault?".
  {
    id: 'zh.provocative.jab4',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:我|我们|我哋)(?:也|都)?(?:不会|唔会)(?:因此|因为咁|因为这样)?(?:比较|更|特别|会)?(?:快|早)(?:啲|一点|些|咗)?(?:处理|回复|搞|做|办|到)|(?:催|问|打|骂|闹|投诉|吵)(?:再)?(?:多少次|几多次|多次|再多|几次|多几次)?(?:也|都)(?:不会|唔会)(?:比较|更|会)?(?:快|早|变)|${YOUS}(?:让|叫|要)我(?:们|哋)?(?:怎么办|点算|点做|怎么做|能怎么办|可以怎么样|点样|变出来)(?:呢|啊|呀|吖)?(?=[？?！!。，,]|$)|${YOUS}(?:这么|那么|咁)(?:懂|识|叻|厉害|了解)[^，。！？\n]{0,4}?[，,]\s*(?:那|就|咁|咪|那就|那你|那您)|有意见${ZIF}(?:${YOU})?(?:就|可以|尽管|大可)?(?:去)?(?:找|向|跟|同)[^，。！？\n]{1,8}?(?:提|反映|投诉|说|讲|讲啦|说吧)?(?:吧|啦|囉|咯|好了)?(?=[，。！？,!?\n]|$)|(?:都是|都系|全部都系|全部都是|全是|全都是|就当是|当系)${WE}(?:的|嘅)?(?:错|问题)(?:啦|咯|囉)?[，,]?\s*(?:行了吧|得未|满意了吧|可以了吧|好了吧|得了吧|得唔得|啱未|满意未|满意啦|开心了吧)|(?:收到|用了|买了|到手|签收|下单|用咗|买咗)(?:了|咗)?(?:又|就|先)(?:来)?(?:说|讲|话|嫌|嚟讲)(?:不好|唔好|不要|唔要|贵|慢|差|不行|唔得|有问题|唔啱)|(?:为|为了|同|帮|就为)${YOU}一(?:个人|个|位)(?:而)?[^，。！？\n]{0,10}?(?:吗|咩|不成|嘛)(?=[？?！!。]|$)|要怪(?:就|只能|只可以)?怪[^，。！？\n]{1,8}|投诉(?:完|了|咗|也|都|几多次|多少次)*(?:都|也)(?:系|是)?(?:一样|没用|冇用|咁|这样|无补于事)`),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我明白您的心情，我来帮您处理'],
      hant: ['我理解您很著急，我們一起看看怎麼解決', '我明白您的心情，我來幫您處理'] },
  },
  {
    id: 'en.provocative.jab4',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:it|that|this|messaging|calling|chasing|shouting|complaining|asking|emailing|sending|yelling)(?: \w+){0,4} (?:won't|will not|isn't going to|doesn't|does not|wouldn't) (?:make|get) (?:it|them|things|(?:the |your )?\w+)(?: \w+)? (?:come |go |arrive |happen |move |be )?(?:any )?(?:faster|quicker|sooner)\b|\bwhat (?:do |exactly do )?you (?:actually|really|even) want\b|\b(?:(?:great|fine|ok|okay|sure|right|oh),? )?(?:so )?(?:now )?(?:it's|it is) (?:all )?(?:our|my) fault(?: (?:now|then|again))?(?:,? (?:is it|right|huh))?(?=[^.!?\n]{0,40}\?)|\b(?:fine|ok|okay|great|sure),? (?:so )?(?:it's|it is) (?:all )?(?:our|my) fault\b`),
    suggestions: { en: ['I understand how frustrating this is; let me help', 'Let me explain it another way'] },
  },
  // ── Round 5, from all of tune5 (families, widened) ─────────────────────────────────────────
  {
    id: 'zh.blame.sure-you',
    category: 'blame',
    lang: 'zh',
    match: re(String.raw`(?:肯定|一定|多半|估计|应该)(?:是|系)${YOUS}(?:自己|家里|屋企|那边|这边)?(?:没有?|冇|未|哪儿|哪里|边度|搞|弄|记|看|睇|按|点)[^，。！？\n]{0,10}|(?:是不是|系唔系|会不会)${YOU}(?:的|嘅)?(?:手机|电脑|设备|网络|网|路由器|机|浏览器)(?:太|有|的|嘅)[^，。！？\n]{0,6}|谁(?:让|叫|教)${YOUS}[^，。！？\n]{1,12}?(?:才|先)[^，。！？\n]{1,6}|${YOUS}[^，。！？\n你您我]{1,6}?(?:的时候|时|嗰阵|那时)自己(?:没有?|冇|未|唔)(?:看|睇|读|留意|注意|检查)(?:清楚|仔细)?`),
    suggestions: { hans: ['我们一起看看问题出在哪里，我来帮您处理。', '我先帮您查清楚原因。'],
      hant: ['我們一起看看問題出在哪裡，我來幫您處理。', '我先幫您查清楚原因。'] },
  },
  {
    id: 'zh.command.then-come',
    category: 'command',
    lang: 'zh',
    match: re(String.raw`${zhAtClauseStart('先')}[^，。！？\n]{1,12}?再(?:说|讲|算|来|嚟|问|查询|找我)(?:吧|啦)?|${zhAtClauseStart('(?:补齐|交齐|准备好|搞好|弄好|填好|交清|缴清|备齐|带齐)')}(?:了|咗)?(?:资料|材料|文件)?再(?:来|嚟|说|讲|问)|(?:必须|务必)按(?:照)?我(?:说|讲)(?:的|嘅)`),
    suggestions: { hans: ['等您这边准备好，我马上帮您继续处理', '麻烦您先准备一下，好了我第一时间帮您处理'],
      hant: ['等您這邊準備好，我馬上幫您繼續處理', '麻煩您先準備一下，好了我第一時間幫您處理'] },
  },
  {
    id: 'en.command.stop',
    category: 'command',
    lang: 'en',
    match: re(String.raw`\b(?:please |kindly |just )?stop (?:interrupting|sending|spamming|repeating|shouting|yelling|chasing)\b${E}|${enAtClauseStart('(?:please |kindly )?(?:call|contact|email|ring|ask|visit|check with)')} [^,.;:!?\n]{1,40}? yourself\b`),
    suggestions: { en: ['Could I ask you to let me finish, so I can sort this out?', 'Would you be able to contact them? I can also do it for you.'] },
  },
  {
    id: 'zh.defensive.excuse2',
    category: 'defensive',
    lang: 'zh',
    match: re(String.raw`不可抗力|${WE}?(?:也|都)(?:很|好|真的|实在|非常)?无奈|(?:系统|记录|后台|监控|数据)(?:显示|上)?(?:一切|都|完全)(?:正常|没问题|冇问题)(?:的|嘅|啊)?(?=[，。！？,!?\n]|$)${noZhAlt}|(?:不|唔|不会|唔会|概不)(?:承担|负)(?:任何)(?:责任|赔偿责任)|(?:系统|水表|电表|燃气表|机器|电脑|程序|记录|数据|扫描|秤|计价器)(?:是|都|绝对|从来)?(?:不会|唔会|不可能|冇可能)(?:出|有|算|计)?错|(?:又|也|都|并)(?:不是|唔系)${WE}(?:定|订|决定|规定|设|搞|弄|造成|做|安排)(?:的|嘅)|(?:跟|同|向|对)(?:我|我们|我哋)(?:抱怨|投诉|讲|说)(?:都|也)(?:冇用|没用|没有用|无用)|(?:以前|之前|过去|从前)(?:也|都)(?:没有?|冇)(?:人|客户|客人|顾客|用户)(?:反应|反映)过|${WE}(?:公司|物业|这边|呢边|客服|管理处)(?:也|都)?(?:只是|只系|只不过是|都只是)(?:执行|照做|传达|跟指示)(?:的|嘅|而已|咋|啫)?`),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'],
      hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    id: 'en.defensive.excuse2',
    category: 'defensive',
    lang: 'en',
    match: re(String.raw`\b(?:beyond|outside(?: of)?) (?:our|my) control\b|\byou(?:'re| are) the only (?:one|customer|person|tenant|client|user|guest|resident) (?:who(?:'s| has| had| is)|to (?:have|complain|report))\b${E}|\bwe followed (?:the|our|all)(?: \w+)? (?:procedures?|process|policy|rules|protocol|steps)\b`),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },
  {
    id: 'zh.dismissive.shrug',
    category: 'dismissive',
    lang: 'zh',
    match: re(String.raw`(?:又|也)(?:不会|唔会|没|冇)(?:怎样|怎么样|点样|死|少块肉|坏掉|凉|影响什么)|(?:不用|不需要|没必要|唔使|不至于)(?:专门|特地|特意|到)?[^，。！？\n]{0,4}?(?:投诉|客诉|打来|闹到|报警)(?:的程度)?(?:吧|啦|嘛|啩)|(?:应该|都)?(?:不影响|唔影响)[^，。！？\n]{0,6}?(?:吧|啩|嘛)(?=[？?！!。]|$)|(?:晚|迟|慢)(?:到|送|来|了|咗)?(?:几|[一二两三四五六七八九十半\d])+(?:个|分钟|分|天|日|小时|钟头?|个钟)(?:钟)?(?:而已|罢了|啫|咋)|(?<!请|请您|请你|敬请|还请|希望)${YOU}?(?:多|就)(?:体谅|谅解|包容|忍耐|忍)(?:一下|下)?(?:吧|啦|喇|嘛)(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['我明白这件事给您添了麻烦，我马上帮您处理', '这件事对您很重要，我会认真跟进'],
      hant: ['我明白這件事給您添了麻煩，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    id: 'en.dismissive.non-apology',
    category: 'dismissive',
    lang: 'en',
    match: re(String.raw`\b(?:I'm |I am |we're |we are )?sorry (?:that )?you feel (?:that way|this way|like that)\b|\b(?:isn't|is not|wasn't) (?:really |such |exactly )?a (?:big|huge) deal\b`),
    suggestions: { en: ['I understand why this is upsetting', 'I can see why this matters to you'] },
  },
  {
    id: 'zh.negative.refuse3',
    category: 'negative',
    lang: 'zh',
    match: re(String.raw`恕不(?:回复|回覆|答复|受理|退|换|处理|接待|另行通知)|冇得(?:快|倾|讲|平|改期|再减|傾)|(?:唔会|不会)(?:理|管|跟进)(?:㗎|的|嘅|喎|啦)+(?=[，。！？,!?\n]|$)|就(?:是|系)(?:不行|唔得|不可以|唔可以)(?:的|嘅|啦|囉)?(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['这个目前确实有限制，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'],
      hant: ['這個目前確實有限制，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'zh.policy.process',
    category: 'policy',
    lang: 'zh',
    match: re(String.raw`(?:要|得|需要|必须)(?:先)?走(?:个|完)?(?:流程|程序|手续)|(?:上头|上面|总部|公司|老板|领导|管委会|业委会)(?:的|嘅)(?:指示|吩咐|命令|决议)|(?:管委会|董事会|业委会|总部|上面|上头)[^，。！？\n]{0,4}?(?:决议|决定|定)(?:的|嘅)(?=[，。！？,!?\n]|$)|(?:这|那|呢个)(?:是|系)(?:小区|物业|管理处|管委会|学校|医院|商场|酒店|航空公司|保险公司|银行)(?:的|嘅)?(?:规定|规矩|政策|条例)|系统(?:是)?(?:不会|唔会)(?:受理|处理|通过|批|接受)|系统(?:自动)?(?:扣款|扣费|扣|生成|分配|派单|匹配)(?:的|嘅)(?=[，。！？,!?\n]|$)`),
    suggestions: { hans: ['这件事目前确实有限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'],
      hant: ['這件事目前確實有限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'zh.provocative.jab5',
    category: 'provocative',
    lang: 'zh',
    match: re(String.raw`(?:请|麻烦)?(?:${YOU})?(?:仔细|认真|好好)(?:看|阅读|读|睇)(?:一下|下)?我?(?:上一(?:条|则|封|个)|上条)(?:回复|回覆|讯息|信息|消息|邮件|留言)?|(?:上一(?:条|则|封|个)|之前的|刚才的|上面的?)(?:讯息|信息|消息|回复|回覆|邮件|留言)(?:里|中|度)?(?:已经|都|早就)(?:有)?(?:说明|讲|说|写|解释|提)(?:过|咗|了|清楚|明)|我(?:看|睇|读)得(?:懂|明)(?:的|嘅|啦)?(?=[，。！？,!?\n]|$)|(?:没必要|不用|唔使|不需要)[^，。！？\n]{0,8}?问号|后果自负|${YOU}(?:是|已经|都)?第几(?:次|遍|回)(?:问|打|来|催)|变出(?:一|个)?[^，。！？\n]{0,6}?(?:吗|咩|来吗)(?=[？?！!。]|$)|(?:不需要|不用|唔使|不必|没必要|别|不要|唔好)(?:这么|那么|咁|太)大声|(?:咁|这么|那么|这样)(?:大声|凶|恶)[^，。！？\n]{0,3}?我(?:没办法|没法|无法)|${YOUS}(?:这么|那么|咁)(?:懂|识|叻|厉害)[^，。！？\n]{0,4}?不如|(?:刷屏|催|骂|吵|闹|投诉|打电话)(?:也|都)(?:解决不了|解决唔到)`),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我再帮您梳理一下'],
      hant: ['我理解您很著急，我們一起看看怎麼解決', '我再幫您梳理一下'] },
  },
  {
    id: 'en.provocative.jab5',
    category: 'provocative',
    lang: 'en',
    match: re(String.raw`\b(?:you can always|feel free to|you're welcome to|you are welcome to) (?:shop|go|buy|take your business) (?:somewhere else|elsewhere|to (?:another|a different) (?:store|shop|provider|company))\b|\beverything is (?:mentioned|written|stated|explained|listed|clearly (?:mentioned|stated|written)) (?:on|in)\b${E}|\bthanks for the (?:lecture|lesson|essay|sermon)\b`),
    suggestions: { en: ['I understand how frustrating this is; let me help', 'Let me walk you through it'] },
  },
  {
    id: 'zh.overpromise.certain2',
    category: 'overpromise',
    lang: 'zh',
    match: re(String.raw`(?:以后|今后|往后|将来)?(?:再也|永远)(?:不会|唔会)(?:再)?[^，。！？\n]{1,6}|(?<![不唔])(?:一定|肯定|绝对)(?:会)?(?:按|照)[^，。！？\n]{1,8}?(?:赔|退|给|算)|(?<![不唔])(?:一定|肯定|绝对)(?:会|能|可以)?(?:全部|全数|全额|准时|按时)(?:到账|到帐|入账|退回|退还|送到|到货|到齐|搞定|完成)`),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'],
      hant: ['我會全力跟進，有任何進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  // ── Round 6 (variety corpora): one rule per category and language; families listed in docs/reply-checker.md ──
  {
    id: 'zh.wait-apology.variety',
    category: 'wait-apology',
    lang: 'zh',
    match: re(R6_ZH_WAIT),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您的耐心'], hant: ['感謝您的耐心等候', '謝謝您的耐心'] },
  },
  {
    id: 'zh.blame.variety',
    category: 'blame',
    lang: 'zh',
    match: re(R6_ZH_BLAME),
    suggestions: { hans: ['我们一起看看问题出在哪里，我来帮您处理。', '我先帮您查清楚原因。'], hant: ['我們一起看看問題出在哪裡，我來幫您處理。', '我先幫您查清楚原因。'] },
  },
  {
    id: 'zh.command.variety',
    category: 'command',
    lang: 'zh',
    match: re(R6_ZH_COMMAND),
    suggestions: { hans: ['麻烦您方便的时候处理一下，有需要我可以先帮您。', '可以麻烦您配合一下吗？这样我能更快帮您处理。'], hant: ['麻煩您方便的時候處理一下，有需要我可以先幫您。', '可以麻煩您配合一下嗎？這樣我能更快幫您處理。'] },
  },
  {
    id: 'zh.negative.variety',
    category: 'negative',
    lang: 'zh',
    match: re(R6_ZH_NEGATIVE),
    suggestions: { hans: ['这个目前确实有限制，不过我可以帮您看看其他办法：……', '我来帮您看看还有哪些办法。'], hant: ['這個目前確實有限制，不過我可以幫您看看其他辦法：……', '我來幫您看看還有哪些辦法。'] },
  },
  {
    id: 'zh.defensive.variety',
    category: 'defensive',
    lang: 'zh',
    match: re(R6_ZH_DEFENSIVE),
    suggestions: { hans: ['我先帮您查清楚是哪个环节出了问题', '不管是哪个环节的原因，我都会帮您跟进到底'], hant: ['我先幫您查清楚是哪個環節出了問題', '不管是哪個環節的原因，我都會幫您跟進到底'] },
  },
  {
    id: 'zh.dismissive.variety',
    category: 'dismissive',
    lang: 'zh',
    match: re(R6_ZH_DISMISSIVE),
    suggestions: { hans: ['我明白这件事给您添了麻烦，我马上帮您处理', '这件事对您很重要，我会认真跟进'], hant: ['我明白這件事給您添了麻煩，我馬上幫您處理', '這件事對您很重要，我會認真跟進'] },
  },
  {
    id: 'zh.policy.variety',
    category: 'policy',
    lang: 'zh',
    match: re(R6_ZH_POLICY),
    suggestions: { hans: ['这件事目前确实有限制，不过我们可以换一种办法：……，您看可以吗？', '我理解您的需要，我们换一种办法试试：……'], hant: ['這件事目前確實有限制，不過我們可以換一種辦法：……，您看可以嗎？', '我理解您的需要，我們換一種辦法試試：……'] },
  },
  {
    id: 'zh.provocative.variety',
    category: 'provocative',
    lang: 'zh',
    match: re(R6_ZH_PROVOCATIVE),
    suggestions: { hans: ['我理解您很着急，我们一起看看怎么解决', '我再帮您梳理一下'], hant: ['我理解您很著急，我們一起看看怎麼解決', '我再幫您梳理一下'] },
  },
  {
    id: 'zh.overpromise.variety',
    category: 'overpromise',
    lang: 'zh',
    match: re(R6_ZH_OVERPROMISE),
    suggestions: { hans: ['我会全力跟进，有任何进展第一时间告诉您', '预计……可以处理好，如有变化我会提前告诉您'], hant: ['我會全力跟進，有任何進展第一時間告訴您', '預計……可以處理好，如有變化我會提前告訴您'] },
  },
  {
    id: 'en.blame.variety',
    category: 'blame',
    lang: 'en',
    match: re(R6_EN_BLAME),
    suggestions: { en: ['Let’s look at what happened together', 'That part may not have been clear; let me help put it right'] },
  },
  {
    id: 'en.command.variety',
    category: 'command',
    lang: 'en',
    match: re(R6_EN_COMMAND),
    suggestions: { en: ['Could you please help me with this?', 'When you have a moment, could you help me with this?'] },
  },
  {
    id: 'en.negative.variety',
    category: 'negative',
    lang: 'en',
    match: re(R6_EN_NEGATIVE),
    suggestions: { en: ['Here’s what I can do instead: …', 'Let me find another way to help with this'] },
  },
  {
    id: 'en.defensive.variety',
    category: 'defensive',
    lang: 'en',
    match: re(R6_EN_DEFENSIVE),
    suggestions: { en: ['Let me find out where this went wrong', 'Whatever the cause, I’ll follow this through for you'] },
  },
  {
    id: 'en.dismissive.variety',
    category: 'dismissive',
    lang: 'en',
    match: re(R6_EN_DISMISSIVE),
    suggestions: { en: ['I understand why this is upsetting', 'I can see why this matters to you'] },
  },
  {
    id: 'en.policy.variety',
    category: 'policy',
    lang: 'en',
    match: re(R6_EN_POLICY),
    suggestions: { en: ['That isn’t possible this time, but here’s what I can do instead: …', 'That option isn’t available, but I can offer you another: …'] },
  },
  {
    id: 'en.provocative.variety',
    category: 'provocative',
    lang: 'en',
    match: re(R6_EN_PROVOCATIVE),
    suggestions: { en: ['I understand how frustrating this is; let me help', 'Let me explain it another way'] },
  },
  {
    id: 'en.wait-apology.variety',
    category: 'wait-apology',
    lang: 'en',
    match: re(R6_EN_WAIT),
    suggestions: { en: ['Thank you for your patience', 'Thanks for waiting'] },
  },
  {
    id: 'en.overpromise.variety',
    category: 'overpromise',
    lang: 'en',
    match: re(R6_EN_OVERPROMISE),
    suggestions: { en: ['I’ll do everything I can', 'I’ll follow this closely and keep you updated'] },
  },
  // ── Round 7 (tune6, tune7): families of moves, one rule per category and language (tests/core/reply/families7.test.ts) ──
  {
    id: 'zh.blame.families7',
    category: 'blame',
    lang: 'zh',
    match: re(R7_ZH_BLAME),
    suggestions: { hans: ['我们一起看看是哪个环节出了问题，我来帮您处理。', '这一点可能没有提醒到位，我先帮您查清楚原因。'], hant: ['我們一起看看是哪個環節出了問題，我來幫您處理。', '這一點可能沒有提醒到位，我先幫您查清楚原因。'] },
  },
  {
    id: 'zh.defensive.families7',
    category: 'defensive',
    lang: 'zh',
    match: re(R7_ZH_DEFENSIVE),
    suggestions: { hans: ['我马上帮您查清楚是哪个环节出了问题', '谢谢您告诉我们，我这就核实并跟进'], hant: ['我馬上幫您查清楚是哪個環節出了問題', '謝謝您告訴我們，我這就核實並跟進'] },
  },
  {
    id: 'zh.provocative.families7',
    category: 'provocative',
    lang: 'zh',
    match: re(R7_ZH_PROVOCATIVE),
    suggestions: { hans: ['我换个方式再跟您说明一下', '您希望怎么处理？我们一起看看有什么办法'], hant: ['我換個方式再跟您說明一下', '您希望怎麼處理？我們一起看看有什麼辦法'] },
  },
  {
    id: 'zh.dismissive.families7',
    category: 'dismissive',
    lang: 'zh',
    match: re(R7_ZH_DISMISSIVE),
    suggestions: { hans: ['我明白这给您带来了不便，我马上帮您处理', '我理解您为什么会在意这件事'], hant: ['我明白這給您帶來了不便，我馬上幫您處理', '我理解您為什麼會在意這件事'] },
  },
  {
    id: 'zh.command.families7',
    category: 'command',
    lang: 'zh',
    match: re(R7_ZH_COMMAND),
    suggestions: { hans: ['您方便的时候处理一下就好，有需要我也可以先帮您。', '可以请您配合一下吗？有需要我也可以先帮您联系。'], hant: ['您方便的時候處理一下就好，有需要我也可以先幫您。', '可以請您配合一下嗎？有需要我也可以先幫您聯繫。'] },
  },
  {
    id: 'zh.negative.families7',
    category: 'negative',
    lang: 'zh',
    match: re(R7_ZH_NEGATIVE),
    suggestions: { hans: ['这部分需要由专人处理，我帮您转过去并跟进', '这个目前有限制，不过我可以帮您看看其他办法：……'], hant: ['這部分需要由專人處理，我幫您轉過去並跟進', '這個目前有限制，不過我可以幫您看看其他辦法：……'] },
  },
  {
    id: 'zh.policy.families7',
    category: 'policy',
    lang: 'zh',
    match: re(R7_ZH_POLICY),
    suggestions: { hans: ['这一点目前确实无法调整，原因是……，不过我可以帮您：……', '我理解您的需要，我帮您看看还有什么办法：……'], hant: ['這一點目前確實無法調整，原因是……，不過我可以幫您：……', '我理解您的需要，我幫您看看還有什麼辦法：……'] },
  },
  {
    id: 'zh.wait-apology.families7',
    category: 'wait-apology',
    lang: 'zh',
    match: re(R7_ZH_WAIT),
    suggestions: { hans: ['感谢您的耐心等待', '谢谢您耐心等我'], hant: ['感謝您的耐心等候', '謝謝您耐心等我'] },
  },
  {
    id: 'en.blame.families7',
    category: 'blame',
    lang: 'en',
    match: re(R7_EN_BLAME),
    suggestions: { en: ['Let’s work out together what happened', 'That may not have been clear; let me help put it right'] },
  },
  {
    id: 'en.defensive.families7',
    category: 'defensive',
    lang: 'en',
    match: re(R7_EN_DEFENSIVE),
    suggestions: { en: ['Let me look into what went wrong', 'Thank you for telling us; I’ll check this and follow it up'] },
  },
  {
    id: 'en.provocative.families7',
    category: 'provocative',
    lang: 'en',
    match: re(R7_EN_PROVOCATIVE),
    suggestions: { en: ['What would help most right now?', 'Let me explain it another way'] },
  },
  {
    id: 'en.negative.families7',
    category: 'negative',
    lang: 'en',
    match: re(R7_EN_NEGATIVE),
    suggestions: { en: ['The right team for this is …; I’ll pass it on for you', 'Here’s what I can do instead: …'] },
  },
  {
    id: 'en.dismissive.families7',
    category: 'dismissive',
    lang: 'en',
    match: re(R7_EN_DISMISSIVE),
    suggestions: { en: ['I understand why this matters to you', 'I can see why this is frustrating'] },
  },
  {
    id: 'en.policy.families7',
    category: 'policy',
    lang: 'en',
    match: re(R7_EN_POLICY),
    suggestions: { en: ['That isn’t possible this time, because …, but here’s what I can do: …', 'I can’t change that part, but I can offer you another option: …'] },
  },
  {
    id: 'en.command.families7',
    category: 'command',
    lang: 'en',
    match: re(R7_EN_COMMAND),
    suggestions: { en: ['Could you please help me with this?', 'When you have a moment, could you send that over?'] },
  },
  {
    id: 'en.wait-apology.families7',
    category: 'wait-apology',
    lang: 'en',
    match: re(R7_EN_WAIT),
    suggestions: { en: ['Thank you for your patience', 'Thanks for waiting'] },
  },
];
