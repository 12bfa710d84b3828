/**
 * The analyser's flags as they were before it was tuned on a given set: the rules at the
 * commit just before the analyser round that was tuned on that set (read-only: `git archive`
 * of src/ into /tmp, nothing in the working tree changes). These are the rules an "unseen
 * writer" met at the time, which the current rules (tuned on all eight sets) cannot simulate.
 *
 *   npx tsx scripts/experiments/flag-model/rules-asof.ts     writes /tmp/fmodel/rules-asof.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Flag } from '../../../src/core/emotion/index.js';
import type { Lang } from '../../../src/core/lang.js';
import { loadAll, NEW_WRITERS, ORDINARY, type SetName } from './data.js';

/**
 * Set → the analyser round tuned on it (from `git log`); the rules at round^ had not seen it.
 * dev and heldout were written with the first analyser, so they have no unseen version.
 */
export const TUNED_BY: Partial<Record<SetName, string>> = {
  tune2: 'e31af4b', // Analyser round 3
  tune3: '8065809', // round 4 (close calls)
  tune4: '40ea361', // round 5
  tune5: '6243287', // round 6 (tuned on tune5)
  tune6: 'd6814a9', // round 7 (tuned on tune6)
  'variety-flags': '108f3a1', // round 8 (tuned on the variety corpus)
};
/** Sets in the order they were added, so a "temporal" split can train only on earlier ones. */
export const ADDED_ORDER: SetName[] = ['dev', 'heldout', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'variety-flags', 'tune7', 'tune8', 'tune9', 'tune10', 'ordinary1', 'ordinary2', 'ordinary3', 'ordinary4'];
/** The session-5 writers (tune7–10, ordinary1–4) met the rules of this commit (the last analyser change before they were written). */
export const NEW_WRITERS_MET = '61aff3f';

export const ASOF_FILE = '/tmp/fmodel/rules-asof.json';
export type AsOf = Record<string, { commit: string; flags: Record<string, Record<Flag, boolean>>; emotion: Record<string, string> }>;

export function loadAsOf(): AsOf {
  return JSON.parse(readFileSync(ASOF_FILE, 'utf8')) as AsOf;
}

async function main(): Promise<void> {
  const root = new URL('../../../', import.meta.url).pathname;
  const items = loadAll();
  const out: AsOf = {};
  const present = new Set(items.map((i) => i.set));
  // Each set with the revision whose rules had not seen it.
  const revs: [string, string][] = [
    ...Object.entries(TUNED_BY).map(([set, round]): [string, string] => [set, `${round}^`]),
    ...[...NEW_WRITERS, ...ORDINARY].filter((set) => present.has(set)).map((set): [string, string] => [set, NEW_WRITERS_MET]),
  ];
  for (const [set, rev] of revs) {
    const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', rev], { encoding: 'utf8' }).trim();
    const dir = `/tmp/fmodel/rules/${commit}`;
    if (!existsSync(`${dir}/src/core/emotion/index.ts`)) {
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git -C '${root}' archive ${commit} src/core | tar -x -C '${dir}'`]);
    }
    const mod = (await import(`${dir}/src/core/emotion/index.ts`)) as { analyzeMessage: (t: string, o: { lang: Lang }) => { flags: Record<Flag, boolean>; emotion: string } };
    const flags: Record<string, Record<Flag, boolean>> = {};
    const emotion: Record<string, string> = {};
    for (const item of items) {
      const reading = mod.analyzeMessage(item.text, { lang: item.lang });
      flags[`${item.set}/${item.id}`] = reading.flags;
      emotion[`${item.set}/${item.id}`] = reading.emotion;
    }
    out[set] = { commit, flags, emotion };
    console.log(set, 'rules as of', commit);
  }
  writeFileSync(ASOF_FILE, JSON.stringify(out));
}

if (process.argv[1]?.endsWith('rules-asof.ts')) await main();
