import { itFindsEveryCase, itFindsNothingIn, type Case } from './helpers.js';

// Round 4 families (docs/reply-checker.md, "Round 4"): each in Simplified, Traditional/Cantonese
// and English, with near-misses that must stay clean.

const FAMILIES: Record<string, Case[]> = {
  'command: subjectless orders and curt particles': [
    ['command', '把发票拍下来发给我，快点。', '把发票拍下来发给我'],
    ['command', '说了半天，讲重点。', '讲重点'],
    ['command', '别问那么多，照做就行。', '别问那么多'],
    ['command', '你查快递公司官网呗。', '你查快递公司官网呗'],
    ['command', '自己去營業廳辦啦，線上改不到。', '自己去營業廳辦啦'],
    ['command', '喺度等住，唔好收線。', '喺度等住'],
    ['command', '快啲影張相過嚟。', '快啲影張相過嚟'],
    ['command', 'Upload the receipt right now.', 'Upload the receipt right now'],
    ['command', 'Just call the courier yourself.', 'Just call the courier yourself'],
    ['command', "Hold on and don't hang up.", "don't hang up"],
  ],
  'blame: a missed care verb, doubt, hindsight, "your side"': [
    ['blame', '是您付款时没勾优惠券，所以没减。', '您付款时没勾优惠券'],
    ['blame', '您没看活动规则吗？', '您没看活动规则吗'],
    ['blame', '您是不是地址填错了？', '您是不是地址填错了'],
    ['blame', '你要看清楚再付款嘛。', '你要看清楚再付款嘛'],
    ['blame', '係你唔睇條款咋。', '係你唔睇條款咋'],
    ['blame', '這個你自己要負責。', '你自己要負責'],
    ['blame', '應該是你的網路的問題。', '你的網路的問題'],
    ['blame', '你嗰邊網絡好差。', '你嗰邊網絡好差'],
    ['blame', 'Did you even check the tracking page?', 'Did you even check the tracking page'],
  ],
  'negative: no means left': [
    ['negative', '这个我也没辙了。', '我也没辙了'],
    ['negative', '我們也沒有別的辦法了。', '沒有別的辦法了'],
    ['negative', '总之不行，过期了。', '总之不行'],
    ['negative', '我们客服没权限查的。', '我们客服没权限'],
    ['negative', '過咗期一律唔俾退。', '一律唔俾退'],
  ],
  'dismissive: brush-offs and minimisers': [
    ['dismissive', '别急嘛，又跑不掉。', '别急嘛'],
    ['dismissive', '重新下一单不就行了。', '不就行了'],
    ['dismissive', '這點差價也要計較啊？', '這點差價也要計較啊'],
    ['dismissive', '您说的那些我早就知道了。', '我早就知道了'],
    ['dismissive', '唔使咁計較啩。', '唔使咁計較啩'],
    ['dismissive', '差十幾蚊咋嘛。', '差十幾蚊咋嘛'],
    ['dismissive', '急也没用，等着吧。', '急也没用'],
    ['dismissive', "It's only $5, you know.", "It's only $5"],
    ['dismissive', "Come on, it's just a missing sticker.", "it's just a missing sticker"],
  ],
  'defensive: our record, other customers, third parties': [
    ['defensive', '我们向来都是这么包装的。', '我们向来都是这么包装的'],
    ['defensive', '我們倉庫從沒出過錯。', '沒出過錯'],
    ['defensive', '正常情況下不會出現這種問題的。', '不會出現這種問題的'],
    ['defensive', '其他客人用得都好好的。', '其他客人用得都好好的'],
    ['defensive', '我已经道歉了啊。', '我已经道歉了啊'],
    ['defensive', '冇可能㗎，我哋啲貨好新。', '冇可能㗎'],
    ['defensive', '這怪不了我們。', '怪不了我們'],
    ['defensive', 'Our warehouse never makes packing mistakes.', 'never makes packing mistakes'],
    ['defensive', "I've already apologised for that.", "I've already apologised"],
  ],
  'provocative: reminders and jabs in any order': [
    ['provocative', '跟您说了好几次了，要先实名。', '跟您说了好几次了'],
    ['provocative', '剛剛不是跟你說過了嗎？', '不是跟你說過了嗎'],
    ['provocative', '我头先就讲过了。', '我头先就讲过了'],
    ['provocative', '我都已經解釋第三遍了。', '解釋第三遍'],
    ['provocative', '你再催几次也一样。', '你再催几次也一样'],
    ['provocative', '这都第几次了？', '这都第几次了'],
    ['provocative', '這麼簡單也不會喔？', '這麼簡單也不會'],
    ['provocative', '密碼都會忘？', '都會忘'],
    ['provocative', "I've explained this four times now.", "I've explained this four times"],
    ['provocative', 'What would it take to make you happy?', 'What would it take to make you happy'],
  ],
  'wait-apology and overpromise': [
    ['wait-apology', '不好意思让您等了二十来分钟。', '让您等了二十来分钟'],
    ['wait-apology', '抱歉要你等，我而家睇。', '抱歉要你等'],
    ['overpromise', '明天师傅一定准时上门。', '一定准时上门'],
    ['overpromise', '聽日實有貨，冇走雞。', '冇走雞'],
    ['overpromise', '修不好我直接给您换新的。', '修不好我直接给您换新的'],
    ['overpromise', '加急了，不会再延误了。', '不会再延误了'],
    ['overpromise', 'It will be fixed by tonight, no question.', 'no question'],
  ],
};

describe('lintReply round 4 families', () => itFindsEveryCase(FAMILIES));

describe('lintReply round 4 near-misses stay clean', () => {
  const GOOD = [
    '您不必担心，我们会处理。',
    "I can't wait to help you!",
    '如果您买10台以上，我就能帮您多打点折。',
    '您说“你们到底要我等几次”，真的很抱歉。',
    '您提到「你哋點解又遲」，我明白你好嬲。',
    'You wrote "Send me the refund now", and I understand why.',
    '麻烦您把截图发过来，谢谢。',
    '请您先把截图发来好吗？',
    '您先别着急，我马上帮您查。',
    '我们一直都是这样为您服务的，有问题随时找我。',
    '这个问题很简单，我教您两步就好。',
    '我已经帮您提交过了，明天上午会有结果。',
    '别人用着都好好的吗？我帮您查一下。',
    '如果您那边网络不好，可以换个时间再试。',
    '您没看到短信的话，我再发一次。',
    '我明天中午前一定会给您一个答复。',
    '呢件事由帳務部負責，我而家幫你轉過去，你唔使再講多次。',
    'Please send it now if you can.',
    'Could you send me the screenshot now?',
    'Our policy doesn’t allow returns after 30 days, but I can open a warranty repair for you.',
    "Have you had a chance to read the email I sent? It has the link.",
  ];
  itFindsNothingIn(GOOD);
});
