import { expect } from '@open-wc/testing';
import { lintReply, type ReplyCategory, type ReplyFinding } from '../../../src/core/reply/index.js';
import { itFindsEveryCase, itFindsNothingIn, type Case } from './helpers.js';

// Coverage of the wording families (docs/reply-checker.md, "Coverage"): each family in each
// language, the guards that keep good drafts clean, and rewrites that are not flagged again.


const FAMILIES: Record<string, Case[]> = {
  'command: modal + action': [
    ['command', '您得先去营业厅办理实名认证，才能补卡。', '您得先去营业厅'],
    ['command', '你要先把App卸载重装。', '你要先把App卸载重装'],
    ['command', '您需要自己联系快递公司处理。', '您需要自己联系'],
    ['command', '请您务必在今天下午五点之前把材料交齐。', '务必'],
    ['command', '你要親自去分行簽名。', '你要親自去分行簽名'],
    ['command', '你哋一定要今日交。', '你哋一定要今日交'],
    ['command', '必须本人来办理。', '必须本人来办理'],
    ['command', "Rules aside, you'll have to get the owner's consent.", "you'll have to get the owner's consent"],
    ['command', 'Please note that you are required to re-upload your ID.', 'you are required to re-upload your ID'],
    ['command', "Mate, you've got to turn the modem off and on.", "you've got to turn the modem off and on"],
    ['command', "I'm afraid you need to fill in the form again.", 'you need to fill in the form again'],
  ],
  'command: bare orders and threats': [
    ['command', '你给我先把截图发过来，我才能查。', '你给我先把截图发过来'],
    ['command', '你有什么问题？说清楚点。', '说清楚点'],
    ['command', '不要再打电话来催了。', '不要再打电话来催了'],
    ['command', 'Send us the photos by Friday or the claim will be closed.', 'Send us the photos by Friday'],
    ['command', "Don't call us again about this.", "Don't call us again"],
  ],
  'blame: pointing at the customer': [
    ['blame', '我们没有错，是您下单的时候自己选错了规格。', '自己选错了'],
    ['blame', '应该是您那边网络的问题。', '是您那边网络的问题'],
    ['blame', '都是因为您没及时缴费，宽带才被停的。', '因为您没及时缴费'],
    ['blame', '您当时要是仔细看一下合同，就不会出现这种情况了。', '您当时要是仔细看一下合同'],
    ['blame', '係你自己撳錯咗取消鍵。', '你自己撳錯咗'],
    ['blame', '係你自己唔記得改密碼。', '你自己唔記得改密碼'],
    ['blame', '您應該是密碼打錯了。', '密碼打錯了'],
    ['blame', "That's a user error on your side.", 'user error'],
    ['blame', 'You must have selected March instead of May.', 'You must have selected March'],
    ['blame', 'Honestly, if you had read the T&Cs you would know.', 'if you had read the T&Cs'],
    ['blame', 'The estimate was high because you never submitted a meter reading.', 'you never submitted a meter reading'],
  ],
  'negative: refusals without an alternative': [
    ['negative', '超过七天的订单不能退款。', '不能退款'],
    ['negative', '这个订单已经出库了，地址改不了。', '地址改不了'],
    ['negative', '不行，已经过了退改期限。', '不行'],
    ['negative', '根据公司规定，我们不提供上门维修服务。', '我们不提供上门维修服务'],
    ['negative', '上面有规定，我也没权限。', '我也没权限'],
    ['negative', '張機票已經出咗，呢個真係冇得搞。', '冇得搞'],
    ['negative', '呢個我幫唔到你。', '我幫唔到你'],
    ['negative', '抱歉，沒有辦法幫您改。', '沒有辦法'],
    ['negative', '你一定要帶埋身份證嚟，唔係唔處理。', '唔係唔處理'],
    ['negative', "I'm unable to help you with that.", "I'm unable to help you with that"],
    ['negative', 'As per bank guidelines, we are not allowed to reverse the transaction.', 'we are not allowed to reverse'],
    ['negative', "We don't do refunds for cancelled subscriptions.", "We don't do refunds"],
    ['negative', 'There is no way we can waive the excess.', 'There is no way we can waive'],
    ['negative', 'Sorry ah, cannot one.', 'cannot one'],
  ],
  'dismissive: minimisers and brush-offs': [
    ['dismissive', '才几块钱的差价，我帮您看看能不能补。', '才几块钱'],
    ['dismissive', '这有什么好生气的，不就是晚了一天吗？', '不就是晚了一天吗'],
    ['dismissive', '请您冷静一下，这种情况很正常的。', '这种情况很正常的'],
    ['dismissive', '其实这也不是什么大问题。', '不是什么大问题'],
    ['dismissive', '唔使咁激動啦，咪就係遲咗一日收貨。', '咪就係遲咗一日'],
    ['dismissive', '冷靜啲先啦，咁小事都嬲。', '咁小事都嬲'],
    ['dismissive', '只是晚了半小時而已，餐點還是熱的。', '只是晚了半小時而已'],
    ['dismissive', '這只是小問題，不需要這麼生氣吧。', '不需要這麼生氣吧'],
    ['dismissive', "Ma'am, it's only a 20-minute delay on the flight.", "it's only a 20-minute delay"],
    ['dismissive', 'Take a deep breath. These things happen.', 'These things happen'],
    ['dismissive', "Lifts break down; it's hardly the end of the world.", 'hardly the end of the world'],
  ],
  'policy: hiding behind rules': [
    ['policy', '这是银行的硬性规定，您理解一下。', '这是银行的硬性规定'],
    ['policy', '系统不允许修改已提交的订单。', '系统不允许'],
    ['policy', '根据公司规定，我们不提供上门维修服务。', '根据公司规定'],
    ['policy', '公司規矩係咁，過咗14日就唔可以退。', '公司規矩係咁'],
    ['policy', '規矩就係規矩，個個都要跟。', '規矩就係規矩'],
    ['policy', '系統唔俾我哋改，唔好意思。', '系統唔俾我哋改'],
    ['policy', 'The warranty does not cover water damage as per company policy.', 'as per company policy'],
    ['policy', "The system won't let me override the late fee.", "The system won't let me"],
    ['policy', "It's standard procedure, I'm afraid.", "It's standard procedure"],
  ],
  'defensive: denial and justification': [
    ['defensive', '我们没有错，是快递的问题。', '我们没有错'],
    ['defensive', '我们的收费完全合理，请您理解。', '我们的收费完全合理'],
    ['defensive', '我们从来没有收过您这笔手续费。', '我们从来没有收过'],
    ['defensive', '我们的骑手是按时送达的，记录上写得清清楚楚。', '写得清清楚楚'],
    ['defensive', '唔關我哋事，係物流公司搞錯。', '唔關我哋事'],
    ['defensive', '你填錯咗地址呀，唔係我哋送錯。', '唔係我哋送錯'],
    ['defensive', '系統不會自己鎖卡的。', '系統不會自己鎖卡'],
    ['defensive', 'We never said the upgrade would be free.', 'We never said'],
    ['defensive', 'Our engineers did nothing wrong.', 'did nothing wrong'],
    ['defensive', 'The software works fine on every other machine.', 'works fine on every other machine'],
    ['defensive', "Apologies, we've been really busy today.", "we've been really busy"],
  ],
  'provocative: sarcasm and challenge': [
    ['provocative', '不满意的话，您去投诉好了。', '您去投诉好了'],
    ['provocative', '有本事您去消协告我们啊。', '有本事'],
    ['provocative', '嫌贵可以不用。', '嫌贵可以不用'],
    ['provocative', '你要先把App卸载重装，其他的别问了。', '其他的别问了'],
    ['provocative', '我都講咗好多次，你想點啫？', '我都講咗好多次'],
    ['provocative', '我剛剛已經講過了，您沒在聽嗎？', '您沒在聽嗎'],
    ['provocative', '唔鍾意咪去第二間囉。', '唔鍾意咪去第二間囉'],
    ['provocative', "If you're not happy with our rates, you're free to go elsewhere.", 'go elsewhere'],
    ['provocative', 'Whatever you say. I will pass it on.', 'Whatever you say'],
    ['provocative', 'Do you even know which plan you are on?', 'Do you even know'],
    ['provocative', "Go ahead and complain then, it won't change anything.", 'Go ahead and complain'],
  ],
  'wait-apology: every form of sorry-for-the-wait': [
    ['wait-apology', '对不起让您在线等了这么长时间。', '让您在线等了这么长时间'],
    ['wait-apology', '实在不好意思，回复晚了，您的工单已经处理完毕。', '回复晚了'],
    ['wait-apology', '唔好意思要你等咗咁耐，冷氣維修已經安排咗。', '要你等咗咁耐'],
    ['wait-apology', '唔好意思等咗咁耐，你嘅退款已經批咗。', '等咗咁耐'],
    ['wait-apology', 'Sorry 要你久等，張單已經搞掂。', '要你久等'],
    ['wait-apology', '真的很抱歉這麼晚才回覆您。', '這麼晚才回覆您'],
    ['wait-apology', '抱歉讓您久候了。', '讓您久候'],
    ['wait-apology', 'Sorry for keeping you on hold for so long.', 'Sorry for keeping you on hold'],
    ['wait-apology', "I'm so sorry it took me ages to reply.", 'sorry it took me ages to reply'],
    ['wait-apology', 'Sorry for the late reply! Your meter exchange is confirmed.', 'Sorry for the late reply'],
  ],
  'overpromise: certainty words': [
    ['overpromise', '您放心，保证今天处理好。', '保证今天处理好'],
    ['overpromise', '您放心，理赔一定能批下来。', '一定能批下来'],
    ['overpromise', '下午三点前一定给您送到。', '一定给您送到'],
    ['overpromise', '包你聽日收到。', '包你聽日收到'],
    ['overpromise', '我擔保以後都唔會再發生。', '擔保以後都唔會再發生'],
    ['overpromise', '聽日實搞掂，你放心。', '實搞掂'],
    ['overpromise', '您放心，退款一定會在明天入帳。', '一定會在明天入帳'],
    ['overpromise', 'I assure you the penalty will be reversed within 24 hours for sure.', 'for sure'],
    ['overpromise', 'Your parcel will arrive tomorrow without fail.', 'without fail'],
    ['overpromise', 'Rest assured, the claim will be approved.', 'the claim will be approved'],
    ['overpromise', "I'll make 100% sure it never happens again.", 'never happens again'],
  ],
  'command: orders in shop chat (round 2)': [
    ['command', '您现在就去把路由器重启一下，别的先不要动。', '您现在就去把路由器重启一下'],
    ['command', '你即刻send張單嚟先，唔係冇得搞。', '你即刻send張單嚟先'],
    ['command', '您這邊要自己先去跟銀行確認喔。', '您這邊要自己先去跟銀行確認'],
    ['command', '你先别说了，听我讲。', '你先别说了'],
    ['command', '等多陣啦，師傅仲未到。', '等多陣啦'],
    ['command', '你給我講清楚到底係邊張單。', '你給我講清楚'],
    ['command', 'First you send me the photo, then we talk.', 'First you send me the photo'],
  ],
  'blame: colloquial and hindsight (round 2)': [
    ['blame', '是您下单的时候自己没填对地址，所以才寄错的。', '自己没填对地址'],
    ['blame', '您這邊當初自己勾選了不退貨的選項喔。', '自己勾選了'],
    ['blame', '您這邊是不是沒有按照說明書操作呢？', '沒有按照說明書操作'],
    ['blame', '您这边下单前应该先咨询一下客服的嘛。', '应该先咨询一下客服'],
    ['blame', '这种事情一般不会发生的，您确定没弄错吗？', '您确定没弄错吗'],
    ['blame', '啲貨冇問題㗎，係你唔識用啫。', '係你唔識用'],
    ['blame', '肯定是您家网络的问题。', '您家网络的问题'],
    ['blame', "Clearly you've entered the wrong email, that's why nothing arrived.", "you've entered the wrong email"],
    ['blame', "It's your responsibility to keep the receipt, not ours.", "It's your responsibility"],
    ['blame', 'Madam, the mistake is from your side only.', 'from your side'],
  ],
  'negative: passing the customer on, tautologies, particles (round 2)': [
    ['negative', '这边建议您自己去营业厅问问吧，线上是处理不了的。', '您自己去营业厅问问吧'],
    ['negative', '你自己打去物流公司問啦。', '你自己打去物流公司問'],
    ['negative', '按照平台规则，这种情况只能您自己承担了。', '只能您自己承担了'],
    ['negative', '冇貨就係冇貨囉。', '冇貨就係冇貨囉'],
    ['negative', '我只是个客服，我说了不算的。', '我说了不算'],
    ['negative', '呢啲唔係我哋部門嘅嘢喎。', '唔係我哋部門嘅嘢'],
    ['negative', '亲，这个是不可以的哦。', '这个是不可以的哦'],
    ['negative', '亲，这种我们是不保修的呢。', '我们是不保修的'],
    ['negative', '特价商品不退不换的哦。', '不退不换'],
    ['negative', "You must call the bank yourself; we don't deal with that.", "we don't deal with that"],
    ['negative', "Can't help you with that, I'm afraid.", "Can't help you with that"],
    ['negative', 'Replacement is not permissible after 10 days.', 'not permissible'],
    ['negative', "Sorry, that's above my pay grade.", 'above my pay grade'],
  ],
  'dismissive: shop-chat minimisers and English brush-offs (round 2)': [
    ['dismissive', '哎呀，多大点事儿，退了再买一个就好了嘛。', '多大点事儿'],
    ['dismissive', '這種小問題重開機就好了。', '這種小問題'],
    ['dismissive', '您先等等，這種事很常見啦。', '很常見啦'],
    ['dismissive', "It is what it is, I'm afraid.", 'It is what it is'],
    ['dismissive', "I think you're making this into a bigger issue than it is.", 'bigger issue than it is'],
    ['dismissive', "Honestly, I don't see why it matters so much.", "I don't see why it matters so much"],
    ['dismissive', "I don't understand why you're so upset about this.", "I don't understand why you're so upset"],
  ],
  'policy: process, system settings, the higher-ups (round 2)': [
    ['policy', '我也是按流程办事，您理解一下。', '按流程办事'],
    ['policy', '上面规定的我们也没辙，您多理解一下。', '上面规定的'],
    ['policy', '公司规定拆封了就不退，这个没得商量。', '公司规定拆封了就不退'],
    ['policy', '这是我们公司统一的规定。', '这是我们公司统一的规定'],
    ['policy', '系统就是这么设定的，我这边也改不了的。', '系统就是这么设定的'],
    ['policy', '系統設定就是這樣，沒辦法改喔。', '系統設定就是這樣'],
    ['policy', '公司規矩嚟㗎，我都冇辦法。', '公司規矩嚟㗎'],
    ['policy', '我們這邊都是照SOP在走的啦。', '照SOP在走的啦'],
    ['policy', '這是公司的規定，我們也只能照做。', '我們也只能照做'],
    ['policy', 'As per company norms, replacement is not permissible after 10 days.', 'As per company norms'],
    ['policy', 'Our terms and conditions are very clear on this.', 'Our terms and conditions are very clear on this'],
    ['policy', "The system won't let me, that's just how it's set up.", "that's just how it's set up"],
  ],
  'defensive: "nothing wrong on our side" (round 2)': [
    ['defensive', '肯定是您家网络的问题，我们服务器没毛病。', '我们服务器没毛病'],
    ['defensive', '我们这边流程上是没有任何问题的。', '没有任何问题'],
    ['defensive', '嗰啲係你自己嘅問題，我哋冇責任㗎。', '我哋冇責任㗎'],
    ['defensive', '这个锅我们可不背哦，是厂家那边发错的。', '锅我们可不背'],
    ['defensive', '我们的商品质量都是没问题的，不可能是我们的原因。', '不可能是我们的原因'],
    ['defensive', '這個不是我們的疏失，是銀行那邊的問題。', '不是我們的疏失'],
    ['defensive', '我們一直都是這樣做的，以前也沒人抱怨過。', '以前也沒人抱怨過'],
    ['defensive', '我们页面上都标注了，不存在虚假宣传这回事。', '不存在虚假宣传这回事'],
    ['defensive', '我们的快递员不会这样做的。', '快递员不会这样做的'],
    ['defensive', "We did send the email; it's not on us if it went to spam.", "it's not on us"],
  ],
  'provocative: jabs, reminders, passive aggression (round 2)': [
    ['provocative', '我也是按流程办事，您冲我发火也没用。', '冲我发火也没用'],
    ['provocative', '快递已经发出去了，您自己看着办吧。', '自己看着办吧'],
    ['provocative', '那您就自己看要不要退囉。', '自己看要不要退囉'],
    ['provocative', '都跟您说过了，订单号在短信里面。', '都跟您说过了'],
    ['provocative', '我都話咗你知啦，要帶埋單據先得。', '我都話咗你知啦'],
    ['provocative', '剛剛不是已經講過了嗎？要帶發票啦。', '不是已經講過了嗎'],
    ['provocative', '你聽清楚先啦，我再講多次。', '你聽清楚先啦'],
    ['provocative', '你要就要，唔要就算啦。', '要就要，唔要就算'],
    ['provocative', '呢樣我哋做唔到，你搵第二間啦。', '搵第二間啦'],
    ['provocative', '我们客服又不是神仙，哪能样样都知道。', '又不是神仙'],
    ['provocative', '是您自己填错了手机号，验证码当然收不到啊。', '当然收不到啊'],
    ['provocative', '就这点小事，至于连着打三次电话吗？', '至于连着打三次电话吗'],
    ['provocative', '您不要一直打來問，有結果我們就會通知。', '不要一直打來問'],
    ['provocative', '冷靜啲先啦，你咁大聲我點同你講。', '我點同你講'],
    ['provocative', '您這邊如果不滿意，就去消保官那邊申訴啊。', '申訴啊'],
    ['provocative', '您爱投诉就投诉吧。', '投诉就投诉吧'],
    ['provocative', 'Per my last message, the tracking number is in your inbox.', 'Per my last message'],
    ['provocative', 'As clearly stated on the order page, delivery is not included.', 'As clearly stated'],
    ['provocative', "If you'd read my previous email you'd know the answer already.", "If you'd read my previous email"],
    ['provocative', 'Not to repeat myself, but the store closes at 6.', 'Not to repeat myself'],
    ['provocative', "You'll have to fill in the form again, properly this time.", 'properly this time'],
    ['provocative', 'Not sure what else you expect us to do at this point.', 'what else you expect us to do'],
    ['provocative', 'Why do you keep asking the same question?', 'Why do you keep asking'],
  ],
  'wait-apology and overpromise: particles and colloquial certainty (round 2)': [
    ['wait-apology', '不好意思哈，让您在线上等了半天。', '让您在线上等了半天'],
    ['wait-apology', '唔好意思，要你等咗成半個鐘。', '要你等咗成半個鐘'],
    ['overpromise', '这种情况以后绝对不会再出现了，我跟您打包票。', '打包票'],
    ['overpromise', '您放一百个心，明天上午肯定修好。', '放一百个心'],
    ['overpromise', '放心啦一定冇事。', '一定冇事'],
    ['overpromise', '放心啦，聽日實到。', '聽日實到'],
    ['overpromise', "You have my word it won't happen again.", 'You have my word'],
    ['overpromise', "Confirm can settle by today one, don't worry.", 'Confirm can settle'],
    ['overpromise', "Don't worry, you'll definitely get it by Friday.", 'definitely get'],
  ],
};

