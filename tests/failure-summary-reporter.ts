import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, as the very last lines of a run, one line per failed test with its first error line.
 * CI shows only the tail of a long log: without this, a failure there says how many, not which.
 */
export default class FailureSummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    const lines: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'failed') continue;
        const first = (result.errors[0]?.message ?? '').split('\n')[0]!.slice(0, 200);
        lines.push(`  ${module.relativeModuleId} > ${test.fullName}: ${first}`);
      }
    }
    for (const error of unhandledErrors) lines.push(`  unhandled: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    if (lines.length === 0) return;
    const shown = lines.slice(0, 15);
    if (lines.length > shown.length) shown.push(`  ... and ${lines.length - shown.length} more`);
    process.stdout.write(`\nFailed (${lines.length}):\n${shown.join('\n')}\n`);
  }
}
