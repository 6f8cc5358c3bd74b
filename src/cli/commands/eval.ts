import { parseArgs } from 'node:util';
import { annotate, stagesFor, DEFAULT_ENGINE, ENGINES } from '../../pipeline/extract.js';
import { foldContinuations } from '../../attribution/attribution.js';
import { readMultiAnnotated, readPolnear } from '../../eval/polnear.js';
import { againstAnnotators, agreement, evaluate, pairAll, type Predictor } from '../../eval/run.js';
import { formatErrors, formatScores } from '../../eval/report.js';
import { CliError, type Command } from '../command.js';
import { parseFormat } from './extract.js';

// PolNeAR counts a cue-less follow-on quote as more content of the attribution it continues
function pipeline(stages: ReturnType<typeof stagesFor>): Predictor {
  return (text, meta) => foldContinuations(text, annotate(text, meta, stages).ann.attributions ?? []);
}

export const evalCommand: Command = {
  name: 'eval',
  usage: 'whosaid eval polnear DIR [--json] [--errors NAME] [--no-timing] [--engine rules|model|combined] [--agreement]',
  summary: 'Score the pipeline against the hand-annotated PolNeAR corpus (DIR holds text/ and attributions/).',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        errors: { type: 'string' },
        'no-timing': { type: 'boolean' },
        engine: { type: 'string' },
        agreement: { type: 'boolean' },
      },
    });
    const engine = parseFormat(values.engine, ENGINES, DEFAULT_ENGINE, '--engine');
    const predict = pipeline(stagesFor(engine));
    const [corpus, dir] = positionals;
    if (corpus !== 'polnear' || !dir || positionals.length !== 2) throw new CliError(`Usage: ${this.usage}`);
    if (values.agreement) {
      // the annotators scored against each other instead of the engine against them
      let multi;
      try {
        multi = readMultiAnnotated(dir);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      if (multi.length === 0) throw new CliError(`${dir}: no article has several annotators`);
      const result = agreement(multi);
      const engineScores = againstAnnotators(multi, predict);
      process.stdout.write(
        values.json
          ? JSON.stringify({ ...result, engine: { name: engine, ...engineScores } }) + '\n'
          : `inter-annotator agreement: ${result.docs} articles with several annotators, ${result.pairsOfAnnotators} ordered pairs of annotators\n` +
              formatScores({ ...result, docsPerSecond: 0, wordsPerSecond: 0 }) +
              `\nthe engine (${engine}) on the same articles, against each of their annotators:\n` +
              formatScores({ ...engineScores, docsPerSecond: 0, wordsPerSecond: 0 }),
      );
      return 0;
    }
    let docs;
    try {
      docs = readPolnear(dir);
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    if (docs.length === 0) throw new CliError(`${dir}: no annotated articles found`);
    if (values.errors !== undefined) {
      // error report: every article whose name contains the given text
      const chosen = docs.filter((d) => d.name.includes(values.errors!));
      if (chosen.length === 0) throw new CliError(`no article in ${dir} matches "${values.errors}"`);
      pairAll(chosen, predict).forEach((p, i) => process.stdout.write(formatErrors(chosen[i]!.name, p)));
      return 0;
    }
    const { result } = evaluate(docs, predict, { timing: !values['no-timing'] });
    process.stdout.write(values.json ? JSON.stringify(result) + '\n' : formatScores(result));
    return 0;
  },
};
