// The editor path: the ESLint language server that VS Code's ESLint extension runs
// (`vscode-eslint-language-server` from vscode-langservers-extracted), over stdio, on the example
// app with its typed config (projectService). It pulls diagnostics, offers the quick fixes, and
// applies one the way VS Code does: executeCommand, then the server's workspace/applyEdit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { languageServerSettings } from './documented-config.js';
import { binOf, childEnv, exampleApp, ruleId } from './helpers.js';
import { applyEdits, LspClient, type Range, type TextEdit } from './lsp-client.js';

interface Diagnostic {
  range: Range;
  severity: number;
  source: string;
  code: string;
  codeDescription?: { href: string };
  message: string;
}

interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: { title: string; command: string; arguments: unknown[] };
}

interface ApplyEditParams {
  edit: {
    documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
    changes?: Record<string, TextEdit[]>;
  };
}

const uriOf = (file: string) => pathToFileURL(path.join(exampleApp, file)).href;
const workspaceFolder = { name: 'next-app', uri: pathToFileURL(exampleApp).href };

/** The settings a client answers with: the documented ones plus the folder it opened. */
const vscodeEslintSettings = { ...languageServerSettings, workspaceFolder };

const likeRoute = 'app/api/posts/[id]/like/route.ts';
const likeRouteText = readFileSync(path.join(exampleApp, likeRoute), 'utf8');

/** The route after the useInngestSend quick fix on line 10, as the rule's suggestion output has it. */
const likeRouteAfterFix = `import { db } from '@/lib/db';
import { resend } from '@/lib/mail';
import { inngest } from '@/lib/inngest';

// ❌ The like waits for a notification row and an email before it answers.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.like.create({ data: { postId: id, userId } });
  await db.notification.create({ data: { userId, type: 'post.liked' } });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}
`;

