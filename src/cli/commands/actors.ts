import { parseArgs } from 'node:util';
import type { ActorSummary } from '../../store/store.js';
import { parseCount, withStore, write } from '../../ledger/cli-shared.js';
import { csvRow, formatTable, terminalWidth } from '../../ledger/format.js';
import { resolveActor } from '../../ledger/resolve.js';
import { CliError, type Command } from '../command.js';
import { parseFormat } from './extract.js';

function describeActor(a: ActorSummary): string {
  return `#${a.id} ${a.name} (${a.type}, ${a.attributionCount} attributions in ${a.documentCount} documents)`;
}

async function merge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  if (positionals.length < 2) throw new CliError('merge expects actors: KEEP OTHER... (ids or names)\nUsage: whosaid actors merge KEEP OTHER... [--db FILE]');
  return withStore(values.db, async (store) => {
    const keep = (await resolveActor(store, positionals[0]!)).actor;
    // resolve every name first, so a typo in the last one merges nothing
    const others = [];
    for (const ref of positionals.slice(1)) others.push((await resolveActor(store, ref)).actor);
    for (const other of others) {
      const merged = await store.mergeActors(keep.id, other.id);
      process.stdout.write(`merged #${other.id} ${other.name} into ${describeActor(merged)}\n`);
    }
    return 0;
  });
}

async function split(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, document: { type: 'string', multiple: true }, alias: { type: 'string', multiple: true }, name: { type: 'string' } },
  });
  if (positionals.length !== 1 || (!values.document?.length && !values.alias?.length)) {
    throw new CliError('split expects one actor and what to move\nUsage: whosaid actors split ACTOR (--document ID | --alias NAME)... [--name NEW] [--db FILE]');
  }
  return withStore(values.db, async (store) => {
    const actor = (await resolveActor(store, positionals[0]!)).actor;
    const created = await store.splitActor(actor.id, { documentIds: values.document, aliases: values.alias, name: values.name });
    process.stdout.write(`split ${describeActor(created)} off #${actor.id} ${actor.name}\n`);
    return 0;
  });
}

export const actorsCommand: Command = {
  name: 'actors',
  usage:
    'whosaid actors [--name TEXT] [--format table|json|jsonl|csv] [--limit N] [--offset N] [--db FILE]\n' +
    '       whosaid actors merge KEEP OTHER... [--db FILE]\n' +
    '       whosaid actors split ACTOR (--document ID | --alias NAME)... [--name NEW] [--db FILE]',
  summary: 'Speakers across all stored articles, ranked by attribution count; merge or split them.',
  async run(args) {
    if (args[0] === 'merge') return merge(args.slice(1));
    if (args[0] === 'split') return split(args.slice(1));
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, db: { type: 'string' } },
    });
    if (positionals.length > 0) throw new CliError(`unknown subcommand "${positionals[0]}" (merge or split)\nUsage: ${this.usage}`);
    const format = parseFormat(values.format, ['table', 'json', 'jsonl', 'csv'] as const, 'table');
    const limit = parseCount(values.limit, '--limit', 50);
    const offset = parseCount(values.offset, '--offset', 0);
    const page = await withStore(values.db, (store) => store.listActors({ name: values.name, limit, offset }));
    if (format === 'json') await write(JSON.stringify(page.actors) + '\n');
    else if (format === 'jsonl') for (const a of page.actors) await write(JSON.stringify(a) + '\n');
    else if (format === 'csv') {
      await write(csvRow(['id', 'name', 'type', 'attributions', 'documents', 'aliases', 'roles', 'outlets', 'first_seen', 'last_seen']));
      for (const a of page.actors) {
        await write(
          csvRow([a.id, a.name, a.type, a.attributionCount, a.documentCount, a.aliases.join('; '), a.roles.join('; '),
            a.outlets.map((o) => `${o.outlet} (${o.count})`).join('; '), a.firstSeen, a.lastSeen]),
        );
      }
    } else {
      await write(
        formatTable(
          [
            { header: 'id', align: 'right', min: 2 },
            { header: 'name', max: 30, min: 10 },
            { header: 'type', min: 6, drop: 2 },
            { header: 'attributions', align: 'right', min: 5 },
            { header: 'docs', align: 'right', min: 4, drop: 3 },
            { header: 'roles', max: 30, min: 8, drop: 1 },
            { header: 'outlets', flex: true, min: 10 },
          ],
          page.actors.map((a) => [
            a.id, a.name, a.type, String(a.attributionCount), String(a.documentCount), a.roles.slice(0, 2).join('; '),
            a.outlets.map((o) => `${o.outlet} (${o.count})`).join(', '),
          ]),
          terminalWidth(),
        ),
      );
      process.stderr.write(page.actors.length < page.total ? `${page.actors.length} of ${page.total} actors\n` : `${page.total} actor${page.total === 1 ? '' : 's'}\n`);
    }
    return 0;
  },
};
