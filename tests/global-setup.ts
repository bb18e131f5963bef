// Vitest's global setup: the typed tests need the fixture project's libraries (its own
// node_modules) and its generated Prisma client. Without them TypeScript resolves no types for
// nodemailer, bullmq, twilio..., so typed cases fall back to names and a type-check of a
// suggestion fails on an unrelated error ("Parameter 'error' implicitly has an 'any' type"); say
// what is missing instead. npm test's pretest installs both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default function setup(): void {
  const check = spawnSync(process.execPath, [path.join(root, 'scripts/install-fixture.mjs'), '--check'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(check.stderr.trim() || `scripts/install-fixture.mjs --check exited ${String(check.status)}`);
  if (!existsSync(path.join(root, 'tests/fixtures/project/generated/prisma'))) {
    throw new Error("The fixture project's Prisma client (tests/fixtures/project/generated/prisma) is missing: run `node scripts/generate-fixture-client.mjs` (npm test does it in pretest).");
  }
}
