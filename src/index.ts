/**
 * Every Rapport element (each defines its tag on import), the shared clocks,
 * the event classes, and the pure logic of `./core`.
 */
export * from './core/index.js';
export * from './events/index.js';
export { RpProvider } from './components/provider/provider.js';
export { RpSlaCountdown, COUNTDOWN_STATES, type CountdownState } from './components/sla-countdown/sla-countdown.js';
export { RpEmpathyPanel, EMPATHY_PANEL_STATES, type EmpathyPanelState, type EmpathyAnalyzer } from './components/empathy-panel/empathy-panel.js';
export { RpReplyCoach } from './components/reply-coach/reply-coach.js';
export { RpComplaintForm, COMPLAINT_FORM_STEPS, type ComplaintFormStep, type ComplaintCustomerPrefill } from './components/complaint-form/complaint-form.js';
export { RpEscalationDialog } from './components/escalation-dialog/escalation-dialog.js';
export { systemClock, createManualClock, createAcceleratedClock, type Clock, type ManualClock } from './internal/clock.js';
export type { RapportConfig } from './internal/context.js';
