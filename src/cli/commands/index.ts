import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';

/** Every CLI command, in the order `whosaid --help` lists them. */
export const commands: Command[] = [extractCommand, evalCommand, serveCommand];
