import { createRequire } from 'node:module';
import path from 'node:path';

import type * as TypeUtils from '@typescript-eslint/type-utils';
import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

const require = createRequire(import.meta.url);
let matchSpecifiers: typeof TypeUtils.typeMatchesSomeSpecifier | undefined;

/**
 * `typeMatchesSomeSpecifier` from the module of type-utils that defines it. The package's entry
 * loads all its 23 modules (about 35 ms, a tenth of a typed lint's first handler file), most of
 * them for other rules; the one that matches specifiers and its own imports load in about 4 ms.
 * The package exports only its entry, so the file is found beside it; if a later version moves
 * it, the entry is loaded instead (tests/integration/lazy-load.test.ts notices either way).
 */
export function loadTypeMatcher(): typeof TypeUtils.typeMatchesSomeSpecifier {
  const entry = require.resolve('@typescript-eslint/type-utils');
  try {
    const direct = require(path.join(path.dirname(entry), 'TypeOrValueSpecifier.js')) as Partial<typeof TypeUtils>;
    if (typeof direct.typeMatchesSomeSpecifier === 'function') return direct.typeMatchesSomeSpecifier;
  } catch {
    // Not there in this version: the entry below has it.
  }
  return (require(entry) as typeof TypeUtils).typeMatchesSomeSpecifier;
}

type Args = Parameters<typeof TypeUtils.typeMatchesSomeSpecifier>;
type Specifiers = readonly TypeOrValueSpecifier[];

// The same client type meets the same catalogue entry in every file of a program (a `Resend`
// instance, a drizzle database): the answer is kept per program, type and list of specifiers
// (lists are the catalogue's and the options' own arrays, so few).
const verdicts = new WeakMap<Args[2], WeakMap<Args[0], Map<Specifiers, boolean>>>();

/**
 * `typeMatchesSomeSpecifier` of `@typescript-eslint/type-utils`, loaded on its first use (only a
 * typed lint asks it anything), and memoised per program, type and specifier list.
 */
export function typeMatchesSomeSpecifier(type: Args[0], specifiers: Specifiers, program: Args[2]): boolean {
  let byType = verdicts.get(program);
  if (!byType) verdicts.set(program, (byType = new WeakMap<Args[0], Map<Specifiers, boolean>>()));
  let bySpecifiers = byType.get(type);
  if (!bySpecifiers) byType.set(type, (bySpecifiers = new Map<Specifiers, boolean>()));
  let verdict = bySpecifiers.get(specifiers);
  if (verdict === undefined) {
    verdict = (matchSpecifiers ??= loadTypeMatcher())(type, specifiers as TypeOrValueSpecifier[], program);
    bySpecifiers.set(specifiers, verdict);
  }
  return verdict;
}

// The packages a program has types of, from its files' paths (`…/node_modules/twilio/lib/index.d.ts`,
// `…/node_modules/@types/nodemailer/index.d.ts`) and its ambient modules (`declare module 'x'`).
// A library file outside any `node_modules` (a linked workspace package) could be any package:
// then every package may be there.
const packagesByProgram = new WeakMap<Args[2], ReadonlySet<string> | 'any'>();

/**
 * Whether a type the program holds can be declared in one of these packages, as
 * `typeMatchesSomeSpecifier` reads a package specifier: no file of the package and no ambient
 * module of its name means no type of the program matches it (papermark has no Twilio: each
 * `tx.link.create(...)` was checked against Twilio's `messages.create` by the type of `tx.link`,
 * the first such question inferring Prisma's transaction client, 0.7 s).
 */
export function mayDeclareTypesOf(packages: readonly string[], program: Args[2]): boolean {
  let present = packagesByProgram.get(program);
  if (!present) packagesByProgram.set(program, (present = collectPackages(program)));
  return present === 'any' || packages.some((name) => present.has(name));
}

function collectPackages(program: Args[2]): ReadonlySet<string> | 'any' {
  const names = new Set<string>();
  for (const file of program.getSourceFiles()) {
    const at = file.fileName.lastIndexOf('/node_modules/');
    if (at === -1) {
      if (program.isSourceFileFromExternalLibrary(file)) return 'any';
      continue;
    }
    const [first = '', second = ''] = file.fileName.slice(at + '/node_modules/'.length).split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    names.add(name);
    // `@types/slack__webhook` holds the types of `@slack/webhook`.
    if (name.startsWith('@types/')) names.add(name.slice('@types/'.length).replace(/^([^_]+)__/, '@$1/'));
  }
  // Module augmentations of a package the program does not have are errors of the program: left out.
  for (const module of program.getTypeChecker().getAmbientModules()) names.add(module.getName().replace(/^"|"$/g, ''));
  return names;
}

