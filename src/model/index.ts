// Pipeline stages backed by the learned model (models/attribution.bin.gz): the model alone,
// and the model combined with the rule engine where the rules measure better.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newAttribution } from '../document/document.js';
import type { Attribution, Document } from '../document/types.js';
import { findAttributionsWithView } from '../attribution/attribution.js';
import { rememberRuleView, ruleSourceAt } from '../attribution/rule-source.js';
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

// Arrays handed from one function to the next are built with push, not map/filter: a map's
// array changes elements kind once the caller is optimised, and the next function is then
// deoptimised on it (docs/pipeline-speed.md, session 7).
function numbered(attributions: Attribution[], prefix: string): Attribution[] {
  attributions.sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end);
  const out: Attribution[] = [];
  for (const a of attributions) {
    const copy = newAttribution(a);
    copy.id = `${prefix}${out.length + 1}`;
    out.push(copy);
  }
  return out;
}

/** Stage: attributions from the learned model alone (needs tokens and sentences). */
export function findAttributionsModel(doc: Document, model = defaultModel()): { attributions: Attribution[] } {
  return { attributions: numbered(model.predict(doc), 'm') };
}

type Range = { start: number; end: number };
const overlaps = (a: Range | null, b: Range | null) => a !== null && b !== null && a.start < b.end && b.start < a.end;
const sameRange = (a: Range | null, b: Range | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
const contains = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end;

function removeWhere<T>(list: T[], drop: (x: T) => boolean): void {
  let k = 0;
  for (const x of list) if (!drop(x)) list[k++] = x;
  list.length = k;
}

export interface CombinePolicy {
  /**
   * Where a rule finds a direct quotation: 'rule' keeps the rule's attribution and drops the
   * model's overlapping one; 'merge' keeps the model's cue and source with the rule's content
   * (under the rule's id, so its continuations still point at it); 'model' ignores the rule.
   */
  direct?: 'rule' | 'merge' | 'model';
  /** Add rule attributions at cues where the model found nothing. */
  fillGaps?: boolean;
  /** ...only those at least this confident (default 0.6: measured best on dev). */
  fillMinConfidence?: number;
  /**
   * ...but one that names its source needs only this (default 0, #880): on held-out train,
   * half of the rules' weaker attributions with a source have that source exactly right.
   */
  fillSourcedMinConfidence?: number;
  /**
   * A model attribution whose cue no rule cue overlaps needs at least this confidence (default
   * 0.6, #1130): on held-out train, the model's own cues under 0.6 have the gold source about a
   * third of the time, fewer than the engine's F1 needs to gain from them.
   */
  modelMinConfidence?: number;
  /** Keep the model's own source where the rules' subject logic reads a longer one (#1480 off). */
  noLongerSource?: boolean;
  /** Keep a lone article the rules' subject logic gives a model cue as its source (#1481 off). */
  keepLoneArticle?: boolean;
}

/**
 * Model and rules together. The rules are better at direct quotations (quote boundaries and
 * continuations across paragraphs); the model is better at cues and sources and at indirect
 * speech. By default a rule's direct quotation replaces the model's overlapping attribution,
 * and rule attributions fill cues the model missed when confident (>= 0.6) or when they name
 * a source (#880; measured on held-out train, confirmed on dev). Where both find a cue with
 * other boundaries, the rules' attribution is kept (#881). A model cue the rules do not share
 * needs confidence 0.6 (#1130).
 * Given `doc` (tokens and sentences), a model attribution left without a source and with no
 * rule source at its cue gets the source the rules' subject logic finds there (ruleSourceAt:
 * "..., calling for X", "plans to discuss X", "in calling for X"; session 11, round 11d), and
 * one with a source gets that longer source when it holds the model's (#1480).
 */
export function combineAttributions(rules: readonly Attribution[], model: readonly Attribution[], policy: CombinePolicy = {}, doc?: Document): Attribution[] {
  const direct = policy.direct ?? 'rule';
  const fillGaps = policy.fillGaps ?? true;
  const minConfidence = policy.fillMinConfidence ?? 0.6;
  const sourcedMinConfidence = Math.min(minConfidence, policy.fillSourcedMinConfidence ?? 0);
  const modelMinConfidence = policy.modelMinConfidence ?? 0.6;
  const ruleDirect: Attribution[] = [];
  if (direct !== 'model') for (const r of rules) if (r.kind === 'direct' && r.cue) ruleDirect.push(r);
  const out: Attribution[] = [];
  const keptRuleIds = new Set<string>();
  const usedRules = new Set<Attribution>();
  const preferred = new Set<Attribution>();
  for (const m of model) {
    if (m.confidence < modelMinConfidence && !rules.some((x) => overlaps(x.cue, m.cue))) continue;
    const r = ruleDirect.find((x) => overlaps(x.cue, m.cue) || overlaps(x.content, m.content));
    if (!r) {
      // #881 where both engines find a cue with other boundaries ("said" / "said in a letter"),
      // the rules' attribution: the rules' boundaries follow PolNeAR's more often
      const other = fillGaps ? rules.find((x) => x.kind !== 'direct' && overlaps(x.cue, m.cue) && !sameRange(x.cue, m.cue)) : undefined;
      if (other) preferred.add(other);
      else out.push(m);
      continue;
    }
    if (direct === 'merge' && !usedRules.has(r) && overlaps(r.cue, m.cue)) {
      const merged = newAttribution(m);
      merged.id = r.id;
      merged.kind = r.kind;
      merged.content = r.content;
      merged.contentParts = r.contentParts;
      out.push(merged);
      usedRules.add(r);
      keptRuleIds.add(r.id);
    }
  }
  for (const r of rules) {
    if (!r.cue || usedRules.has(r)) continue;
    const isDirect = ruleDirect.includes(r);
    const fills = fillGaps && r.confidence >= (r.source ? sourcedMinConfidence : minConfidence);
    // a model attribution whose cue sits inside this rule's content is nested in it: PolNeAR,
    // like a reader, keeps the outer one ("X said on Monday, after engineers found ...")
    const nested = (m: Attribution) => m.cue !== null && contains(r.content, m.cue) && !overlaps(m.cue, r.cue);
    const covered = out.some((m) => overlaps(m.cue, r.cue) || (overlaps(m.content, r.content) && !nested(m)));
    if ((isDirect && direct === 'rule') || preferred.has(r) || (!covered && (fills || isDirect))) {
      if (!isDirect && fills) removeWhere(out, nested);
      out.push(r);
      keptRuleIds.add(r.id);
    }
  }
  // the model sometimes finds a cue without its source where the rules found both ("...,
  // emphasizing that ..." takes the subject of the clause it hangs on), or with a source broken
  // off inside a name (#441; then the rules' source, or none)
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.origin !== 'model') continue;
    // #700 at a cue both engines found with the same span, the rules' source: the model cuts
    // long sources short ("Ada Moss, who chairs the board," -> "Ada Moss"); the rules read on
    // (not for a direct quotation merged under policy 'merge', which keeps the model's source)
    const same = keptRuleIds.has(m.id) ? undefined : rules.find((x) => x.source && sameRange(x.cue, m.cue));
    if (same && !sameRange(same.source, m.source)) {
      const copy = newAttribution(m);
      copy.source = same.source;
      out[i] = copy;
      continue;
    }
    const r = rules.find((x) => x.source && overlaps(x.cue, m.cue));
    if (m.source && !(doc && brokenSource(doc.text, m.source))) {
      // #1480 at a model cue no rule source stands at, the rules' subject logic when its source
      // holds the model's and reads further ("the pier" -> "none of the pier's owners",
      // "Ada Moss" -> "Ada Moss, the harbour master,"): the model's source run stops early
      const longer = !r && doc && m.cue && !policy.noLongerSource ? ruleSourceAt(doc, m.cue) : null;
      if (longer && contains(longer, m.source) && !sameRange(longer, m.source)) {
        const copy = newAttribution(m);
        copy.source = longer;
        out[i] = copy;
      }
      continue;
    }
    // with no rule at that cue, the rules' subject logic at the model's cue
    let source = r ? r.source : doc && m.cue ? ruleSourceAt(doc, m.cue) : null;
    // #1481 a lone article is no source: the subject logic's noun phrase broke off right after it
    // ("was first reported by the Harbour-Gazette", "by the so-called pier group")
    if (!r && source && doc && !policy.keepLoneArticle && loneArticle(doc.text, source)) source = null;
    if (m.source && !source) {
      const copy = newAttribution(m);
      copy.source = null;
      out[i] = copy;
    } else if (source) {
      const copy = newAttribution(m);
      copy.source = source;
      out[i] = copy;
    }
  }
  // rule continuations follow the attribution they continue
  for (const r of rules) if (!r.cue && r.continues && keptRuleIds.has(r.continues)) out.push(r);
  return out.sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end);
}

