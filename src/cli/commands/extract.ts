import { parseArgs } from 'node:util';
import { extract, stagesFor, DEFAULT_ENGINE, ENGINES } from '../../pipeline/extract.js';
import { formatText } from '../../output/text.js';
import { textTooLong } from '../../document/document.js';
import { CliError, type Command } from '../command.js';
import { decodeArticle, readInputBytes } from '../input.js';
import { formatFromName, sniffFormat } from '../../ingest/sources.js';
import { decodeBytes, sniffHtmlCharset } from '../../ingest/decode.js';
import type { DocumentMeta } from '../../document/types.js';

/**
 * The article in a file: plain text as it is; an HTML page (named .html/.htm, or sniffed when
 * the name says nothing, as for stdin) read as `ingest` reads it, to its main text and the page's
 * own title, URL, site, author, date and embedded posts. Offsets then count in that text, which
 * the JSON output carries.
 */
async function readArticleFile(path: string, url: string | null): Promise<{ text: string; meta: DocumentMeta }> {
  const name = path === '-' ? 'stdin' : path;
  const bytes = await readInputBytes(path);
  const text = decodeArticle(bytes, name);
  const format = path === '-' ? null : formatFromName(path);
  if (format !== 'html' && !(format === null && sniffFormat(text.slice(0, 4096)) === 'html')) return { text, meta: {} };
  const charset = sniffHtmlCharset(bytes);
  const html = charset ? decodeBytes(bytes, charset) : text;
  const { htmlToArticle } = await import('../../ingest/html.js');
  const article = htmlToArticle(html, url);
  if (!article) throw new CliError(`${name}: no article text in the page`);
  return article;
}

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
  usage: 'whosaid extract FILE|HTML|- [--format text|json] [--published YYYY-MM-DD] [--title T] [--url U] [--outlet O] [--engine rules|model|combined]',
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
    const { text, meta: page } = await readArticleFile(positionals[0]!, values.url ?? null);
    const tooLong = textTooLong(text);
    if (tooLong) throw new CliError(`${positionals[0]}: ${tooLong}`);
    // what the user says wins over what the page says of itself
    const analysis = extract(text, {
      ...page,
      title: values.title ?? page.title ?? null,
      url: values.url ?? page.url ?? null,
      outlet: values.outlet ?? page.outlet ?? null,
      publishedAt: publishedAt ?? page.publishedAt ?? null,
      publishedAtSource: publishedAt ? 'given' : (page.publishedAtSource ?? null),
    }, stagesFor(engine));
    process.stdout.write(format === 'json' ? JSON.stringify(analysis) + '\n' : formatText(analysis));
    return 0;
  },
};
