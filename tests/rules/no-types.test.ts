import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';

// Without a TypeScript parser at all: a plain .js route parsed by ESLint's default parser (espree).
// The rule must not ask for parser services it cannot have; it runs on syntax alone.
const ruleId = 'async-notifications/no-sync-notification-in-handler';
const linter = new Linter({ configType: 'flat', cwd: '/project' });
const config: Linter.Config[] = [{ files: ['**/*.js'] }, plugin.configs.recommended];

describe('a .js route under the default parser', () => {
  it('reports notification work by syntax, with location and suggestions', () => {
    const code = [
      "import { Resend } from 'resend';",
      "const resend = new Resend('key');",
      'export async function POST() {',
      "  await resend.emails.send({ to: 'a@b.c' });",
      '  return Response.json({ ok: true });',
      '}',
    ].join('\n');
    const messages = linter.verify(code, config, { filename: '/project/app/api/follow/route.js' });
    expect(messages.map(({ ruleId: id, messageId, line, column, endLine, endColumn }) => ({ id, messageId, line, column, endLine, endColumn }))).toEqual([
      { id: ruleId, messageId: 'syncNotification', line: 4, column: 9, endLine: 4, endColumn: 44 },
    ]);
    expect(messages[0]?.suggestions?.map((s) => s.messageId)).toEqual(['useInngestSend', 'useAfter']);
  });

  it('stays quiet on a .js file that is not a handler', () => {
    const code = "export async function POST() { await fetch('https://hooks.slack.com/x'); }";
    expect(linter.verify(code, config, { filename: '/project/lib/util.js' })).toEqual([]);
  });

  it('does not throw on a CommonJS Pages API route', () => {
    const code = "const twilio = require('twilio');\nmodule.exports = async function handler(req, res) {\n  twilio('a', 'b').messages.create({ to: '+1' });\n  res.end();\n};";
    const messages = linter.verify(code, [{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } }, plugin.configs.recommended], {
      filename: '/project/pages/api/text.cjs',
    });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
});
