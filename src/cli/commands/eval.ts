import type { Command } from '../command.js';
import { CliError } from '../command.js';

export const evalCommand: Command = {
  name: 'eval',
  usage: 'whosaid eval polnear DIR [--json] [--errors ARTICLE]',
  summary: 'Score the pipeline against a hand-annotated corpus (PolNeAR).',
  async run() {
    throw new CliError('not available yet');
  },
};
