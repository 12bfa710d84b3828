// Loads the built CDN file in Chromium, as a host page would with one script tag, and checks every element upgrades.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, serve } from './browser.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
const cdnFile = 'dist/cdn/rapport.js';
const bytes = readFileSync(cdnFile);
console.log(`cdn: ${cdnFile} ${(statSync(cdnFile).size / 1024).toFixed(1)} kB, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzip`);
if (/\[rapport\]/.test(bytes.toString())) {
  console.error('cdn: dev-mode warnings were not stripped from the production build');
  process.exit(1);
}

const page = `<!doctype html><html lang="zh-Hant"><head><link rel="icon" href="data:,"></head><body>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
<rp-sla-countdown id="probe" due-at="2099-01-01T00:00:00Z" label="probe"></rp-sla-countdown>
<script type="module" src="/dist/cdn/rapport.js"></script>
</body></html>`;

const server = await serve('.', { '/smoke.html': page });
const browser = await launch();
let failed = false;
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`${server.url}/smoke.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('rp-sla-countdown'), { timeout: 10_000 });
  const result = await tab.evaluate(async (tags) => {
    const probe = document.querySelector('#probe');
    await probe.updateComplete;
    return {
      undefinedTags: tags.filter((t) => !customElements.get(t)),
      notUpgraded: tags.filter((t) => document.querySelector(t)?.matches(':not(:defined)')),
      probeText: probe.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
      probeState: probe.getAttribute('state'),
      exports: Object.keys(await import('/dist/cdn/rapport.js')).length,
    };
  }, tags);
  console.log(`cdn: ${tags.length} elements defined (${tags.join(', ')}); ${result.exports} exports; probe "${result.probeText}" state=${result.probeState}`);
  if (result.undefinedTags.length || result.notUpgraded.length) {
    console.error(`cdn: not defined: ${result.undefinedTags.join(', ')}; not upgraded: ${result.notUpgraded.join(', ')}`);
    failed = true;
  }
  if (result.probeState !== 'running' || !/剩餘/.test(result.probeText ?? '')) {
    console.error('cdn: the probe countdown did not render its time left in zh-Hant');
    failed = true;
  }
  if (errors.length) {
    console.error(`cdn: page errors:\n${errors.join('\n')}`);
    failed = true;
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exit(1);
console.log('cdn: ok');
