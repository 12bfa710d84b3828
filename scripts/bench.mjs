// `npm run bench`: browser benchmarks (bench/*.browser.ts) in Chromium, then Node benchmarks (bench/*.bench.ts).
// `node scripts/bench.mjs empathy --profile`: also records a CPU profile, sampled allocations and a trace
// of the measured part of a browser benchmark (between its __benchBeforeMeasure and __benchAfterMeasure
// hooks), prints where the time, the bytes and the renderer's work go, and writes
// .cache/bench/<name>.cpuprofile (open it in DevTools) and <name>.trace.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { launch, serve } from './browser.mjs';

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const only = args.find((a) => !a.startsWith('--'));
const files = readdirSync('bench').filter((f) => !only || f.includes(only));
mkdirSync('.cache/bench', { recursive: true });
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

for (const file of files.filter((f) => f.endsWith('.browser.ts'))) {
  const name = file.replace(/\.browser\.ts$/, '');
  await build({
    entryPoints: [`bench/${file}`],
    bundle: true,
    format: 'esm',
    // Readable function names in a profile; the timings of a profiled run are not the benchmark's.
    minify: !profile,
    target: 'es2022',
    outfile: `.cache/bench/${name}.js`,
    tsconfig: 'tsconfig.json',
    define: { __RAPPORT_DEV__: 'false' },
    logLevel: 'warning',
  });
  const page = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module" src="/${name}.js"></script></body></html>`;
  const server = await serve('.cache/bench', { '/index.html': page }, { headers: ISOLATED });
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => console.error(`${name}: ${e}`));
    const recorder = profile ? await recordBetweenHooks(tab) : null;
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction(() => window.__bench, { timeout: 120_000 });
    tab.setDefaultTimeout(300_000);
    const result = await tab.evaluate(() => window.__bench);
    console.log(`\n## ${name} (Chromium ${await browser.version()})`);
    console.log(JSON.stringify(result, null, 2));
    if (recorder?.started()) report(name, await recorder.result(), result.samples ?? result.iterations ?? 1);
    else if (recorder) console.log(`\n${name} has no measure hooks: nothing recorded`);
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

/** Starts the CPU profiler and the sampling heap profiler when the page calls __benchBeforeMeasure, stops them at __benchAfterMeasure. */
async function recordBetweenHooks(tab) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('HeapProfiler.enable');
  let done;
  let started = false;
  const finished = new Promise((ok) => (done = ok));
  await tab.exposeFunction('__benchBeforeMeasure', async () => {
    started = true;
    await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    await cdp.send('Profiler.start');
  });
  await tab.exposeFunction('__benchAfterMeasure', async () => {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    const { profile: heap } = await cdp.send('HeapProfiler.stopSampling');
    const trace = JSON.parse(new TextDecoder().decode(await tab.tracing.stop()));
    done({ cpu, heap, trace });
  });
  return { started: () => started, result: () => finished };
}

function report(name, { cpu, heap, trace }, samples) {
  writeFileSync(`.cache/bench/${name}.cpuprofile`, JSON.stringify(cpu));
  const label = (f) => `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim();
  // Self time per function, from the sample counts and the time between samples.
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = cpu.timeDeltas;
  for (let i = 0; i < cpu.samples.length; i++) {
    const node = byId.get(cpu.samples[i]);
    const key = label(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = (cpu.endTime - cpu.startTime) / 1000;
  const busy = [...self].filter(([k]) => k !== '(idle)' && k !== '(program)').reduce((s, [, v]) => s + v, 0);
  console.log(`\n### CPU (${samples} samples, ${total.toFixed(0)} ms recorded, ${busy.toFixed(0)} ms busy, ${(busy / samples).toFixed(2)} ms busy per sample)`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(ms / samples).toFixed(3).padStart(8)} ms/sample  ${key}`);
  }
  // Allocated bytes per function, collected objects included (V8 scales sampled sizes to totals).
  const bytes = new Map();
  let allocated = 0;
  const walk = (node) => {
    const key = label(node.callFrame);
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    allocated += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(heap.head);
  console.log(`\n### Allocations (${(allocated / samples / 1024).toFixed(1)} kB per sample)`);
  for (const [key, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${(b / samples / 1024).toFixed(1).padStart(8)} kB/sample  ${key}`);
  }
  // The renderer's own work: style recalculation, layout, paint, garbage collection.
  const events = (trace.traceEvents ?? trace).filter((e) => e.ph === 'X' && e.dur);
  const work = new Map();
  for (const e of events) {
    const key = e.name;
    const entry = work.get(key) ?? { ms: 0, count: 0, elements: 0 };
    entry.ms += e.dur / 1000;
    entry.count++;
    entry.elements += e.args?.elementCount ?? e.args?.data?.elementCount ?? 0;
    work.set(key, entry);
  }
  const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'HitTest', 'ParseAuthorStyleSheet', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MC_BACKGROUND_MARKING'];
  console.log(`\n### Rendering (per sample; style recalcs with their element counts)`);
  for (const key of RENDERING) {
    const entry = work.get(key);
    if (entry) console.log(`${(entry.ms / samples).toFixed(3).padStart(8)} ms/sample  ${key} ×${(entry.count / samples).toFixed(2)}${entry.elements ? `, ${(entry.elements / entry.count).toFixed(0)} elements each` : ''}`);
  }
  writeFileSync(`.cache/bench/${name}.trace.json`, JSON.stringify(trace));
  console.log(`\nwrote .cache/bench/${name}.cpuprofile and ${name}.trace.json`);
}
