import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { actorsCommand } from './actors.js';
import { actorCommand } from './actor.js';
import { quoteCommand } from './quote.js';
import { exportCommand } from './export.js';

/** Every CLI command, in the order `whosaid --help` lists them. */
export const commands: Command[] = [extractCommand, evalCommand, serveCommand, ingestCommand, searchCommand, actorsCommand, actorCommand, quoteCommand, exportCommand];
