import { parseArgs } from 'node:util';
import { parseCount, withStore, write } from '../../ledger/cli-shared.js';
import { csvRow, day, formatTable, RECORD_CSV_HEADER, recordCsvValues, recordRef, terminalWidth } from '../../ledger/format.js';
import type { QuoteVariant } from '../../store/store.js';
import { CliError, type Command } from '../command.js';
import { parseFormat } from './extract.js';

export const quoteCommand: Command = {
  name: 'quote',
  usage: 'whosaid quote [ID] [--format table|json|jsonl|csv] [--min-documents N] [--altered] [--limit N] [--db FILE]',
  summary:
    'Every occurrence of one direct quote across articles, earliest first, and its altered or shortened variants (without ID: the most repeated quotes; --altered: those reproduced with changed words).',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        limit: { type: 'string' },
        'min-documents': { type: 'string' },
        altered: { type: 'boolean' },
        db: { type: 'string' },
      },
    });
    if (positionals.length > 1) throw new CliError(`expects at most one quote ID\nUsage: ${this.usage}`);
    const format = parseFormat(values.format, ['table', 'json', 'jsonl', 'csv'] as const, 'table');
    if (positionals.length === 0) {
      const altered = values.altered === true;
      // an altered quote is often found once in each of its forms: --altered lists those too
      const minDocuments = parseCount(values['min-documents'], '--min-documents', altered ? 1 : 2);
      const limit = parseCount(values.limit, '--limit', 20);
      const page = await withStore(values.db, (store) => store.listQuotes({ minDocuments, limit, altered }));
      if (format === 'json') await write(JSON.stringify(page.quotes) + '\n');
      else if (format === 'jsonl') for (const q of page.quotes) await write(JSON.stringify(q) + '\n');
      else if (format === 'csv') {
        await write(csvRow(['id', 'documents', 'occurrences', 'first_published_at', 'first_speaker', 'first_outlet', 'text', 'altered_variants', 'excerpt_variants']));
        for (const q of page.quotes) {
          await write(
            csvRow([q.id, q.documentCount, q.occurrenceCount, q.first.publishedAt, q.first.speaker.name, q.first.outlet, q.text, q.alteredVariantCount, q.excerptVariantCount]),
          );
        }
      } else {
        await write(
          formatTable(
            [
              { header: 'id', min: 40 },
              { header: 'docs', align: 'right', min: 4, drop: 3 },
              { header: 'altered', align: 'right', min: 7, drop: 4 },
              { header: 'first', min: 10, drop: 1 },
              { header: 'speaker', max: 24, min: 8, drop: 2 },
              { header: 'quote', flex: true, min: 20 },
            ],
            page.quotes.map((q) => [
              q.id,
              String(q.documentCount),
              q.alteredVariantCount > 0 ? `≠ ${q.alteredVariantCount}` : '',
              day(q.first.publishedAt),
              q.first.speaker.name,
              q.text,
            ]),
            terminalWidth(),
          ),
        );
        const what = altered ? ' with altered variants' : '';
        process.stderr.write(`${page.total} quote${page.total === 1 ? '' : 's'}${what} found in at least ${minDocuments} document${minDocuments === 1 ? '' : 's'}\n`);
        if (page.quotes.some((q) => q.alteredVariantCount > 0)) process.stderr.write(`≠ N: reproduced elsewhere with changed words (see "whosaid quote ID")\n`);
      }
      return 0;
    }
    const id = positionals[0]!;
    const quote = await withStore(values.db, (store) => store.getQuote(id));
    if (!quote) throw new CliError(`no quote with id "${id}" (ids look like q0123456789abcde; see "whosaid quote")`, 1);
    if (format === 'json') await write(JSON.stringify(quote) + '\n');
    else if (format === 'jsonl') for (const o of quote.occurrences) await write(JSON.stringify(o) + '\n');
    else if (format === 'csv') {
      await write(csvRow(RECORD_CSV_HEADER));
      for (const o of quote.occurrences) await write(csvRow(recordCsvValues(o)));
    } else {
      const first = quote.first;
      await write(
        `${/^["“‘'«]/.test(quote.text) ? quote.text : `“${quote.text}”`}\n  ${quote.occurrenceCount} occurrences in ${quote.documentCount} documents; first: ` +
          `${first.speaker.name}, ${first.outlet ?? '(no outlet)'}, ${day(first.publishedAt) || 'undated'} (${recordRef(first)})\n\n`,
      );
      await write(
        formatTable(
          [
            { header: 'date', min: 10 },
            { header: 'outlet', max: 24, min: 6, drop: 2 },
            { header: 'speaker', max: 24, min: 8 },
            { header: 'title', flex: true, min: 10, drop: 1 },
            { header: 'document@offsets', min: 40 },
          ],
          quote.occurrences.map((o) => [day(o.publishedAt), o.outlet ?? '', o.speaker.name, o.title ?? '', recordRef(o)]),
          terminalWidth(),
        ),
      );
      await writeVariants(quote.variants);
    }
    return 0;
  },
};

const quoted = (text: string) => (/^["“‘'«]/.test(text) ? text : `“${text}”`);

/** Altered variants, then excerpts: each with its word differences and where it came first. */
async function writeVariants(variants: QuoteVariant[]): Promise<void> {
  const groups: [string, QuoteVariant[]][] = [
    ['Altered variants (words changed; differences read from the earlier to the later)', variants.filter((v) => v.relation === 'altered')],
    ['Excerpts (trimmed or elided with "...")', variants.filter((v) => v.relation === 'excerpt')],
  ];
  for (const [title, group] of groups) {
    if (group.length === 0) continue;
    await write(`\n${title}:\n`);
    for (const v of group) {
      const first = v.first;
      const where = `${first.speaker.name}, ${first.outlet ?? '(no outlet)'}, ${day(first.publishedAt) || 'undated'}`;
      await write(
        `\n  ${v.id}  ${quoted(v.text).replace(/\s+/g, ' ')}\n` +
          `    ${v.difference}\n` +
          `    ${v.earlier ? 'came first' : 'came later'}: ${where}; ${v.occurrenceCount} occurrence${v.occurrenceCount === 1 ? '' : 's'} in ${v.documentCount} document${v.documentCount === 1 ? '' : 's'}\n`,
      );
    }
  }
}
