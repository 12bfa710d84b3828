import { css } from 'lit';

export const styles = css`
  :host {
    --_emotion: var(--rp-empathy-panel-emotion-color, var(--_neutral));
    --_mark: var(--rp-empathy-panel-mark, light-dark(#fff1b8, #5a4a12));
    display: block;
    container-type: inline-size;
    line-height: 1.45;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  @container (min-width: 640px) {
    [part='base'] {
      grid-template-columns: minmax(16rem, 2fr) 3fr;
      align-items: start;
    }
  }
  .reading,
  [part='body'] {
    display: grid;
    gap: calc(var(--_space) * 3);
    min-width: 0;
  }
  p,
  figure,
  blockquote,
  ul,
  ol {
    margin: 0;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  [part='header'][data-emotion='angry'] {
    --_emotion: var(--rp-empathy-panel-emotion-color, var(--_danger));
  }
  [part='header'][data-emotion='anxious'],
  [part='header'][data-emotion='disappointed'] {
    --_emotion: var(--rp-empathy-panel-emotion-color, var(--_warning));
  }
  [part='header'][data-emotion='confused'] {
    --_emotion: var(--rp-empathy-panel-emotion-color, var(--_accent));
  }
  [part='header'][data-emotion='satisfied'] {
    --_emotion: var(--rp-empathy-panel-emotion-color, var(--_success));
  }
  [part='icon'] {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    color: var(--_emotion);
  }
  [part='label'] {
    font-weight: 700;
    font-size: 1.05em;
    color: var(--_emotion);
  }
  .meter {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='meter'] {
    width: 6rem;
  }
  [part='flags'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  [part='flag'] {
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_warning);
  }
  [part='flag'][data-flag='hostile'],
  [part='flag'][data-flag='safety'] {
    color: var(--_danger);
  }
  [part='safety'] {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    color: var(--_fg);
    font-weight: 700;
  }
  [part='safety'] svg {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    color: var(--_danger);
  }
  [part='notice'] {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .fallback {
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_warning);
    background: var(--_bg-subtle);
    color: var(--_fg);
  }
  .latest figcaption,
  .title,
  .control-row > span {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_fg-muted);
  }
  [part='message'] {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 2);
    border-inline-start: 3px solid var(--_emotion);
    background: var(--_bg-subtle);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part='cue'] {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
    padding: 0 1px;
  }
  [part='trend'] {
    display: grid;
    gap: var(--_space);
    color: var(--_emotion);
  }
  [part='trend'] svg {
    width: 100%;
    height: 2rem;
    overflow: visible;
  }
  [part='trend'] figcaption {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='trend'][data-trend='rising'] {
    color: var(--_danger);
  }
  [part='trend'][data-trend='falling'] {
    color: var(--_success);
  }
  [part='temperament'] {
    display: grid;
    gap: var(--_space);
    font-size: var(--_font-size-small);
  }
  .evidence q {
    margin-inline-end: var(--_space);
  }
  .control-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  select,
  button {
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
  }
  button {
    cursor: pointer;
  }
  button:hover {
    background: var(--_bg-subtle);
  }
  button.primary {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: default;
    color: var(--_fg-muted);
    border-color: var(--_border);
  }
  [part='escalation'] {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
  }
  [part='escalation'][data-cause='safety'] {
    border-color: var(--_danger);
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .group > ul {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  .suggestion {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .suggestion ol {
    padding-inline-start: 1.5em;
  }
  [part='hint'] {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .copy-failed {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='avoid'] summary {
    cursor: pointer;
    font-weight: 600;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='avoid'] ul {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  [part='avoid'] li {
    display: grid;
  }
  [part='avoid'] s {
    color: var(--_danger);
  }
  .instead {
    font-size: var(--_font-size-small);
  }
  @container (max-width: 360px) {
    [part='base'] {
      padding: calc(var(--_space) * 2);
      gap: calc(var(--_space) * 3);
    }
    .meter {
      margin-inline-start: 0;
      flex-basis: 100%;
    }
    [part='meter'] {
      flex: 1;
    }
  }
`;
