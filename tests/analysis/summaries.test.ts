import { describe, expect, it } from 'vitest';

import type { CallSummary } from '../../src/analysis/model.js';
import { summarizeProbe, summarizeProbeFromTypeScript } from './probe-summaries.js';

// The linted file is summarised from ESTree, other files from TypeScript nodes; both must say the
// same about the same code, since one core classifies and walks them.

interface Row { text: string; usage: CallSummary['usage']; enclosing?: string }

const rows = (calls: CallSummary[]): Row[] =>
  calls.map((c) => ({ text: c.text, usage: c.usage, ...(c.enclosing ? { enclosing: c.enclosing.text } : {}) }));

function fromEstree(code: string): Row[] {
  return rows(summarizeProbe(code).calls);
}

function fromTypeScript(code: string): Row[] {
  return rows(summarizeProbeFromTypeScript(code));
}

const cases: { name: string; code: string; expected: Row[] }[] = [
  {
    name: 'awaited, floating, voided and returned calls',
    code: 'async function probe() { await a.b(); c(); void d.e(); return f(); }',
    expected: [
      { text: 'a.b', usage: 'awaited' },
      { text: 'c', usage: 'floating' },
      { text: 'd.e', usage: 'floating' },
      { text: 'f', usage: 'awaited' },
    ],
  },
  {
    name: 'Promise.all elements flow into the Promise.all call',
    code: 'async function probe() { await Promise.all([x(), y.z()]); }',
    expected: [
      { text: 'Promise.all', usage: 'awaited' },
      { text: 'x', usage: 'viaEnclosing', enclosing: 'Promise.all' },
      { text: 'y.z', usage: 'viaEnclosing', enclosing: 'Promise.all' },
    ],
  },
  {
    name: 'a builder chain is one call; .then splits it',
    code: "async function probe() { await db.insert(t).values(v).returning(); send().then(done); }",
    expected: [
      { text: 'db.insert().values().returning', usage: 'awaited' },
      { text: 'send().then', usage: 'floating' },
      { text: 'send', usage: 'viaEnclosing', enclosing: 'send().then' },
    ],
  },
  {
    name: 'callbacks: awaited inside flows to the enclosing call, floating inside stays floating',
    code: 'async function probe() { await db.$transaction(async (tx) => { await tx.n.create(); tx.m.create(); }); }',
    expected: [
      { text: 'db.$transaction', usage: 'awaited' },
      { text: 'tx.n.create', usage: 'viaEnclosing', enclosing: 'db.$transaction' },
      { text: 'tx.m.create', usage: 'floating', enclosing: 'db.$transaction' },
    ],
  },
  {
    name: 'a stored promise takes the use of its reads',
    code: 'async function probe() { const p = send(); const q = other(); await p; }',
    expected: [
      { text: 'send', usage: 'awaited' },
      { text: 'other', usage: 'floating' },
    ],
  },
  {
    name: 'nested function declarations are not walked; tagged templates are calls',
    code: 'async function probe() { function inner() { hidden(); } await sql`INSERT INTO n`; }',
    expected: [{ text: 'sql``', usage: 'awaited' }],
  },
];

describe('call summaries', () => {
  for (const testCase of cases) {
    it(`${testCase.name} (ESTree)`, () => {
      expect(fromEstree(testCase.code)).toEqual(testCase.expected);
    });
    it(`${testCase.name} (TypeScript)`, () => {
      expect(fromTypeScript(testCase.code)).toEqual(testCase.expected);
    });
  }
});
