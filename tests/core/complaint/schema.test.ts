import { expect } from '@open-wc/testing';
import {
  complaintDraftSchema,
  complaintSchema,
  isPlausiblePhone,
  isValidEmail,
  parseComplaint,
  parseComplaintFields,
  parseIsoInstant,
  type ComplaintIssue,
} from '../../../src/core/complaint/index.js';
import { REMOVE, validComplaint, withField } from './fixtures.js';

const errorsOf = (input: unknown, lang: 'en' | 'zh-Hans' | 'zh-Hant' = 'en'): ComplaintIssue[] => {
  const result = parseComplaint(input, { lang });
  if (result.ok) throw new Error('expected the record to be refused');
  return result.errors;
};
const pathsOf = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('complaintSchema: accepted records', () => {
  it('accepts a complete record and returns it unchanged apart from trimming', () => {
    const result = parseComplaint(validComplaint());
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.value).to.deep.equal(validComplaint());
  });

  it('is the same schema hosts can run themselves', () => {
    expect(complaintSchema.safeParse(validComplaint()).success).to.be.true;
    expect(complaintSchema.safeParse({ ...validComplaint(), surprise: 1 }).success).to.be.false;
  });

  it('trims whitespace and drops blank optional texts', () => {
    const input = withField(withField(validComplaint(), 'customer.name', '  王伟 \n'), 'customer.address', '   ');
    input.description = '\n  电饭煲无法加热  ';
    const result = parseComplaint(input);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.value.customer.name).to.equal('王伟');
    expect(result.value.customer.address).to.equal(undefined);
    expect(result.value.description).to.equal('电饭煲无法加热');
    expect(JSON.parse(JSON.stringify(result.value)).customer).to.deep.equal({ name: '王伟', honorific: '先生', phone: '138 0013 8000' });
  });

  it('accepts e-mail without phone, phone without e-mail, and both', () => {
    const emailOnly = withField(withField(validComplaint(), 'customer.phone', REMOVE), 'customer.email', 'wang.wei@example.com');
    expect(parseComplaint(emailOnly).ok).to.be.true;
    expect(parseComplaint(withField(validComplaint(), 'customer.email', 'a@b.co')).ok).to.be.true;
  });

  it('takes any form of address up to 20 characters', () => {
    for (const honorific of ['先生', '女士', 'Mr', 'Ms', 'Mx', 'Dr', '王老师的学生家长', 'Her Excellency']) {
      expect(parseComplaint(withField(validComplaint(), 'customer.honorific', honorific)).ok, honorific).to.be.true;
    }
    expect(pathsOf(withField(validComplaint(), 'customer.honorific', 'x'.repeat(21)))).to.deep.equal(['customer.honorific']);
  });

  it('accepts every channel, category, outcome and priority', () => {
    for (const channel of ['phone', 'email', 'chat', 'social', 'in-person', 'other']) expect(parseComplaint({ ...validComplaint(), channel }).ok).to.be.true;
    for (const category of ['product', 'service', 'communication', 'delivery', 'billing', 'other']) expect(parseComplaint({ ...validComplaint(), category }).ok).to.be.true;
    for (const kind of ['refund', 'replacement', 'repair', 'compensation', 'apology', 'explanation']) {
      expect(parseComplaint({ ...validComplaint(), desiredOutcome: { kind } }).ok, kind).to.be.true;
    }
    for (const priority of ['low', 'normal', 'high', 'urgent']) expect(parseComplaint({ ...validComplaint(), priority }).ok).to.be.true;
  });

  it('keeps host data under extra', () => {
    const result = parseComplaint({ ...validComplaint(), extra: { crmId: 'C-1', 'store.code': 'SH-01', 门店: '徐汇' } });
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.value.extra).to.deep.equal({ crmId: 'C-1', 'store.code': 'SH-01', 门店: '徐汇' });
  });

  it('keeps line breaks in the description but not in the name', () => {
    expect(parseComplaint({ ...validComplaint(), description: '第一行\n第二行\t(附图)' }).ok).to.be.true;
    expect(errorsOf(withField(validComplaint(), 'customer.name', '王\n伟')).map((e) => e.code)).to.deep.equal(['control']);
  });
});