describe('lintReply coverage: families in three languages', () => itFindsEveryCase(FAMILIES));

describe('lintReply coverage: rewrites keep the agent’s words', () => {
  const first = (draft: string, category: ReplyCategory): ReplyFinding => lintReply(draft).find((f) => f.category === category)!;

  it('asks instead of ordering, without "yourself"', () => {
    expect(first('您需要自己联系快递公司处理。', 'command').suggestions[0]).to.equal('请您联系快递公司处理，您看可以吗？');
    expect(first('你要親自去分行簽名。', 'command').suggestions[0]).to.equal('請您親自去分行簽名，您看可以嗎？');
  });

  it('keeps the request and its consequence in an English threat', () => {
    const f = first('Send us the photos by Friday or the claim will be closed.', 'command');
    expect(f.suggestions[0]).to.equal('Could you please send us the photos by Friday? Otherwise, the claim will be closed.');
  });

  it('keeps the subject of "you\'ll definitely…" and turns "will be approved" into a commitment', () => {
    expect(first("Don't worry, you'll definitely get it by Friday.", 'overpromise').suggestions[0]).to.equal('you should get');
    expect(first('Rest assured, the claim will be approved.', 'overpromise').suggestions[0]).to.equal(
      'I’ll do everything I can to make sure the claim gets approved.',
    );
  });

  it('reads Traditional and variant characters written in a host pattern', () => {
    const rule = { id: 'host.lo', category: 'provocative' as const, lang: 'zh' as const, match: /搵第三間囉/, suggestions: ['我幫您看看其他選擇'] };
    expect(lintReply('你搵第三間囉。', { rules: [rule] }).map((f) => f.rule)).to.include('host.lo');
  });

  it('turns a promise into a commitment without the certainty words', () => {
    expect(first('I promise this will never happen again.', 'overpromise').suggestions[0]).to.equal(
      'I’ll do everything I can to make sure this doesn’t happen again.',
    );
    expect(first('我跟您保證明天一定送到。', 'overpromise').suggestions[0]).to.equal('我會全力跟進，爭取明天送到，有進展第一時間告訴您');
  });
});

