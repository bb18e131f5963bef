/** A file change as a unified diff (`git diff` style, 3 lines of context); `before` undefined: a new file. */
export function unifiedDiff(file: string, before: string | undefined, after: string, context = 3): string {
  const a = splitLines(before ?? '');
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const header = `--- ${before === undefined ? '/dev/null' : `a/${file}`}\n+++ b/${file}\n`;
  const hunks: string[] = [];
  const changes = ops.flatMap((op, index) => (op.kind === 'equal' ? [] : [index]));
  // Changes with up to 2 * context equal lines between them share a hunk.
  const addHunk = (first: number, last: number): void => {
    hunks.push(renderHunk(ops.slice(Math.max(0, first - context), Math.min(ops.length, last + 1 + context))));
  };
  let group: { first: number; last: number } | undefined;
  for (const change of changes) {
    if (group && change - group.last - 1 <= 2 * context) {
      group.last = change;
      continue;
    }
    if (group) addHunk(group.first, group.last);
    group = { first: change, last: change };
  }
  if (group) addHunk(group.first, group.last);
  return hunks.length === 0 ? '' : header + hunks.join('');
}

interface Op {
  kind: 'equal' | 'delete' | 'insert';
  line: string;
  /** 1-based line numbers in the old and the new text before this operation applies. */
  oldLine: number;
  newLine: number;
}

function renderHunk(ops: Op[]): string {
  const first = ops[0];
  // A hunk holds at least its change.
  if (!first) return '';
  const oldCount = ops.filter((op) => op.kind !== 'insert').length;
  const newCount = ops.filter((op) => op.kind !== 'delete').length;
  // An empty side names the line before the hunk, as diff does.
  const oldStart = oldCount === 0 ? first.oldLine - 1 : first.oldLine;
  const newStart = newCount === 0 ? first.newLine - 1 : first.newLine;
  let text = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`;
  for (const op of ops) {
    const sign = op.kind === 'equal' ? ' ' : op.kind === 'delete' ? '-' : '+';
    text += op.line.endsWith('\n') ? `${sign}${op.line}` : `${sign}${op.line}\n\\ No newline at end of file\n`;
  }
  return text;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Lines with their line breaks, so that a missing final newline is a difference too. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.split(/(?<=\n)/);
}

/** The line operations turning `a` into `b`: common prefix and suffix, then a longest common subsequence. */
function diffLines(a: string[], b: string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const n = midA.length;
  const m = midB.length;
  // lcs[i * (m + 1) + j]: the length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  // Every index asked for is inside the table.
  const common = (i: number, j: number): number => lcs[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = midA[i] === midB[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
    }
  }
  const ops: Op[] = [];
  let oldLine = 1;
  let newLine = 1;
  const push = (kind: Op['kind'], line: string): void => {
    ops.push({ kind, line, oldLine, newLine });
    if (kind !== 'insert') oldLine++;
    if (kind !== 'delete') newLine++;
  };
  for (const line of a.slice(0, prefix)) push('equal', line);
  let i = 0;
  let j = 0;
  for (;;) {
    const lineA = midA[i];
    const lineB = midB[j];
    if (lineA === undefined && lineB === undefined) break;
    if (lineA !== undefined && lineA === lineB) {
      push('equal', lineA);
      i++;
      j++;
    } else if (lineA !== undefined && (lineB === undefined || common(i + 1, j) >= common(i, j + 1))) {
      // Deletions before insertions within a changed run, as git shows them.
      push('delete', lineA);
      i++;
    } else if (lineB !== undefined) {
      push('insert', lineB);
      j++;
    }
  }
  for (const line of a.slice(a.length - suffix)) push('equal', line);
  return ops;
}
