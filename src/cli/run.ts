import { createRequire } from 'node:module';

import type { Command, CommandIo } from './io.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './io.js';

/** Each subcommand is loaded only when it is asked for. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  migrate: {
    summary: 'move notification work out of handlers into Inngest functions (dry run; --write writes)',
    load: async () => (await import('./migrate.js')).migrate,
  },
  audit: {
    summary: 'answer the audit: are notifications decoupled from user actions? (pass / fail / n/a)',
    load: async () => (await import('./audit.js')).audit,
  },
};

export const USAGE = `Usage: async-notifications <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(8)} ${summary}`)
  .join('\n')}

Run "async-notifications <command> --help" for a command's options.
`;

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`async-notifications: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`async-notifications ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
