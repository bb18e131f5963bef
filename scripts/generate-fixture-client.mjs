// Generates the Prisma client of the typed test fixture (tests/fixtures/project/generated/prisma,
// gitignored) so that `db.notification.create(...)` has real types in rule tests. Runs offline.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// prisma is the fixture's own dependency (tests/fixtures/project/package.json), installed by scripts/install-fixture.mjs.
const require = createRequire(join(root, 'tests/fixtures/project/package.json'));
const prismaPackage = require.resolve('prisma/package.json');
const { bin } = require('prisma/package.json');
const cli = join(dirname(prismaPackage), typeof bin === 'string' ? bin : bin.prisma);
const config = join(root, 'tests/fixtures/project/prisma.config.ts');

const result = spawnSync(process.execPath, [cli, 'generate', '--config', config], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // `generate` itself needs no engine binary, but the CLI downloads the schema engine at start
    // unless one is named; any existing file satisfies that check, and nothing executes it.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});

if (result.error) throw result.error;
process.exit(result.status ?? 1);
