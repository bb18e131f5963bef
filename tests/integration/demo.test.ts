// npm run demo, as a newcomer runs it from the Quick Start: it exits 0, and every line of the
// README's excerpt is a line it prints ("…" stands for the part the excerpt leaves out).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The README's Quick Start excerpt of the demo's output: the text block after "An excerpt:". */
function readmeExcerpt(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('```text\n', readme.indexOf('An excerpt:')) + '```text\n'.length;
  return readme.slice(start, readme.indexOf('```', start)).split('\n').filter((line) => line.trim() !== '');
}

/** `line` as a whole-line pattern, each "…" matching any text. */
function toRegExp(line: string): RegExp {
  return new RegExp(`^${line.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

describe('npm run demo', () => {
  it('exits 0 and prints each line of the README Quick Start excerpt', () => {
    const demo = spawnSync(process.execPath, [path.join(root, 'scripts/demo.mjs')], { cwd: root, encoding: 'utf8' });
    expect({ status: demo.status, stderr: demo.stderr }).toEqual({ status: 0, stderr: '' });
    const printed = demo.stdout.split('\n');
    const excerpt = readmeExcerpt();
    expect(excerpt.length).toBeGreaterThan(5);
    for (const line of excerpt) expect(printed.some((out) => toRegExp(line).test(out)), line).toBe(true);
  }, 120_000);
});
