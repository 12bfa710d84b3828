import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js';
import {
  BUILTIN_REPLY_RULES,
  REPLY_CATEGORIES,
  createReplyLinter,
  lintReply,
  type ReplyCategory,
  type ReplyFinding,
} from '../../../src/core/reply/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { foldTraditional } from '../../../src/core/detect-lang.js';

const only = (draft: string, category: ReplyCategory, lang?: Lang): ReplyFinding => {
  const found = lintReply(draft, lang ? { lang } : undefined).filter((f) => f.category === category);
  expect(found, `${category} in ${draft}`).to.have.length(1);
  return found[0]!;
};

const apply = (draft: string, f: ReplyFinding, i = 0): string => draft.slice(0, f.start) + f.suggestions[i] + draft.slice(f.end);

// One draft per category and language, with the span to underline and a rewrite it must offer.
const CASES: Array<[Lang, ReplyCategory, string, string, string]> = [
  ['zh-Hans', 'blame', '你搞错了，活动不是这样的。', '你搞错了', '我觉得这里可能有些误会，我们一起核对一下好吗'],
  ['zh-Hans', 'command', '你必须先填表', '你必须先填表', '请您先填写这张表，您看可以吗？'],
  ['zh-Hans', 'negative', '这不是我的事，你去问售后。', '这不是我的事', '这件事有专人负责，我帮您转过去，您看可以吗'],
  ['zh-Hans', 'dismissive', '我知道你的感受。', '我知道你的感受', '我能理解您为什么会有这种感受'],
  ['zh-Hans', 'policy', '这是公司规定。', '这是公司规定。', '这件事目前确实有规定限制，不过我们可以换一种办法：……，您看可以吗？'],
  ['zh-Hans', 'defensive', '以前从来没有人抱怨过。', '以前从来没有人抱怨过', '谢谢您反馈这个问题，我马上帮您核实'],
  ['zh-Hans', 'provocative', '你有什么问题？', '你有什么问题', '请告诉我发生了什么'],
  ['zh-Hans', 'wait-apology', '很抱歉让您久等了，订单已发货。', '很抱歉让您久等了', '感谢您的耐心等待'],
  ['zh-Hans', 'overpromise', '我保证明天一定给您送到。', '我保证明天一定给您送到', '我会全力跟进，争取明天给您送到，有进展第一时间告诉您'],
  ['zh-Hant', 'blame', '你弄錯了，這個優惠只限會員。', '你弄錯了', '我覺得這裡可能有些誤會，我們一起核對一下好嗎'],
  ['zh-Hant', 'command', '你必須先填表', '你必須先填表', '請您先填寫這張表，您看可以嗎？'],
  ['zh-Hant', 'negative', '這不是我負責的。', '這不是我負責的。', '這件事有專人負責，我幫您轉接過去，您看可以嗎？'],
  ['zh-Hant', 'dismissive', '請你冷靜一點，我在處理。', '請你冷靜一點', '我明白這件事讓您很著急，我們一起來解決'],
  ['zh-Hant', 'policy', '公司規定不允許退貨。', '公司規定不允許退貨。', '這件事目前確實辦理不了，不過我們可以換一種辦法：……，您看可以嗎？'],
  ['zh-Hant', 'defensive', '這不是我們的問題，是郵局弄丟的。', '這不是我們的問題', '我先幫您查清楚是哪個環節出了問題'],
  ['zh-Hant', 'provocative', '到底要怎樣你才滿意？', '到底要怎樣你才滿意', '您希望我們怎麼處理？我會盡力為您爭取'],
  ['zh-Hant', 'wait-apology', '很抱歉讓您久等了，訂單已經出貨。', '很抱歉讓您久等了', '感謝您的耐心等候'],
  ['zh-Hant', 'overpromise', '百分之百沒問題。', '百分之百沒問題', '我會全力跟進，有任何進展第一時間告訴您'],
  ['en', 'blame', 'You entered the wrong card number.', 'You entered the wrong card number', 'I think something may have got mixed up here; let’s check it together'],
  ['en', 'command', 'You have to send us a photo of the damage.', 'You have to send us a photo of the damage.', 'Could you please send us a photo of the damage?'],
  ['en', 'negative', "That's not my department.", "That's not my department", 'Another team handles this, and I’ll transfer you to them now, if that’s all right'],
  ['en', 'dismissive', 'Please calm down, sir.', 'Please calm down', 'I can hear how frustrating this is, and I’m here to sort it out'],
  ['en', 'policy', "It's company policy.", "It's company policy", 'That isn’t possible this time, but here’s what I can do instead: …'],
  ['en', 'defensive', 'That never happens with our routers.', 'That never happens', 'That’s not what should happen, so let me find out what went wrong'],
  ['en', 'provocative', "What's your problem?", "What's your problem", 'Please tell me what happened'],
  ['en', 'wait-apology', "I'm sorry for the wait. It shipped today.", "I'm sorry for the wait", 'Thank you for your patience'],
  ['en', 'overpromise', 'Your account will definitely be unlocked soon.', 'will definitely be unlocked', 'should be unlocked'],
];

