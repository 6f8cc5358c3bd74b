/** One CLI command: a thin layer that parses its arguments and calls the library. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit status. Throwing a CliError prints its one-line message and exits 2. */
  run(args: string[]): Promise<number>;
}

/** A user-facing error: printed as one line, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
