import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider/provider.js';
import '../../src/components/complaint-form/complaint-form.js';
import type { RpComplaintForm } from '../../src/components/complaint-form/complaint-form.js';
import type { RpProvider } from '../../src/components/provider/provider.js';
import { createManualClock, type ManualClock } from '../../src/internal/clock.js';
import { announcements } from '../../src/internal/announcer.js';
import type { ComplaintReadBackEvent, ComplaintSubmitEvent } from '../../src/events/complaint-events.js';
import type { FormField } from '../../src/core/complaint/index.js';

const NOW = Date.parse('2026-11-23T10:00:00+08:00'); // Monday 10:00 in Shanghai
const ZONE = 'Asia/Shanghai';
let keyCounter = 0;
const freshKey = () => `test-complaint-${Date.now()}-${keyCounter++}`;

interface Mounted {
  el: RpComplaintForm;
  provider: RpProvider;
  clock: ManualClock;
}

async function mount(template: ReturnType<typeof html>, lang = 'en'): Promise<Mounted> {
  const clock = createManualClock(NOW);
  const provider = await fixture<RpProvider>(html`<rp-provider lang=${lang} .clock=${clock}>${template}</rp-provider>`);
  const el = provider.querySelector('rp-complaint-form')!;
  await el.updateComplete;
  return { el, provider, clock };
}

const root = (el: RpComplaintForm) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: RpComplaintForm, selector: string) => root(el).querySelector<T & Element>(selector) as T | null;
const control = (el: RpComplaintForm, field: FormField) => q<HTMLInputElement>(el, `#f-${field}`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: RpComplaintForm) => root(el).activeElement as HTMLElement | null;

async function setField(el: RpComplaintForm, field: FormField, value: string) {
  const c = control(el, field);
  if (!c) throw new Error(`no control for ${field}`);
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fillValid(el: RpComplaintForm) {
  await setField(el, 'name', '王伟');
  await setField(el, 'honorific', '先生');
  await setField(el, 'phone', '138 0013 8000');
  await setField(el, 'channel', 'phone');
  await setField(el, 'category', 'product');
  await setField(el, 'description', '我11月20日收到的电饭煲无法加热。');
  await setField(el, 'outcome', 'replacement');
  await setField(el, 'priority', 'normal');
  await setField(el, 'replyBy', '2026-11-24T18:00');
}

async function click(el: RpComplaintForm, selector: string) {
  const button = q<HTMLButtonElement>(el, selector);
  if (!button) throw new Error(`nothing matches ${selector}`);
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

const toReview = (el: RpComplaintForm) => click(el, 'form[part="form"] button[type="submit"]');
const confirm = (el: RpComplaintForm) => click(el, '[data-action="confirmed"]');
const save = (el: RpComplaintForm) => click(el, '.review [part~="primary"]');

function record<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

async function darkToo(m: Mounted) {
  await expect(m.el).to.be.accessible();
  m.provider.theme = 'dark';
  document.body.style.background = '#0d1117';
  try {
    await m.provider.updateComplete;
    expect(getComputedStyle(m.el).colorScheme).to.equal('dark');
    await expect(m.el).to.be.accessible();
  } finally {
    document.body.style.background = '';
    m.provider.theme = undefined;
  }
}

afterEach(() => {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('test-complaint-')) localStorage.removeItem(key);
  }
});

