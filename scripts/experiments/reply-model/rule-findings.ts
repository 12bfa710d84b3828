/**
 * Runs a version of the rule checker over the eight allowed sets and caches its findings in
 * /tmp/rmodel/rules-<name>.json ({ id: [{category, start, end}] }).
 *   npx tsx scripts/experiments/reply-model/rule-findings.ts            current src/core/reply
 *   npx tsx scripts/experiments/reply-model/rule-findings.ts <commit>   an earlier catalogue
 * An earlier catalogue is read from `git archive <commit> src/core` unpacked under
 * /tmp/rmodel/snap/<short> (read-only use of the repository: no checkout, no worktree).
 * "Pre-tuning" catalogues, so each writer can be scored by rules that never saw that writer:
 *   052e972 (before round 1, 9e024ce): tune2 ... variety unseen
 *   8065809 (before round 2, 2e10d53): tune3, tune4, tune5, variety unseen
 *   e466a11 (before round 3, 27a4439): tune4, tune5, variety unseen
 *   6243287 (before round 4, a7abd68): tune5, variety unseen
 *   e5acd7a (before round 5, 72f8276): variety-zh, variety-en unseen
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadAll, type Finding } from './data.js';

const commit = process.argv[2];
let name = 'current';
let modPath = new URL('../../../src/core/reply/index.ts', import.meta.url).href;
if (commit) {
  const repo = new URL('../../../', import.meta.url).pathname;
  name = execSync(`git -C ${repo} rev-parse --short ${commit}`).toString().trim();
  const dir = `/tmp/rmodel/snap/${name}`;
  if (!existsSync(`${dir}/src/core/reply/index.ts`)) {
    mkdirSync(dir, { recursive: true });
    execSync(`git -C ${repo} archive ${commit} src/core | tar -x -C ${dir}`);
  }
  modPath = pathToFileURL(`${dir}/src/core/reply/index.ts`).href;
}
const { lintReply } = (await import(modPath)) as { lintReply: (t: string) => Finding[] };
const out: Record<string, Finding[]> = {};
for (const item of loadAll()) {
  out[`${item.set}/${item.id}`] = lintReply(item.text).map((f) => ({ category: f.category, start: f.start, end: f.end }));
}
mkdirSync('/tmp/rmodel', { recursive: true });
writeFileSync(`/tmp/rmodel/rules-${name}.json`, JSON.stringify(out));
console.log(`wrote /tmp/rmodel/rules-${name}.json (${Object.keys(out).length} drafts)`);
