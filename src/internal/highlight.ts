import { adoptStyles, type CSSResult } from 'lit';

/** A piece of a string: plain text, or a span some evidence points at. */
export interface Segment<T> {
  text: string;
  start: number;
  mark: T | null;
}

/**
 * Splits `text` at the spans' offsets, so a view can wrap the marked pieces (e.g. in
 * `<mark>`) while every character stays text. Spans out of range, empty, or overlapping
 * an earlier one are skipped; the pieces always join back to `text`.
 */
export function splitAtSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[]): Segment<T>[] {
  const usable = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const span of usable) {
    if (span.start < at) continue;
    if (span.start > at) out.push({ text: text.slice(at, span.start), start: at, mark: null });
    out.push({ text: text.slice(span.start, span.end), start: span.start, mark: span });
    at = span.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), start: at, mark: null });
  return out;
}

/**
 * Carries spans across an edit of `before` into `after`: spans wholly before the changed
 * stretch stay, spans wholly after it move by the change in length, spans it touches are
 * dropped (the next check redraws them). Linear in the length of the texts.
 */
export function shiftSpans<T extends { start: number; end: number }>(before: string, after: string, spans: readonly T[]): T[] {
  if (before === after) return spans.slice();
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const span of spans) {
    if (span.end <= prefix) out.push(span);
    else if (span.start >= changedEnd) out.push({ ...span, start: span.start + delta, end: span.end + delta });
  }
  return out;
}

/**
 * A DOM Range over `textContent` offsets [start, end) of `root` (a contenteditable), or
 * null when the offsets run past its text.
 */
