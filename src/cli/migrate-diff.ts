/** A file change as a unified diff (`git diff` style, 3 lines of context); `before` undefined: a new file. */
export function unifiedDiff(file: string, before: string | undefined, after: string, context = 3): string {
  const a = splitLines(before ?? '');
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const header = `--- ${before === undefined ? '/dev/null' : `a/${file}`}\n+++ b/${file}\n`;
  const hunks: string[] = [];
  const changes = ops.flatMap((op, index) => (op.kind === 'equal' ? [] : [index]));
  // Changes with up to 2 * context equal lines between them share a hunk.
  for (let h = 0; h < changes.length; ) {
    let last = changes[h]!;
    let k = h + 1;
    while (k < changes.length && changes[k]! - last - 1 <= 2 * context) last = changes[k++]!;
    const start = Math.max(0, changes[h]! - context);
    const stop = Math.min(ops.length, last + 1 + context);
    hunks.push(renderHunk(ops.slice(start, stop)));
    h = k;
  }
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
  const first = ops[0]!;
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
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = midA[i] === midB[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
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
  for (let k = 0; k < prefix; k++) push('equal', a[k]!);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      push('equal', midA[i]!);
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      // Deletions before insertions within a changed run, as git shows them.
      push('delete', midA[i]!);
      i++;
    } else {
      push('insert', midB[j]!);
      j++;
    }
  }
  for (let k = a.length - suffix; k < a.length; k++) push('equal', a[k]!);
  return ops;
}