describe('<rp-complaint-form>: the fields', () => {
  it('labels every field, marks the required ones and gives hints', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE}></rp-complaint-form>`);
    const name = control(el, 'name')!;
    expect(text(q(el, 'label[for="f-name"]'))).to.equal('Name*(required)');
    expect(name.required).to.be.true;
    expect(name.getAttribute('aria-describedby')).to.equal('f-name-hint');
    expect(text(q(el, '#f-name-hint'))).to.equal('As the customer gives it.');
    expect(control(el, 'honorific')!.required).to.be.false;
    expect(text(q(el, '#f-phone-hint'))).to.equal('At least a phone number or an e-mail address.');
    expect(control(el, 'description')!.localName).to.equal('textarea');
    expect(control(el, 'channel')!.localName).to.equal('select');
    expect(Array.from(root(el).querySelectorAll('legend'), text)).to.deep.equal(['Customer', 'Complaint', 'What happens next']);
    expect(text(q(el, '[part="steps"] [aria-current="step"]'))).to.equal('1Details');
    expect(el.step).to.equal('fill');
    expect(el.matches(':state(fill)')).to.be.true;
  });

  it('shows fields only when they are relevant', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    expect(control(el, 'outcomeDetail')).to.equal(null);
    expect(control(el, 'address')).to.equal(null);
    expect(control(el, 'ticket')).to.equal(null);
    await setField(el, 'outcome', 'refund');
    expect(control(el, 'outcomeDetail')).to.not.equal(null);
    expect(control(el, 'outcomeDetail')!.required).to.be.false;
    expect(control(el, 'address')).to.equal(null);
    await setField(el, 'outcome', 'replacement');
    expect(control(el, 'address')).to.not.equal(null);
    await setField(el, 'outcome', 'other');
    expect(control(el, 'outcomeDetail')!.required).to.be.true;
    expect(text(q(el, '#f-outcomeDetail-hint'))).to.equal('Say what the customer would like us to do.');
  });

  it('fires input from the fields and re-fires change from the host', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    const inputs = record<Event>(el, 'input');
    const changes = record<Event>(el, 'change');
    control(el, 'name')!.focus();
    await sendKeys({ type: 'Li' });
    await sendKeys({ press: 'Tab' });
    expect(inputs.length).to.equal(2);
    expect(inputs[0]!.target).to.equal(el);
    expect(changes.length).to.equal(1);
    expect(changes[0]!.target).to.equal(el);
    expect(el.values.name).to.equal('Li');
  });
});

describe('<rp-complaint-form>: errors', () => {
  it('shows an error summary that takes focus and links to each field', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    await setField(el, 'priority', '');
    await toReview(el);
    const summary = q(el, '[part="error-summary"]')!;
    expect(active(el)).to.equal(summary);
    expect(text(summary.querySelector('.summary-title'))).to.equal('There are 7 problems to fix');
    expect(Array.from(summary.querySelectorAll('a'), (a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#f-name', 'Name is required.'],
      ['#f-phone', 'Give a phone number or an e-mail address, so we can reach the customer.'],
      ['#f-channel', 'Channel is required.'],
      ['#f-category', 'Category is required.'],
      ['#f-description', 'What happened is required.'],
      ['#f-outcome', 'What the customer wants is required.'],
      ['#f-priority', 'Priority is required.'],
    ]);
    summary.querySelectorAll('a')[4]!.click();
    expect(active(el)).to.equal(control(el, 'description'));
    expect(el.step).to.equal('fill');
  });

  it('ties inline errors to their fields and clears them as they are fixed', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    await toReview(el);
    const name = control(el, 'name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('f-name-hint f-name-error');
    expect(text(q(el, '#f-name-error'))).to.equal('Error:Name is required.');
    await setField(el, 'name', 'Jane Lee');
    expect(control(el, 'name')!.hasAttribute('aria-invalid')).to.be.false;
    expect(q(el, '#f-name-error')).to.equal(null);
    expect(text(q(el, '.summary-title'))).to.equal('There are 5 problems to fix');
  });

  it('checks a committed phone or e-mail before any submit, but not empty fields', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`, 'zh-Hans');
    await setField(el, 'name', '');
    expect(q(el, '#f-name-error')).to.equal(null);
    await setField(el, 'phone', '12345');
    expect(text(q(el, '#f-phone-error'))).to.equal('错误：电话不是有效的号码，例如 138 0013 8000、010-8888 6666 或 +44 20 7946 0958。');
    await setField(el, 'email', 'wang@');
    expect(text(q(el, '#f-email-error'))).to.equal('错误：电子邮箱格式不正确，例如 name@example.com。');
    expect(q(el, '[part="error-summary"]')).to.equal(null);
  });

  it('is accessible with errors, light and dark', async () => {
    const m = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    await toReview(m.el);
    await darkToo(m);
  });
});

