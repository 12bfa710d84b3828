import type { Lang } from '../lang.js';
import type { ConversationMessage } from '../emotion/index.js';
import { isOneOf } from '../one-of.js';
import { createLexicon, foldText, scan, type Lexicon, type LexiconEntry } from '../emotion/matcher.js';

/**
 * What a case is about, so the options and questions can be concrete: a traveller gets
 * rebooking, not express delivery. The single source of truth for {@link Sector}.
 * Insurance has its own sector: its reference (a policy number) and its remedies (a claim
 * review) are not a bank's.
 */
export const SECTORS = ['retail', 'travel', 'telecom', 'banking', 'insurance', 'utilities', 'software'] as const;
export type Sector = (typeof SECTORS)[number];

export function isSector(value: unknown): value is Sector {
  return isOneOf(SECTORS, value);
}

/**
 * Keywords per sector and language, one `|`-separated list each. A keyword counts 2; one
 * marked `~` leans towards the sector but also turns up elsewhere (refund, 订单, account
 * balance) and counts 1. A trailing `*` makes an English stem (flight* → flights).
 * Matching folds case, width and Traditional to Simplified, so a zh-Hant list need only hold
 * what Taiwan and Hong Kong write differently, but it is written out in full so it reads as
 * the customer would write it; Simplified text matches it too where the characters fold.
 */
