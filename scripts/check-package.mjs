// After `npm run build`: every path package.json exports exists, and the pure core
// runs in Node (no DOM) — in the main thread and in a worker.
import { existsSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) missing.push(`${entry} → ${file}`);
  }
}
if (missing.length) {
  console.error(`package: exported files missing:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

// The core entry must not reach Lit or the DOM through any chunk it imports.
const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
    if (!spec.startsWith('.')) {
      if (spec !== 'zod' && !spec.startsWith('zod/')) {
        console.error(`package: dist/core.js reaches "${spec}" through ${file}`);
        process.exit(1);
      }
      continue;
    }
    visit(join(dirname(file), spec));
  }
};
visit('dist/core.js');

const probe = `
  const core = await import(${JSON.stringify(new URL('../dist/core.js', import.meta.url).href)});
  const status = core.computeSla({ priority: 'urgent', events: [{ type: 'created', at: 0 }] }, core.DEFAULT_SLA_POLICY, 5 * 60_000);
  if (status.next?.kind !== 'firstResponse' || status.next.remainingMs !== 10 * 60_000) throw new Error('computeSla gave ' + JSON.stringify(status));
  if (typeof document !== 'undefined' || typeof HTMLElement !== 'undefined') throw new Error('unexpected DOM');
  Object.keys(core).length;
`;
const mainThread = await new Function(`return (async () => { ${probe}; return true; })()`)();
const inWorker = await new Promise((resolve, reject) => {
  const worker = new Worker(`(async () => { ${probe} })().then(() => require('node:worker_threads').parentPort.postMessage(true), (e) => { throw e; });`, { eval: true });
  worker.once('message', resolve);
  worker.once('error', reject);
});
console.log(`package: ${Object.keys(pkg.exports).length} exports present; core (${seen.size} files, no Lit) runs in Node (${mainThread}) and in a worker (${inWorker})`);
