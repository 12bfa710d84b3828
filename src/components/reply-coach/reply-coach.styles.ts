import { css } from 'lit';

export const styles = css`
  :host {
    --_mark: var(--rp-reply-coach-mark-color, var(--_warning));
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
    text-decoration: underline wavy var(--_mark);
    text-underline-offset: 3px;
  }
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
