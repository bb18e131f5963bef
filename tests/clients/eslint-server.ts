// Starts the ESLint language server (vscode-eslint-language-server --stdio) on a folder and does
// the handshake that VS Code's ESLint extension does, answering workspace/configuration with the
// documented settings. Used by the tests that need a server of their own on a temporary folder.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { languageServerSettings } from './documented-config.js';
import { binOf, childEnv } from './helpers.js';
import { LspClient, type Range } from './lsp-client.js';

export interface Diagnostic {
  range: Range;
  severity: number;
  source: string;
  code: string;
  message: string;
}

export interface EslintServer {
  client: LspClient;
  uriOf(file: string): string;
  /** Opens a file with the given text (as an editor tab), version 1. */
  open(file: string, text: string): void;
  /** Replaces an open file's text, as a keystroke does, and bumps its version. */
  change(file: string, text: string): void;
  /** Pulls the file's diagnostics (textDocument/diagnostic). */
  diagnostics(file: string): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export async function startEslintServer(folder: string): Promise<EslintServer> {
  const workspaceFolder = { name: path.basename(folder), uri: pathToFileURL(folder).href };
  const settings = { ...languageServerSettings, workspaceFolder };
  const client = new LspClient(process.execPath, [binOf('vscode-langservers-extracted', 'vscode-eslint-language-server'), '--stdio'], {
    cwd: folder,
    env: childEnv(),
  });
  client.onRequest('workspace/configuration', (params) =>
    (params as { items: { scopeUri?: string; section?: string }[] }).items.map((item) => (item.scopeUri !== undefined && !item.section ? settings : null)),
  );
  for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh']) {
    client.onRequest(method, () => null);
  }
  for (const method of ['eslint/noConfig', 'eslint/noLibrary', 'eslint/openDoc', 'eslint/probeFailed']) client.onRequest(method, () => ({}));
  await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'vitest-lsp-client' },
    rootUri: workspaceFolder.uri,
    workspaceFolders: [workspaceFolder],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: { synchronization: { dynamicRegistration: false, didSave: true }, diagnostic: { dynamicRegistration: false } },
    },
  });
  client.notify('initialized', {});

  const versions = new Map<string, number>();
  const uriOf = (file: string) => pathToFileURL(path.join(folder, file)).href;
  return {
    client,
    uriOf,
    open(file, text) {
      versions.set(file, 1);
      client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'typescript', version: 1, text } });
    },
    change(file, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      client.notify('textDocument/didChange', { textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
    },
    async diagnostics(file) {
      const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(file) } });
      return report.items;
    },
    stop: () => client.stop(),
  };
}