describe('lintReply: the nine categories in three languages', () => {
  for (const [lang, category, draft, span, rewrite] of CASES) {
    it(`${lang} ${category}: ${draft}`, () => {
      const f = only(draft, category);
      expect(f.text).to.equal(span);
      expect(draft.slice(f.start, f.end)).to.equal(f.text);
      expect(f.suggestions).to.include(rewrite);
      expect(f.message).to.be.a('string').and.not.equal('');
      // The reason is in the draft's language.
      if (lang === 'en') expect(f.message).to.match(/^[\x20-\x7e’]+$/);
      else expect(f.message).to.match(/[\u4e00-\u9fff]/);
      // Applying the best rewrite clears the finding.
      expect(lintReply(apply(draft, f)).filter((g) => g.category === category)).to.deep.equal([]);
    });
  }

  it('covers every category in every language', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const covered = new Set(CASES.filter((c) => c[0] === lang).map((c) => c[1]));
      expect([...covered].sort()).to.deep.equal([...REPLY_CATEGORIES].sort());
    }
  });

  it('writes Traditional reasons and rewrites for Traditional drafts', () => {
    const f = only('你必須先填表', 'command');
    expect(f.message).to.equal('聽起來像命令。改成請求，並說明這樣做對客人的好處。');
    expect(f.suggestions[0]).to.equal('請您先填寫這張表，您看可以嗎？');
  });

  it('takes the end mark along when the rewrite is a whole sentence', () => {
    const f = only('你必须先填表。谢谢！', 'command');
    expect(f.text).to.equal('你必须先填表。');
    expect(apply('你必须先填表。谢谢！', f)).to.equal('请您先填写这张表，您看可以吗？谢谢！');
  });

  it('keeps the meaning of a conditional refusal', () => {
    const f = only('我不能给你打这么低的折，除非你买10台以上。', 'negative');
    expect(f.suggestions[0]).to.equal('如果您买10台以上，我就能给您打这么低的折');
  });

  it('offers an alternative instead of policy', () => {
    const f = only("Sorry, it's company policy.", 'policy');
    expect(f.suggestions.every((s) => /instead|another/.test(s))).to.be.true;
  });

  it('fits English rewrites into the sentence', () => {
    const draft = 'Thanks, you must fill in the form before I can help.';
    const f = only(draft, 'command');
    expect(f.suggestions[0]).to.equal('could you please fill in the form before I can help?');
  });

  it('uses options.lang for the reason', () => {
    expect(only('你必须先填表', 'command', 'en').message).to.equal('Sounds like an order. Ask instead, and say why it helps.');
  });
});

describe('lintReply: precision', () => {
  const clean = [
    "I can't wait to help you",
    "I can't wait to help you set up your new account!",
    '您不必担心',
    '您不必擔心，我這邊馬上幫您處理。',
    '如果您买10台以上，我就能帮您多打点折',
    '感谢您的耐心等待，您的订单已经发货了。',
    '我帮您看看有没有办法加急处理。',
    '根据规定，您可以在7天内无理由退货。',
    '我不能保证具体几点送到，但我会一直跟进。',
    "I can't promise an exact time, but I'll call you back before 5 pm.",
    'Sorry for the delay in your delivery; I have refunded the shipping.',
    "You don't have to worry about the late fee; I've removed it.",
    'Our policy allows returns within 30 days.',
    '请问您还有什么问题吗？',
    'You can relax: the refund has gone through.',
    '',
  ];
  for (const draft of clean) it(`no finding in ${JSON.stringify(draft)}`, () => expect(lintReply(draft)).to.deep.equal([]));

  it('ignores the customer’s own words in quotation marks', () => {
    expect(lintReply('您刚才说“你必须给我退款，这是你们的规定”，我能理解您的心情。')).to.deep.equal([]);
    expect(lintReply('您剛才說「你們根本不在乎客人，你有什麼問題」，真的很抱歉。')).to.deep.equal([]);
    expect(lintReply('You said "calm down? you must be joking" and I hear you.')).to.deep.equal([]);
  });

  it('still checks the agent’s words after a quotation', () => {
    const found = lintReply('You said "this is the third time". Calm down.');
    expect(found.map((f) => f.category)).to.deep.equal(['dismissive']);
  });
});

describe('lintReply: robustness', () => {
  it('never throws and keeps offsets exact', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, '\ud800', '你必须\udc00先填表', '\u0000\u2028', '😡你必须先填表😡', 'İ you must wait here'];
    for (const input of inputs) {
      const found = lintReply(input as string);
      expect(found).to.be.an('array');
      for (const f of found) expect((input as string).slice(f.start, f.end)).to.equal(f.text);
    }
    const emoji = lintReply('😡你必须先填表😡');
    expect(emoji[0]!.start).to.equal(2);
  });

  it('handles a 1 MB draft', () => {
    const big = '谢谢您的耐心。Thanks for waiting. '.repeat(40_000) + '你必须先填表';
    const found = lintReply(big);
    expect(found).to.have.length(1);
    expect(found[0]!.start).to.equal(big.length - 6);
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(only('It’s company policy.', 'policy').text).to.equal('It’s company policy');
  });
});

