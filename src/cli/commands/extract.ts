import { parseArgs } from 'node:util';
import { extract, stagesFor, DEFAULT_ENGINE, ENGINES } from '../../pipeline/extract.js';
import { formatText } from '../../output/text.js';
import { textTooLong } from '../../document/document.js';
import { CliError, type Command } from '../command.js';
import { readArticle } from '../input.js';

export function parseDateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new CliError(`${option} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option = '--format'): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`${option} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'whosaid extract FILE|- [--format text|json] [--published YYYY-MM-DD] [--title T] [--url U] [--outlet O] [--engine rules|model|combined]',
  summary: 'Find every attribution in one article: who said what, with offsets into the text.',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        published: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        outlet: { type: 'string' },
        engine: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new CliError(`expects one FILE (or - for stdin)\nUsage: ${this.usage}`);
    const format = parseFormat(values.format, ['text', 'json'] as const, process.stdout.isTTY ? 'text' : 'json');
    const publishedAt = parseDateOption(values.published, '--published');
    const engine = parseFormat(values.engine, ENGINES, DEFAULT_ENGINE, '--engine');
    const text = await readArticle(positionals[0]!);
    const tooLong = textTooLong(text);
    if (tooLong) throw new CliError(`${positionals[0]}: ${tooLong}`);
    const analysis = extract(text, {
      title: values.title ?? null,
      url: values.url ?? null,
      outlet: values.outlet ?? null,
      publishedAt: publishedAt ?? null,
      publishedAtSource: publishedAt ? 'given' : null,
    }, stagesFor(engine));
    process.stdout.write(format === 'json' ? JSON.stringify(analysis) + '\n' : formatText(analysis));
    return 0;
  },
};
