import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type ts from 'typescript';

/** The type checker of the linted file's program, when the parser was given one. */
export interface TypeTools {
  program: ts.Program;
  checker: ts.TypeChecker;
  services: ParserServicesWithTypeInformation;
}

/**
 * The only reader of parser services: the program and checker, or null on syntax alone.
 * It reads `sourceCode.parserServices` itself because `ESLintUtils.getParserServices` throws for a
 * file parsed by espree, even when asked to tolerate missing type information.
 */
export function getTypeTools(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeTools | null {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  const program = services?.program;
  if (!services || !program || !services.esTreeNodeToTSNodeMap || !services.tsNodeToESTreeNodeMap) return null;
  // In a single run (CI=true, the eslint CLI) typescript-eslint parses a file it has parsed before
  // into an isolated one-file program, even when types were not asked for: it resolves no imports,
  // so its types say nothing, and its host cannot answer the checker. That is syntax alone.
  if (program.getCompilerOptions().noResolve === true) return null;
  return { program, checker: program.getTypeChecker(), services: services as ParserServicesWithTypeInformation };
}
