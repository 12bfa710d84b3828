import { css, unsafeCSS } from 'lit';
import { REPLY_CATEGORIES, type ReplyCategory } from '../../core/reply/index.js';

/**
 * One colour per category, [light, dark]: each at least 4.5:1 on white and on the dark
 * surface, so an underline reads in both schemes. Used by the list, the preview, the
 * mirror over a textarea or input, and the `::highlight()` rules of a contenteditable.
 */
const CATEGORY_COLORS = {
  blame: ['#be123c', '#fb7185'],
  command: ['#c2410c', '#fb923c'],
  negative: ['#a16207', '#facc15'],
  dismissive: ['#a21caf', '#e879f9'],
  policy: ['#1d4ed8', '#60a5fa'],
  defensive: ['#6d28d9', '#a78bfa'],
  provocative: ['#b91c1c', '#f87171'],
  'wait-apology': ['#0f766e', '#2dd4bf'],
  overpromise: ['#4d7c0f', '#a3e635'],
} as const satisfies Record<ReplyCategory, readonly [string, string]>;

const colorOf = (category: ReplyCategory): string => `light-dark(${CATEGORY_COLORS[category][0]}, ${CATEGORY_COLORS[category][1]})`;
const tintOf = (category: ReplyCategory): string =>
  `light-dark(color-mix(in srgb, ${CATEGORY_COLORS[category][0]} 14%, transparent), color-mix(in srgb, ${CATEGORY_COLORS[category][1]} 22%, transparent))`;

/** `<selector of x> { --_category: <colour of x>; --_category-tint: <its tint> }` for every category. */
const categoryColors = (selector: (category: ReplyCategory) => string) =>
  unsafeCSS(REPLY_CATEGORIES.map((c) => `${selector(c)} { --_category: ${colorOf(c)}; --_category-tint: ${tintOf(c)}; }`).join('\n'));

/**
 * Inside the mirror drawn over a textarea or input (see `FieldHighlighter`): the text is
 * transparent, so only the marks show, over the field's own text. Marks change no metric
 * (no padding, border or weight), or the text would no longer line up.
 */
export const mirrorStyles = css`
  mark {
    color: transparent;
    background: var(--rp-reply-coach-mark-background, var(--_category-tint));
    text-decoration: underline wavy var(--rp-reply-coach-mark-color, var(--_category));
    text-decoration-thickness: 1.5px;
    text-decoration-skip-ink: none;
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  ${categoryColors((c) => `mark[data-kind='${c}']`)}
  @media (forced-colors: active) {
    mark {
      background: transparent;
      text-decoration-color: Highlight;
    }
  }
  @media print {
    mark {
      background: transparent;
      text-decoration: none;
    }
  }
`;

/**
 * `::highlight(rp-reply-<category>)`, adopted by the document or shadow root that holds a
 * contenteditable reply box. Literal colours: a highlight does not see custom properties everywhere.
 */
export const highlightStyles = unsafeCSS(
  REPLY_CATEGORIES.map(
    (c) => `::highlight(rp-reply-${c}) { background-color: ${tintOf(c)}; text-decoration: underline wavy ${colorOf(c)}; text-decoration-thickness: 1.5px; }`,
  ).join('\n') +
    `\n@media (forced-colors: active) { ${REPLY_CATEGORIES.map((c) => `::highlight(rp-reply-${c}) { background-color: Mark; color: MarkText; text-decoration-color: MarkText; }`).join(' ')} }`,
);

export const styles = css`
  :host {
    --_mark-bg: var(--rp-reply-coach-mark-background, light-dark(#fff4d6, #3b2e0a));
    display: block;
    container-type: inline-size;
    line-height: 1.45;
  }
  :host(:state(findings)) {
    --_status-color: var(--_warning);
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  [part='status'] {
    color: var(--_status-color, var(--_fg-muted));
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  [part='finding'] {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: var(--_space) calc(var(--_space) * 3);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  [part='finding']:first-child {
    border-top: 0;
    padding-top: 0;
  }
  [part='category'] {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_warning);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .body {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  [part='span'] {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='span'] mark,
  [part='preview'] mark {
    background: var(--_mark-bg);
    color: inherit;
    text-decoration: underline wavy var(--rp-reply-coach-mark-color, var(--_category, var(--_warning)));
    text-underline-offset: 3px;
  }
  ${categoryColors((c) => `[data-category='${c}']`)}
  [part='reason'] {
    margin: 0;
    color: var(--_fg-muted);
  }
  .label {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='suggestions'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part='suggestions'] li {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
  }
  .rewrite {
    flex: 1;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    font-size: var(--_font-size-small);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
    min-height: 1.75rem;
    white-space: nowrap;
  }
  button:hover {
    background: var(--_bg-subtle);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_bg);
  }
  [part='preview'] {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-height: 10rem;
    overflow: auto;
  }
  [part='confirm'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
  }
  [part='confirm'] p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  [part='hint'] {
    margin: 0;
    color: var(--_danger);
  }
  @container (max-width: 30rem) {
    [part='finding'] {
      grid-template-columns: 1fr;
    }
    [part='suggestions'] li {
      flex-direction: column;
      align-items: stretch;
    }
    button {
      white-space: normal;
    }
  }
`;
