import { parseArgs } from 'node:util';
import { openExistingStore, write } from '../../ledger/cli-shared.js';
import { csvRow, RECORD_CSV_HEADER, recordCsvValues } from '../../ledger/format.js';
import { CliError, type Command } from '../command.js';
import { parseFormat } from './extract.js';

export const exportCommand: Command = {
  name: 'export',
  usage: 'whosaid export [--format jsonl|csv] [--db FILE]',
  summary: 'Every stored attribution, one per line (JSONL) or row (CSV), with speaker, document, outlet and date.',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, db: { type: 'string' } } });
    if (positionals.length > 0) throw new CliError(`takes no arguments\nUsage: ${this.usage}`);
    const format = parseFormat(values.format, ['jsonl', 'csv'] as const, 'jsonl');
    const store = await openExistingStore(values.db);
    try {
      if (format === 'csv') await write(csvRow(RECORD_CSV_HEADER));
      for await (const record of store.exportAttributions()) {
        await write(format === 'csv' ? csvRow(recordCsvValues(record)) : JSON.stringify(record) + '\n');
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
