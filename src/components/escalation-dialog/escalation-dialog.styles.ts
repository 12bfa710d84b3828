import { css } from 'lit';

export const styles = css`
  :host {
    --_width: var(--rp-escalation-dialog-width, 40rem);
    --_immediate: var(--rp-escalation-dialog-immediate-color, var(--_danger));
    --_high: var(--rp-escalation-dialog-high-color, var(--_warning));
    display: contents;
  }
  [part='dialog'] {
    width: min(var(--_width), calc(100vw - 1rem));
    max-width: none;
    max-height: calc(100dvh - 1rem);
    margin: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    box-shadow: 0 12px 32px rgb(0 0 0 / 0.3);
    overflow: hidden;
  }
  [part='dialog']::backdrop {
    background: var(--rp-escalation-dialog-backdrop, rgb(15 20 25 / 0.55));
  }
  [part='dialog'][open] {
    display: flex;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    width: 100%;
    max-height: calc(100dvh - 1rem);
    min-height: 0;
  }
  [part='header'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 4) calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
  }
  [part='title'] {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  /* The heading takes focus on open only so screen readers start at the top; it is not a control. */
  [part='title']:focus,
  [part='title']:focus-visible {
    outline: none;
  }
  [part='close'] {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  [part='close'] svg {
    width: 1rem;
    height: 1rem;
  }
  [part='close']:hover {
    background: var(--_bg-subtle);
    color: var(--_fg);
  }
  [part='urgency'],
  [part='advice'] {
    grid-column: 1 / -1;
    margin: 0;
  }
  [part='urgency'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: baseline;
  }
  [part='urgency'] strong {
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_neutral);
  }
  [part='urgency'][data-urgency='high'] strong {
    color: var(--_high);
  }
  [part='urgency'][data-urgency='immediate'] strong {
    color: var(--_immediate);
  }
  [part='advice'],
  [part='hint'],
  .availability,
  .target-kind,
  .reason-message,
  .status {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  [part='body'] {
    display: grid;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 4);
    overflow-y: auto;
    min-height: 0;
    flex: 1 1 auto;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  [part='label'] {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  [part='target'],
  [part='reason'] {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 2);
    align-items: baseline;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part='target']:has(input:checked),
  [part='reason']:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_bg-subtle);
  }
  [part='target'] > :not(input),
  [part='reason'] > :not(input) {
    grid-column: 2;
    overflow-wrap: anywhere;
  }
  [part='target'][data-available='false'] .availability {
    color: var(--_warning);
  }
  .target-name {
    font-weight: 600;
  }
  .tag {
    padding: 0 var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    color: var(--_accent);
    font-size: var(--_font-size-small);
  }
  input {
    accent-color: var(--_accent);
    margin: 0;
  }
  [part='warning'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  [part='warning'] p {
    margin: 0;
  }
  [part='warning'] label {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: baseline;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--_space);
  }
  [part='hint'] {
    margin: 0;
  }
  [part='control'] {
    width: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    line-height: 1.45;
    resize: vertical;
  }
  [part='control'][aria-invalid='true'],
  input[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
  }
  [part='field-error'],
  [part='error'] {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  [part='error'] {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }
  [part='script-actions'],
  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  [part='footer'] {
    justify-content: flex-end;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }
  button.primary,
  button.secondary {
    min-height: 2.25rem;
    padding: var(--_space) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    cursor: pointer;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_fg);
  }
  button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  button[aria-disabled='true'],
  button:disabled {
    opacity: 0.65;
    cursor: not-allowed;
  }
  :host(:state(saving)) [part='submit'] {
    cursor: progress;
  }
  @media (max-width: 30rem) {
    [part='header'],
    [part='body'],
    [part='footer'] {
      padding-inline: calc(var(--_space) * 3);
    }
    [part='footer'] button {
      flex: 1 1 auto;
    }
  }
`;
