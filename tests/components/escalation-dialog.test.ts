import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/provider/provider.js';
import '../../src/components/escalation-dialog/escalation-dialog.js';
import type { RpEscalationDialog } from '../../src/components/escalation-dialog/escalation-dialog.js';
import type { RpProvider } from '../../src/components/provider/provider.js';
import { createManualClock } from '../../src/internal/clock.js';
import { announcements } from '../../src/internal/announcer.js';
import { deepActiveElement } from '../../src/internal/focus.js';
import type { EscalateEvent, EscalationContext, EscalationTargetOption } from '../../src/events/escalation-events.js';
import type { SuggestionPickEvent } from '../../src/events/suggestion-events.js';
import { breachedSla, complaint, cue, NOW, reading, zhComplaint } from '../core/escalation/fixtures.js';

const TARGETS: EscalationTargetOption[] = [
  { id: 'wang', name: 'Wang Fang', kind: 'supervisor', available: true },
  { id: 'park', name: 'Jordan Park', kind: 'specialist', available: true },
  { id: 'safety', name: 'Safety desk', kind: 'safety', available: true },
  { id: 'legal', name: 'Legal team', kind: 'legal', available: false, eta: NOW + 90 * 60_000 },
];

const managerText = 'I want your manager now';
const advisedContext = (): EscalationContext => ({
  reading: reading({ emotion: 'angry', intensity: 0.6, flags: { escalation: true }, cues: [cue('your manager', managerText, 'escalation', 0.8, ['escalation'])] }),
  sla: breachedSla(),
  complaint: complaint(),
  tried: ['Checked the tracking'],
  promised: ['An answer today'],
});

interface Mounted {
  el: RpEscalationDialog;
  opener: HTMLButtonElement;
  provider: RpProvider;
}

async function mount(options: { context?: EscalationContext; targets?: EscalationTargetOption[]; lang?: string; lightDismiss?: boolean } = {}): Promise<Mounted> {
  const clock = createManualClock(NOW);
  const provider = await fixture<RpProvider>(html`<rp-provider lang=${options.lang ?? 'en'} .clock=${clock}>
    <button id="opener">Escalate…</button>
    <rp-escalation-dialog ?light-dismiss=${options.lightDismiss ?? false} .context=${options.context ?? advisedContext()} .targets=${options.targets ?? TARGETS}></rp-escalation-dialog>
  </rp-provider>`);
  const el = provider.querySelector('rp-escalation-dialog')!;
  const opener = provider.querySelector<HTMLButtonElement>('#opener')!;
  await el.updateComplete;
  return { el, opener, provider };
}

async function openFrom(m: Mounted): Promise<void> {
  m.opener.focus();
  await m.el.show();
}

