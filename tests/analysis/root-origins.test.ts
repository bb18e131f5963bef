import { describe, expect, it } from 'vitest';

import type { RootOrigin } from '../../src/analysis/model.js';
import { getRootOrigin } from '../../src/analysis/summarize.js';
import { summarizeProbe, summarizeProbeFromTypeScript } from './probe-summaries.js';

// A call's root origin (where the callee's root comes from) is asked of few calls: the linted
// file's summaries find it on the first question, through the module's variables where the root
// is one of their references and through the scopes otherwise; other files' summaries find it at
// once, so that no summary kept for the editor's next program holds on to an old checker.

/** The calls of `probe` in `code`, summarised from ESTree: whether each origin was found before the first question, and the answer. */
function estreeCalls(code: string): { text: string; foundBefore: boolean; origin: RootOrigin | undefined }[] {
  const { calls } = summarizeProbe(code);
  const result = calls.map((call) => ({ text: call.text, foundBefore: call.findRootOrigin === undefined, origin: getRootOrigin(call) }));
  // Asked once, kept: the finder is dropped.
  expect(calls.every((call) => call.findRootOrigin === undefined)).toBe(true);
  return result;
}

describe('root origins in the linted file', () => {
  it('are found on the first question, from imports and the values that hold them', () => {
    const code = [
      "import { Resend } from 'resend';",
      "import { send as deliver } from 'mailer';",
      "import admin from 'firebase-admin';",
      'const resend = new Resend();',
      'const getMail = () => resend;',
      'export async function probe() {',
      '  await resend.emails.send({});',
      '  await deliver({});',
      '  await admin.messaging().send({});',
      '  const mail = getMail();',
      '  await mail.emails.send({});',
      "  await fetch('https://example.com');",
      '}',
    ].join('\n');
    expect(estreeCalls(code)).toEqual([
      { text: 'resend.emails.send', foundBefore: false, origin: { importSource: 'resend', importedName: 'Resend' } },
      { text: 'deliver', foundBefore: false, origin: { importSource: 'mailer', importedName: 'send' } },
      { text: 'admin.messaging().send', foundBefore: false, origin: { importSource: 'firebase-admin', importedName: 'default' } },
      { text: 'getMail', foundBefore: false, origin: undefined },
      { text: 'mail.emails.send', foundBefore: false, origin: { factoryName: 'getMail' } },
      { text: 'fetch', foundBefore: false, origin: undefined },
    ]);
  });

  it('follow the scopes where a name of the module is shadowed', () => {
    const code = [
      "import { send } from 'mailer';",
      "import { Resend } from 'resend';",
      'const client = new Resend();',
      'export async function probe(send: (x: object) => Promise<void>) {',
      '  await send({});',
      '  {',
      '    const client = { emails: { send: async (_: object) => {} } };',
      '    await client.emails.send({});',
      '  }',
      '  await client.emails.send({});',
      '}',
    ].join('\n');
    expect(estreeCalls(code).map(({ text, origin }) => ({ text, origin }))).toEqual([
      { text: 'send', origin: undefined },
      { text: 'client.emails.send', origin: undefined },
      { text: 'client.emails.send', origin: { importSource: 'resend', importedName: 'Resend' } },
    ]);
  });

  it('read a field of `this` through the class', () => {
    const code = [
      "import { Resend } from 'resend';",
      'class Mailer { client = new Resend(); async welcome() { await this.client.emails.send({}); } }',
      'export async function probe() { await new Mailer().welcome(); await this.client.emails.send({}); }',
    ].join('\n');
    // `this` of a plain function is no class's: nothing to read.
    expect(estreeCalls(code).map(({ text, origin }) => ({ text, origin }))).toEqual([
      { text: 'new Mailer().welcome', origin: undefined },
      { text: 'this.client.emails.send', origin: undefined },
    ]);
  });
});

describe('root origins in other files', () => {
  it('are found when the summary is made, so that it keeps no checker', () => {
    const code = "import { Resend } from 'resend';\nconst resend = new Resend();\nexport async function probe() { await resend.emails.send({}); }\n";
    const [call] = summarizeProbeFromTypeScript(code);
    expect(call?.findRootOrigin).toBeUndefined();
    expect(call?.rootOrigin).toEqual({ importSource: 'resend', importedName: 'Resend' });
  });
});