describe('ESLint language server (vscode-eslint-language-server --stdio), typed config', () => {
  let client: LspClient;
  const appliedEdits: ApplyEditParams[] = [];

  beforeAll(async () => {
    client = new LspClient(process.execPath, [binOf('vscode-langservers-extracted', 'vscode-eslint-language-server'), '--stdio'], {
      cwd: exampleApp,
      env: childEnv(),
    });
    client.onRequest('workspace/configuration', (params) =>
      (params as { items: { scopeUri?: string; section?: string }[] }).items.map((item) =>
        item.scopeUri !== undefined && !item.section ? vscodeEslintSettings : null,
      ),
    );
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('client/unregisterCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    client.onRequest('workspace/diagnostic/refresh', () => null);
    client.onRequest('workspace/applyEdit', (params) => {
      appliedEdits.push(params as ApplyEditParams);
      return { applied: true };
    });
    for (const method of ['eslint/noConfig', 'eslint/noLibrary', 'eslint/openDoc', 'eslint/probeFailed']) {
      client.onRequest(method, () => ({}));
    }

    const initialized = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'vitest-lsp-client' },
      rootUri: workspaceFolder.uri,
      workspaceFolders: [workspaceFolder],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          didChangeConfiguration: { dynamicRegistration: true },
          executeCommand: { dynamicRegistration: false },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: { relatedInformation: true },
          codeAction: {
            dynamicRegistration: false,
            isPreferredSupport: true,
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll', 'source.fixAll.eslint'] },
            },
          },
        },
        window: { workDoneProgress: true },
      },
    });
    expect(initialized.capabilities).toMatchObject({
      diagnosticProvider: { identifier: 'eslint' },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.eslint'] },
    });
    client.notify('initialized', {});
  });

  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before the server started
    await client?.stop();
  });

  let diagnostics: Diagnostic[];

  it('returns the route handler findings on a textDocument/diagnostic pull', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: { uri: uriOf(likeRoute), languageId: 'typescript', version: 1, text: likeRouteText },
    });
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: uriOf(likeRoute) },
    });
    expect(report.kind).toBe('full');
    diagnostics = report.items;
    expect(diagnostics).toEqual([
      {
        message: expect.stringMatching(
          /^POST waits for notification work before it responds: POST -> db\.notification\.create \(notification record via notification\.create\)\. If that work fails/,
        ) as unknown,
        severity: 1,
        source: 'eslint',
        code: ruleId,
        codeDescription: { href: expect.stringMatching(/docs\/rules\/no-sync-notification-in-handler\.md$/) as unknown },
        range: { start: { line: 8, character: 8 }, end: { line: 8, character: 72 } },
      },
      {
        message: expect.stringMatching(
          /^POST waits for notification work before it responds: POST -> resend\.emails\.send \(email via Resend\)\. If that work fails/,
        ) as unknown,
        severity: 1,
        source: 'eslint',
        code: ruleId,
        codeDescription: { href: expect.stringMatching(/docs\/rules\/no-sync-notification-in-handler\.md$/) as unknown },
        range: { start: { line: 9, character: 8 }, end: { line: 9, character: 146 } },
      },
    ]);
    // The server resolved the project's own ESLint (10, not the eslint-v9 alias) from the file's folder.
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    expect(logs).toContainEqual(expect.stringMatching(/^ESLint library loaded from: .*\/node_modules\/eslint\/lib\/api\.js$/));
  });

  it('offers useInngestSend as a quick fix, and applying it yields the suggestion output', async () => {
    const email = diagnostics[1]!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(likeRoute) },
      range: email.range,
      context: { diagnostics: [email], triggerKind: 1 },
    });
    const titles = actions.map((a) => a.title);
    const sendTitle = `Send the Inngest event 'notification/post.liked' instead, and do this work in an Inngest function. (${ruleId})`;
    expect(titles).toContain(sendTitle);
    expect(titles).toContain(`Run this work after the response with after() from next/server. (${ruleId})`);
    expect(titles).toContain(`Disable ${ruleId} for this line`);
    // A suggestion, never an autofix: nothing for "Fix all auto-fixable problems" to apply.
    expect(titles.filter((t) => t.startsWith('Fix all'))).toEqual([]);

    const send = actions.find((a) => a.title === sendTitle)!;
    expect(send.kind).toBe('quickfix');
    expect(send.diagnostics).toEqual([email]);
    expect(send.command?.command).toBe('eslint.applySuggestion');

    await client.request('workspace/executeCommand', { command: send.command!.command, arguments: send.command!.arguments });
    expect(appliedEdits).toHaveLength(1);
    const { edit } = appliedEdits[0]!;
    const edits = edit.documentChanges
      ? edit.documentChanges.filter((c) => c.textDocument.uri === uriOf(likeRoute)).flatMap((c) => c.edits)
      : (edit.changes?.[uriOf(likeRoute)] ?? []);
    expect(edits.length).toBeGreaterThan(0);
    expect(applyEdits(likeRouteText, edits)).toBe(likeRouteAfterFix);
  });

  it('re-lints the edited buffer (run: onType): the fixed call is no longer reported, and its event is flagged until a function hears it', async () => {
    client.notify('textDocument/didChange', {
      textDocument: { uri: uriOf(likeRoute), version: 2 },
      contentChanges: [{ text: likeRouteAfterFix }],
    });
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(likeRoute) } });
    expect(report.items.map((d) => ({ code: d.code, range: d.range, chain: /: (\S+ -> \S+)/.exec(d.message)?.[1] }))).toEqual([
      { code: ruleId, range: { start: { line: 9, character: 8 }, end: { line: 9, character: 72 } }, chain: 'POST -> db.notification.create' },
      // The suggestion applied without a worker: no function of the example is triggered by the event.
      { code: 'async-notifications/no-orphan-event', range: { start: { line: 10, character: 29 }, end: { line: 10, character: 54 } }, chain: undefined },
    ]);
  });

  it('uses the type checker: a Server Action reaching notification work in another file', async () => {
    const actions = 'app/actions.ts';
    client.notify('textDocument/didOpen', {
      textDocument: { uri: uriOf(actions), languageId: 'typescript', version: 1, text: readFileSync(path.join(exampleApp, actions), 'utf8') },
    });
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(actions) } });
    expect(report.items.map((d) => ({ code: d.code, range: d.range }))).toEqual([
      { code: ruleId, range: { start: { line: 9, character: 8 }, end: { line: 9, character: 48 } } },
    ]);
    expect(report.items[0]!.message).toContain('commentOnPost -> recordActivity -> db.notification.create (lib/activity.ts)');
    // The server reported no failure (eslint/status 2 is an error, e.g. a plugin that failed to load).
    expect(client.notifications.filter((n) => n.method === 'eslint/status' && (n.params as { state: number }).state !== 1)).toEqual([]);
  });
});
