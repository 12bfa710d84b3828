import { expect } from '@open-wc/testing';
import { whenIdle } from '../../src/internal/idle.js';

const until = async (done: () => boolean, ms = 5000): Promise<void> => {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('whenIdle (warm-ups in idle time)', () => {
  it('calls the step with a positive budget until it returns true', async () => {
    const budgets: number[] = [];
    whenIdle((budgetMs) => {
      budgets.push(budgetMs);
      return budgets.length === 3;
    });
    expect(budgets).to.have.length(0); // never synchronously
    await until(() => budgets.length === 3);
    await new Promise((r) => setTimeout(r, 100));
    expect(budgets).to.have.length(3);
    for (const b of budgets) expect(b).to.be.above(0);
  });

  it('stops when cancelled', async () => {
    let calls = 0;
    const cancel = whenIdle(() => {
      calls++;
      return false;
    });
    await until(() => calls >= 1);
    cancel();
    const seen = calls;
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.equal(seen);
  });
});
