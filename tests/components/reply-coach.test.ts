import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/reply-coach/reply-coach.js';
import type { RpReplyCoach } from '../../src/components/reply-coach/reply-coach.js';
import type { ReplyLintEvent, ReplySendEvent } from '../../src/events/reply-events.js';
import { announcements } from '../../src/internal/announcer.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function mount(value: string, { lang = 'en', gate = false, highlight = false } = {}) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <label for="reply">Reply</label>
      <textarea id="reply" .value=${value}></textarea>
      <button type="submit">Send</button>
    </form>
    <rp-reply-coach for="reply" delay="0" ?gate=${gate} ?highlight=${highlight}></rp-reply-coach>
  </div>`);
  const coach = root.querySelector('rp-reply-coach')!;
  const field = root.querySelector('textarea')!;
  await wait(0);
  await coach.updateComplete;
  return { root, coach, field, form: root.querySelector('form')! };
}

const q = (coach: RpReplyCoach, selector: string) => coach.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (coach: RpReplyCoach, selector: string) => Array.from(coach.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<rp-reply-coach>', () => {
  it('attaches by for= and lists findings with reason and rewrites', async () => {
    const { coach } = await mount('Sorry for the wait. You have to send us a photo.');
    expect(coach.findings.map((f) => f.category)).to.deep.equal(['wait-apology', 'command']);
    expect(text(q(coach, '[part="status"]'))).to.equal('2 phrases to reconsider');
    const first = qa(coach, '[part="finding"]')[0]!;
    expect(text(first.querySelector('[part="category"]'))).to.equal('Wait apology');
    expect(text(first.querySelector('[part="span"]'))).to.equal('Sorry for the wait');
    expect(text(first.querySelector('[part="reason"]'))).to.contain('Thank them for their patience');
    expect(text(first.querySelector('.rewrite'))).to.equal('Thank you for your patience');
    expect(coach.matches(':state(findings)')).to.be.true;
    await expect(coach).to.be.accessible();
  });

  it('checks as the agent types and fires rp-reply-lint', async () => {
    const { coach, field } = await mount('');
    expect(text(q(coach, '[part="status"]'))).to.equal('Start typing a reply to get wording tips.');
    field.focus();
    const events: ReplyLintEvent[] = [];
    coach.addEventListener('rp-reply-lint', (e) => events.push(e));
    await sendKeys({ type: 'Please calm down.' });
    await wait(20);
    expect(field.value).to.equal('Please calm down.');
    const event = events[events.length - 1]!;
    expect(event.detail.source).to.equal('input');
    expect(event.detail.draft).to.equal('Please calm down.');
    expect(event.detail.findings.map((f) => f.text)).to.deep.equal(['Please calm down']);
    await coach.updateComplete;
    expect(text(q(coach, '[part="status"]'))).to.equal('1 phrase to reconsider');
  });

  it('shows a clean state for a good draft', async () => {
    const { coach } = await mount("I can't wait to help you!");
    expect(coach.findings).to.deep.equal([]);
    expect(text(q(coach, '[part="status"]'))).to.equal('No wording problems found.');
    expect(coach.matches(':state(clean)')).to.be.true;
  });

  it('applies a rewrite in the host field with an input event, and undoes it', async () => {
    const { coach, field, root } = await mount('你必须先填表');
    const inputs: InputEvent[] = [];
    root.addEventListener('input', (e) => inputs.push(e as InputEvent));
    const button = q(coach, '[part="apply"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Apply: replace “你必须先填表” with “请您先填写这张表，您看可以吗？”');
    button.click();
    expect(field.value).to.equal('请您先填写这张表，您看可以吗？');
    expect(inputs.length).to.be.greaterThan(0);
    expect(inputs[0]!.bubbles).to.be.true;
    expect(coach.findings).to.deep.equal([]);
    await coach.updateComplete;
    q(coach, '[part="undo"]')!.click();
    expect(field.value).to.equal('你必须先填表');
    expect(coach.findings).to.have.length(1);
  });

  it('keeps native undo working after Apply (Ctrl+Z in the field)', async () => {
    const { coach, field } = await mount('Sorry for the wait.');
    coach.apply(coach.findings[0]!, coach.findings[0]!.suggestions[0]!);
    expect(field.value).to.equal('Thank you for your patience.');
    field.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    expect(field.value).to.equal('Sorry for the wait.');
  });

  it('applies with the keyboard', async () => {
    const { coach, field } = await mount('Wait here.');
    q(coach, '[part="apply"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(field.value).to.equal('Would you mind holding for a moment.');
  });

  it('refuses a stale finding instead of corrupting the draft', async () => {
    const { coach, field } = await mount('Calm down.');
    const stale = coach.findings[0]!;
    field.value = 'Thanks. Calm down.';
    expect(coach.apply(stale, stale.suggestions[0]!)).to.be.false;
    expect(field.value).to.equal('Thanks. Calm down.');
  });

  it('works with a slotted contenteditable', async () => {
    const coach = await fixture<RpReplyCoach>(html`<rp-reply-coach delay="0"><div contenteditable="true" role="textbox" aria-label="Reply">很抱歉讓您久等了，包裹已寄出。</div></rp-reply-coach>`);
    await wait(0);
    expect(coach.findings.map((f) => f.category)).to.deep.equal(['wait-apology']);
    const editable = coach.querySelector('div')!;
    coach.apply(coach.findings[0]!, coach.findings[0]!.suggestions[0]!);
    expect(editable.textContent).to.equal('感謝您的耐心等候，包裹已寄出。');
  });

  it('renders XSS payloads in the draft as plain text', async () => {
    const payload = '<img src=x onerror="window.__xss=1">You must <script>window.__xss=1</script> pay.';
    const { coach } = await mount(payload, { highlight: true });
    await coach.updateComplete;
    expect(coach.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(q(coach, '[part="preview"]'))).to.contain('<img src=x');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('speaks UI in the page language and reasons in the draft language', async () => {
    const { coach } = await mount('这是公司规定。', { lang: 'zh-Hans' });
    expect(text(q(coach, '[part="status"]'))).to.equal('有 1 处措辞建议修改');
    expect(text(q(coach, '[part="category"]'))).to.equal('搬规定');
    expect(text(q(coach, '[part="reason"]'))).to.contain('替代方案');
    const hant = await mount('這是公司規定。', { lang: 'zh-Hant' });
    expect(text(q(hant.coach, '[part="category"]'))).to.equal('搬規定');
    expect(text(q(hant.coach, '[part="apply"]'))).to.equal('替換');
  });

  it('announces the count politely after a pause', async () => {
    await mount('Calm down. You must pay.');
    await wait(1100);
    expect(announcements()).to.include('Reply check: 2 phrases to reconsider.');
  });

  it('shows a hint when no field is found', async () => {
    const coach = await fixture<RpReplyCoach>(html`<rp-reply-coach for="nowhere"></rp-reply-coach>`);
    await wait(0);
    await coach.updateComplete;
    expect(text(q(coach, '[part="hint"]'))).to.contain('No reply box found');
    await expect(coach).to.be.accessible();
  });
});

describe('<rp-reply-coach gate>', () => {
  it('lets a clean draft through with rp-reply-send', async () => {
    const { coach, form } = await mount('Thank you for your patience.', { gate: true });
    const sent: ReplySendEvent[] = [];
    coach.addEventListener('rp-reply-send', (e) => sent.push(e));
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    form.requestSubmit();
    await wait(0);
    expect(sent).to.have.length(1);
    expect(sent[0]!.detail).to.include({ draft: 'Thank you for your patience.', confirmed: false, source: 'submit' });
    expect(submitted).to.equal(1);
  });

  it('asks to confirm when findings remain; Keep editing stops the send', async () => {
    const { coach, form, field } = await mount('Calm down.', { gate: true });
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    form.requestSubmit();
    await coach.updateComplete;
    await coach.updateComplete;
    const confirm = q(coach, '[part="confirm"]')!;
    expect(text(confirm)).to.contain('Send with wording problems?');
    expect(coach.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep editing');
    await expect(coach).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await wait(0);
    expect(submitted).to.equal(0);
    expect(q(coach, '[part="confirm"]')).to.equal(null);
    expect(document.activeElement).to.equal(field);
  });

  it('sends anyway after confirmation, and the host can still veto', async () => {
    const { coach, form } = await mount('Calm down.', { gate: true });
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    form.requestSubmit();
    await coach.updateComplete;
    const send = oneEvent(coach, 'rp-reply-send') as Promise<ReplySendEvent>;
    (q(coach, '[part="confirm"] .send') as HTMLButtonElement).click();
    const event = await send;
    expect(event.cancelable).to.be.true;
    expect(event.detail.confirmed).to.be.true;
    expect(event.detail.findings).to.have.length(1);
    await wait(0);
    expect(submitted).to.equal(1);

    coach.addEventListener('rp-reply-send', (e) => e.preventDefault());
    const result = coach.check();
    await coach.updateComplete;
    (q(coach, '[part="confirm"] .send') as HTMLButtonElement).click();
    expect(await result).to.be.false;
  });

  it('check() resolves false on Escape', async () => {
    const { coach } = await mount('You must pay.', { gate: true });
    const result = coach.check();
    await coach.updateComplete;
    await wait(0);
    await sendKeys({ press: 'Escape' });
    expect(await result).to.be.false;
  });
});

describe('<rp-reply-coach> in dark and narrow', () => {
  it('passes axe in dark colours at 320 px', async () => {
    document.body.style.background = '#0d1117';
    const root = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background:#0d1117; color:#e6edf3; width: 320px">
      <label for="d">Reply</label><textarea id="d" .value=${"It's company policy. I promise it will arrive."}></textarea>
      <rp-reply-coach for="d" highlight></rp-reply-coach>
    </div>`);
    const coach = root.querySelector('rp-reply-coach')!;
    await wait(0);
    await coach.updateComplete;
    expect(coach.findings.length).to.equal(2);
    expect(coach.getBoundingClientRect().width).to.be.at.most(320);
    await expect(coach).to.be.accessible();
    document.body.style.background = '';
  });
});