export const SECTOR_KEYWORDS: Readonly<Record<Sector, Readonly<Record<Lang, string>>>> = {
  retail: {
    en: `parcel* | delivery | deliveries | delivered | delivering | undelivered | courier* | tracking number | tracking |
      shipment* | shipping | shipped | order number | my order | online order | checkout | basket | shopping cart | wrong item |
      wrong size | damaged item | out of stock | seller | return label | returned item | send it back | click and collect |
      pickup point | postman | doorstep | left at the door | ~order | ~orders | ~ordered | ~package | ~item | ~items | ~product |
      ~refund* | ~replacement | ~exchange | ~warranty | ~receipt | ~store | ~shop | ~purchase* | ~returns | ~dispatch*`,
    'zh-Hans': `快递 | 快递员 | 物流 | 包裹 | 发货 | 收货 | 签收 | 到货 | 送货 | 配送 | 派送 | 运单号 | 快递单号 | 物流单号 |
      退货 | 换货 | 退换货 | 商品 | 下单 | 网购 | 购物车 | 卖家 | 商家 | 店铺 | 缺货 | 断货 | 尺码 | 运费 | 七天无理由 |
      快递柜 | 驿站 | 自提点 | 顺丰 | 货到付款 | 淘宝 | 京东 | 拼多多 | 天猫 |
      ~订单 | ~订单号 | ~退款 | ~售后 | ~保修 | ~维修 | ~发票 | ~优惠券 | ~破损 | ~质量问题`,
    'zh-Hant': `宅配 | 超商取貨 | 店到店 | 黑貓 | 宅急便 | 7-11取貨 | 全家取貨 | 出貨 | 到貨 | 貨態 | 追蹤碼 | 寄送 | 配送 | 送貨 |
      物流 | 包裹 | 快遞 | 速遞 | 順豐 | 智能櫃 | 自取點 | 簽收 | 退貨 | 換貨 | 商品 | 下單 | 落單 | 網購 | 網店 | 購物車 |
      賣家 | 商家 | 店鋪 | 淘寶 | 缺貨 | 運費 | 鑑賞期 | 貨到付款 | 蝦皮 | ~訂單 | ~訂單編號 | ~退款 | ~保固 | ~維修 | ~發票 | ~折價券 |
      ~瑕疵 | ~尺寸`,
  },
  travel: {
    en: `flight* | airline* | airport* | boarding pass | boarding | layover | connecting flight | missed connection | baggage |
      luggage | suitcase* | carry-on | hotel* | check-in | itinerary | train | trains | rail | railway | ferry | cruise | car hire |
      rental car | car rental | passport | visa application | tourist visa | booking reference | rebook* | departure* | plane |
      e-ticket | hostel | resort | airbnb | frequent flyer | return flight | return ticket | train ticket | plane ticket |
      package holiday | ~trip | ~holiday | ~vacation | ~travel | ~booking | ~reservation | ~arrival | ~seat | ~ticket |
      ~tickets | ~room | ~tour | ~coach | ~overbooked`,
    'zh-Hans': `航班 | 机票 | 飞机 | 登机 | 登机牌 | 值机 | 行李 | 托运 | 行李箱 | 转机 | 经停 | 航空公司 | 机场 | 改签 | 退票 |
      火车 | 高铁 | 动车 | 火车票 | 车票 | 12306 | 酒店 | 宾馆 | 旅馆 | 民宿 | 入住 | 退房 | 订房 | 订票 | 携程 | 签证 | 护照 |
      旅行社 | 旅游 | 行程 | 邮轮 | 接机 | 租车 | 航司 | ~延误 | ~房间 | ~预订 | ~旅行 | ~出行 | ~门票 | ~座位`,
    'zh-Hant': `航班 | 班機 | 機票 | 飛機 | 登機 | 登機證 | 行李 | 托運 | 轉機 | 航空公司 | 機場 | 改票 | 退票 | 火車 | 高鐵 | 台鐵 |
      車票 | 飯店 | 酒店 | 旅館 | 賓館 | 民宿 | 訂房 | 入住 | 退房 | 訂位代號 | 攜程 | 簽證 | 護照 | 旅行社 | 旅遊 | 行程 | 郵輪 | 租車 |
      接機 | 機場快綫 | ~報到 | ~延誤 | ~改期 | ~房間 | ~訂位 | ~預訂 | ~座位 | ~港鐵`,
  },
  telecom: {
    en: `broadband | wifi | wi-fi | internet | router | modem | signal | no signal | mobile data | data plan | data allowance | sim |
      sim card | esim | replacement sim | phone bill | phone line | landline | roaming | 4g | 5g | fibre | fiber | line rental |
      unlimited data | mobile network | dropped calls | call quality | voicemail | port my number | pac code | set-top box |
      cable tv | ~reception | ~network | ~contract | ~top-up | ~top up | ~outage | ~handset`,
    'zh-Hans': `宽带 | 网速 | 断网 | 信号 | 没信号 | 手机信号 | 流量 | 话费 | 手机卡 | 电话卡 | sim卡 | 停机 | 光猫 | 路由器 |
      运营商 | 中国移动 | 中国联通 | 中国电信 | 漫游 | 销号 | 携号转网 | 月租 | 光纤 | 机顶盒 | 有线电视 |
      ~营业厅 | ~网络 | ~套餐 | ~欠费 | ~补卡 | ~通话 | ~手机号`,
    'zh-Hant': `寬頻 | 斷線 | 網速 | 訊號 | 收訊 | 沒訊號 | 門號 | 電信 | 電訊商 | 中華電信 | 中國移動 | 台灣大哥大 | 遠傳 | 行動網路 |
      流動數據 | 月費計劃 | 吃到飽 | 月租費 | 資費 | 攜碼 | 數據機 | 分享器 | 路由器 | 漫遊 | 話費 | 電話費 | SIM卡 | 基地台 |
      光纖 | 機上盒 | 第四台 | 有線電視 | ~網路 | ~網絡 | ~數據 | ~上網 | ~預付卡 | ~儲值卡`,
  },
  banking: {
    en: `bank | banks | banking | bank account | bank transfer | wire transfer | money transfer | credit card | debit card |
      bank card | card declined | replacement card | freeze my card | freeze the card | frozen card | block my card |
      lost my card | stolen card | cash machine | atm | loan | loans | mortgage | overdraft | overdrawn | savings account |
      current account | direct debit | standing order | sort code | iban | cheque | chargeback | interest rate | exchange rate |
      bank statement | unauthorised transaction | unauthorized transaction | credit limit | credit score | online banking |
      internet banking | mobile banking | contactless | mastercard | visa card | visa debit | ~my card | ~the card |
      ~card payment | ~transaction* | ~declined | ~pin | ~interest | ~statement | ~fraud | ~withdrawal | ~withdraw | ~deposit |
      ~balance | ~payment | ~payments | ~charged twice | ~double charged | ~paypal | ~savings`,
    'zh-Hans': `银行 | 银行卡 | 信用卡 | 储蓄卡 | 借记卡 | 转账 | 汇款 | 跨行 | 贷款 | 房贷 | 车贷 | 信贷 | 还款 | 利息 | 利率 | 盗刷 |
      额度 | 信用额度 | 网银 | 手机银行 | 理财 | 取款 | 存款 | 对账单 | 银行流水 | 征信 | 信用报告 | 汇率 |
      ~账户 | ~余额 | ~逾期 | ~手续费 | ~扣款 | ~冻结 | ~分期 | ~挂失 | ~到账 | ~开户 | ~销户 | ~支付宝 | ~微信支付 | ~花呗`,
    'zh-Hant': `銀行 | 信用卡 | 金融卡 | 提款卡 | 簽帳卡 | 轉帳 | 轉賬 | 轉數快 | 匯款 | 跨行 | 戶口 | 貸款 | 房貸 | 車貸 | 信貸 |
      還款 | 利息 | 利率 | 匯率 | 盜刷 | 額度 | 網銀 | 網路銀行 | 網上銀行 | 手機銀行 | 理財 | 提款 | 提款機 | 櫃員機 |
      存款 | 對帳單 | ~帳戶 | ~餘額 | ~繳款 | ~手續費 | ~凍結 | ~分期 | ~掛失 | ~入帳 | ~入數 | ~過數 | ~刷卡 | ~開戶 |
      ~銷戶 | ~八達通 | ~支付寶`,
  },
  insurance: {
    en: `insur* | policy number | policyholder | claim number | no-claims | no claims bonus | underwriter | loss adjuster |
      adjuster | ~claim | ~claims | ~claimed | ~my policy | ~premium | ~premiums | ~excess`,
    'zh-Hans': `保险 | 保单 | 理赔 | 保费 | 投保 | 续保 | 退保 | 车险 | 寿险 | 医疗险 | 意外险 | 险种 | 保额 | 出险 | 定损 | 核保 | 免赔额 | ~赔付`,
    'zh-Hant': `保險 | 保單 | 理賠 | 保費 | 投保 | 續保 | 退保 | 車險 | 壽險 | 產險 | 醫療險 | 意外險 | 保額 | 出險 | 核保 | 索償 |
      自付額 | 保單號碼 | ~索賠`,
  },
  utilities: {
    en: `electricity | electric bill | electricity meter | power cut | power outage | power supply | blackout | gas bill |
      gas supply | gas meter | water bill | water supply | water meter | water pressure | meter reading | smart meter |
      energy bill | energy supplier | utility | utilities | standing charge | kwh | burst pipe | sewage | sewer | ~meter |
      ~no power | ~no water | ~energy | ~boiler | ~heating | ~hot water`,
    'zh-Hans': `电费 | 水费 | 燃气费 | 燃气 | 天然气 | 煤气 | 停电 | 停水 | 断电 | 断水 | 电表 | 水表 | 燃气表 | 气表 | 抄表 |
      供电 | 供水 | 供气 | 供暖 | 暖气 | 电力公司 | 供电局 | 国家电网 | 自来水 | 水压 | 阶梯电价 | 电价 | 户号 |
      ~没电 | ~没水 | ~缴费 | ~跳闸 | ~漏水 | ~水管`,
    'zh-Hant': `電費 | 水費 | 瓦斯 | 瓦斯費 | 煤氣 | 天然氣 | 停電 | 停水 | 斷電 | 斷水 | 跳電 | 電錶 | 電表 | 水錶 | 水表 | 瓦斯錶 |
      抄表 | 台電 | 台水 | 自來水 | 中電 | 港燈 | 水務署 | 供電 | 供水 | 電價 | 電號 | 水壓 | ~沒電 | ~沒水 | ~繳費 | ~漏水`,
  },
  software: {
    en: `bug | bugs | glitch* | error message | subscription* | free trial | in-app | game | games | gaming | software |
      browser | sync* | activation code | product key | licence key | license key | plugin | app store | play store |
      google play | two-factor | 2fa | ~app | ~apps | ~login | ~log in | ~logging in | ~logged out | ~sign in |
      ~signing in | ~password | ~passwords | ~username | ~crash* | ~install* | ~uninstall* | ~application | ~sign up |
      ~verification code | ~freez* | ~frozen | ~error | ~update | ~updated | ~download* | ~subscribe | ~website | ~version |
      ~server | ~cloud | ~backup | ~settings | ~notification* | ~loading`,
    'zh-Hans': `软件 | 客户端 | 小程序 | 闪退 | 无法登录 | 登不上 | 订阅 | 自动续费 | 游戏 | 手游 | 版本 | 报错 | 错误代码 |
      浏览器 | 插件 | 卸载 | 激活码 | 序列号 | 云盘 | 白屏 | ~登录 | ~登陆 | ~安装 | ~卡顿 | ~应用 | ~死机 | ~打不开 |
      ~密码 | ~账号 | ~帐号 | ~验证码 | ~注册 | ~会员 | ~续费 | ~充值 | ~更新 | ~网站 | ~网页 | ~下载 | ~同步 | ~黑屏 |
      ~加载 | ~弹窗`,
    'zh-Hant': `軟體 | 軟件 | 應用程式 | 手機程式 | 閃退 | 當機 | 登不進去 | 無法登入 | 訂閱 | 自動續訂 | 續訂 | 遊戲 | 手遊 |
      版本 | 錯誤訊息 | 錯誤代碼 | 瀏覽器 | 解除安裝 | 序號 | 啟用碼 | 雲端 | ~登入 | ~安裝 | ~卡頓 | ~程式 | ~死機 |
      ~密碼 | ~帳號 | ~驗證碼 | ~註冊 | ~會員 | ~儲值 | ~點數 | ~更新 | ~網站 | ~官網 | ~網頁 | ~下載 | ~同步 | ~載入 |
      ~轉圈圈`,
  },
};

