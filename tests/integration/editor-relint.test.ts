// The editor's loop: one ESLint instance re-lints an edited handler file, and every edit gives
// typescript-eslint's project service a new program. The conclusions about the other files are
// inherited from the previous program (the linted file's own are recomputed), including when the
// handler's local helpers, typed, resolve to nodes of the linted file itself.
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { Rule } from 'eslint';
import { ESLint } from 'eslint';
import type ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getConclusionCache } from '../../src/analysis/conclusion-cache.js';
import { getOptionsKey } from '../../src/analysis/index.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import plugin from '../../src/index.js';
import { fixtureRoot } from '../rule-tester.js';

const ruleId = 'async-notifications/no-sync-notification-in-handler';
const routeFile = path.join(fixtureRoot, 'app/api/team/invite/route.ts');

/** The handler calls a helper of its own file, which calls `notifyFollowers` of lib/ or hands off. */
const route = (helperBody: string): string => `import { notifyFollowers } from '@/lib/helpers/notify-followers';
import { inngest } from '@/lib/inngest';

async function tellFollowers(authorId: string) {
  ${helperBody}
}

export async function POST() {
  await tellFollowers('u1');
  return Response.json({ ok: true });
}
`;
const notifying = route("await notifyFollowers(authorId, 'New post');");
const handingOff = route("await inngest.send({ name: 'post/published', data: { authorId } });");

function editorSession(): { eslint: ESLint; programs: ts.Program[] } {
  const programs: ts.Program[] = [];
  const probe: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const program = (context.sourceCode.parserServices as { program?: ts.Program } | undefined)?.program;
      if (program) programs.push(program);
      return {};
    },
  };
  const eslint = new ESLint({
    cwd: fixtureRoot,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: fixtureRoot } },
        plugins: { 'async-notifications': plugin, probe: { rules: { program: probe } } },
        rules: { [ruleId]: 'error', 'probe/program': 'error' },
      },
    ],
  });
  return { eslint, programs };
}

async function findingsOf(eslint: ESLint, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: routeFile });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.messageId ?? ''}`);
}

describe('re-linting an edited handler file, as an editor does', () => {
  it('follows each edit of a local helper, and each new program inherits the conclusions about the other files', async () => {
    const { eslint, programs } = editorSession();
    expect(await findingsOf(eslint, notifying)).toEqual(['9:9 syncNotification']);
    expect(await findingsOf(eslint, handingOff)).toEqual([]);
    expect(await findingsOf(eslint, notifying)).toEqual(['9:9 syncNotification']);
    expect(await findingsOf(eslint, `${notifying}// an edit elsewhere in the file\n`)).toEqual(['9:9 syncNotification']);

    // Four edits, four programs; each one after the first holds the same conclusions as the first.
    expect(new Set(programs).size).toBe(4);
    const key = getOptionsKey(DEFAULT_OPTIONS);
    const [first, ...later] = programs.map((program) => getConclusionCache(program, key));
    for (const cache of later) expect(cache).toBe(first);
    // The walk entered lib/helpers/notify-followers.ts from the handler's file, never the handler's file from another.
    expect([...(first?.walkedFiles ?? [])].map((file) => path.relative(fixtureRoot, file))).toEqual(['lib/helpers/notify-followers.ts']);
  });
});
