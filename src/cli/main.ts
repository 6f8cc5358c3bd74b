import { CliError, type Command } from './command.js';
import { commands } from './commands/index.js';

async function help(): Promise<string> {
  const all = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...all.map((c) => c.name.length));
  return [
    'whosaid: who said what in news articles',
    '',
    'Usage: whosaid COMMAND [options]',
    '',
    ...all.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "whosaid COMMAND --help" for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((await help()) + '\n');
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`whosaid: unknown command "${name}"\n\n${await help()}\n`);
    return 2;
  }
  const command: Command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`whosaid ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    // parseArgs reports unknown or malformed options with a TypeError carrying a code
    const code = (err as { code?: string }).code;
    if (code && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`whosaid ${name}: ${(err as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}