describe('complaintSchema: refused records, in three languages', () => {
  it('requires a name, a description and a way to reach the customer', () => {
    const input = withField(withField(validComplaint(), 'customer.name', '   '), 'customer.phone', REMOVE);
    input.description = '';
    expect(errorsOf(input, 'en')).to.deep.equal([
      { path: 'customer.name', code: 'required', message: 'Name is required.' },
      { path: 'customer.phone', code: 'contact', message: 'Give a phone number or an e-mail address, so we can reach the customer.' },
      { path: 'description', code: 'required', message: 'What happened is required.' },
    ]);
    const noContact = withField(validComplaint(), 'customer.phone', REMOVE);
    expect(errorsOf(noContact, 'zh-Hans')).to.deep.equal([{ path: 'customer.phone', code: 'contact', message: '请至少填写电话或电子邮箱中的一项，以便联系客户。' }]);
    expect(errorsOf(noContact, 'zh-Hant')[0]!.message).to.equal('請至少填寫電話或電子郵件其中一項，以便聯絡客戶。');
  });

  it('names the field in every language', () => {
    const input = withField(validComplaint(), 'customer.name', '');
    expect(errorsOf(input, 'zh-Hans')[0]!.message).to.equal('请填写姓名。');
    expect(errorsOf(input, 'zh-Hant')[0]!.message).to.equal('請填寫姓名。');
    expect(errorsOf(input, 'en')[0]!.message).to.equal('Name is required.');
  });

  it('detects the language of the messages from the description when none is asked for', () => {
    const zh = parseComplaint({ ...validComplaint(), channel: 'fax' });
    expect(!zh.ok && zh.errors[0]!.message).to.equal('请为投诉渠道选择一个有效选项（phone、email、chat、social、in-person、other）。');
    const hant = parseComplaint({ ...validComplaint(), description: '這個電飯煲無法加熱，請處理。', channel: 'fax' });
    expect(!hant.ok && hant.errors[0]!.message).to.match(/^請為投訴管道選擇/);
    const en = parseComplaint({ ...validComplaint(), description: 'It will not heat.', channel: 'fax' });
    expect(!en.ok && en.errors[0]!.message).to.equal('Choose a valid channel (phone, email, chat, social, in-person, other).');
  });

  it('bounds every text', () => {
    const cases: Array<[string, number]> = [
      ['customer.name', 100],
      ['customer.phone', 40],
      ['customer.address', 500],
      ['references.order', 100],
      ['description', 10_000],
      ['desiredOutcome.detail', 1_000],
    ];
    for (const [path, max] of cases) {
      const value = path === 'customer.phone' ? '1'.repeat(max + 1) : '字'.repeat(max + 1);
      const errors = errorsOf(withField(validComplaint(), path, value));
      expect(errors.map((e) => [e.path, e.code]), path).to.deep.equal([[path, 'too-long']]);
      expect(errors[0]!.message).to.contain(String(max));
      if (path !== 'customer.phone') expect(parseComplaint(withField(validComplaint(), path, '字'.repeat(max))).ok, path).to.be.true;
    }
  });

  it('rejects control characters and broken text', () => {
    for (const bad of ['王\u0000伟', '王\u0007伟', '王\u001b[31m伟', '王\u0085伟', '王\ud800伟']) {
      const errors = errorsOf(withField(validComplaint(), 'customer.name', bad), 'zh-Hans');
      expect(errors, JSON.stringify(bad)).to.deep.equal([{ path: 'customer.name', code: 'control', message: '姓名含有无法保存的控制字符，请删除后重试。' }]);
    }
    expect(pathsOf({ ...validComplaint(), description: '好\u0000' })).to.deep.equal(['description']);
  });

  it('refuses unknown fields, at any level, and points to extra', () => {
    const errors = errorsOf({ ...validComplaint(), vip: true, customer: { ...validComplaint().customer, age: 40 } });
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['customer', 'unknown-field'],
      ['', 'unknown-field'],
    ]);
    expect(errors[1]!.message).to.equal('Unknown field: vip. Put anything else under extra.');
  });

  it('refuses wrong types with a message that says what was expected', () => {
    const errors = errorsOf({ ...validComplaint(), description: 42, customer: 'Wang', readBack: { ...validComplaint().readBack, corrections: 'none' } });
    expect(errors.map((e) => [e.path, e.message])).to.deep.equal([
      ['customer', 'Customer must be an object.'],
      ['description', 'What happened must be text.'],
      ['readBack.corrections', 'Read-back must be a list.'],
    ]);
  });

  it('requires a say-what when the outcome is "other", and a valid outcome kind', () => {
    expect(errorsOf({ ...validComplaint(), desiredOutcome: { kind: 'other' } }).map((e) => [e.path, e.code])).to.deep.equal([['desiredOutcome.detail', 'outcome-detail']]);
    expect(parseComplaint({ ...validComplaint(), desiredOutcome: { kind: 'other', detail: '希望经理回电' } }).ok).to.be.true;
    expect(errorsOf({ ...validComplaint(), desiredOutcome: { kind: 'money' } }).map((e) => e.code)).to.deep.equal(['choice']);
  });

  it('requires a confirmed read-back with a real time', () => {
    expect(errorsOf(withField(validComplaint(), 'readBack', REMOVE)).map((e) => [e.path, e.code])).to.deep.equal([['readBack', 'required']]);
    const noTime = withField(validComplaint(), 'readBack.confirmedAt', 'yesterday');
    expect(errorsOf(noTime).map((e) => [e.path, e.code])).to.deep.equal([['readBack.confirmedAt', 'instant']]);
    const manyCorrections = withField(validComplaint(), 'readBack.corrections', Array.from({ length: 51 }, () => 'customer.phone'));
    expect(errorsOf(manyCorrections).map((e) => [e.path, e.code])).to.deep.equal([['readBack.corrections', 'too-many']]);
    const badCorrection = withField(validComplaint(), 'readBack.corrections', ['ok', 7]);
    expect(errorsOf(badCorrection).map((e) => e.path)).to.deep.equal(['readBack.corrections[1]']);
  });

  it('only takes ISO 8601 date-times with an offset that name real days', () => {
    for (const bad of ['2026-11-24 18:00', '2026-11-24T18:00', '2026-02-30T10:00Z', '2026-11-24T24:30+08:00', 'tomorrow', '1732442400000']) {
      expect(pathsOf({ ...validComplaint(), replyBy: bad }), bad).to.deep.equal(['replyBy']);
    }
    for (const good of ['2026-11-24T18:00Z', '2026-11-24T18:00:00.000+08:00', '2028-02-29T00:00:00-05:00']) {
      expect(parseComplaint({ ...validComplaint(), replyBy: good }).ok, good).to.be.true;
    }
    expect(parseIsoInstant('2026-11-24T18:00+08:00')).to.equal(Date.UTC(2026, 10, 24, 10, 0));
  });

  it('refuses a non-object and explains it', () => {
    for (const input of [null, undefined, 42, 'complaint', true, [], () => 1, Symbol('x'), 10n]) {
      const errors = errorsOf(input, 'zh-Hant');
      expect(errors).to.deep.equal([{ path: '', code: 'not-record', message: '投訴紀錄應為一個物件。' }]);
    }
  });
});

