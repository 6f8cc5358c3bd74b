// Pipeline stages backed by the learned model (models/attribution.bin.gz): the model alone,
// and the model combined with the rule engine where the rules measure better.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, Document } from '../document/types.js';
import { findAttributions } from '../attribution/attribution.js';
import { AttributionModel } from './model.js';

export { AttributionModel } from './model.js';

/** models/attribution.bin.gz at the package root (this file runs from dist/src/model/). */
export function defaultModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'models', 'attribution.bin.gz');
}

export function loadModel(path = defaultModelPath()): AttributionModel {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new Error(`${path}: model file not found (run npm run train)`);
  }
  return AttributionModel.deserialize(data, path);
}

let shared: AttributionModel | null = null;

/** The default model, loaded once on first use. */
export function defaultModel(): AttributionModel {
  if (!shared) shared = loadModel();
  return shared;
}

function numbered(attributions: Attribution[], prefix: string): Attribution[] {
  return attributions
    .sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end)
    .map((a, k) => ({ ...a, id: `${prefix}${k + 1}` }));
}

/** Stage: attributions from the learned model alone (needs tokens and sentences). */
export function findAttributionsModel(doc: Document, model = defaultModel()): { attributions: Attribution[] } {
  return { attributions: numbered(model.predict(doc), 'm') };
}

const overlaps = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
  a !== null && b !== null && a.start < b.end && b.start < a.end;

/**
 * Model and rules together. The rules win for direct quotations (their quote handling and
 * continuations measure better there); every other rule attribution is added only where the
 * model found nothing at that cue, so the rules fill the model's gaps.
 */
export function combineAttributions(rules: readonly Attribution[], model: readonly Attribution[]): Attribution[] {
  const ruleDirect = rules.filter((r) => r.kind === 'direct' && r.cue);
  const kept: Attribution[] = model.filter(
    (m) => !ruleDirect.some((r) => overlaps(r.cue, m.cue) || overlaps(r.content, m.content)),
  );
  const keptRuleIds = new Set<string>();
  for (const r of rules) {
    if (!r.cue) continue;
    if (r.kind === 'direct' || !kept.some((m) => overlaps(m.cue, r.cue) || overlaps(m.content, r.content))) {
      kept.push(r);
      keptRuleIds.add(r.id);
    }
  }
  // rule continuations follow the attribution they continue
  for (const r of rules) if (!r.cue && r.continues && keptRuleIds.has(r.continues)) kept.push(r);
  return kept.sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end);
}

/** Stage: the rule engine and the model combined (see combineAttributions). */
export function findAttributionsCombined(doc: Document, model = defaultModel()): { attributions: Attribution[] } {
  const rules = findAttributions(doc).attributions;
  const learned = numbered(model.predict(doc), 'm');
  return { attributions: combineAttributions(rules, learned) };
}