/**
 * Phrases that contain a keyword but are not about its sector ("in order to", a bank
 * holiday, a support ticket): matched as the longest term at their position, then ignored.
 */
export const SECTOR_GUARDS: readonly string[] = [
  'in order to', 'in order for', 'in order', 'out of order', 'support ticket', 'ticket number', 'ticket id', 'return my call',
  'return call', 'train of thought', 'last resort', 'bank holiday', 'bank holidays', 'power bank', 'food bank', 'job application',
];

const STRONG = 2;
const WEAK = 1;

/** Splits a keyword list into lexicon entries: the sector is the cue kind, the count rides on `factor`. */
function entriesOf(sector: Sector, list: string): LexiconEntry[] {
  return list
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => (t.startsWith('~') ? { term: t.slice(1), kind: sector, factor: WEAK } : { term: t, kind: sector, factor: STRONG }));
}

let lexicon: Lexicon | undefined;

function sectorLexicon(): Lexicon {
  if (!lexicon) {
    const entries: LexiconEntry[] = SECTORS.flatMap((sector) => Object.values(SECTOR_KEYWORDS[sector]).flatMap((list) => entriesOf(sector, list)));
    for (const term of SECTOR_GUARDS) entries.push({ term, role: 'guard' });
    lexicon = createLexicon(entries);
  }
  return lexicon;
}

