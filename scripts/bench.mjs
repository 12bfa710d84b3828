// `npm run bench`: browser benchmarks (bench/*.browser.ts) in Chromium, then Node benchmarks (bench/*.bench.ts).
import { mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { launch, serve } from './browser.mjs';

const only = process.argv[2];
const files = readdirSync('bench').filter((f) => !only || f.includes(only));
mkdirSync('.cache/bench', { recursive: true });

for (const file of files.filter((f) => f.endsWith('.browser.ts'))) {
  const name = file.replace(/\.browser\.ts$/, '');
  await build({
    entryPoints: [`bench/${file}`],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: `.cache/bench/${name}.js`,
    tsconfig: 'tsconfig.json',
    define: { __RAPPORT_DEV__: 'false' },
    logLevel: 'warning',
  });
  const page = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module" src="/${name}.js"></script></body></html>`;
  const server = await serve('.cache/bench', { '/index.html': page });
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => console.error(`${name}: ${e}`));
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction(() => window.__bench, { timeout: 120_000 });
    tab.setDefaultTimeout(300_000);
    const result = await tab.evaluate(() => window.__bench);
    console.log(`\n## ${name} (Chromium ${await browser.version()})`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

for (const file of files.filter((f) => f.endsWith('.bench.ts'))) {
  console.log(`\n## ${file} (Node ${process.version})`);
  const run = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
