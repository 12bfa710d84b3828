export * from './sla-events.js';