describe('<rp-complaint-form>: read-back', () => {
  it('reads the facts back, and fires rp-complaint-readback', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE}></rp-complaint-form>`);
    const events = record<ComplaintReadBackEvent>(el, 'rp-complaint-readback');
    await fillValid(el);
    await toReview(el);
    expect(el.step).to.equal('review');
    const script = q(el, '[part="script"]')!;
    expect(text(script)).to.equal('王先生，跟您确认一下：您11月20日收到的电饭煲无法加热，您希望换一个新的，我们会在明天 18:00 前致电 138 0013 8000 给您答复，对吗？');
    expect(script.getAttribute('lang')).to.equal('zh-Hans');
    expect(active(el)).to.equal(script);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.include({ outcome: 'shown', round: 1, corrections: [] });
    expect(events[0]!.detail.complaint.customer.name).to.equal('王伟');
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    expect(q(el, '[part~="primary"]')!.textContent!.trim()).to.equal('Customer confirmed');
  });

  it('cannot be saved without a confirmed read-back', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    const submits = record<Event>(el, 'rp-complaint-submit');
    await fillValid(el);
    expect(q(el, '.review')).to.equal(null);
    expect(el.complaint).to.equal(null);
    await toReview(el);
    expect(root(el).querySelectorAll('.review [part~="primary"]')[0]!.textContent!.trim()).to.equal('Customer confirmed');
    expect(el.complaint).to.equal(null);
    expect(el.value).to.equal('');
    expect(submits).to.have.length(0);
  });

  it('confirming moves to the save step with the confirmed record', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE}></rp-complaint-form>`);
    await fillValid(el);
    await toReview(el);
    await confirm(el);
    expect(el.step).to.equal('submit');
    expect(el.matches(':state(submit)')).to.be.true;
    expect(active(el)).to.equal(q(el, '.review [part~="primary"]'));
    expect(text(q(el, '.review [part~="primary"]'))).to.equal('Save complaint');
    const complaint = el.complaint!;
    expect(complaint.readBack.confirmedAt).to.equal('2026-11-23T02:00:00.000Z');
    expect(complaint.readBack.corrections).to.deep.equal([]);
    expect(complaint.replyBy).to.equal('2026-11-24T10:00:00.000Z');
    expect(complaint.readBack.text).to.contain('王先生');
    expect(JSON.parse(el.value)).to.deep.equal(complaint);
  });

  it('"customer corrected something" returns to the fields with the corrected one marked', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE}></rp-complaint-form>`);
    const events = record<ComplaintReadBackEvent>(el, 'rp-complaint-readback');
    await fillValid(el);
    await toReview(el);
    await click(el, '[data-action="corrected"]');
    expect(text(q(el, '.corrections legend'))).to.equal('What did the customer correct?');
    const boxes = Array.from(root(el).querySelectorAll<HTMLInputElement>('.corrections input'));
    expect(boxes.map((b) => b.value)).to.deep.equal(['name', 'honorific', 'phone', 'description', 'outcome', 'replyBy']);
    expect(active(el)).to.equal(boxes[0]);
    boxes[2]!.click();
    await click(el, '.corrections [part~="primary"]');
    expect(el.step).to.equal('fill');
    const phone = control(el, 'phone')!;
    expect(active(el)).to.equal(phone);
    expect(text(q(el, 'label[for="f-phone"]'))).to.equal('PhoneCorrected');
    expect(phone.getAttribute('aria-describedby')).to.equal('f-phone-hint f-phone-note');
    expect(text(q(el, '#f-phone-note'))).to.equal('The customer corrected this during the read-back.');
    expect(events.map((e) => [e.detail.outcome, e.detail.corrections])).to.deep.equal([
      ['shown', []],
      ['corrected', ['customer.phone']],
    ]);
    await setField(el, 'phone', '139 0013 8000');
    await toReview(el);
    expect(text(q(el, '[part="script"]'))).to.contain('致电 139 0013 8000');
    await confirm(el);
    expect(el.complaint!.readBack.corrections).to.deep.equal(['customer.phone']);
    expect(events.at(-1)!.detail).to.include({ outcome: 'confirmed', round: 2 });
  });

  it('editing after confirmation needs a new read-back', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`);
    await fillValid(el);
    await toReview(el);
    await confirm(el);
    await click(el, '.review [part="button"]');
    expect(el.step).to.equal('fill');
    expect(el.complaint).to.equal(null);
  });

  it('is accessible at every step, light and dark', async () => {
    const m = await mount(html`<rp-complaint-form time-zone=${ZONE}></rp-complaint-form>`);
    await fillValid(m.el);
    await toReview(m.el);
    await darkToo(m);
    await click(m.el, '[data-action="corrected"]');
    await darkToo(m);
    await click(m.el, '.corrections [part="button"]');
    await confirm(m.el);
    await darkToo(m);
  });
});

