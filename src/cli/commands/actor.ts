import { parseArgs } from 'node:util';
import { parseCount, withStore, write } from '../../ledger/cli-shared.js';
import { csvRow, day, formatTable, RECORD_CSV_HEADER, recordCsvValues, recordRef, terminalWidth } from '../../ledger/format.js';
import { resolveActor } from '../../ledger/resolve.js';
import type { AttributionRecord } from '../../store/store.js';
import { CliError, type Command } from '../command.js';
import { parseFormat } from './extract.js';

export const actorCommand: Command = {
  name: 'actor',
  usage: 'whosaid actor NAME|ID [--format table|json|jsonl|csv] [--limit N] [--db FILE]',
  summary: "One actor's statements over time, grouped by outlet.",
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, limit: { type: 'string' }, db: { type: 'string' } },
    });
    if (positionals.length === 0) throw new CliError(`expects an actor name or id\nUsage: ${this.usage}`);
    const format = parseFormat(values.format, ['table', 'json', 'jsonl', 'csv'] as const, 'table');
    const limit = values.limit === undefined ? undefined : parseCount(values.limit, '--limit', 0);
    const { actor, others } = await withStore(values.db, async (store) => {
      const resolved = await resolveActor(store, positionals.join(' '));
      const detail = await store.getActor(resolved.actor.id, { limit });
      return { actor: detail!, others: resolved.others };
    });
    if (others.length > 0) {
      const listed = others.slice(0, 5).map((o) => `#${o.id} (${o.attributionCount} attributions)`);
      if (others.length > 5) listed.push(`and ${others.length - 5} more`);
      process.stderr.write(`also named "${positionals.join(' ')}": ${listed.join(', ')} (join them with "whosaid actors merge KEEP OTHER")\n`);
    }
    if (format === 'json') {
      await write(JSON.stringify(actor) + '\n');
      return 0;
    }
    if (format === 'jsonl') {
      for (const s of actor.statements) await write(JSON.stringify(s) + '\n');
      return 0;
    }
    if (format === 'csv') {
      await write(csvRow(RECORD_CSV_HEADER));
      for (const s of actor.statements) await write(csvRow(recordCsvValues(s)));
      return 0;
    }
    const lines = [
      `#${actor.id} ${actor.name} (${actor.type})`,
      `  ${actor.attributionCount} attribution${actor.attributionCount === 1 ? '' : 's'} in ${actor.documentCount} document${actor.documentCount === 1 ? '' : 's'}` +
        (actor.firstSeen ? `, ${actor.firstSeen} to ${actor.lastSeen}` : ''),
    ];
    if (actor.aliases.length > 1) lines.push(`  also written: ${actor.aliases.filter((a) => a !== actor.name).join(', ')}`);
    if (actor.roles.length) lines.push(`  roles: ${actor.roles.join(', ')}`);
    await write(lines.join('\n') + '\n');
    // statements arrive in date order; grouping keeps that order inside each outlet
    const byOutlet = new Map<string, AttributionRecord[]>();
    for (const s of actor.statements) {
      const key = s.outlet ?? '(no outlet)';
      if (!byOutlet.has(key)) byOutlet.set(key, []);
      byOutlet.get(key)!.push(s);
    }
    const groups = [...byOutlet.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [outlet, statements] of groups) {
      await write(`\n${outlet} (${statements.length})\n`);
      await write(
        formatTable(
          [
            { header: 'date', min: 10, drop: 2 },
            { header: 'kind', min: 4, drop: 1 },
            { header: 'statement', flex: true, min: 15 },
            { header: 'document@offsets', min: 40 },
          ],
          statements.map((s) => [day(s.publishedAt), s.kind, s.content.text, recordRef(s)]),
          terminalWidth(),
        ),
      );
    }
    return 0;
  },
};
