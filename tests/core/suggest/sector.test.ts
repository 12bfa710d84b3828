import { expect } from '@open-wc/testing';
import {
  suggestResponses,
  checkPhrases,
  detectSector,
  PHRASE_CATALOGUES,
  SECTORS,
  SECTOR_OPTION_KEYS,
  type HostPhrases,
  type Sector,
} from '../../../src/core/suggest/index.js';
import { SECTOR_KEYWORDS } from '../../../src/core/suggest/sector.js';
import type { ConversationMessage } from '../../../src/core/emotion/index.js';
import { foldText } from '../../../src/core/emotion/matcher.js';
import { LANGS, type Lang } from '../../../src/core/lang.js';
import { reading } from './fixtures.js';

const SIMPLIFIED_ONLY = /[这们问说时间从还让发对给过经现联帮单号题请况处]/;
const TRADITIONAL_ONLY = /[這們問說時間從還讓發對給過經現聯幫單號題請況處]/;

/** A customer's message per sector and language, as they would write it. */
const SAMPLES: Record<Sector, Record<Lang, string>> = {
  retail: {
    en: "My parcel still hasn't arrived and the tracking hasn't changed in a week.",
    'zh-Hans': '快递三天了还没到，物流信息一直不更新',
    'zh-Hant': '宅配到現在還沒送到，超商取貨也查不到',
  },
  travel: {
    en: 'My flight got cancelled and nobody told me. I have a wedding tomorrow, what do I do??',
    'zh-Hans': '航班取消了也没人通知我，明天还要赶去参加婚礼',
    'zh-Hant': '班機被取消了，訂房也沒辦法退，怎麼辦',
  },
  telecom: {
    en: 'The broadband keeps dropping and the router lights are flashing red.',
    'zh-Hans': '家里宽带又断网了，路由器重启也没用',
    'zh-Hant': '網路一直斷線，寬頻根本不能用',
  },
  banking: {
    en: 'There is an unauthorised transaction on my credit card and I want it reversed.',
    'zh-Hans': '我的信用卡被盗刷了，银行一直没处理',
    'zh-Hant': '信用卡被盜刷，轉帳也一直沒入帳',
  },
  insurance: {
    en: 'My insurance claim was rejected and nobody explains why.',
    'zh-Hans': '车险理赔拖了两个月还没结果',
    'zh-Hant': '保險理賠拖了兩個月，保單條款也看不懂',
  },
  utilities: {
    en: "We've had a power cut since last night and the electricity bill is wrong too.",
    'zh-Hans': '停电一整天了，电费还照扣',
    'zh-Hant': '台電的電費帳單錯了，電號也不對',
  },
  software: {
    en: 'The app keeps crashing every time I log in, and I pay for a subscription!',
    'zh-Hans': '软件一打开就闪退，登录也登不上',
    'zh-Hant': '遊戲一直閃退，儲值的點數也不見了',
  },
};