const $ = <T extends Element = HTMLElement>(el: RpEscalationDialog, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: RpEscalationDialog, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
// Booleans, not elements, in assertions: chai's diff of a rendered element can exhaust the page.
const exists = (el: RpEscalationDialog, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const text = (el: RpEscalationDialog, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dialogOf = (el: RpEscalationDialog) => $<HTMLDialogElement>(el, 'dialog');
const checkedTarget = (el: RpEscalationDialog) => $$<HTMLInputElement>(el, 'input[name="target"]').find((i) => i.checked)?.value;
const checkedReasons = (el: RpEscalationDialog) => $$<HTMLInputElement>(el, 'input[name="reason"]').filter((i) => i.checked).map((i) => i.value);

async function typeInto(el: RpEscalationDialog, name: 'note' | 'script', value: string) {
  const area = $<HTMLTextAreaElement>(el, `textarea[name="${name}"]`);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: RpEscalationDialog) {
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
}

function record<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

describe('<rp-escalation-dialog> open and close', () => {
  it('opens as a modal on show(), reflects open, and moves focus in', async () => {
    const m = await mount();
    expect(dialogOf(m.el).open).to.be.false;
    await openFrom(m);
    expect(m.el.hasAttribute('open')).to.be.true;
    expect(dialogOf(m.el).open).to.be.true;
    expect(dialogOf(m.el).matches(':modal')).to.be.true;
    expect(deepActiveElement() === $(m.el, '[part="title"]'), 'focus').to.be.true;
  });

  it('opens from the open attribute too', async () => {
    const m = await mount();
    m.el.setAttribute('open', '');
    await m.el.updateComplete;
    expect(dialogOf(m.el).open).to.be.true;
  });

  it('hide() closes without an event and returns focus to the opener', async () => {
    const m = await mount();
    const cancels = record(m.el, 'rp-escalation-cancel');
    await openFrom(m);
    await m.el.hide();
    expect(dialogOf(m.el).open).to.be.false;
    expect(m.el.hasAttribute('open')).to.be.false;
    expect(cancels).to.have.length(0);
    expect(document.activeElement === m.opener, 'focus returned to the opener').to.be.true;
  });

  it('Cancel fires rp-escalation-cancel (source button), closes and returns focus', async () => {
    const m = await mount();
    await openFrom(m);
    setTimeout(() => $<HTMLButtonElement>(m.el, '[part="cancel"]').click());
    const event = await oneEvent(m.provider, 'rp-escalation-cancel');
    expect(event.detail).to.deep.equal({ source: 'button' });
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    await m.el.updateComplete;
    expect(m.el.open).to.be.false;
    expect(document.activeElement === m.opener, 'focus returned to the opener').to.be.true;
  });

  it('a vetoed cancel keeps the dialog open', async () => {
    const m = await mount();
    await openFrom(m);
    m.el.addEventListener('rp-escalation-cancel', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(m.el, '[part="close"]').click();
    await m.el.updateComplete;
    expect(m.el.open).to.be.true;
  });

  it('Escape cancels (source escape)', async () => {
    const m = await mount();
    const cancels = record<CustomEvent>(m.el, 'rp-escalation-cancel');
    await openFrom(m);
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(cancels.map((e) => e.detail.source)).to.deep.equal(['escape']);
    expect(m.el.open).to.be.false;
    expect(document.activeElement === m.opener, 'focus returned to the opener').to.be.true;
  });

  /**
   * Overlays opened without user activation are grouped with the one below them, and
   * the browser closes a group together; hosts open them from a click or a key, so
   * the tests do too (a real key press through the test runner).
   */
  function openOnKey(key: string, open: () => void): () => void {
    const listener = (event: KeyboardEvent) => event.key === key && open();
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }

  it('Escape closes only a nested dialog opened on top, then this one', async () => {
    const m = await mount();
    const cancels = record<CustomEvent>(m.el, 'rp-escalation-cancel');
    await openFrom(m);
    const nested = document.createElement('dialog');
    nested.innerHTML = '<p>Are you sure?</p><button>OK</button>';
    m.provider.append(nested);
    const stop = openOnKey('F2', () => {
      nested.showModal();
      nested.querySelector('button')!.focus();
    });
    $<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').focus();
    await sendKeys({ press: 'F2' });
    stop();
    expect(nested.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(nested.open).to.be.false;
    expect(m.el.open).to.be.true;
    expect(dialogOf(m.el).open).to.be.true;
    expect(cancels).to.have.length(0);
    $<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').focus();
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.el.open).to.be.false;
    expect(cancels.map((e) => e.detail.source)).to.deep.equal(['escape']);
  });

  it('Escape closes an open popover first, then this dialog', async () => {
    const m = await mount();
    const cancels = record<CustomEvent>(m.el, 'rp-escalation-cancel');
    await openFrom(m);
    const popover = document.createElement('div');
    popover.popover = 'auto';
    popover.textContent = 'Canned replies';
    m.provider.append(popover);
    const stop = openOnKey('F2', () => popover.showPopover());
    $<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').focus();
    await sendKeys({ press: 'F2' });
    stop();
    expect(popover.matches(':popover-open')).to.be.true;
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(popover.matches(':popover-open')).to.be.false;
    expect(m.el.open).to.be.true;
    expect(cancels).to.have.length(0);
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.el.open).to.be.false;
    expect(cancels.map((e) => e.detail.source)).to.deep.equal(['escape']);
  });

  it('Escape that a host overlay inside handled (defaultPrevented) is left alone', async () => {
    const m = await mount();
    const cancels = record<CustomEvent>(m.el, 'rp-escalation-cancel');
    await openFrom(m);
    const area = $<HTMLTextAreaElement>(m.el, 'textarea[name="note"]');
    const claim = (event: KeyboardEvent) => event.key === 'Escape' && event.preventDefault();
    area.addEventListener('keydown', claim, { once: true });
    area.focus();
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.el.open).to.be.true;
    expect(cancels).to.have.length(0);
  });

  it('a backdrop click cancels only with light-dismiss', async () => {
    const clickBackdrop = (el: RpEscalationDialog) =>
      dialogOf(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    const off = await mount();
    await openFrom(off);
    clickBackdrop(off.el);
    await off.el.updateComplete;
    expect(off.el.open).to.be.true;
    await off.el.hide();

    const on = await mount({ lightDismiss: true });
    const cancels = record<CustomEvent>(on.el, 'rp-escalation-cancel');
    await openFrom(on);
    // A click inside the dialog's box is not the backdrop.
    const box = dialogOf(on.el).getBoundingClientRect();
    dialogOf(on.el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 5, clientY: box.top + 5 }));
    expect(cancels).to.have.length(0);
    clickBackdrop(on.el);
    await on.el.updateComplete;
    expect(cancels.map((e) => e.detail.source)).to.deep.equal(['backdrop']);
    expect(on.el.open).to.be.false;
  });
});

describe('<rp-escalation-dialog> pre-filled from the advice', () => {
  it('pre-selects the advised colleague and reasons and shows the urgency', async () => {
    const m = await mount();
    await openFrom(m);
    expect(checkedTarget(m.el)).to.equal('wang');
    expect(checkedReasons(m.el)).to.deep.equal(['customer-request', 'sla-breach']);
    expect(text(m.el, '[part="urgency"]')).to.equal('Urgency: High Someone should take it soon.');
    expect(dialogOf(m.el).getAttribute('aria-describedby')).to.equal('urgency advice');
    expect(text(m.el, '[part="advice"]')).to.equal('Advised: Supervisor. A supervisor can decide beyond your authority and answers a request for someone in charge.');
    expect(text(m.el, '#reason-customer-request')).to.equal('The customer asked for someone in charge: “your manager”.');
  });

  it('pre-fills the note and the customer script, naming the colleague', async () => {
    const m = await mount();
    await openFrom(m);
    const note = $<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value;
    expect(note.split('\n')[0]).to.equal('Escalation to Wang Fang (Supervisor) · urgency: High');
    expect(note).to.contain('Customer: Lee · address as Ms Lee · phone +44 20 7946 0018');
    expect(note).to.contain('Tried: Checked the tracking');
    const script = $<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value;
    expect(script).to.contain("As you asked, I'm passing your case to my colleague Wang Fang (Supervisor).");
    expect(script).to.contain('within 2 hours');
  });

  it('manual escalation: nothing advised, the agent must choose', async () => {
    const m = await mount({ context: { agentRequested: true } });
    const escalations = record(m.el, 'rp-escalate');
    await openFrom(m);
    expect(checkedReasons(m.el)).to.deep.equal([]);
    await submit(m.el);
    expect(escalations).to.have.length(0);
    expect(text(m.el, '#reasons-error')).to.equal('Choose at least one reason.');
    expect(deepActiveElement() === $$(m.el, 'input[name="reason"]')[0], 'focus').to.be.true;
    expect($(m.el, 'input[name="reason"]').getAttribute('aria-invalid')).to.equal('true');
  });

  it('without targets from the host, offers the four kinds', async () => {
    const m = await mount({ targets: [] });
    await openFrom(m);
    expect($$<HTMLInputElement>(m.el, 'input[name="target"]').map((i) => i.value)).to.deep.equal(['supervisor', 'specialist', 'safety', 'legal']);
    expect(checkedTarget(m.el)).to.equal('supervisor');
  });

  it('the safety case is immediate and goes to the safety desk', async () => {
    const threat = 'I will hurt you';
    const m = await mount({ context: { reading: reading({ emotion: 'angry', intensity: 0.7, flags: { safety: true }, cues: [cue('hurt you', threat, 'threat', 1.4, ['safety'])] }) } });
    await openFrom(m);
    expect(checkedTarget(m.el)).to.equal('safety');
    expect($(m.el, '[part="urgency"]').dataset.urgency).to.equal('immediate');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value.startsWith('Your safety comes first.')).to.be.true;
  });
});

