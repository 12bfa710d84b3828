import { itFindsEveryCase, itFindsNothingIn } from './helpers.js';
import { BATCH2, BATCH3, FAMILIES5, GOOD5, GOOD5B, GOOD5C } from './families5.cases.js';

// Round 5 families (docs/reply-checker.md, "Round 5"): brainstormed from the domain first, then
// widened from tune5. Each case is one family member in Simplified, Traditional/Cantonese or English;
// the near-misses (look-alikes of each family) must stay clean.

const ALL = { ...FAMILIES5, 'batch 2: reminders, citations, tone': BATCH2, 'batch 3: widened from tune5': BATCH3 };

describe('lintReply round 5 families', () => itFindsEveryCase(ALL, { templates: true }));

describe('lintReply round 5 near-misses stay clean', () => itFindsNothingIn([...GOOD5, ...GOOD5B, ...GOOD5C]));
