// CI output for GitHub code scanning: `eslint -f @microsoft/eslint-formatter-sarif -o eslint.sarif`
// writes a SARIF 2.1.0 log that github/codeql-action/upload-sarif accepts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { sarifArgs } from './documented-config.js';
import { copyExampleApp, expectedFindings, makeTempDir, removeDir, ruleId, runEslint, toPosix } from './helpers.js';

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    artifacts?: { location: { uri: string } }[];
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
    }[];
  }[];
}

describe('SARIF output (@microsoft/eslint-formatter-sarif)', () => {
  let tmp: string;
  let app: string;
  beforeAll(() => {
    tmp = makeTempDir();
    app = copyExampleApp(path.join(tmp, 'app'));
  });
  afterAll(() => {
    removeDir(tmp);
  });

  it('writes every finding with rule id, level and region, and still exits 1', async () => {
    const result = await runEslint('eslint', sarifArgs, app);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const log = JSON.parse(readFileSync(path.join(app, 'eslint.sarif'), 'utf8')) as SarifLog;
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver.name).toBe('ESLint');
    expect(run!.tool.driver.rules).toContainEqual(
      expect.objectContaining({ id: ruleId, helpUri: expect.stringMatching(/no-sync-notification-in-handler\.md$/) as unknown as string }),
    );
    const results = run!.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return {
        file: toPosix(path.relative(app, fileURLToPath(artifactLocation.uri))),
        line: region.startLine,
        column: region.startColumn,
        endLine: region.endLine,
        endColumn: region.endColumn,
        ruleId: r.ruleId,
        level: r.level,
        message: r.message.text,
      };
    });
    expect(results.map(({ message: _message, ...location }) => location)).toEqual(
      expectedFindings.map(({ file, line, column, endLine, endColumn }) => ({ file, line, column, endLine, endColumn, ruleId, level: 'error' })),
    );
    for (const [i, r] of results.entries()) expect(r.message).toContain(expectedFindings[i]!.chain);
  });
});
