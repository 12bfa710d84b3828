import { css } from 'lit';

/**
 * Design tokens, tier 1 → tier 3. Hosts theme every element with global
 * `--rp-*` tokens (tier 1), one element with its `--rp-<element>-*` tokens
 * (tier 2); elements read only private `--_*` values (tier 3). Colours use
 * `light-dark()`, so they follow the `color-scheme` of the page or of `<rp-provider theme>`.
 */
export const tokens = css`
  :host {
    --_font: var(--rp-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft JhengHei', sans-serif);
    --_font-size: var(--rp-font-size, 0.875rem);
    --_font-size-small: var(--rp-font-size-small, 0.75rem);
    --_space: var(--rp-space, 0.25rem);
    --_radius: var(--rp-radius, 0.375rem);
    --_fg: var(--rp-color-text, light-dark(#1f2328, #e6edf3));
    --_fg-muted: var(--rp-color-text-muted, light-dark(#57606a, #9ea7b3));
    --_bg: var(--rp-color-surface, light-dark(#ffffff, #161b22));
    --_bg-subtle: var(--rp-color-surface-subtle, light-dark(#f3f5f7, #21262d));
    --_border: var(--rp-color-border, light-dark(#c9d1d9, #3d444d));
    --_accent: var(--rp-color-accent, light-dark(#0a5cc2, #58a6ff));
    --_success: var(--rp-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--rp-color-warning, light-dark(#8a5a00, #e3b341));
    --_danger: var(--rp-color-danger, light-dark(#b3261e, #ff7b72));
    --_neutral: var(--rp-color-neutral, light-dark(#57606a, #9ea7b3));
    --_focus-ring: var(--rp-focus-ring, 2px solid var(--_accent));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