describe('phone numbers', () => {
  const accepted = [
    '138 0013 8000',
    '13800138000',
    '+86 138 0013 8000',
    '+86-10-8888-6666',
    '010-88886666',
    '0755 1234 5678',
    '(0755) 1234567',
    '+1 (415) 555-0100',
    '415.555.0100',
    '+44 (0)20 7946 0958',
    '020 7946 0958',
    '+852 9123 4567',
    '9123 4567',
    '0912 345 678',
    '02-2345 6789',
    '0044 20 7946 0958',
    '010-8888 6666 转 8021',
    '+1 415 555 0100 ext. 12',
    '415-555-0100 x7',
    '0755-12345678#12',
  ];
  const refused = [
    '',
    '12345',
    'call me',
    '138-0013-800O',
    '10086123456',
    '+86 123 4567 8901',
    '+1 012 555 0100',
    '0000000',
    '((010)) 8888 6666',
    '(010 8888 6666',
    '010--8888-6666',
    '+',
    '++86 138 0013 8000',
    '138 0013 8000 ext. 1234567',
    '1'.repeat(41),
  ];
  for (const phone of accepted) it(`accepts ${phone}`, () => expect(isPlausiblePhone(phone)).to.be.true);
  it('refuses numbers no one could dial', () => {
    for (const phone of refused) expect(isPlausiblePhone(phone), phone).to.be.false;
  });
  it('reports a bad phone in the record with examples', () => {
    expect(errorsOf(withField(validComplaint(), 'customer.phone', '12345'), 'zh-Hans')).to.deep.equal([
      { path: 'customer.phone', code: 'phone', message: '电话不是有效的号码，例如 138 0013 8000、010-8888 6666 或 +44 20 7946 0958。' },
    ]);
  });
});