describe('detectSector', () => {
  for (const sector of SECTORS) {
    for (const lang of LANGS) {
      it(`finds ${sector} in ${lang}`, () => {
        expect(detectSector(SAMPLES[sector][lang])).to.equal(sector);
      });
    }
  }

  it('reads Hong Kong wording and Cantonese', () => {
    expect(detectSector('我嘅速遞仲未送到')).to.equal('retail');
    expect(detectSector('寬頻成日斷線')).to.equal('telecom');
    expect(detectSector('銀行戶口過數唔到')).to.equal('banking');
    expect(detectSector('中電張電費單貴咗好多')).to.equal('utilities');
    expect(detectSector('份保單索償搞咗成個月')).to.equal('insurance');
  });

  it('reads code-mixed messages', () => {
    expect(detectSector('我的flight被cancel了，怎么办')).to.equal('travel');
    expect(detectSector('我嘅parcel仲未到')).to.equal('retail');
    expect(detectSector('wifi一直斷線，氣死了')).to.equal('telecom');
    expect(detectSector('APP一直闪退')).to.equal('software');
    expect(detectSector('my 信用卡 was charged twice')).to.equal('banking');
  });

  it('folds case, width and script: Simplified text matches Traditional keywords and back', () => {
    expect(detectSector('MY FLIGHT WAS CANCELLED')).to.equal('travel');
    expect(detectSector('ＢＲＯＡＤＢＡＮＤ is down')).to.equal('telecom');
    expect(detectSector('宽频一直断线')).to.equal('telecom');
    expect(detectSector('機票退不了')).to.equal('travel');
  });

  it('gives null when the message names no sector', () => {
    expect(detectSector("I'm really upset with how I was treated.")).to.equal(null);
    expect(detectSector('你们的服务太差了！我要投诉！')).to.equal(null);
    expect(detectSector('In order to fix this, what do you need from me?')).to.equal(null);
  });

  it('gives null on a tie between the top two sectors', () => {
    expect(detectSector('The hotel and the bank both ignored me.')).to.equal(null);
    expect(detectSector('航班和银行卡都出问题了')).to.equal(null);
  });

  it('lets a keyword outweigh a word that only leans to another sector', () => {
    // "refund" leans to retail, "flight" is travel.
    expect(detectSector('My flight was cancelled and I want a refund')).to.equal('travel');
    expect(detectSector('I want a refund')).to.equal('retail');
    // 订单 leans to retail; 机票 is travel.
    expect(detectSector('我的机票订单被取消了')).to.equal('travel');
    // 登录 leans to software; 网银 is banking.
    expect(detectSector('网银登录不了')).to.equal('banking');
  });

  it('ignores phrases that only contain a keyword (a bank holiday, a support ticket)', () => {
    expect(detectSector('My parcel was late because of the bank holiday')).to.equal('retail');
    expect(detectSector('I opened a support ticket last week')).to.equal(null);
  });

  it('never throws, whatever it is given', () => {
    for (const odd of [null, undefined, 42, {}, [], '', '\ud800', 'flight '.repeat(50_000)]) {
      expect(() => detectSector(odd as never)).to.not.throw();
    }
    expect(detectSector('')).to.equal(null);
    expect(detectSector(42 as never)).to.equal(null);
    expect(detectSector('flight '.repeat(50_000))).to.equal('travel');
  });

  it('gives every sector keywords in every language, and no keyword to two sectors', () => {
    const owner = new Map<string, Sector>();
    for (const sector of SECTORS) {
      for (const lang of LANGS) {
        const terms = SECTOR_KEYWORDS[sector][lang].split('|').map((t) => t.trim()).filter(Boolean);
        expect(terms.length, `${sector} ${lang}`).to.be.at.least(15);
        for (const term of terms) {
          const folded = String.fromCharCode(...foldText(term.replace(/^~/, '').replace(/\*$/, '')));
          const before = owner.get(folded);
          expect(before === undefined || before === sector, `${term} is in ${before} and ${sector}`).to.be.true;
          owner.set(folded, sector);
        }
      }
    }
  });
});

