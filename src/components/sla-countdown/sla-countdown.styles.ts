import { css } from 'lit';

export const styles = css`
  :host {
    --_state-color: var(--_neutral);
    --_bar-track: var(--rp-sla-countdown-bar-track, var(--_bg-subtle));
    --_bar-height: var(--rp-sla-countdown-bar-height, 0.25rem);
    display: inline-block;
    vertical-align: middle;
    min-width: var(--rp-sla-countdown-min-width, 10rem);
    line-height: 1.35;
  }
  :host(:state(running)) {
    --_state-color: var(--rp-sla-countdown-running-color, var(--_accent));
  }
  :host(:state(warning)) {
    --_state-color: var(--rp-sla-countdown-warning-color, var(--_warning));
  }
  :host(:state(breached)) {
    --_state-color: var(--rp-sla-countdown-breached-color, var(--_danger));
  }
  :host(:state(met)) {
    --_state-color: var(--rp-sla-countdown-met-color, var(--_success));
  }
  :host(:state(paused)),
  :host(:state(invalid)) {
    --_state-color: var(--rp-sla-countdown-paused-color, var(--_neutral));
  }

  [part='base'] {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 1);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 2);
    row-gap: var(--_space);
  }
  [part='label'] {
    color: var(--_fg-muted);
  }
  [part='state'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_state-color);
    font-weight: 600;
  }
  [part='icon'] {
    width: 1em;
    height: 1em;
    flex: none;
  }
  [part='time'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    border-radius: 2px;
  }
  :host(:state(breached)) [part='time'] {
    color: var(--_state-color);
  }
  [part='due'] {
    position: absolute;
    inset-block-start: calc(100% + var(--_space));
    inset-inline-start: 0;
    z-index: 1;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-size: var(--_font-size-small);
    white-space: nowrap;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    visibility: hidden;
  }
  [part='time']:hover ~ [part='due'],
  [part='time']:focus-visible ~ [part='due'],
  .due-anchor:hover [part='due'],
  .due-anchor:focus-within [part='due'] {
    visibility: visible;
  }
  .due-anchor {
    position: relative;
  }
  [part='bar'] {
    height: var(--_bar-height);
    border-radius: calc(var(--_bar-height) / 2);
    background: var(--_bar-track);
    overflow: hidden;
  }
  [part='bar-fill'] {
    height: 100%;
    width: 100%;
    transform-origin: left center;
    transform: scaleX(var(--_elapsed, 0));
    background: var(--_state-color);
  }
  :host(:dir(rtl)) [part='bar-fill'] {
    transform-origin: right center;
  }
  [part='toggle'] {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: var(--_font-size-small);
    text-decoration: underline;
    cursor: pointer;
  }
  [part='others'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='others'][hidden] {
    display: none;
  }
  [part='others'] li {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 2);
    align-items: center;
    font-size: var(--_font-size-small);
  }
  .other-state {
    font-weight: 600;
  }
  .other-state[data-state='warning'] {
    color: var(--_warning);
  }
  .other-state[data-state='breached'] {
    color: var(--_danger);
  }
  .other-state[data-state='met'] {
    color: var(--_success);
  }
  [part='hint'] {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
`;