/**
 * Each sector's score in a text: 2 per keyword, 1 per weak keyword, after the shared
 * fold (lower case, full-width to ASCII, Traditional to Simplified). Linear in the length.
 */
export function scoreSectors(text: string): Record<Sector, number> {
  const scores = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
  if (typeof text !== 'string' || !text) return scores;
  for (const match of scan(foldText(text), sectorLexicon())) {
    const sector = match.entry.kind;
    if (isSector(sector)) scores[sector] += match.entry.factor;
  }
  return scores;
}

/**
 * What a customer's text is about: the sector whose keywords, in any of the three languages
 * and mixed freely ("我的flight被cancel了"), score highest (2 per keyword, 1 per weak one
 * such as "refund" or 订单). Null when nothing matches or when the top two tie: a guess
 * between two sectors would put the wrong concrete choices in front of the customer.
 * Linear in the length of the text; never throws.
 *
 * @example
 * detectSector('My flight got cancelled and nobody told me'); // 'travel'
 * detectSector('宅配到現在還沒送到'); // 'retail'
 * detectSector('The hotel and the bank both ignored me'); // null (a tie)
 */
export function detectSector(text: string): Sector | null {
  try {
    const scores = scoreSectors(text);
    let best: Sector | null = null;
    let bestScore = 0;
    let tied = false;
    for (const sector of SECTORS) {
      const score = scores[sector];
      if (score > bestScore) {
        best = sector;
        bestScore = score;
        tied = false;
      } else if (score === bestScore && score > 0) tied = true;
    }
    return tied ? null : best;
  } catch {
    return null;
  }
}

/**
 * The customer's side of a conversation as one text for {@link detectSector}: one line per
 * message, so that no keyword is read across two of them. Agent messages are left out.
 */
export function customerTextOf(messages: readonly ConversationMessage[]): string {
  return messages.filter((m) => m && m.author === 'customer' && typeof m.text === 'string').map((m) => m.text).join('\n');
}

/** {@link detectSector} over what the customer wrote in a conversation (agents' words are ignored). */
export function detectConversationSector(messages: readonly ConversationMessage[]): Sector | null {
  return Array.isArray(messages) ? detectSector(customerTextOf(messages)) : null;
}