/**
 * #441 A model source cut inside a word or opening on punctuation (", chair of the board," for
 * "Ada Moss, chair of the board,"; "Y.)" of "(D-N.Y.)"; "A Harbour-" of "A Harbour-backed plan"):
 * the tagger's source run broke off at an abbreviation or a comma.
 */
function brokenSource(text: string, source: Range): boolean {
  const first = text.charCodeAt(source.start);
  if (first === 44 || first === 59 || first === 58 || first === 41 || first === 93) return true; // , ; : ) ]
  const before = text.slice(Math.max(0, source.start - 2), source.start);
  if (/^[A-Z][.-]$/.test(before)) return true;
  const last = text[source.end - 1];
  return (last === '.' || last === '-') && /\w/.test(text[source.end] ?? ' ');
}

/** #1481 "the", "a", "an" (any case) and nothing else. */
function loneArticle(text: string, source: Range): boolean {
  const n = source.end - source.start;
  if (n < 1 || n > 3) return false;
  const w = text.slice(source.start, source.end).toLowerCase();
  return w === 'the' || w === 'a' || w === 'an';
}

/** Stage: the rule engine and the model combined (see combineAttributions). */
export function findAttributionsCombined(doc: Document, model = defaultModel()): { attributions: Attribution[] } {
  // a copy: the rule stage's array changes elements kind as that stage is optimised
  const rules: Attribution[] = [];
  const found = findAttributionsWithView(doc);
  for (const r of found.attributions) rules.push(r);
  rememberRuleView(doc, found.view);
  const learned = numbered(model.predict(doc, rules), 'm');
  return { attributions: combineAttributions(rules, learned, {}, doc) };
}
