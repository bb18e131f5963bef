/** Where a command reads its working directory and writes its output; tests pass their own. */
export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes shared by every command: 0 success (audit: pass or n/a), 1 audit fail, 2 usage or configuration error. */
export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

/** A bad argument or configuration: the command prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A subcommand: parses its own arguments and returns its exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