describe('e-mail addresses (the HTML standard rule)', () => {
  it('accepts what input type=email accepts', () => {
    for (const email of ['a@b', 'wang.wei@example.com', "o'brien+complaints@mail.example.co.uk", 'x@localhost', 'A_B-c@sub-domain.example']) {
      expect(isValidEmail(email), email).to.be.true;
    }
  });
  it('refuses what it refuses', () => {
    for (const email of ['', 'plainaddress', '@example.com', 'a@', 'a@b@c', 'a b@example.com', 'a@-example.com', 'a@example-.com', 'a@exa_mple.com', '王@example.com', '"quoted"@example.com', `a@${'x'.repeat(64)}.com`]) {
      expect(isValidEmail(email), email).to.be.false;
    }
  });
  it('reports it in the record', () => {
    expect(errorsOf(withField(validComplaint(), 'customer.email', 'wang@'), 'zh-Hant')).to.deep.equal([
      { path: 'customer.email', code: 'email', message: '電子郵件格式不正確，例如 name@example.com。' },
    ]);
  });
});

describe('complaintDraftSchema', () => {
  it('accepts an empty draft and any part of a record', () => {
    expect(complaintDraftSchema.safeParse({}).success).to.be.true;
    expect(complaintDraftSchema.safeParse({ customer: { phone: '138 0013 8000' } }).success).to.be.true;
    expect(complaintDraftSchema.safeParse({ description: '坏了', readBack: { text: '…' } }).success).to.be.true;
    expect(complaintDraftSchema.safeParse({ desiredOutcome: { kind: 'other' } }).success).to.be.true;
  });
  it('still checks the values that are present', () => {
    expect(complaintDraftSchema.safeParse({ customer: { phone: '12' } }).success).to.be.false;
    expect(complaintDraftSchema.safeParse({ channel: 'fax' }).success).to.be.false;
    expect(complaintDraftSchema.safeParse({ extra: { __proto__: 'x' } }).success).to.be.true; // a literal __proto__ sets the prototype, not a key
    expect(complaintDraftSchema.safeParse(JSON.parse('{"extra":{"__proto__":"x"}}')).success).to.be.false;
    expect(complaintDraftSchema.safeParse({ unknown: 1 }).success).to.be.false;
  });
});

describe('parseComplaintFields', () => {
  it('checks a record before its read-back exists', () => {
    const { readBack: _readBack, ...fields } = validComplaint();
    expect(parseComplaintFields(fields).ok).to.be.true;
    expect(parseComplaint(fields).ok).to.be.false;
  });
});

