import { css } from 'lit';

export const styles = css`
  :host {
    --_corrected: var(--rp-complaint-form-corrected-color, var(--_warning));
    --_on-accent: light-dark(#ffffff, #0d1117);
    display: block;
    max-width: var(--rp-complaint-form-max-width, none);
    line-height: 1.45;
  }
  :host([data-disabled]) {
    opacity: 0.6;
  }

  [part='base'] {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 4);
    padding: var(--rp-complaint-form-padding, calc(var(--_space) * 4));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }

  [part='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  [part='steps'] li {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border: 1px solid currentColor;
    border-radius: 50%;
    font-variant-numeric: tabular-nums;
  }
  [part='steps'] li[aria-current='step'] {
    color: var(--_fg);
    font-weight: 600;
  }
  [part='steps'] li[aria-current='step'] .step-number {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part='steps'] li[data-done='true'] .step-number {
    border-color: var(--_success);
    color: var(--_success);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }

  [part='error-summary'] {
    padding: calc(var(--_space) * 3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .summary-title {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }
  [part='error-summary'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='error-summary'] a {
    color: var(--_danger);
    font-weight: 600;
  }

  form,
  fieldset {
    margin: 0;
    min-width: 0;
  }
  [part='form'] {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  fieldset {
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 2);
    font-weight: 700;
  }
  .required-note {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3) calc(var(--_space) * 4);
  }
  @container (min-width: 36rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .field.wide {
      grid-column: 1 / -1;
    }
  }

  [part='field'] {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }
  [part='label'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    font-weight: 600;
  }
  .required {
    color: var(--_danger);
  }
  .badge {
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_corrected);
    border-radius: 999px;
    color: var(--_corrected);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  [part='hint'] {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  [part='control'] {
    width: 100%;
    min-height: 2.25rem;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    color-scheme: inherit;
  }
  textarea[part='control'] {
    resize: vertical;
  }
  [part='control']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  [part='control'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field.corrected [part='control'] {
    border-inline-start: 4px solid var(--_corrected);
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  [part~='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  [part~='button'] {
    min-height: 2.25rem;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='primary'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='button'][aria-disabled='true'],
  [part~='button']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .review {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .step-title {
    margin: 0;
    font-weight: 700;
  }
  [part='script'] {
    margin: 0;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    font-size: 1.0625em;
    line-height: 1.6;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .corrections fieldset {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='status'] {
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  [part='status'] p {
    margin: 0;
  }
  .failed {
    border: 2px solid var(--_danger);
  }
  .failed p:first-child {
    color: var(--_danger);
    font-weight: 600;
  }
  .saved {
    border-inline-start: 4px solid var(--_success);
    font-weight: 600;
  }
`;