describe('<rp-escalation-dialog> choices and validation', () => {
  it('warns about an unavailable colleague and requires a confirmation or another choice', async () => {
    const m = await mount({ context: { customerText: 'my card was stolen and used for fraud' } });
    const escalations = record<EscalateEvent>(m.el, 'rp-escalate');
    await openFrom(m);
    expect(checkedTarget(m.el)).to.equal('legal');
    expect(m.el.matches(':state(unavailable)')).to.be.true;
    expect(text(m.el, '[part="warning"] p')).to.equal(
      'Legal team is unavailable, so nobody may pick this case up. Choose someone else, or confirm that you will make sure it is picked up.',
    );
    expect($(m.el, 'input[value="legal"]').getAttribute('aria-describedby')).to.equal('unavailable-warning');
    expect(text(m.el, '[part="target"][data-available="false"] .availability')).to.match(/^Unavailable until \d{1,2}:\d{2}/);
    await submit(m.el);
    expect(escalations).to.have.length(0);
    expect(text(m.el, '#unavailable-error')).to.equal('Confirm the unavailable choice, or choose someone else.');
    expect(deepActiveElement() === $(m.el, 'input[name="confirm"]'), 'focus').to.be.true;

    await sendKeys({ press: 'Space' });
    await m.el.updateComplete;
    await submit(m.el);
    expect(escalations).to.have.length(1);
    expect(escalations[0]!.detail.target).to.deep.include({ id: 'legal', available: false });
    expect(escalations[0]!.detail.confirmedUnavailable).to.be.true;
  });

  it('choosing an available colleague clears the warning', async () => {
    const m = await mount({ context: { customerText: 'my card was stolen' } });
    await openFrom(m);
    $<HTMLInputElement>(m.el, 'input[value="wang"]').click();
    await m.el.updateComplete;
    expect(exists(m.el, '[part="warning"]')).to.be.false;
    expect(m.el.matches(':state(unavailable)')).to.be.false;
  });

  it('the note cannot lose the facts the customer would have to repeat', async () => {
    const m = await mount();
    const escalations = record(m.el, 'rp-escalate');
    await openFrom(m);
    await typeInto(m.el, 'note', 'Angry customer, please call back.');
    await submit(m.el);
    expect(escalations).to.have.length(0);
    expect(text(m.el, '#note-error')).to.equal(
      'The note must keep what the customer would otherwise have to repeat: the customer’s name (Lee), the complaint in brief, the reference A-1042, the contact +44 20 7946 0018, the contact lee@example.com.',
    );
    expect($(m.el, 'textarea[name="note"]').getAttribute('aria-describedby')).to.equal('note-hint note-error');
    expect(deepActiveElement() === $(m.el, 'textarea[name="note"]'), 'focus').to.be.true;
    // Fixing the note clears the error as the agent types.
    await typeInto(m.el, 'note', 'Ms Lee (+44 20 7946 0018, lee@example.com), order A-1042: five days late, would like a full refund. Please call back.');
    expect(exists(m.el, '#note-error')).to.be.false;
  });

  it('an edited note survives a new choice of colleague; the untouched script follows it', async () => {
    const m = await mount();
    await openFrom(m);
    const edited = `${$<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value}\nCustomer prefers a call after 6 pm.`;
    await typeInto(m.el, 'note', edited);
    $<HTMLInputElement>(m.el, 'input[value="park"]').click();
    await m.el.updateComplete;
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value).to.equal(edited);
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value).to.contain('my colleague Jordan Park (Specialist)');
  });

  it('unchecking a reason recomputes the urgency', async () => {
    const m = await mount();
    await openFrom(m);
    $<HTMLInputElement>(m.el, 'input[value="sla-breach"]').click();
    await m.el.updateComplete;
    expect(checkedReasons(m.el)).to.deep.equal(['customer-request']);
    expect($(m.el, '[part="urgency"]').dataset.urgency).to.equal('normal');
  });

  it('what was typed is still there after a cancel and reopen', async () => {
    const m = await mount();
    await openFrom(m);
    await typeInto(m.el, 'script', 'My own words for Ms Lee.');
    $<HTMLButtonElement>(m.el, '[part="cancel"]').click();
    await m.el.updateComplete;
    await openFrom(m);
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value).to.equal('My own words for Ms Lee.');
  });
});

