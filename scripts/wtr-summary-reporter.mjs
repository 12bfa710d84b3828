// Ends every test run with one plain line CI can read: `wtr: N passed, N failed, N skipped`.
// A test file that fails to load, or errors outside a test, counts as one failure.

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const brokeOutsideTests = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (brokeOutsideTests) totals.failed++;
      }
      // Printed after the default reporter's own summary so it is the log's last line.
      setTimeout(() => {
        process.stdout.write(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      }, 0);
    },
  };
}
