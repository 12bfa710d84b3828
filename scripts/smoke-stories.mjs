// Opens every story of the static Storybook build in Chromium and fails on page errors,
// console errors, accessibility violations (addon-a11y with test: 'error') and undefined elements.
import { readFileSync } from 'node:fs';
import { launch, serve } from './browser.mjs';

const dir = 'storybook-static';
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await serve(dir);
const browser = await launch();
const failures = [];
const started = Date.now();

async function check(story) {
  // A context (window) per story: tabs sharing a window are hidden and pause animation frames.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Failed requests are reported below with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.exposeFunction('__reportStory', (event) => {
    if (event.type === 'storyErrored' || event.type === 'storyThrewException') problems.push(`${event.type}: ${JSON.stringify(event.args).slice(0, 400)}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__storyDone = new Promise((done) => {
      const attach = () => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return setTimeout(attach, 10);
        channel.on('storyFinished', (e) => done({ status: e?.status, reporters: e?.reporters ?? [] }));
        channel.on('storyErrored', (e) => window.__reportStory({ type: 'storyErrored', args: e }));
        channel.on('storyThrewException', (e) => window.__reportStory({ type: 'storyThrewException', args: String(e?.message ?? e) }));
      };
      attach();
    });
  });
  await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  const finished = await Promise.race([
    page.evaluate(() => window.__storyDone),
    new Promise((r) => setTimeout(() => r(null), 20_000)),
  ]);
  if (!finished) problems.push('story did not finish within 20 s');
  else {
    for (const report of finished.reporters) {
      if (report.type === 'a11y' && report.status === 'failed') {
        const violations = report.result?.violations ?? [];
        problems.push(`a11y: ${violations.map((v) => `${v.id} (${v.nodes?.length} nodes)`).join(', ') || 'failed'}`);
      }
    }
  }
  const undefinedTags = await page.evaluate(() =>
    [...new Set(Array.from(document.querySelectorAll('#storybook-root :not(:defined)'), (el) => el.localName).filter((n) => n.startsWith('rp-')))],
  );
  if (undefinedTags.length) problems.push(`undefined elements: ${undefinedTags.join(', ')}`);
  const rendered = await page.evaluate(() => document.querySelector('#storybook-root')?.querySelector('[class], rp-provider, rp-sla-countdown, *') !== null);
  if (!rendered) problems.push('story rendered nothing');
  await context.close();
  if (problems.length) failures.push({ id: story.id, problems });
}

try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (queue.length) await check(queue.shift());
    }),
  );
} finally {
  await browser.close();
  await server.close();
}

for (const f of failures) console.error(`stories: FAIL ${f.id}\n  ${f.problems.join('\n  ')}`);
console.log(`stories: ${stories.length - failures.length}/${stories.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length || stories.length === 0) process.exit(1);
