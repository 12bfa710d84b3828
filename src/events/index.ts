export * from './sla-events.js';
export * from './complaint-events.js';
export * from './escalation-events.js';
export * from './reply-events.js';
export * from './empathy-events.js';
export * from './suggestion-events.js';
