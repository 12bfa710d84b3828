import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const executablePath = findChromium();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  concurrency: 2,
  // Lit's dev-mode notice repeats once per test file and hides the logs that matter.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // A context (window) per test file: tabs sharing one window are hidden, and
      // hidden pages pause requestAnimationFrame and report visibilityState 'hidden'.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