describe('suggestResponses: sector options and references', () => {
  for (const sector of SECTORS) {
    for (const lang of LANGS) {
      it(`${sector} in ${lang}: the sector's remedy and speed choices and its reference`, () => {
        const cat = PHRASE_CATALOGUES[lang];
        const own = cat.sectors[sector];
        const angry = suggestResponses(reading(lang, 'angry', 0.7, [{ text: 'x' }]), { sector, temperament: 'perfectionist' });
        expect(angry.sector).to.equal(sector);
        expect(angry.sectorSource).to.equal('option');
        expect(angry.options!.id).to.equal(`options.remedy#${sector}`);
        expect(angry.options!.choices).to.deep.equal([...own.options.remedy.choices]);
        expect(angry.options!.closing).to.equal(cat.options.remedy.closing);
        // A perfectionist gets the precise question first: the one that asks for the reference.
        const question = angry.questions[0]!;
        expect(question.id).to.equal('ask.angry#0');
        expect(question.text).to.include(own.reference);
        expect(question.text).to.not.include('{ref}');

        const anxious = suggestResponses(reading(lang, 'anxious', 0.7, [{ text: 'x' }]), { sector, used: ['ask.anxious#0'] });
        expect(anxious.options!.id).to.equal(`options.speed#${sector}`);
        expect(anxious.options!.choices).to.deep.equal([...own.options.speed.choices]);
        expect(anxious.options!.text.split('\n')).to.have.length(own.options.speed.choices.length + 2);
        expect(anxious.questions[0]!.text).to.include(own.reference);

        for (const line of [question, anxious.questions[0]!, angry.options!, anxious.options!]) {
          if (lang === 'zh-Hant') expect(SIMPLIFIED_ONLY.test(line.text), line.text).to.be.false;
          if (lang === 'zh-Hans') expect(TRADITIONAL_ONLY.test(line.text), line.text).to.be.false;
        }
      });
    }
  }

  it('gives each sector two or three choices of its own, in every language', () => {
    for (const lang of LANGS) {
      for (const sector of SECTORS) {
        for (const key of SECTOR_OPTION_KEYS) {
          const choices = PHRASE_CATALOGUES[lang].sectors[sector].options[key].choices;
          expect(choices.length, `${lang} ${sector} ${key}`).to.be.within(2, 3);
          expect(choices, `${lang} ${sector} ${key}`).to.not.deep.equal(PHRASE_CATALOGUES[lang].options[key].choices);
        }
      }
    }
  });

  it('answers the upset traveller with travel choices and a booking reference, not delivery and an order number', () => {
    const r = suggestResponses(SAMPLES.travel.en, { used: ['ask.anxious#0', 'ask.angry#1', 'ask.angry#2'] });
    expect(r.sector).to.equal('travel');
    expect(r.sectorSource).to.equal('detected');
    expect(r.options!.id).to.match(/#travel$/);
    expect(r.options!.text).to.not.match(/delivery|pickup|order/i);
    expect(r.questions.map((q) => q.text).join(' ')).to.include('booking reference');
    expect(r.questions.map((q) => q.text).join(' ')).to.not.include('order number');
    const zh = suggestResponses('航班取消了也没人通知我，明天还要赶去参加婚礼，怎么办？？');
    expect(zh.options!.text).to.not.include('快递');
    expect(zh.options!.text).to.include('改签');
  });

  it('detects the sector from the customer’s messages of a conversation, not the agent’s', () => {
    const chat: ConversationMessage[] = [
      { author: 'customer', text: '我的航班被取消了' },
      { author: 'agent', text: '请问您的快递单号是多少？' },
      { author: 'customer', text: '我都说了三遍了，到底怎么办！！！' },
    ];
    const r = suggestResponses(chat);
    expect(r.sector).to.equal('travel');
    expect(r.sectorSource).to.equal('detected');
    expect(r.options!.id).to.match(/#travel$/);
  });

  it('does not detect from a reading, which carries no text; the option sets it', () => {
    const r = suggestResponses(reading('en', 'angry', 0.7, [{ text: 'flight' }]));
    expect(r.sector).to.equal(null);
    expect(r.sectorSource).to.equal(null);
    expect(r.options!.id).to.equal('options.remedy');
    expect(r.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.options.remedy.choices]);
    expect(suggestResponses(reading('en', 'angry', 0.7, [{ text: 'flight' }]), { sector: 'travel' }).options!.id).to.equal('options.remedy#travel');
  });

  it('lets an explicit sector win over detection, and sector: null turn detection off', () => {
    const banking = suggestResponses(SAMPLES.travel.en, { sector: 'banking' });
    expect(banking.sector).to.equal('banking');
    expect(banking.sectorSource).to.equal('option');
    expect(banking.options!.id).to.match(/#banking$/);
    const off = suggestResponses(SAMPLES.travel.en, { sector: null });
    expect(off.sector).to.equal(null);
    expect(off.sectorSource).to.equal(null);
    expect(off.options!.id).to.not.include('#');
    expect(off.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.options[off.options!.id.slice('options.'.length) as 'speed'].choices]);
    // An unknown sector is ignored: detection decides.
    expect(suggestResponses(SAMPLES.travel.en, { sector: 'space' as never }).sector).to.equal('travel');
  });

  it('keeps the generic content without a sector, and generic templates generic with one', () => {
    const none = suggestResponses(reading('zh-Hans', 'angry', 0.7, [{ text: '生气' }]), { temperament: 'perfectionist' });
    expect(none.questions[0]!.text).to.equal('为了尽快帮您处理，方便提供一下订单号吗？');
    const confused = suggestResponses(reading('en', 'confused', 0.7, [{ text: 'lost' }]), { sector: 'telecom' });
    expect(confused.options!.id).to.equal('options.guide');
    expect(confused.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.options.guide.choices]);
  });

  it('moves on from a used sector template, by its own id or the generic one', () => {
    const angry = () => reading('en', 'angry', 0.7, [{ text: 'x' }]);
    expect(suggestResponses(angry(), { sector: 'travel', used: ['options.remedy#travel'] }).options!.id).to.equal('options.general');
    expect(suggestResponses(angry(), { sector: 'travel', used: ['options.remedy'] }).options!.id).to.equal('options.general');
    const sent = suggestResponses(angry(), { sector: 'travel' }).options!.text;
    expect(suggestResponses(angry(), { sector: 'travel', used: [sent] }).options!.id).to.equal('options.general');
  });
});

