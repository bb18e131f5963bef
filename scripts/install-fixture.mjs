// Installs the typed test fixture's libraries (tests/fixtures/project/package.json: next, resend,
// bullmq, prisma, ... with their real declaration files) into its own node_modules with `npm ci`,
// when they are missing or differ from its lock file. They are not root devDependencies, so that
// `npm install` of this package (from a git URL, for instance) installs only what building the
// plugin needs. npm test runs this as part of pretest; `npm run bench` as prebench.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'project');

/**
 * The installed tree that npm recorded (node_modules/.package-lock.json) is the lock file's: every
 * installed package at its locked version, and every package that is not optional (another
 * platform's binary) installed.
 */
function isUpToDate() {
  const installed = join(fixture, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  const want = JSON.parse(readFileSync(join(fixture, 'package-lock.json'), 'utf8')).packages;
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages;
  const matches = Object.entries(have).every(([key, entry]) => want[key]?.version === entry.version);
  const complete = Object.entries(want).every(([key, entry]) => key === '' || entry.optional === true || key in have);
  return matches && complete;
}

if (isUpToDate()) process.exit(0);

const result = spawnSync('npm', ['ci', '--prefix', fixture, '--no-audit', '--no-fund'], { stdio: 'inherit' });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
