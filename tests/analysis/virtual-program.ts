import ts from 'typescript';

/** A compiler host that serves `files` (absolute paths) from memory, and TypeScript's own lib files from disk. */
export function createVirtualHost(files: Readonly<Record<string, string>>, options: ts.CompilerOptions = {}): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || fileExists(name);
  host.directoryExists = (name) => Object.keys(files).some((file) => file.startsWith(`${name}/`)) || ts.sys.directoryExists(name);
  host.getSourceFile = (name, version) => {
    const text = files[name];
    return text === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, text, version, true);
  };
  host.realpath = (name) => name;
  return host;
}

/**
 * A program of in-memory files, its compiler options read from a tsconfig's `compilerOptions` as
 * TypeScript's config parser reads them (so `paths` are relative to `base`, as in a project).
 */
export function createVirtualProgram(files: Readonly<Record<string, string>>, roots: readonly string[], compilerOptions: Record<string, unknown>, base = '/virtual'): ts.Program {
  const host = createVirtualHost(files);
  const config = ts.parseJsonConfigFileContent(
    { compilerOptions },
    { ...ts.sys, fileExists: (name) => host.fileExists(name), readFile: (name) => host.readFile(name), readDirectory: () => [] },
    base,
  );
  return ts.createProgram([...roots], config.options, host);
}