describe('suggestResponses: a host’s sector phrases', () => {
  const angry = () => reading('en', 'angry', 0.7, [{ text: 'x' }]);

  it('uses the host’s choices and reference for a sector, keeping what it does not replace', () => {
    const phrases: HostPhrases = {
      en: { sectors: { travel: { reference: 'your Acme Air booking code', options: { remedy: { choices: ['a seat on tomorrow’s first flight', 'an Acme voucher for the fare'] } } } } },
    };
    const r = suggestResponses(angry(), { phrases, sector: 'travel', temperament: 'perfectionist' });
    expect(r.phraseIssues).to.deep.equal([]);
    expect(r.options!.choices).to.deep.equal(['a seat on tomorrow’s first flight', 'an Acme voucher for the fare']);
    expect(r.options!.intro).to.equal('To put this right, I can offer you:');
    expect(r.questions[0]!.text).to.equal('So I can fix this quickly, could you give me your Acme Air booking code?');
    // Other sectors and the speed template keep the built-in wording.
    const speed = suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'x' }]), { phrases, sector: 'travel' });
    expect(speed.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.sectors.travel.options.speed.choices]);
    const telecom = suggestResponses(angry(), { phrases, sector: 'telecom' });
    expect(telecom.options!.choices).to.deep.equal([...PHRASE_CATALOGUES.en.sectors.telecom.options.remedy.choices]);
  });

  it('puts a host’s general options and reference above the built-in sector ones, and its sector entry above both', () => {
    const phrases: HostPhrases = {
      'zh-Hans': {
        reference: '会员号',
        options: { remedy: { choices: ['2个工作日内全额退款', '今天补发'] } },
        sectors: { banking: { options: { remedy: { choices: ['退回手续费', '为您补办新卡'], closing: '您看选哪个？' } } } },
      },
    };
    const travel = suggestResponses(reading('zh-Hans', 'angry', 0.7, [{ text: '生气' }]), { phrases, sector: 'travel', temperament: 'perfectionist' });
    expect(travel.options!.choices).to.deep.equal(['2个工作日内全额退款', '今天补发']);
    expect(travel.questions[0]!.text).to.include('会员号');
    const banking = suggestResponses(reading('zh-Hans', 'angry', 0.7, [{ text: '生气' }]), { phrases, sector: 'banking' });
    expect(banking.options!.choices).to.deep.equal(['退回手续费', '为您补办新卡']);
    expect(banking.options!.closing).to.equal('您看选哪个？');
    const none = suggestResponses(reading('zh-Hans', 'angry', 0.7, [{ text: '生气' }]), { phrases, sector: null, temperament: 'perfectionist' });
    expect(none.questions[0]!.text).to.include('会员号');
  });

  it('fills {ref} in a host’s own lines', () => {
    const phrases: HostPhrases = { en: { mode: 'replace', slots: { 'ask.anxious': ['{to}what is {ref}?', 'When do you fly?'] } } };
    const r = suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'x' }]), { phrases, sector: 'travel', used: ['ask.anxious#h1'], customerName: 'Lee', honorific: 'Ms' });
    expect(r.questions[0]!.text).to.equal('Ms Lee, what is your booking reference?');
  });

  it('skips bad sector entries with a reason, keeps the good ones and never throws', () => {
    const phrases = {
      en: {
        reference: '{ref}',
        sectors: {
          space: { reference: 'your rocket id' },
          travel: {
            reference: 'your {to} code',
            colour: 'blue',
            options: { remedy: { choices: ['only one'] }, guide: { choices: ['a', 'b'] }, speed: { intro: '{to}fast: {ref}', choices: ['a train', 'a plane'] } },
          },
          telecom: 'not an object',
          banking: { reference: 'the last four digits of your card' },
        },
      },
    } as unknown as HostPhrases;
    const { phrases: kept, issues } = checkPhrases(phrases);
    const reasons = Object.fromEntries(issues.map((i) => [i.path, i.reason]));
    expect(reasons['en.reference']).to.include('placeholder {ref} is not filled in here');
    expect(reasons['en.sectors.space']).to.include('unknown key');
    expect(reasons['en.sectors.travel.reference']).to.include('placeholder {to} is not filled in here');
    expect(reasons['en.sectors.travel.colour']).to.include('unknown key');
    expect(reasons['en.sectors.travel.options.remedy.choices']).to.equal('expected 2 to 4 choices, got 1');
    expect(reasons['en.sectors.travel.options.guide']).to.include('unknown key');
    expect(reasons['en.sectors.travel.options.speed.intro']).to.include('unknown placeholder {ref}');
    expect(reasons['en.sectors.telecom']).to.include('expected { reference?, options? }');
    expect(kept.en!.sectors!.travel!.options!.speed).to.deep.equal({ choices: ['a train', 'a plane'] });
    expect(kept.en!.sectors!.banking).to.deep.equal({ reference: 'the last four digits of your card' });
    expect(kept.en!.reference).to.equal(undefined);

    const r = suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'x' }]), { phrases, sector: 'travel' });
    expect(r.phraseIssues).to.deep.equal(issues);
    expect(r.options!.choices).to.deep.equal(['a train', 'a plane']);
    for (const odd of [{ en: { sectors: 42 } }, { en: { sectors: [] } }, { en: { sectors: { travel: { options: null } } } }]) {
      expect(() => suggestResponses(angry(), { phrases: odd as never, sector: 'travel' })).to.not.throw();
      expect(suggestResponses(angry(), { phrases: odd as never, sector: 'travel' }).phraseIssues.length, JSON.stringify(odd)).to.be.greaterThan(0);
    }
  });

  it('reads a `$` in a host’s reference or the customer’s name as text', () => {
    const phrases: HostPhrases = { en: { reference: "your $& code $'" } };
    const r = suggestResponses(reading('en', 'anxious', 0.7, [{ text: 'x' }]), { phrases, used: ['ask.anxious#0'], customerName: '$&', honorific: 'Mr' });
    expect(r.questions[0]!.text).to.include("your $& code $'");
    expect(r.suggestions[0]!.text.startsWith('Mr $&, ')).to.be.true;
  });
});