describe('<rp-complaint-form>: keyboard only', () => {
  it('can be completed, read back, confirmed and saved without a mouse', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE} channel="chat"
      .conversation=${[{ author: 'customer', text: 'My kettle leaks and the handle is cracked.' }]}></rp-complaint-form>`);
    const submits = record<ComplaintSubmitEvent>(el, 'rp-complaint-submit');
    control(el, 'name')!.focus();
    await sendKeys({ type: 'Jane Lee' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ms' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'jane@example.com' });
    // Enter submits from a text field: the outcome is still missing.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = q(el, '[part="error-summary"]')!;
    expect(active(el)).to.equal(summary);
    expect(Array.from(summary.querySelectorAll('a'), text)).to.deep.equal(['What the customer wants is required.']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal(control(el, 'outcome'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.values.outcome).to.equal('refund');
    for (let i = 0; i < 20 && active(el)?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Read back to the customer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('review');
    expect(active(el)).to.equal(q(el, '[part="script"]'));
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Customer confirmed');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.textContent!.trim()).to.equal('Save complaint');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.complaint).to.deep.include({ category: 'product', channel: 'chat', description: 'My kettle leaks and the handle is cracked.' });
    expect(submits[0]!.detail.complaint.customer).to.deep.equal({ name: 'Jane Lee', honorific: 'Ms', email: 'jane@example.com' });
    expect(el.step).to.equal('saved');
  });
});

describe('<rp-complaint-form>: saving', () => {
  async function ready(key = freshKey()) {
    const m = await mount(html`<rp-complaint-form draft-key=${key} time-zone=${ZONE}></rp-complaint-form>`);
    await fillValid(m.el);
    await toReview(m.el);
    await confirm(m.el);
    return { ...m, key };
  }

  it('shows the host’s error when its save rejects, keeps everything, and succeeds on retry', async () => {
    const { el, key } = await ready();
    let attempt = 0;
    let rejectFirst!: (reason: unknown) => void;
    let resolveSecond!: () => void;
    const attempts: number[] = [];
    el.addEventListener('rp-complaint-submit', (event) => {
      attempts.push(event.detail.attempt);
      attempt++;
      event.detail.waitUntil(attempt === 1 ? new Promise((_, reject) => (rejectFirst = reject)) : new Promise<void>((resolve) => (resolveSecond = resolve)));
    });
    await save(el);
    expect(el.matches(':state(saving)')).to.be.true;
    expect(text(q(el, '.saving'))).to.equal('Saving…');
    expect(q(el, '.review [part~="primary"]')!.getAttribute('aria-disabled')).to.equal('true');
    rejectFirst(new Error('Server unavailable (503)'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.matches(':state(failed)')).to.be.true;
    const status = q(el, '.failed')!;
    expect(text(status)).to.equal('The complaint was not saved: Server unavailable (503) Nothing was lost. Try again when ready.');
    expect(status.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(status);
    expect(el.step).to.equal('submit');
    expect(el.complaint).to.not.equal(null);
    expect(JSON.parse(localStorage.getItem(key)!).values.name).to.equal('王伟');
    expect(text(q(el, '.review [part~="primary"]'))).to.equal('Try again');
    await save(el);
    resolveSecond();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(attempts).to.deep.equal([1, 2]);
    expect(el.step).to.equal('saved');
    expect(text(q(el, '.saved'))).to.equal('Complaint saved.');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(announcements()).to.include('Complaint saved.');
  });

  it('blocks double submits while saving', async () => {
    const { el } = await ready();
    const events = record<ComplaintSubmitEvent>(el, 'rp-complaint-submit');
    let resolve!: () => void;
    el.addEventListener('rp-complaint-submit', (e) => e.detail.waitUntil(new Promise<void>((r) => (resolve = r))));
    await save(el);
    await save(el);
    q<HTMLButtonElement>(el, '.review [part~="primary"]')!.click();
    expect(events).to.have.length(1);
    resolve();
    await new Promise((r) => setTimeout(r));
    expect(el.step).to.equal('saved');
  });

  it('keeps the draft when the host cancels the submit', async () => {
    const { el, key } = await ready();
    el.addEventListener('rp-complaint-submit', (e) => e.preventDefault());
    await save(el);
    expect(el.step).to.equal('submit');
    expect(localStorage.getItem(key)).to.not.equal(null);
  });

  it('counts a save without waitUntil as done', async () => {
    const { el, key } = await ready();
    const events = record<ComplaintSubmitEvent>(el, 'rp-complaint-submit');
    await save(el);
    expect(events[0]!.cancelable).to.be.true;
    expect(events[0]!.composed).to.be.true;
    expect(el.step).to.equal('saved');
    expect(localStorage.getItem(key)).to.equal(null);
    await click(el, '.review [part="button"]');
    expect(el.step).to.equal('fill');
    expect(el.values.name).to.equal('');
  });

  it('is accessible while saving and after a failure', async () => {
    const m = await ready();
    let reject!: (reason: unknown) => void;
    m.el.addEventListener('rp-complaint-submit', (e) => e.detail.waitUntil(new Promise((_, r) => (reject = r))));
    await save(m.el);
    await darkToo(m);
    reject('Network down');
    await new Promise((r) => setTimeout(r));
    await m.el.updateComplete;
    expect(text(q(m.el, '.failed p'))).to.equal('The complaint was not saved: Network down');
    await darkToo(m);
  });
});

describe('<rp-complaint-form>: drafts', () => {
  it('autosaves every change and restores it on reload with a notice', async () => {
    const key = freshKey();
    const first = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
    await setField(first.el, 'name', 'Jane Lee');
    await setField(first.el, 'description', 'The kettle leaks');
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.values).to.include({ name: 'Jane Lee', description: 'The kettle leaks' });
    first.el.remove();
    // A new element with the same key is what a reload gives.
    const second = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
    expect(second.el.values).to.include({ name: 'Jane Lee', description: 'The kettle leaks' });
    expect(control(second.el, 'name')!.value).to.equal('Jane Lee');
    const notice = q(second.el, '.notice')!;
    expect(text(notice)).to.match(/^A draft from Nov 23, 2026, .+ was restored\. Discard draft$/);
    expect(notice.getAttribute('role')).to.equal('status');
  });

  it('keeps typing across re-attach of the same element', async () => {
    const key = freshKey();
    const { el, provider } = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
    await setField(el, 'name', 'Jane Lee');
    el.remove();
    provider.append(el);
    await el.updateComplete;
    expect(control(el, 'name')!.value).to.equal('Jane Lee');
    await setField(el, 'email', 'jane@example.com');
    expect(JSON.parse(localStorage.getItem(key)!).values).to.include({ name: 'Jane Lee', email: 'jane@example.com' });
  });

  it('discards a restored draft on request', async () => {
    const key = freshKey();
    localStorage.setItem(key, JSON.stringify({ v: 1, values: { name: 'Old' }, marked: [], corrections: [], savedAt: NOW - 60_000 }));
    const { el } = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
    expect(el.values.name).to.equal('Old');
    await click(el, '.notice button');
    expect(el.values.name).to.equal('');
    expect(q(el, '.notice')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(active(el)).to.equal(control(el, 'name'));
  });

  it('ignores a corrupt draft', async () => {
    const key = freshKey();
    localStorage.setItem(key, '{not json');
    const { el } = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
    expect(el.values.name).to.equal('');
    expect(q(el, '.notice')).to.equal(null);
  });

  it('falls back to memory with a warning when storage throws, and still restores', async () => {
    const key = freshKey();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const first = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
      await setField(first.el, 'name', 'Jane Lee');
      expect(first.el.draftLocation).to.equal('memory');
      expect(first.el.matches(':state(memory-draft)')).to.be.true;
      expect(text(q(first.el, '.notice.warning'))).to.equal(
        'This browser can’t store drafts right now (storage is full or blocked). This draft is kept only while the page stays open.',
      );
      await setField(first.el, 'description', 'Still typing');
      expect(first.el.values.description).to.equal('Still typing');
      first.el.remove();
      const second = await mount(html`<rp-complaint-form draft-key=${key}></rp-complaint-form>`);
      expect(second.el.values).to.include({ name: 'Jane Lee', description: 'Still typing' });
      expect(second.el.draftLocation).to.equal('memory');
      await expect(second.el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('<rp-complaint-form>: prefill', () => {
  it('prefills from customer, references, conversation, reading and policy', async () => {
    const { el } = await mount(html`<rp-complaint-form
      time-zone=${ZONE}
      .customer=${{ name: '陈美玲', honorific: '女士', phone: '0912 345 678' }}
      .references=${{ order: 'E1001', ticket: 'T-1042' }}
      .conversation=${[
        { author: 'customer', text: '你好' },
        { author: 'agent', text: '您好，请问有什么可以帮您？' },
        { author: 'customer', text: '快递三天了还没收到，物流也不更新' },
      ]}
      .reading=${{ emotion: 'angry', intensity: 0.9, flags: { complaint: true } }}
    ></rp-complaint-form>`, 'zh-Hans');
    expect(el.values).to.deep.include({
      name: '陈美玲',
      honorific: '女士',
      phone: '0912 345 678',
      order: 'E1001',
      ticket: 'T-1042',
      channel: 'chat',
      description: '快递三天了还没收到，物流也不更新',
      category: 'delivery',
      priority: 'high',
      replyBy: '2026-11-24T10:00',
    });
    expect(control(el, 'ticket')).to.not.equal(null);
    expect(text(q(el, '#f-category-hint'))).to.equal('建议：配送（依据“快递”“没收到”“物流”）。');
    expect(text(q(el, '#f-priority-hint'))).to.equal('根据客户情绪建议：高。');
    expect(text(q(el, '#f-replyBy-hint'))).to.equal('向客户承诺给出答复的时间。已按服务时限政策设定：明天 10:00。');
  });

  it('promises an urgent complaint’s reply within the policy’s resolution target', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE} .reading=${{ flags: { safety: true } }}></rp-complaint-form>`);
    expect(el.values).to.include({ priority: 'urgent', replyBy: '2026-11-23T14:00' });
    await setField(el, 'priority', 'normal');
    expect(el.values.replyBy).to.equal('2026-11-24T10:00');
  });

  it('uses the host’s policy, or the provider’s', async () => {
    const policy = { targets: { normal: { resolution: 30 } } };
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE} .policy=${policy}></rp-complaint-form>`);
    expect(el.values.replyBy).to.equal('2026-11-23T10:30');
    const clock = createManualClock(NOW);
    const provider = await fixture<RpProvider>(html`<rp-provider .clock=${clock} .slaPolicy=${{ targets: { normal: { periodicUpdate: 60 } } }}>
      <rp-complaint-form time-zone=${ZONE}></rp-complaint-form>
    </rp-provider>`);
    const inner = provider.querySelector('rp-complaint-form')!;
    await inner.updateComplete;
    expect(inner.values.replyBy).to.equal('2026-11-23T11:00');
  });

  it('never overwrites what the agent typed', async () => {
    const { el } = await mount(html`<rp-complaint-form .customer=${{ name: 'Jane Lee' }}></rp-complaint-form>`);
    expect(el.values.name).to.equal('Jane Lee');
    el.customer = { name: 'J. Lee', phone: '+44 20 7946 0958' };
    await el.updateComplete;
    expect(el.values.name).to.equal('J. Lee');
    await setField(el, 'name', 'Jane Lee-Smith');
    el.customer = { name: 'Someone else', phone: '+44 20 7946 0000' };
    await el.updateComplete;
    expect(el.values.name).to.equal('Jane Lee-Smith');
    expect(el.values.phone).to.equal('+44 20 7946 0000');
  });
});

describe('<rp-complaint-form>: in a host form', () => {
  it('submits the confirmed complaint as JSON under its name and reports validity', async () => {
    const clock = createManualClock(NOW);
    const form = await fixture<HTMLFormElement>(html`<form><rp-provider .clock=${clock}>
      <rp-complaint-form name="complaint" time-zone=${ZONE}></rp-complaint-form>
    </rp-provider></form>`);
    const el = form.querySelector('rp-complaint-form')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Read the complaint back and get the customer’s confirmation before saving.');
    expect(new FormData(form).get('complaint')).to.equal(null);
    await fillValid(el);
    await toReview(el);
    await confirm(el);
    expect(form.checkValidity()).to.be.true;
    const value = JSON.parse(String(new FormData(form).get('complaint')));
    expect(value.customer.name).to.equal('王伟');
    expect(value.readBack.confirmedAt).to.equal('2026-11-23T02:00:00.000Z');
    form.reset();
    await el.updateComplete;
    expect(el.step).to.equal('fill');
    expect(el.values.name).to.equal('');
  });
});

describe('<rp-complaint-form>: languages', () => {
  it('speaks Traditional Chinese', async () => {
    const { el } = await mount(html`<rp-complaint-form></rp-complaint-form>`, 'zh-Hant');
    expect(text(q(el, 'label[for="f-name"]'))).to.equal('姓名*(必填)');
    expect(text(q(el, 'form [part~="primary"]'))).to.equal('向客戶複述');
    await toReview(el);
    expect(text(q(el, '.summary-title'))).to.equal('有 6 處需要修改');
    expect(text(q(el, '#f-channel-error'))).to.equal('錯誤：請填寫投訴管道。');
  });

  it('follows a language change, errors included', async () => {
    const m = await mount(html`<rp-complaint-form></rp-complaint-form>`, 'en');
    await toReview(m.el);
    expect(text(q(m.el, '#f-name-error'))).to.equal('Error:Name is required.');
    m.provider.setAttribute('lang', 'zh-Hans');
    await m.el.updateComplete;
    await m.el.updateComplete;
    expect(text(q(m.el, '#f-name-error'))).to.equal('错误：请填写姓名。');
    expect(text(q(m.el, '.summary-title'))).to.equal('有 6 处需要修改');
  });

  it('reads back in the customer’s language, whatever the interface speaks', async () => {
    const { el } = await mount(html`<rp-complaint-form time-zone=${ZONE} customer-lang="en-GB"></rp-complaint-form>`, 'zh-Hans');
    await fillValid(el);
    await setField(el, 'honorific', 'Mr');
    await toReview(el);
    expect(text(q(el, '[part="script"]'))).to.match(/^Mr 王, let me read that back/);
    expect(q(el, '[part="script"]')!.getAttribute('lang')).to.equal('en');
  });
});