describe('lintReply: Traditional drafts through the shared fold', () => {
  const fold = (text: string): string => String.fromCharCode(...Array.from(text, (ch) => foldTraditional(ch.charCodeAt(0))));

  it('reads variant Traditional forms (麽, 説, 絶) like the standard ones', () => {
    for (const [standard, variant] of [
      ['你有什麼問題？', '你有什麽問題？'],
      ['我說了多少遍了', '我説了多少遍了'],
      ['絕對不會再發生', '絶對不會再發生'],
    ] as const) {
      const expected = lintReply(standard).map((f) => [f.category, f.start, f.end]);
      expect(expected, standard).to.have.length(1);
      expect(lintReply(variant).map((f) => [f.category, f.start, f.end]), variant).to.deep.equal(expected);
      expect(lintReply(variant)[0]!.text).to.equal(variant.slice(0, expected[0]![2] as number));
    }
  });

  it('covers every character of the built-in zh rules in the tw, t and hk conversions (checked against opencc-js)', () => {
    const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    const used = new Set<string>();
    for (const rule of BUILTIN_REPLY_RULES) {
      if (rule.lang !== 'zh') continue;
      const source = rule.match instanceof RegExp ? rule.match.source : ([] as string[]).concat(rule.match as string | string[]).join('');
      for (const ch of source) if (/[\u3400-\u9fff]/.test(ch)) used.add(ch);
    }
    expect(used.size).to.be.greaterThan(200);
    const missing: string[] = [];
    for (const ch of used) {
      for (const convert of converters) {
        const trad = convert(ch);
        if (trad !== ch && trad.length === 1 && fold(trad) !== fold(ch)) missing.push(ch + trad);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('folds idempotently: no Simplified target folds again', () => {
    const again: string[] = [];
    for (let code = 0x3400; code < 0xa000; code++) {
      const once = foldTraditional(code);
      if (foldTraditional(once) !== once) again.push(String.fromCharCode(code, once));
    }
    expect(again).to.deep.equal([]);
    expect(fold('么着才干只')).to.equal('么着才干只');
  });
});

describe('host rules', () => {
  it('adds a company’s banned phrase with its preferred wording, in both scripts', () => {
    const rules = [
      { id: 'acme.cheap', category: 'negative' as const, lang: 'en' as const, match: ['cheap plan'], suggestions: ['Essentials plan'], message: 'Say “Essentials plan”.' },
      { id: 'acme.jiao', category: 'policy' as const, lang: 'zh' as const, match: '系统规定', suggestions: { hans: ['目前的流程'], hant: ['目前的流程'] } },
    ];
    const lint = createReplyLinter({ rules });
    const en = lint('The Cheap Plan has no roaming.');
    expect(en).to.have.length(1);
    expect(en[0]).to.include({ category: 'negative', text: 'Cheap Plan', message: 'Say “Essentials plan”.', rule: 'acme.cheap' });
    expect(en[0]!.suggestions).to.deep.equal(['Essentials plan']);
    const hant = lint('這是系統規定的。');
    expect(hant.map((f) => [f.rule, f.text])).to.deep.equal([['acme.jiao', '系統規定']]);
    expect(lintReply('The cheap plan has no roaming.', { rules })).to.have.length(1);
  });

  it('replaces, disables and filters built-in rules', () => {
    expect(createReplyLinter({ replace: true })('你必须先填表')).to.deep.equal([]);
    expect(createReplyLinter({ disable: ['zh.command.must'] })('你必须先填表')).to.deep.equal([]);
    expect(lintReply('你必须先填表', { disable: ['zh.command.must'] })).to.deep.equal([]);
    const policyOnly = createReplyLinter({ categories: ['policy'] });
    expect(policyOnly("It's company policy, calm down.").map((f) => f.category)).to.deep.equal(['policy']);
  });

  it('skips a malformed host rule instead of throwing', () => {
    const bad = [{ id: 'x', category: 'blame', lang: 'fr', match: 'x' }, { id: 'y', category: 'blame', lang: 'en', match: [] }] as never;
    expect(lintReply('You must wait.', { rules: bad }).map((f) => f.category)).to.deep.equal(['command']);
  });

  it('ships every built-in rule with an id, a category and suggestions', () => {
    const ids = new Set<string>();
    for (const rule of BUILTIN_REPLY_RULES) {
      expect(REPLY_CATEGORIES).to.include(rule.category);
      expect(ids.has(rule.id), rule.id).to.be.false;
      ids.add(rule.id);
      const s = rule.suggestions as Record<string, string[]>;
      if (rule.lang === 'zh') expect(s.hans!.length && s.hant!.length, rule.id).to.be.greaterThan(0);
      else expect(s.en!.length, rule.id).to.be.greaterThan(0);
    }
  });
});
