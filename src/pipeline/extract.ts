import { createDocument, textTooLong } from '../document/document.js';
import type { Document, DocumentMeta } from '../document/types.js';
import { toAnalysis, type Analysis } from '../output/analysis.js';
import { segment } from '../segment/segment.js';
import { findQuotes } from '../quotes/quotes.js';
import { findAttributions } from '../attribution/attribution.js';
import { findAttributionsCombined, findAttributionsModel } from '../model/index.js';
import type { AttributionModel } from '../model/model.js';
import { findInterviews } from '../interviews/interviews.js';
import { dropSelfReports, findReported } from '../reported/reported.js';
import { resolveSpeakers } from '../speakers/speakers.js';
import { addContext } from '../context/context.js';
import { runStages, type NamedStage, type Stage } from './pipeline.js';

/**
 * Which component finds the attributions: the hand-written rules, the learned model, or both
 * (the rules' direct quotes and confident finds, the model's everywhere else).
 */
export type Engine = 'rules' | 'model' | 'combined';
export const ENGINES: readonly Engine[] = ['rules', 'model', 'combined'];

/** The attribution stage of an engine; `model` replaces the committed model (held-out scoring). */
function attributionStage(engine: Engine, model?: AttributionModel): Stage {
  if (engine === 'model') return model ? (doc) => findAttributionsModel(doc, model) : (doc) => findAttributionsModel(doc);
  if (engine === 'combined') return model ? (doc) => findAttributionsCombined(doc, model) : (doc) => findAttributionsCombined(doc);
  return findAttributions;
}

export function stagesFor(engine: Engine, model?: AttributionModel): readonly NamedStage[] {
  return [
    { name: 'segment', run: segment },
    { name: 'quotes', run: findQuotes },
    { name: 'attribution', run: attributionStage(engine, model) },
    { name: 'interviews', run: findInterviews },
    { name: 'reported', run: findReported },
    { name: 'speakers', run: resolveSpeakers },
    { name: 'self-reports', run: dropSelfReports },
    { name: 'context', run: addContext },
  ];
}

// The rules are the default: they keep the pipeline above 300 articles/s on one core and get
// the most attributions wholly right; the combined engine finds more cues and sources but is
// slower (see BENCHMARKS.md).
export const DEFAULT_ENGINE: Engine = 'rules';
export const defaultStages: readonly NamedStage[] = stagesFor(DEFAULT_ENGINE);

export interface ExtractOptions extends DocumentMeta {
  id?: string;
}

/** Runs every stage on one article and returns the annotated Document. */
export function annotate(text: string, meta: ExtractOptions = {}, stages = defaultStages): Document {
  const tooLong = textTooLong(text);
  if (tooLong) throw new Error(tooLong);
  const { id, ...rest } = meta;
  return runStages(createDocument(text, rest, id), stages);
}

/** The library's main entry point: who said what in one article. */
export function extract(text: string, meta: ExtractOptions = {}, stages = defaultStages): Analysis {
  return toAnalysis(annotate(text, meta, stages));
}
