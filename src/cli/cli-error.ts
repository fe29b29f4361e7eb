/**
 * A failure the command line reports as one line on stderr, with an exit status (2: bad usage, an
 * unreadable workbook, a workbook with no grid). Thrown by the commands, caught once at the top.
 */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