describe('<rp-escalation-dialog> submitting', () => {
  it('fires a cancelable rp-escalate with everything, and closes without waitUntil', async () => {
    const m = await mount();
    await openFrom(m);
    setTimeout(() => submit(m.el));
    const event = (await oneEvent(m.provider, 'rp-escalate')) as EscalateEvent;
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    const { detail } = event;
    expect(detail.target).to.deep.equal(TARGETS[0]);
    expect(detail.reasons.map((r) => r.code)).to.deep.equal(['customer-request', 'sla-breach']);
    expect(detail.reasons[0]!.evidence[0]).to.include({ kind: 'cue', text: 'your manager' });
    expect(detail.urgency).to.equal('high');
    expect(detail.note).to.equal($<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value);
    expect(detail.customerScript).to.equal($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value);
    expect(detail.context.complaint?.customer.name).to.equal('Lee');
    expect(detail.confirmedUnavailable).to.be.false;
    await m.el.updateComplete;
    expect(m.el.open).to.be.false;
    expect(document.activeElement === m.opener, 'focus returned to the opener').to.be.true;
  });

  it('a vetoed rp-escalate keeps the dialog open', async () => {
    const m = await mount();
    await openFrom(m);
    m.el.addEventListener('rp-escalate', (e) => e.preventDefault(), { once: true });
    await submit(m.el);
    expect(m.el.open).to.be.true;
  });

  it('waitUntil: saving, a failure keeps everything with an error and a retry, then success closes', async () => {
    const m = await mount();
    await openFrom(m);
    await typeInto(m.el, 'script', 'Ms Lee, I am passing this to Wang Fang, who will call you within 2 hours.');
    let reject!: (error: Error) => void;
    m.el.addEventListener('rp-escalate', (e) => e.detail.waitUntil(new Promise((_, no) => (reject = no))), { once: true });
    await submit(m.el);
    expect(m.el.matches(':state(saving)')).to.be.true;
    expect(text(m.el, '[part="submit"]')).to.equal('Saving…');
    expect($(m.el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
    expect($(m.el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect($<HTMLButtonElement>(m.el, '[part="cancel"]').disabled).to.be.true;
    // Escape while saving does not drop the save.
    await sendKeys({ press: 'Escape' });
    expect(m.el.open).to.be.true;

    reject(new Error('Network down'));
    await new Promise((resolve) => setTimeout(resolve));
    await m.el.updateComplete;
    const failure = 'The escalation was not saved (Network down). Everything you typed is kept; try again.';
    expect(text(m.el, '[part="error"]')).to.equal(failure);
    expect(announcements()).to.include(failure);
    expect(m.el.matches(':state(error)')).to.be.true;
    expect(m.el.matches(':state(saving)')).to.be.false;
    expect(m.el.open).to.be.true;
    expect(text(m.el, '[part="submit"]')).to.equal('Try again');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value).to.equal('Ms Lee, I am passing this to Wang Fang, who will call you within 2 hours.');

    const retried = record<EscalateEvent>(m.el, 'rp-escalate');
    m.el.addEventListener('rp-escalate', (e) => e.detail.waitUntil(Promise.resolve('saved')), { once: true });
    await submit(m.el);
    await new Promise((resolve) => setTimeout(resolve));
    await m.el.updateComplete;
    expect(retried[0]!.detail.customerScript).to.equal('Ms Lee, I am passing this to Wang Fang, who will call you within 2 hours.');
    expect(m.el.open).to.be.false;
    expect(m.el.matches(':state(error)')).to.be.false;
    expect(announcements()).to.include('Escalated to Wang Fang.');
  });

  it('is keyboard operable: Enter on Escalate submits', async () => {
    const m = await mount();
    await openFrom(m);
    const escalations = record(m.el, 'rp-escalate');
    $<HTMLButtonElement>(m.el, '[part="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await m.el.updateComplete;
    expect(escalations).to.have.length(1);
  });
});

describe('<rp-escalation-dialog> customer script actions', () => {
  it('Copy writes the script to the clipboard', async () => {
    const m = await mount();
    await openFrom(m);
    let written = '';
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (written = value) } });
    try {
      $<HTMLButtonElement>(m.el, 'button[name="copy"]').click();
      await new Promise((resolve) => setTimeout(resolve));
      await m.el.updateComplete;
      expect(written).to.equal($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value);
      expect(text(m.el, '.status')).to.equal('Copied to the clipboard.');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('Copy falls back to selecting the text when the clipboard refuses', async () => {
    const m = await mount();
    await openFrom(m);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      $<HTMLButtonElement>(m.el, 'button[name="copy"]').click();
      await new Promise((resolve) => setTimeout(resolve));
      await m.el.updateComplete;
      const area = $<HTMLTextAreaElement>(m.el, 'textarea[name="script"]');
      expect(deepActiveElement() === area, 'focus').to.be.true;
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(['Copied to the clipboard.', 'Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac).']).to.include(text(m.el, '.status'));
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('Insert fires rp-suggestion-pick with the script', async () => {
    const m = await mount();
    await openFrom(m);
    await typeInto(m.el, 'script', 'Edited script.');
    setTimeout(() => $<HTMLButtonElement>(m.el, 'button[name="insert"]').click());
    const event = (await oneEvent(m.provider, 'rp-suggestion-pick')) as SuggestionPickEvent;
    expect(event.detail).to.deep.equal({ text: 'Edited script.', move: 'handoff', source: 'escalation-dialog' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(m.el.open).to.be.true;
  });
});

describe('<rp-escalation-dialog> languages and accessibility', () => {
  it('speaks Simplified Chinese', async () => {
    const m = await mount({ lang: 'zh-CN', context: { ...advisedContext(), complaint: zhComplaint() } });
    await openFrom(m);
    expect(text(m.el, '[part="title"]')).to.equal('升级此个案');
    expect(text(m.el, '[part="urgency"] strong')).to.equal('紧急程度：高');
    expect(text(m.el, 'legend')).to.equal('转交给');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value.startsWith('王伟先生，感谢您的耐心等待。')).to.be.true;
    await typeInto(m.el, 'note', '');
    await submit(m.el);
    expect(text(m.el, '#note-error')).to.equal('交接说明必须保留客户本来需要重复的信息：客户姓名（王伟）、投诉内容摘要、编号 A-1042、联系方式 138 0000 1234。');
  });

  it('speaks Traditional Chinese', async () => {
    const m = await mount({ lang: 'zh-HK' });
    await openFrom(m);
    expect(text(m.el, '[part="title"]')).to.equal('升級此案件');
    expect(text(m.el, '[part="submit"]')).to.equal('升級');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value.split('\n')[0]).to.equal('升級至Wang Fang（主管） · 緊急程度：高');
  });

  it('follows a language change while open, keeping what was typed', async () => {
    const m = await mount();
    await openFrom(m);
    await typeInto(m.el, 'script', 'Typed by the agent.');
    m.provider.setAttribute('lang', 'zh-Hans');
    await new Promise((resolve) => setTimeout(resolve));
    await m.el.updateComplete;
    expect(text(m.el, '[part="title"]')).to.equal('升级此个案');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="script"]').value).to.equal('Typed by the agent.');
    expect($<HTMLTextAreaElement>(m.el, 'textarea[name="note"]').value.startsWith('升级至Wang Fang（主管）')).to.be.true;
  });

  it('is labelled by its heading and passes axe when open (light)', async () => {
    const m = await mount();
    await openFrom(m);
    expect(dialogOf(m.el).getAttribute('aria-labelledby')).to.equal('title');
    await expect(m.el).to.be.accessible();
  });

  it('passes axe in dark, with the unavailable warning and errors showing', async () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = '#0d1117';
    try {
      const m = await mount({ context: { customerText: 'my card was stolen' } });
      await openFrom(m);
      await submit(m.el);
      expect(exists(m.el, '[part="warning"]')).to.be.true;
      await expect(m.el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const m = await mount({ context: { customerText: 'my card was stolen' } });
      await openFrom(m);
      const box = dialogOf(m.el).getBoundingClientRect();
      expect(box.left >= 0 && box.right <= 320, `dialog spans ${box.left}–${box.right}`).to.be.true;
      const body = $(m.el, '[part="body"]');
      expect(body.scrollWidth).to.be.at.most(body.clientWidth);
      const footer = $(m.el, '[part="footer"]');
      expect(footer.scrollWidth).to.be.at.most(footer.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
