// The editor's situation, shared by lint-worker.mjs (`--mode editor`) and paired.mjs (`--editor`):
// which handler files are open, and the one-line edit each re-lint follows.

import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

/** A generated corpus's map of file kinds (route, serverAction, helper, ...); a real app has none: {}. */
export function readKinds(dir) {
  const marker = path.join(dir, '.bench-generated.json');
  if (!fs.existsSync(marker)) return {};
  const meta = JSON.parse(fs.readFileSync(marker, 'utf8'));
  return meta.kinds ?? {};
}

/**
 * Ten open handler files of every kind, spread over the project (so over route variants too); a
 * real app has no generator's map, so its handler files are found by path and text.
 */
export function pickOpenFiles(dir, kinds = readKinds(dir)) {
  const handlers = (Object.keys(kinds).length > 0 ? Object.entries(kinds) : findHandlerFiles(dir))
    .filter(([, kind]) => kind === 'route' || kind === 'serverAction' || kind === 'pagesApi')
    .map(([file]) => file)
    .sort();
  if (handlers.length === 0) throw new Error(`no handler files under ${dir}`);
  const open = [];
  const want = Math.min(10, handlers.length);
  for (let i = 0; i < want; i++) open.push(handlers[Math.floor((i * handlers.length) / want + (i % 3))] ?? handlers[i]);
  return open;
}

/**
 * Changes one line of a handler: adds a property to the last object literal of a response. A real
 * app's `({ ` may open a destructuring parameter (`async ({ params }) =>`), where the property would
 * not parse: the edit goes to the last such line where the file still parses (`fileName` says
 * whether it is TSX), else a comment is appended.
 */
export function editOneLine(text, k, fileName = 'file.ts') {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const at = line.indexOf('({ ');
    const at2 = line.indexOf('return { ');
    let edited;
    if (at !== -1) edited = `${line.slice(0, at)}({ edit${k % 7}: ${k}, ${line.slice(at + 3)}`;
    else if (at2 !== -1) edited = `${line.slice(0, at2)}return { edit${k % 7}: ${k}, ${line.slice(at2 + 9)}`;
    if (edited === undefined) continue;
    const candidate = [...lines.slice(0, i), edited, ...lines.slice(i + 1)].join('\n');
    if (parses(candidate, fileName)) return candidate;
  }
  return `${text}\n// edit ${k}\n`;
}

/** Whether TypeScript's parser reads `text` without a syntax error. */
function parses(text, fileName) {
  const { diagnostics = [] } = ts.transpileModule(text, { fileName: path.basename(fileName), reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.Preserve } });
  return diagnostics.length === 0;
}

/** A real app's handler files (route.* under app/, pages/api/, 'use server' modules), as [file, kind] pairs. */
function findHandlerFiles(dir) {
  const found = [];
  const visit = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(file);
      } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const segments = file.split('/');
        if (/^route\.tsx?$/.test(entry.name) && segments.includes('app')) found.push([file, 'route']);
        else if (segments.some((s, i) => s === 'pages' && segments[i + 1] === 'api')) found.push([file, 'pagesApi']);
        else if (/^\s*['"]use server['"]/.test(fs.readFileSync(path.join(dir, file), 'utf8'))) found.push([file, 'serverAction']);
      }
    }
  };
  visit('');
  return found;
}
