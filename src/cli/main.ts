#!/usr/bin/env node
// The `async-notifications` command (the package's bin). All logic lives in run.ts so tests can call it.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
