import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { lint, ruleReports } from './lint.js';

// typescript-eslint runs in "single run" mode under CI=true and the eslint CLI. There, a file it has
// parsed before in the same process is parsed into an isolated one-file program (no imports
// resolved, a host with no current directory), even when the config asks for no types at all.
// The rule must treat that as syntax alone: it once took it for type information, trusted no
// helper names, and crashed inside the checker (CI failed on it while every local run passed).
describe('single-run mode: a file parsed twice in one process', () => {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.TSESTREE_SINGLE_RUN;
    process.env.TSESTREE_SINGLE_RUN = 'true';
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.TSESTREE_SINGLE_RUN;
    else process.env.TSESTREE_SINGLE_RUN = previous;
  });

  const CODE = `import { notifyFollowers } from '@/lib/helpers/notify-followers';
import { resend } from '@/lib/clients';
export async function POST() {
  await notifyFollowers('u1');
  await resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 's', text: '' });
  return Response.json({ ok: true });
}`;

  it('gives the same syntax-only reports on the second parse as on the first, and nothing throws', () => {
    // A file name no other test lints, so that the first parse here is the first in the process.
    const filename = 'app/api/single-run/first/route.ts';
    const first = lint(CODE, filename);
    const second = lint(CODE, filename);
    const third = lint(CODE, filename);
    const shape = (messages: typeof first) => ruleReports(messages).map(({ messageId, line, column, message }) => ({ messageId, line, column, message }));
    expect(first.filter((m) => m.fatal)).toEqual([]);
    expect(shape(first).map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual([
      { messageId: 'syncNotification', line: 4, column: 9 },
      { messageId: 'syncNotification', line: 5, column: 9 },
    ]);
    expect(shape(first)[0]!.message).toContain('notifyFollowers (judged by its name)');
    expect(shape(second)).toEqual(shape(first));
    expect(shape(third)).toEqual(shape(first));
  });
});
