/**
 * Rapport's domain logic as pure TypeScript: no DOM, no Lit, no timers. Runs in
 * Node, a worker or a browser. Import it alone as `@rapport/elements/core`.
 */
export { LANGS, isLang, normalizeLang, type Lang } from './lang.js';
export { toEpochMs, type Instant } from './time.js';
export { splitDuration, displayPrecisionMs, msUntilDisplayChange, type DurationParts } from './duration.js';
export * from './sla/index.js';
export { diffSlaTargets, type SlaTransition } from './sla/transitions.js';
export * from './emotion/index.js';
export * from './complaint/index.js';
export * from './escalation/index.js';
export * from './reply/index.js';
export * from './suggest/index.js';