export function rangeInText(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** A span to mark in a field: UTF-16 offsets into its text, and a kind that picks its style. */
export interface FieldMark {
  start: number;
  end: number;
  kind: string;
}

export interface FieldHighlighterOptions {
  /** Names the CSS highlights (`<name>-<kind>`) and the mirror (`data-rp-highlight="<name>"`). */
  name: string;
  /** Styles inside the mirror drawn over a textarea or input: each span is a `mark[data-kind]`. */
  mirrorStyles: CSSResult;
  /** `::highlight(<name>-<kind>)` rules, adopted once by the document or shadow root holding a contenteditable. */
  highlightStyles: CSSResult;
  /** Custom properties copied from `from` onto the mirror, so a theme set on the element reaches it. */
  tokens?: { from: Element; names: readonly string[] };
}

type TextField = HTMLTextAreaElement | HTMLInputElement;

// Inputs whose text is shown as typed; a password's never is.
const MIRRORED_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', '']);

// What lays text out: copied from the field so the mirror wraps and aligns the same way. The rest
// of what text inherits (language, and with it the fonts) the mirror inherits from the same parent.
const COPIED = [
  'direction',
  'unicode-bidi',
  'writing-mode',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'font-size-adjust',
  'font-synthesis',
  'font-palette',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-rendering',
  'tab-size',
  'white-space',
  'overflow-wrap',
  'word-break',
  'line-break',
  'hyphens',
  'hanging-punctuation',
  'text-spacing-trim',
  'text-autospace',
  'text-wrap-style',
  'text-orientation',
  'text-combine-upright',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
] as const;

// The mirror's own box: positioned, transparent, never in the way, whatever the page says about a `div`.
const MIRROR_BOX: ReadonlyArray<readonly [string, string]> = [
  ['display', 'block'],
  ['position', 'absolute'],
  ['inset', 'auto'],
  ['box-sizing', 'border-box'],
  ['margin', '0'],
  ['min-width', '0'],
  ['max-width', 'none'],
  ['min-height', '0'],
  ['max-height', 'none'],
  ['float', 'none'],
  ['overflow', 'hidden'],
  ['border-style', 'solid'],
  ['border-color', 'transparent'],
  ['background', 'none'],
  ['box-shadow', 'none'],
  ['outline', 'none'],
  ['opacity', '1'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['transform', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['transition', 'none'],
  ['animation', 'none'],
  ['contain', 'none'],
  ['content-visibility', 'visible'],
  ['visibility', 'visible'],
  ['color', 'transparent'],
  ['-webkit-text-fill-color', 'transparent'],
  ['-webkit-text-stroke-width', '0'],
  ['text-shadow', 'none'],
  ['text-decoration', 'none'],
  ['pointer-events', 'none'],
  ['user-select', 'none'],
  ['-webkit-user-select', 'none'],
  ['forced-color-adjust', 'none'],
];

const px = (value: string): number => parseFloat(value) || 0;

const highlightRegistry = (): HighlightRegistry | undefined =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' ? (CSS as { highlights?: HighlightRegistry }).highlights : undefined;

/**
 * Draws spans over a host's own text field without touching the field: for a textarea or
 * input, a mirror laid out exactly like it (same font, padding, borders, wrapping, scroll)
 * sits right after it in the same root, with transparent text and a mark per span; for a
 * contenteditable, CSS Custom Highlights (`::highlight(<name>-<kind>)`) colour the field's
 * own text. The mirror is `aria-hidden`, inert and lets every click and keystroke through.
 */
export class FieldHighlighter {
  readonly #options: FieldHighlighterOptions;
  #field?: HTMLElement;
  #mode?: 'mirror' | 'highlights';
  #mirror?: HTMLDivElement;
  #text = '';
  #marks: FieldMark[] = [];
  #dx = 0;
  #dy = 0;
  #ranges: Array<[Highlight, Range, string]> = [];
  #resize?: ResizeObserver;
  #mutation?: MutationObserver;

  constructor(options: FieldHighlighterOptions) {
    this.#options = options;
  }

  /** Starts highlighting `field`; false when it cannot be painted (no Highlight API for a contenteditable, a password). */
  attach(field: HTMLElement): boolean {
    if (field === this.#field) return this.#mode !== undefined;
    this.detach();
    this.#field = field;
    if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && MIRRORED_INPUTS.has(field.type))) {
      this.#mode = 'mirror';
      this.#createMirror(field);
    } else if (!(field instanceof HTMLInputElement) && field.isContentEditable && highlightRegistry() && this.#adoptHighlightStyles(field)) {
      this.#mode = 'highlights';
    }
    return this.#mode !== undefined;
  }

  /** Marks `marks`, found in `text`; carried over to the field's current text if it has moved on. */
  paint(text: string, marks: readonly FieldMark[]): void {
    const field = this.#field;
    if (!field || !this.#mode) return;
    const current = readText(field);
    const spans = current === text ? marks.slice() : shiftSpans(text, current, marks);
    if (this.#mode === 'mirror') {
      this.#text = current;
      this.#marks = spans;
      this.#render();
      this.refresh();
    } else this.#paintHighlights(spans);
  }

  /** Re-reads the field's size, position, fonts and scroll (after a layout or style change). */
  refresh = (): void => {
    const field = this.#field;
    const mirror = this.#mirror;
    if (!field || !mirror) return;
    if (!field.isConnected) {
      mirror.style.setProperty('display', 'none');
      return;
    }
    if (mirror.previousSibling !== field) field.after(mirror);
    if (readText(field) !== this.#text) this.#onInput();
    this.#layout(field as TextField, mirror);
  };

  /** Removes the mirror or the highlights and every listener. */
  detach(): void {
    const field = this.#field;
    if (field && this.#mode === 'mirror') {
      field.removeEventListener('input', this.#onInput);
      field.removeEventListener('scroll', this.#onScroll);
      field.ownerDocument.defaultView?.removeEventListener('resize', this.refresh);
      field.ownerDocument.fonts?.removeEventListener('loadingdone', this.refresh);
    }
    this.#resize?.disconnect();
    this.#mutation?.disconnect();
    this.#mirror?.remove();
    this.#clearHighlights();
    this.#field = undefined;
    this.#mode = undefined;
    this.#mirror = undefined;
    this.#resize = undefined;
    this.#mutation = undefined;
    this.#text = '';
    this.#marks = [];
    this.#dx = this.#dy = 0;
  }

  #createMirror(field: TextField): void {
    const doc = field.ownerDocument;
    const mirror = doc.createElement('div');
    mirror.setAttribute('aria-hidden', 'true');
    mirror.setAttribute('data-rp-highlight', this.#options.name);
    mirror.inert = true;
    const shadow = mirror.attachShadow({ mode: 'open' });
    adoptStyles(shadow, [this.#options.mirrorStyles]);
    // Whatever the page's own rules say about a `div`, the mirror is a bare box of transparent
    // text. (Not `all: initial`: that would also drop the language the text inherits, and its fonts.)
    const style = mirror.style;
    for (const [property, value] of MIRROR_BOX) style.setProperty(property, value);
    field.after(mirror);
    this.#mirror = mirror;
    field.addEventListener('input', this.#onInput);
    field.addEventListener('scroll', this.#onScroll, { passive: true });
    doc.defaultView?.addEventListener('resize', this.refresh);
    doc.fonts?.addEventListener('loadingdone', this.refresh);
    this.#resize = new ResizeObserver(() => this.refresh());
    this.#resize.observe(field);
    if (field.parentElement) this.#resize.observe(field.parentElement);
    this.#mutation = new MutationObserver(() => this.refresh());
    this.#mutation.observe(field, { attributes: true, attributeFilter: ['style', 'class', 'lang', 'dir', 'rows', 'cols', 'wrap', 'hidden', 'type'] });
  }

  #onInput = (): void => {
    const field = this.#field;
    if (!field || !this.#mirror) return;
    // Typing moves the text under the marks before the next check: carry them along.
    const text = readText(field);
    this.#marks = shiftSpans(this.#text, text, this.#marks);
    this.#text = text;
    this.#render();
    this.#onScroll();
  };

  #onScroll = (): void => {
    const field = this.#field;
    const mirror = this.#mirror;
    if (!field || !mirror) return;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };

  #render(): void {
    const mirror = this.#mirror!;
    const doc = mirror.ownerDocument;
    const nodes: Node[] = splitAtSpans(this.#text, this.#marks).map((piece) => {
      if (!piece.mark) return doc.createTextNode(piece.text);
      const mark = doc.createElement('mark');
      mark.dataset.kind = piece.mark.kind;
      mark.textContent = piece.text;
      return mark;
    });
    // Without a character after it, a final line break would not make a last line.
    nodes.push(doc.createTextNode('\u200b'));
    mirror.shadowRoot!.replaceChildren(...nodes);
  }

  #layout(field: TextField, mirror: HTMLDivElement): void {
    const style = mirror.style;
    const computed = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const transformed = ['transform', 'rotate', 'scale', 'translate'].some((p) => !['none', ''].includes(computed.getPropertyValue(p)));
    // A field with its own transform, or one not rendered, gets no marks rather than misplaced ones.
    if (transformed || computed.display === 'none' || computed.visibility !== 'visible' || rect.width === 0 || rect.height === 0) {
      style.setProperty('display', 'none');
      return;
    }
    style.setProperty('display', 'block');
    for (const property of COPIED) style.setProperty(property, computed.getPropertyValue(property));
    // The browser's default font computes to a name ("Times New Roman") that, set by name, is a
    // different font from the default one chosen for the language: inherit it when the field does.
    style.removeProperty('font-family');
    if (getComputedStyle(mirror).fontFamily !== computed.fontFamily) style.setProperty('font-family', computed.fontFamily);
    style.setProperty('z-index', computed.zIndex);
    const lang = field.getAttribute('lang');
    if (lang === null) mirror.removeAttribute('lang');
    else mirror.setAttribute('lang', lang);
    const { tokens } = this.#options;
    if (tokens) {
      const source = getComputedStyle(tokens.from);
      for (const name of tokens.names) {
        const value = source.getPropertyValue(name).trim();
        if (value) style.setProperty(name, value);
        else style.removeProperty(name);
      }
    }
    // An ancestor's scale shows in the rectangle but not in offsetWidth; without one, the rectangle keeps the fractions.
    const scale = Math.abs(rect.width - field.offsetWidth) < 1 ? 1 : rect.width / field.offsetWidth || 1;
    const width = rect.width / scale;
    const height = rect.height / scale;
    const borderX = px(computed.borderLeftWidth) + px(computed.borderRightWidth);
    const borderY = px(computed.borderTopWidth) + px(computed.borderBottomWidth);
    // Scroll bars take room from the text; the mirror has none, so it pads by as much.
    const barY = Math.max(0, Math.round(field.offsetWidth - field.clientWidth - borderX));
    const barX = Math.max(0, Math.round(field.offsetHeight - field.clientHeight - borderY));
    const side = computed.direction === 'rtl' ? 'padding-left' : 'padding-right';
    if (barY) style.setProperty(side, `${px(computed.getPropertyValue(side)) + barY}px`);
    if (barX) style.setProperty('padding-bottom', `${px(computed.paddingBottom) + barX}px`);
    style.setProperty('width', `${width}px`);
    style.setProperty('height', `${height}px`);
    if (field instanceof HTMLInputElement) {
      // One line, centred in the box like the input's own text.
      const inner = field.clientHeight - px(computed.paddingTop) - px(computed.paddingBottom);
      style.setProperty('white-space', 'pre');
      style.setProperty('line-height', `${Math.max(inner, 0)}px`);
    }
    // Left at its static position (so it moves with the flow around the field), then nudged onto the field.
    style.setProperty('translate', `${this.#dx}px ${this.#dy}px`);
    const placed = mirror.getBoundingClientRect();
    const dx = (rect.left - placed.left) / scale;
    const dy = (rect.top - placed.top) / scale;
    if (Math.abs(dx) > 0.01 || Math.abs(dy) > 0.01) {
      this.#dx += dx;
      this.#dy += dy;
      style.setProperty('translate', `${this.#dx}px ${this.#dy}px`);
    }
    this.#onScroll();
  }

  #adoptHighlightStyles(field: HTMLElement): boolean {
    const root = field.getRootNode() as Document | ShadowRoot;
    const sheet = this.#options.highlightStyles.styleSheet;
    if (!sheet || !('adoptedStyleSheets' in root)) return false;
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return true;
    } catch {
      return false;
    }
  }

  #paintHighlights(marks: readonly FieldMark[]): void {
    this.#clearHighlights();
    const registry = highlightRegistry();
    const field = this.#field;
    if (!registry || !field) return;
    for (const mark of marks) {
      const range = rangeInText(field, mark.start, mark.end);
      if (!range) continue;
      const name = `${this.#options.name}-${mark.kind}`;
      // One Highlight per name for the whole document, shared by every element that paints.
      let highlight = registry.get(name);
      if (!highlight) {
        highlight = new Highlight();
        registry.set(name, highlight);
      }
      highlight.add(range);
      this.#ranges.push([highlight, range, name]);
    }
  }

  #clearHighlights(): void {
    const registry = highlightRegistry();
    for (const [highlight, range, name] of this.#ranges) {
      highlight.delete(range);
      if (highlight.size === 0 && registry?.get(name) === highlight) registry.delete(name);
    }
    this.#ranges = [];
  }
}

function readText(field: HTMLElement): string {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : (field.textContent ?? '');
}
