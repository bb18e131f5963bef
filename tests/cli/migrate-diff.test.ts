// The dry run's diff generator, held to git's own output on the same pairs of texts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { unifiedDiff } from '../../src/cli/migrate-diff.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(path.join(root, '.tmp-migrate-diff-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lines = (count: number, from = 1): string => Array.from({ length: count }, (_, i) => `line ${i + from}\n`).join('');

/** git diff --no-index of two texts, from its first hunk on. */
function gitDiff(before: string, after: string): string {
  writeFileSync(path.join(dir, 'a'), before);
  writeFileSync(path.join(dir, 'b'), after);
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  const at = result.stdout.indexOf('@@');
  // git names the enclosing "function" after a hunk header; the diff the command prints does not.
  return at === -1 ? '' : result.stdout.slice(at).replace(/^(@@ [^@]+ @@).*$/gm, '$1');
}

const pairs: [string, string, string][] = [
  ['a line replaced in the middle', lines(10), lines(10).replace('line 5\n', 'line five\n')],
  ['lines added at the top', lines(5), `import x;\n\n${lines(5)}`],
  ['lines removed at the end', lines(8), lines(5)],
  ['two changes far apart make two hunks', lines(30), lines(30).replace('line 3\n', 'line three\n').replace('line 27\n', '')],
  ['two changes close together share a hunk', lines(20), lines(20).replace('line 5\n', 'five\n').replace('line 10\n', 'ten\n')],
  ['a missing final newline', lines(4), lines(4).slice(0, -1)],
  ['several lines replaced by one', lines(12), lines(12).replace('line 6\nline 7\nline 8\n', 'lines 6 to 8\n')],
];

describe('unifiedDiff', () => {
  it.each(pairs)('%s: the same hunks as git diff', (_name, before, after) => {
    const ours = unifiedDiff('f.ts', before, after);
    expect(ours.startsWith('--- a/f.ts\n+++ b/f.ts\n')).toBe(true);
    expect(ours.slice(ours.indexOf('@@'))).toBe(gitDiff(before, after));
  });

  it('a new file is a diff from /dev/null', () => {
    expect(unifiedDiff('inngest/notifications.ts', undefined, 'a\nb\n')).toBe('--- /dev/null\n+++ b/inngest/notifications.ts\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('no change, no diff', () => {
    expect(unifiedDiff('f.ts', lines(3), lines(3))).toBe('');
  });
});
