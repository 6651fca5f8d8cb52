import { ConfigError } from "../app/config.js";

/** What a command-line tool prints and the exit code it ends with. */
export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs a command-line tool: reads the setting it needs from the environment and .env (a bad one: its French lines
 * on standard error, exit 1), runs the tool with it, then prints its result and sets the exit code.
 */
export async function runCli<T>(readSetting: () => T, run: (setting: T) => Promise<CliResult>): Promise<void> {
  let setting: T;
  try {
    setting = readSetting();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.problems.join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  const result = await run(setting);
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  process.exitCode = result.code;
}
