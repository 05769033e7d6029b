/**
 * The `diplograph` command line: routes to a command and is the one error
 * boundary. Data goes to stdout, logs and progress to stderr.
 */
import { DiplographError } from '../model/errors';
import { cypherCommand } from './commands/cypher';
import { dbCommand } from './commands/db';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { loadCommand } from './commands/load';
import { neo4jCommand } from './commands/neo4j';
import { serveCommand } from './commands/serve';
import { startCommand } from './commands/start';
import { EXIT, UsageError, writeLine, type Command, type CommandContext } from './context';

const COMMANDS: readonly Command[] = [
  startCommand,
  neo4jCommand,
  extractCommand,
  loadCommand,
  importCommand,
  dbCommand,
  cypherCommand,
  serveCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: diplograph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `diplograph <command> --help` for a command's options.",
    'Exit codes: 0 ok, 1 something failed, 2 wrong arguments, 3 configuration or database problem.',
  ].join('\n');
}

export async function run(argv: string[], io: Omit<CommandContext, 'args'>): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(io.stdout, help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    writeLine(io.stderr, `diplograph: unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    writeLine(io.stdout, `Usage: ${command.usage}`);
    return EXIT.ok;
  }
  try {
    return await command.run({ ...io, args });
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      writeLine(io.stderr, `diplograph ${name}: ${error.message}\n\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof DiplographError) {
      writeLine(io.stderr, `diplograph ${name}: [${error.code}] ${error.message}`);
      return EXIT.setup;
    }
    writeLine(
      io.stderr,
      `diplograph ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.failed;
  }
}

/** Entry point of bin/diplograph.js. */
export function main(argv: string[]): void {
  run(argv, {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    interactive: process.stderr.isTTY === true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`diplograph: ${String(error)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
