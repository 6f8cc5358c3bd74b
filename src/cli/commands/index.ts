import type { Command } from '../command.js';

/**
 * Every CLI command, in the order `whosaid --help` lists them. Each is loaded only when it
 * runs: `whosaid search` should not pay for loading the extraction pipeline.
 */
export const commands: { name: string; load: () => Promise<Command> }[] = [
  { name: 'extract', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'search', load: async () => (await import('./search.js')).searchCommand },
  { name: 'actors', load: async () => (await import('./actors.js')).actorsCommand },
  { name: 'actor', load: async () => (await import('./actor.js')).actorCommand },
  { name: 'quote', load: async () => (await import('./quote.js')).quoteCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'eval', load: async () => (await import('./eval.js')).evalCommand },
];