describe('lintReply coverage: guards keep good drafts clean', () => {
  const GOOD = [
    // limitation stated with an alternative
    '特价商品暂时不支持退款，不过我可以为您办理换货。',
    '特價機票暫時無法退票，不過可以免費改期一次。',
    '呢張優惠券唔可以兌現金，不過可以幫你延長三個月有效期。',
    '这款套餐目前不能中途降档，不过下个月1号起可以生效。',
    "We aren't able to change the name on the ticket, but I can cancel it with a full travel credit.",
    "Unfortunately I can't change the date online, but I can book it by phone for you.",
    // suggestions, conditionals and polite requests
    '您可以考虑先把路由器重启一下，如果还是连不上，我马上给您安排师傅。',
    '如果你方便嘅話，可以試下熄咗部路由器再開，唔得嘅話我即刻安排師傅上門。',
    '您需要的话，我可以帮您预约。',
    '您可以在App里直接申请退款，如果操作不方便，我也可以帮您代办。',
    'You may want to restart the router once the light turns green.',
    'If you need to reschedule, just let me know.',
    'Could you please send me a photo of the lights on the front?',
    // thanks for waiting, apologies for our fault
    '感谢您耐心等候，您反映的燃气费问题我已经核实。',
    '多謝你耐心等候，你嘅寬頻已經回復正常。',
    '为了不让您久等，我先帮您登记。',
    'Thanks for bearing with us. Your broadband fault has been fixed.',
    // "we must apologise", admitting fault, reassurance
    '我们必须向您道歉，这次扣款确实是系统出错造成的。',
    '我哋要同你講聲對唔住，今次係我哋安排出錯。',
    '这个问题不是您的错，是我们的页面提示不够清楚。',
    '這不是您的錯，是我們的頁面說明不夠清楚。',
    '您不必担心，这笔重复扣款我们已经申请退回。',
    '你唔使擔心，張卡我哋已經幫你暫停咗。',
    'We must apologise for the mix-up with your booking.',
    "You don't need to worry about the late fee. I've waived it.",
    // commitments to our own next step, negated certainty
    '我保证会一直跟进，有进展马上告诉您。',
    '我不能保证具体几点送到，但我会一直跟进。',
    'I promise to keep you updated.',
    "I'll make sure this doesn't happen again.",
    "I can't promise an exact time, but I'll call you back before 5 pm.",
    // quotes, questions offering help, neutral facts
    '您提到“你们要是再拖就去投诉”，我完全理解。',
    '你話「你哋一定要今日退錢」，我明白你好急。',
    "You mentioned 'you people never listen' and I'm sorry we've let you down.",
    '请问您希望怎么处理？退款还是换货？',
    '这个问题比较常见，一般重启就能解决。',
    'It happens sometimes when the network is busy; restarting usually fixes it.',
    'Per our policy, you can return it within 30 days.',
    'It only takes a minute and I can do it with you right now.',
    "Could you tell me what your issue is?",
    // Validating the customer's expectation is not the company defending itself.
    '真的很抱歉让您失望了，您对我们的期待是合理的。',
    '您對我們的要求是合理的，我來安排。',
    // Round 2: promises about our own next step, hand-overs, restating the customer's report,
    // thanks for waiting, and harmless trigger words.
    "I promise I'll call you back before 4pm with an update.",
    '我保證會在今天下班前回覆您處理進度。',
    '我保证今天下班前给您回复。',
    "I don't have the authority to approve that myself, so I've asked my manager, who will reply within two hours.",
    "The system won't let me do it here, but I've asked the billing team to do it manually.",
    '想跟您確認一下，您反映的是發票抬頭打錯了，對嗎？',
    '唔該你耐心等咗咁耐，我已經幫你搞掂晒。',
    '唔該你等多陣，我即刻幫你查。',
    "I can't wait to help you.",
    '如果您买10台以上，我就能帮您多打点折。',
    "You don't have to do anything else; the refund is already on its way.",
    'Our policy actually lets me refund this in full.',
    "There's no need to apologise, thanks for flagging it with us.",
    "I'll do my best to get it to you by Friday.",
    'Unfortunately the blue one is out of stock, but the navy version is in and I can send it today.',
    'Our terms are clear that you can return it within 30 days.',
    "As mentioned, I've already processed the refund.",
    "First you'll get an email, then a text with the code.",
    '您自己也可以在App里查看物流哦。',
    '我们会按流程尽快为您处理退款。',
    '您的订单没有问题的，已经发货了。',
    '我先听您说完，再帮您想办法。',
    '这款产品很常见的问题是电池接触不良，我教您处理一下。',
  ];
  itFindsNothingIn(GOOD);
});

describe('lintReply coverage: speed stays linear', () => {
  it('checks a long draft full of near-misses quickly', () => {
    const unit = '如果还是不行的话，我再帮您看看。If it happens again, just let me know. 呢個唔可以，不過可以幫你換。';
    const big = unit.repeat(5_000);
    const t0 = performance.now();
    const found = lintReply(big);
    expect(performance.now() - t0).to.be.lessThan(2_000);
    expect(found).to.deep.equal([]);
  });
});
