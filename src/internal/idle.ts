/**
 * Runs `step` in the browser's idle time until it returns true. Each call gets the milliseconds
 * left in that idle period (at least 1: after the 2 s timeout the browser runs it anyway). Where
 * there is no requestIdleCallback, a timer gives it 8 ms slices. Returns a function that cancels.
 */
export function whenIdle(step: (budgetMs: number) => boolean): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hasIdle = typeof globalThis.requestIdleCallback === 'function';
  const run = (budgetMs: number): void => {
    if (cancelled) return;
    if (!step(budgetMs)) schedule();
  };
  const schedule = (): void => {
    if (hasIdle) idle = requestIdleCallback((deadline) => run(Math.max(1, deadline.timeRemaining())), { timeout: 2000 });
    else timer = setTimeout(() => run(8), 50);
  };
  schedule();
  return () => {
    cancelled = true;
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