describe('parseComplaint on hostile input', () => {
  it('treats HTML as plain text and keeps it verbatim', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = parseComplaint({ ...validComplaint(), description: html, customer: { ...validComplaint().customer, name: '<b>王</b>' } });
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.value.description).to.equal(html);
      expect(result.value.customer.name).to.equal('<b>王</b>');
    }
  });

  it('refuses 100 kB strings in every text field without trouble', () => {
    const huge = '投'.repeat(100_000);
    const input = { ...validComplaint(), description: huge, customer: { name: huge, honorific: huge, phone: huge, email: huge, address: huge } };
    expect(errorsOf(input).map((e) => [e.path, e.code])).to.deep.equal([
      ['customer.name', 'too-long'],
      ['customer.honorific', 'too-long'],
      ['customer.phone', 'too-long'],
      ['customer.email', 'too-long'],
      ['customer.address', 'too-long'],
      ['description', 'too-long'],
    ]);
    const spaces = ' '.repeat(100_000);
    expect(errorsOf({ ...validComplaint(), description: spaces }).map((e) => e.code)).to.deep.equal(['required']);
  });

  it('reports prototype-pollution keys and never pollutes', () => {
    const input = JSON.parse(
      JSON.stringify(validComplaint()).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},'),
    );
    input.extra = JSON.parse('{"__proto__":"x","constructor":"y","prototype":"z","ok":"fine"}');
    const errors = errorsOf(input);
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['extra.__proto__', 'key'],
      ['extra.constructor', 'key'],
      ['extra.prototype', 'key'],
      ['', 'unknown-field'],
    ]);
    expect(errors[3]!.message).to.equal('Unknown field: __proto__, constructor. Put anything else under extra.');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('survives cycles, throwing getters, revoked proxies and deep nesting', () => {
    const cyclic: any = validComplaint();
    cyclic.extra = { self: cyclic };
    expect(errorsOf(cyclic).map((e) => [e.path, e.code])).to.deep.equal([['extra.self', 'cycle']]);

    const getter = validComplaint() as any;
    Object.defineProperty(getter, 'description', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorsOf(getter, 'zh-Hans')).to.deep.equal([{ path: 'description', code: 'unreadable', message: '投诉内容无法读取。' }]);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(proxy).map((e) => e.code)).to.deep.equal(['unreadable']);
    expect(errorsOf({ ...validComplaint(), customer: proxy }).map((e) => [e.path, e.code])).to.deep.equal([['customer', 'unreadable']]);

    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(errorsOf({ ...validComplaint(), references: trap }).map((e) => [e.path, e.code])).to.deep.equal([['references', 'unreadable']]);

    let deep: any = 'bottom';
    for (let i = 0; i < 50; i++) deep = { deeper: deep };
    expect(errorsOf({ ...validComplaint(), extra: deep }).map((e) => e.code)).to.include('too-deep');

    const throwingOptions = { get lang(): 'en' { throw new Error('nope'); } };
    expect(parseComplaint(validComplaint(), throwingOptions).ok).to.be.true;
  });

  it('caps the work on huge arrays and objects', () => {
    const corrections = Array.from({ length: 100_000 }, () => 'x');
    expect(errorsOf(withField(validComplaint(), 'readBack.corrections', corrections)).map((e) => e.code)).to.deep.equal(['too-many']);
    const wide: Record<string, string> = {};
    for (let i = 0; i < 5_000; i++) wide[`k${i}`] = 'v';
    expect(errorsOf({ ...validComplaint(), extra: wide }).map((e) => [e.path, e.code])).to.deep.equal([['extra', 'too-many']]);
  });

  it('refuses a Date, a function or a number where text belongs', () => {
    const errors = errorsOf({ ...validComplaint(), replyBy: new Date(), description: () => 'x', priority: 3 });
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([
      ['description', 'type'],
      ['priority', 'choice'],
      ['replyBy', 'type'],
    ]);
  });
});
