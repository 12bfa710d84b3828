import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/reply-coach/reply-coach.js';
import type { RpReplyCoach } from '../../src/components/reply-coach/reply-coach.js';
import type { ReplyLintEvent, ReplySendEvent } from '../../src/events/reply-events.js';
import { announcements } from '../../src/internal/announcer.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function mount(value: string, { lang = 'en', gate = false, highlight = false, preview = false } = {}) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <label for="reply">Reply</label>
      <textarea id="reply" .value=${value}></textarea>
      <button type="submit">Send</button>
    </form>
    <rp-reply-coach for="reply" delay="0" ?gate=${gate} ?highlight=${highlight} ?preview=${preview}></rp-reply-coach>
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
    const { coach } = await mount(payload, { preview: true });
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

const mirrorOf = (field: Element) => {
  const next = field.nextElementSibling;
  return next?.getAttribute('data-rp-highlight') === 'rp-reply' ? (next as HTMLElement) : null;
};
const marksOf = (mirror: HTMLElement | null) => Array.from(mirror?.shadowRoot?.querySelectorAll('mark') ?? []);
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('<rp-reply-coach highlight> over the reply box', () => {
  it('marks each finding on a textarea, with its text and category', async () => {
    const { coach, field } = await mount('Sorry for the wait. You have to send us a photo.', { highlight: true });
    const mirror = mirrorOf(field)!;
    expect(mirror, 'mirror right after the field').to.exist;
    const marks = marksOf(mirror);
    expect(marks.map((m) => m.textContent)).to.deep.equal(coach.findings.map((f) => f.text));
    expect(marks.map((m) => m.dataset.kind)).to.deep.equal(['wait-apology', 'command']);
    expect(mirror.shadowRoot!.textContent).to.equal(`${field.value}\u200b`);
    expect(q(coach, '[part="preview"]')).to.equal(null);
  });

  it('lays the mirror exactly over the field, with the same text layout', async () => {
    // In a Chinese page, ’ may come from a CJK font: the mirror must pick the same one.
    const root = await fixture<HTMLElement>(html`<div lang="zh-Hans" style="padding: 2rem 3rem">
      <label for="long">回复</label>
      <textarea id="long" rows="3" style="width: 14rem; font: 15px/1.6 Georgia, serif; padding: 6px 10px; border: 3px solid gray; letter-spacing: 0.5px"
        .value=${'We’ve got your message and we’ll look at it today. '.repeat(6) + 'Calm down, please. 我们会尽快处理。'}></textarea>
      <rp-reply-coach for="long" delay="0" highlight></rp-reply-coach>
    </div>`);
    const field = root.querySelector('textarea')!;
    await wait(0);
    const mirror = mirrorOf(field)!;
    const a = field.getBoundingClientRect();
    const b = mirror.getBoundingClientRect();
    for (const side of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(a[side] - b[side]), side).to.be.below(0.5);
    const computed = getComputedStyle(mirror);
    expect(computed.fontFamily).to.equal(getComputedStyle(field).fontFamily);
    expect(computed.letterSpacing).to.equal('0.5px');
    expect(computed.paddingLeft).to.equal('10px');
    expect(computed.borderTopWidth).to.equal('3px');
    expect(computed.pointerEvents).to.equal('none');
    // Same wrapping: the text runs to the same height in both.
    expect(Math.abs(mirror.scrollHeight - field.scrollHeight)).to.be.at.most(1);
  });

  it('keeps the page’s default font, which only computes to a name', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="zh-Hans" style="font-family: initial">
      <label for="df">回复</label>
      <textarea id="df" rows="2" style="font: inherit; width: 12rem" .value=${'Calm down. You have to send us a photo of the damage, and the receipt too. '.repeat(4)}></textarea>
      <rp-reply-coach for="df" delay="0" highlight></rp-reply-coach>
    </div>`);
    await wait(0);
    const field = root.querySelector('textarea')!;
    const mirror = mirrorOf(field)!;
    expect(Math.abs(mirror.scrollHeight - field.scrollHeight)).to.be.at.most(1);
    expect(mirror.style.getPropertyValue('font-family')).to.equal('');
  });

  it('follows an ancestor’s scale, and draws nothing over a field with its own transform', async () => {
    const root = await fixture<HTMLElement>(html`<div style="transform: scale(0.75); transform-origin: 0 0">
      <label for="s">Reply</label><textarea id="s" .value=${'Calm down.'}></textarea>
      <label for="r">Other</label><textarea id="r" style="rotate: 3deg" .value=${'You must pay.'}></textarea>
      <rp-reply-coach for="s" delay="0" highlight></rp-reply-coach>
      <rp-reply-coach for="r" delay="0" highlight></rp-reply-coach>
    </div>`);
    await wait(0);
    const [scaled, rotated] = Array.from(root.querySelectorAll('textarea'));
    const a = scaled!.getBoundingClientRect();
    const b = mirrorOf(scaled!)!.getBoundingClientRect();
    for (const side of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(a[side] - b[side]), side).to.be.below(0.5);
    expect(getComputedStyle(mirrorOf(rotated!)!).display).to.equal('none');
  });

  it('follows the field when it scrolls', async () => {
    const { coach, field } = await mount('Thanks for your message.\n'.repeat(12) + 'Calm down, please.', { highlight: true });
    field.rows = 2;
    await coach.updateComplete;
    const mirror = mirrorOf(field)!;
    await nextFrame();
    field.scrollTop = field.scrollHeight;
    await oneEvent(field, 'scroll');
    expect(field.scrollTop).to.be.greaterThan(0);
    expect(mirror.scrollTop).to.equal(field.scrollTop);
    const mark = marksOf(mirror)[0]!.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    expect(mark.top).to.be.within(box.top, box.bottom);
  });

  it('keeps the marks on their words while the agent types, before the next check', async () => {
    const { coach, field } = await mount('Calm down.', { highlight: true });
    coach.delay = 60_000;
    field.focus();
    field.setSelectionRange(0, 0);
    await sendKeys({ type: 'Hi. ' });
    expect(field.value).to.equal('Hi. Calm down.');
    expect(document.activeElement === field, 'focus stays in the field').to.be.true;
    const mirror = mirrorOf(field)!;
    expect(marksOf(mirror).map((m) => m.textContent)).to.deep.equal(['Calm down']);
    expect(mirror.shadowRoot!.textContent).to.equal('Hi. Calm down.\u200b');
  });

  it('renders the draft as text: markup never becomes an element', async () => {
    const payload = '<img src=x onerror="window.__xss=2">You must <b>pay</b> now.';
    const { field } = await mount(payload, { highlight: true });
    const mirror = mirrorOf(field)!;
    expect(mirror.shadowRoot!.querySelectorAll('*:not(mark)')).to.have.length(0);
    expect(mirror.shadowRoot!.textContent).to.contain('<img src=x onerror=');
    expect(marksOf(mirror).map((m) => m.textContent)).to.deep.equal(['You must <b>pay</b> now.']);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('is hidden from assistive technology and lets clicks reach the field', async () => {
    const { root, field } = await mount('Calm down.', { highlight: true });
    const mirror = mirrorOf(field)!;
    expect(mirror.getAttribute('aria-hidden')).to.equal('true');
    expect(mirror.inert).to.be.true;
    const mark = marksOf(mirror)[0]!.getBoundingClientRect();
    expect(document.elementFromPoint(mark.left + 2, mark.top + mark.height / 2) === field, 'a click on a mark lands on the field').to.be.true;
    await expect(root).to.be.accessible();
  });

  it('marks an input too', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <label for="line">Reply</label>
      <input id="line" style="width: 30rem" .value=${"It's company policy."} />
      <rp-reply-coach for="line" delay="0" highlight></rp-reply-coach>
    </div>`);
    const field = root.querySelector('input')!;
    await wait(0);
    const mirror = mirrorOf(field)!;
    expect(marksOf(mirror).map((m) => [m.textContent, m.dataset.kind])).to.deep.equal([["It's company policy", 'policy']]);
    expect(getComputedStyle(mirror).whiteSpace).to.equal('pre');
    const mark = marksOf(mirror)[0]!.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    expect(mark.top).to.be.within(box.top, box.bottom);
    await expect(root).to.be.accessible();
    // Narrowed by the host, then scrolled sideways: the mirror follows both.
    field.style.width = '6rem';
    await nextFrame();
    await nextFrame();
    expect(Math.abs(mirror.getBoundingClientRect().width - field.getBoundingClientRect().width)).to.be.below(0.5);
    field.scrollLeft = 80;
    await oneEvent(field, 'scroll');
    expect(field.scrollLeft).to.be.greaterThan(0);
    expect(mirror.scrollLeft).to.equal(field.scrollLeft);
  });

  it('draws nothing when highlight is off, and removes the marks when it is switched off', async () => {
    const { coach, field } = await mount('Calm down.');
    expect(mirrorOf(field)).to.equal(null);
    coach.highlight = true;
    await coach.updateComplete;
    expect(mirrorOf(field)).to.exist;
    coach.highlight = false;
    await coach.updateComplete;
    expect(mirrorOf(field)).to.equal(null);
    expect(document.querySelector('[data-rp-highlight]')).to.equal(null);
  });

  it('cleans up when the coach is removed', async () => {
    const { coach, field } = await mount('Calm down.', { highlight: true });
    expect(mirrorOf(field)).to.exist;
    coach.remove();
    expect(document.querySelector('[data-rp-highlight]')).to.equal(null);
    field.value = 'You must pay.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(document.querySelector('[data-rp-highlight]')).to.equal(null);
  });

  it('moves to the new field when for= changes', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <label for="a">First</label><textarea id="a" .value=${'Calm down.'}></textarea>
      <label for="b">Second</label><textarea id="b" .value=${'You must pay.'}></textarea>
      <rp-reply-coach for="a" delay="0" highlight></rp-reply-coach>
    </div>`);
    const [a, b] = Array.from(root.querySelectorAll('textarea'));
    const coach = root.querySelector('rp-reply-coach')!;
    await wait(0);
    expect(marksOf(mirrorOf(a!)).map((m) => m.textContent)).to.deep.equal(['Calm down']);
    coach.htmlFor = 'b';
    await coach.updateComplete;
    expect(mirrorOf(a!)).to.equal(null);
    expect(marksOf(mirrorOf(b!)).map((m) => m.textContent)).to.deep.equal(['You must pay.']);
    expect(root.querySelectorAll('[data-rp-highlight]')).to.have.length(1);
  });

  it('marks a slotted textarea, and checks it once', async () => {
    const lints: ReplyLintEvent[] = [];
    const coach = await fixture<RpReplyCoach>(
      html`<rp-reply-coach delay="0" highlight @rp-reply-lint=${(e: ReplyLintEvent) => lints.push(e)}><textarea aria-label="Reply" .value=${'Calm down.'}></textarea></rp-reply-coach>`,
    );
    await wait(0);
    await coach.updateComplete;
    await wait(0);
    const field = coach.querySelector('textarea')!;
    const mirror = mirrorOf(field)!;
    expect(mirror.parentElement === coach, 'beside the field, in the same tree').to.be.true;
    expect(marksOf(mirror).map((m) => m.textContent)).to.deep.equal(['Calm down']);
    const a = field.getBoundingClientRect();
    const b = mirror.getBoundingClientRect();
    expect(Math.abs(a.top - b.top) + Math.abs(a.left - b.left)).to.be.below(0.5);
    expect(lints.map((e) => e.detail.source)).to.deep.equal(['connect']);
  });

  it('works inside a host’s shadow root: the mirror and the ::highlight rules stay in that root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label for="t">Reply</label><textarea id="t">You must pay.</textarea>
      <rp-reply-coach for="t" delay="0" highlight></rp-reply-coach>
      <div id="e" contenteditable="true" role="textbox" aria-label="Other reply">Calm down.</div>
      <rp-reply-coach for="e" delay="0" highlight></rp-reply-coach>`;
    await wait(0);
    const field = shadow.querySelector('textarea')!;
    expect(marksOf(mirrorOf(field)).map((m) => m.textContent)).to.deep.equal(['You must pay.']);
    expect(document.querySelector('[data-rp-highlight]')).to.equal(null);
    expect(shadow.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(rp-reply-dismissive)')))).to.be.true;
    expect([...CSS.highlights.get('rp-reply-dismissive')!].map((r) => r.toString())).to.deep.equal(['Calm down']);
    host.remove();
    expect(CSS.highlights.has('rp-reply-dismissive')).to.be.false;
  });

  it('takes the coach’s mark colour to the marks over the field', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <label for="c">Reply</label><textarea id="c" .value=${'Calm down.'}></textarea>
      <rp-reply-coach for="c" delay="0" highlight style="--rp-reply-coach-mark-color: rgb(1, 2, 3)"></rp-reply-coach>
    </div>`);
    await wait(0);
    const mark = marksOf(mirrorOf(root.querySelector('textarea')!))[0]!;
    expect(getComputedStyle(mark).textDecorationColor).to.equal('rgb(1, 2, 3)');
  });

  it('uses CSS Custom Highlights on a contenteditable, and removes them on disconnect', async () => {
    expect(CSS.highlights, 'Chromium has the Highlight API').to.exist;
    const coach = await fixture<RpReplyCoach>(
      html`<rp-reply-coach delay="0" highlight><div contenteditable="true" role="textbox" aria-label="Reply">很抱歉讓您久等了，<b>包裹</b>已寄出。你必須先填表。</div></rp-reply-coach>`,
    );
    await wait(0);
    const editable = coach.querySelector('div')!;
    expect(coach.findings.map((f) => f.category)).to.deep.equal(['wait-apology', 'command']);
    const wait_ = CSS.highlights.get('rp-reply-wait-apology')!;
    const command = CSS.highlights.get('rp-reply-command')!;
    expect([...wait_].map((r) => r.toString())).to.deep.equal(['很抱歉讓您久等了']);
    expect([...command].map((r) => r.toString())).to.deep.equal(['你必須先填表。']);
    expect([...command][0]!.startContainer.parentNode === editable, 'the range is in the field’s own text').to.be.true;
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(rp-reply-command)')))).to.be.true;
    expect(document.querySelector('[data-rp-highlight]')).to.equal(null);
    expect(q(coach, '[part="preview"]')).to.equal(null);
    await expect(coach).to.be.accessible();
    coach.remove();
    expect(CSS.highlights.has('rp-reply-wait-apology')).to.be.false;
    expect(CSS.highlights.has('rp-reply-command')).to.be.false;
  });

  it('keeps two coaches’ highlights apart', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <rp-reply-coach delay="0" highlight><div contenteditable="true" role="textbox" aria-label="One">Calm down.</div></rp-reply-coach>
      <rp-reply-coach delay="0" highlight><div contenteditable="true" role="textbox" aria-label="Two">Please calm down, sir.</div></rp-reply-coach>
    </div>`);
    await wait(0);
    expect([...CSS.highlights.get('rp-reply-dismissive')!].map((r) => r.toString()).sort()).to.deep.equal(['Calm down', 'Please calm down']);
    root.querySelector('rp-reply-coach')!.remove();
    expect([...CSS.highlights.get('rp-reply-dismissive')!].map((r) => r.toString())).to.deep.equal(['Please calm down']);
  });

  it('falls back to the preview when a contenteditable cannot be painted', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'Highlight')!;
    delete (window as { Highlight?: unknown }).Highlight;
    try {
      const coach = await fixture<RpReplyCoach>(
        html`<rp-reply-coach delay="0" highlight><div contenteditable="true" role="textbox" aria-label="Reply">Calm down.</div></rp-reply-coach>`,
      );
      await wait(0);
      await coach.updateComplete;
      expect(text(q(coach, '[part="preview"] mark'))).to.equal('Calm down');
    } finally {
      Object.defineProperty(window, 'Highlight', saved);
    }
  });

  it('passes axe with the marks drawn, in dark colours', async () => {
    document.body.style.background = '#0d1117';
    const root = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background:#0d1117; color:#e6edf3; width: 320px">
      <label for="dk">Reply</label><textarea id="dk" style="color: inherit; background: transparent" .value=${'我知道你的感受，但规定就是规定。'}></textarea>
      <rp-reply-coach for="dk" highlight></rp-reply-coach>
    </div>`);
    await wait(0);
    const field = root.querySelector('textarea')!;
    expect(marksOf(mirrorOf(field)).length).to.equal(2);
    await expect(root).to.be.accessible();
    document.body.style.background = '';
  });
});

describe('shiftSpans', () => {
  it('keeps spans before an edit, moves spans after it, drops spans it touches', async () => {
    const { shiftSpans } = await import('../../src/internal/highlight.js');
    const spans = [
      { start: 0, end: 4, kind: 'a' },
      { start: 6, end: 9, kind: 'b' },
      { start: 12, end: 15, kind: 'c' },
    ];
    expect(shiftSpans('abcd..efg...hij', 'abcd..eXfg...hij', spans).map((s) => [s.kind, s.start, s.end])).to.deep.equal([
      ['a', 0, 4],
      ['c', 13, 16],
    ]);
    expect(shiftSpans('abcd..efg...hij', 'Z abcd..efg...hij', spans).map((s) => s.start)).to.deep.equal([2, 8, 14]);
    expect(shiftSpans('abcd..efg...hij', 'abcd..efg...hij', spans)).to.deep.equal(spans);
  });
});
