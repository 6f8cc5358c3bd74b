import { parseArgs } from 'node:util';
import type { AttributionKind } from '../../document/types.js';
import { withStore, parseCount, write } from '../../ledger/cli-shared.js';
import { csvRow, day, formatTable, RECORD_CSV_HEADER, recordCsvValues, recordRef, terminalWidth } from '../../ledger/format.js';
import { CliError, type Command } from '../command.js';
import { parseDateOption, parseFormat } from './extract.js';

const KINDS: readonly AttributionKind[] = ['direct', 'indirect', 'mixed'];

export const searchCommand: Command = {
  name: 'search',
  usage:
    'whosaid search [QUERY] [--speaker NAME] [--outlet O] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--stated-since YYYY-MM-DD] [--stated-until YYYY-MM-DD] ' +
    '[--kind direct|indirect|mixed] ' +
    '[--format table|json|jsonl|csv] [--limit N] [--offset N] [--db FILE]',
  summary: 'Full-text search over stored attributions, ranked, with speaker, outlet, date and a link back.',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        speaker: { type: 'string' },
        outlet: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        'stated-since': { type: 'string' },
        'stated-until': { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        db: { type: 'string' },
      },
    });
    const format = parseFormat(values.format, ['table', 'json', 'jsonl', 'csv'] as const, 'table');
    if (values.kind !== undefined && !KINDS.includes(values.kind as AttributionKind)) {
      throw new CliError(`--kind must be one of ${KINDS.join(', ')}, got "${values.kind}"`);
    }
    const query = positionals.join(' ');
    const since = parseDateOption(values.since, '--since');
    const until = parseDateOption(values.until, '--until');
    const statedSince = parseDateOption(values['stated-since'], '--stated-since');
    const statedUntil = parseDateOption(values['stated-until'], '--stated-until');
    const limit = parseCount(values.limit, '--limit', 20);
    const offset = parseCount(values.offset, '--offset', 0);
    const page = await withStore(values.db, (store) =>
      store.search({
        query,
        speaker: values.speaker,
        outlet: values.outlet,
        since,
        until,
        statedSince,
        statedUntil,
        kind: (values.kind as AttributionKind | undefined) ?? null,
        limit,
        offset,
      }),
    );
    if (format === 'json') await write(JSON.stringify(page.results) + '\n');
    else if (format === 'jsonl') for (const r of page.results) await write(JSON.stringify(r) + '\n');
    else if (format === 'csv') {
      await write(csvRow(['score', ...RECORD_CSV_HEADER]));
      for (const r of page.results) await write(csvRow([r.score, ...recordCsvValues(r)]));
    } else {
      const table = formatTable(
        [
          { header: 'date', min: 10, drop: 3 },
          { header: 'speaker', max: 24, min: 8 },
          { header: 'outlet', max: 18, min: 6, drop: 2 },
          { header: 'kind', min: 4, drop: 1 },
          { header: 'content', flex: true, min: 15 },
          { header: 'document@offsets', min: 40 },
        ],
        page.results.map((r) => [day(r.publishedAt), r.reportedByName ? `${r.speaker.name} (via ${r.reportedByName})` : r.speaker.name, r.outlet ?? '', r.kind, r.content.text, recordRef(r)]),
        terminalWidth(),
      );
      await write(table);
      const shown = page.results.length;
      process.stderr.write(
        shown < page.total ? `${shown} of ${page.total} results (--offset ${offset + shown} for more)\n` : `${page.total} result${page.total === 1 ? '' : 's'}\n`,
      );
    }
    return 0;
  },
};
