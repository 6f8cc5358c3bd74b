// Reads a PolNeAR split (BRAT standoff) into gold attributions with UTF-16 offsets, the unit
// every whosaid span uses. PolNeAR counts offsets in Unicode code points.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** [start, end) in UTF-16 code units. */
export type Fragment = [number, number];

export interface GoldAttribution {
  cue: Fragment[];
  source: Fragment[] | null;
  content: Fragment[];
}

export interface GoldDocument {
  /** The article's file name without `.txt`. */
  name: string;
  text: string;
  /** The annotation file scored against (the first in sorted order). */
  annotationFile: string;
  gold: GoldAttribution[];
  publishedAt: string | null;
  outlet: string | null;
  title: string | null;
}

/** Maps code-point offsets to UTF-16 offsets; the identity when the text has no astral characters. */
function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

interface BratSpan {
  type: string;
  fragments: Fragment[];
}

/** Parses one .ann file. Lines that start with none of T, E, # continue the previous line. */
export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const toUtf16 = codePointMapper(text);
  const spans = new Map<string, BratSpan>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, head] = line.split('\t');
      if (!id || !head) continue;
      const sp = head.indexOf(' ');
      const type = head.slice(0, sp);
      const fragments: Fragment[] = [];
      for (const part of head.slice(sp + 1).split(';')) {
        const [a, b] = part.trim().split(/\s+/).map(Number);
        if (Number.isFinite(a) && Number.isFinite(b)) fragments.push([toUtf16(a!), toUtf16(b!)]);
      }
      spans.set(id, { type, fragments });
    } else if (line.startsWith('E')) {
      events.push(line);
    }
  }
  const gold: GoldAttribution[] = [];
  for (const line of events) {
    const roles = (line.split('\t')[1] ?? '').trim().split(/\s+/);
    const cue: Fragment[] = [];
    const content: Fragment[] = [];
    let source: Fragment[] | null = null;
    for (const role of roles) {
      const [name, ref] = role.split(':');
      const s = ref ? spans.get(ref) : undefined;
      if (!name || !s) continue;
      if (name === 'Cue') cue.push(...s.fragments);
      else if (name.startsWith('Content')) content.push(...s.fragments);
      else if (name === 'Source') source = [...(source ?? []), ...s.fragments];
    }
    if (content.length === 0 && cue.length === 0) continue;
    gold.push({ cue, source, content });
  }
  return gold;
}

interface MetadataRow {
  publishedAt: string | null;
  outlet: string | null;
  title: string | null;
}

function readMetadata(splitDir: string): Map<string, MetadataRow> {
  const rows = new Map<string, MetadataRow>();
  const file = join(dirname(splitDir.replace(/\/+$/, '')), 'metadata.tsv');
  if (!existsSync(file)) return rows;
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  const cols = (header ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  for (const line of lines) {
    const f = line.split('\t');
    const name = f[at('filename')];
    if (!name) continue;
    rows.set(name, {
      publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(f[at('publication_date')] ?? '') ? f[at('publication_date')]! : null,
      outlet: f[at('publisher')] || null,
      title: f[at('title')] || null,
    });
  }
  return rows;
}

/** Article name -> its annotation files (sorted; one per annotator, whose id ends the name). */
function annotationFiles(annDir: string): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const article = basename(f, '.ann').replace(/_[^_]+$/, '');
    const list = byArticle.get(article);
    if (list) list.push(f);
    else byArticle.set(article, [f]);
  }
  return byArticle;
}

export interface MultiAnnotated {
  name: string;
  text: string;
  /** One list of attributions per annotator, in annotation-file order. */
  annotators: GoldAttribution[][];
}

/** The articles of a split that several annotators annotated, each annotator's attributions. */
export function readMultiAnnotated(dir: string): MultiAnnotated[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new Error(`${dir}: expected text/ and attributions/ folders (a PolNeAR split)`);
  }
  const out: MultiAnnotated[] = [];
  for (const [name, files] of annotationFiles(annDir)) {
    const textFile = join(textDir, `${name}.txt`);
    if (files.length < 2 || !existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    out.push({ name, text, annotators: files.map((f) => parseBrat(readFileSync(join(annDir, f), 'utf8'), text)) });
  }
  return out;
}

/** Reads DIR/text/*.txt with DIR/attributions/*.ann; articles without annotations are skipped. */
export function readPolnear(dir: string): GoldDocument[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new Error(`${dir}: expected text/ and attributions/ folders (a PolNeAR split)`);
  }
  const firstAnn = new Map([...annotationFiles(annDir)].map(([article, files]) => [article, files[0]!]));
  const meta = readMetadata(dir);
  const docs: GoldDocument[] = [];
  for (const f of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(f, '.txt');
    const annFile = firstAnn.get(name);
    if (!annFile) continue;
    const text = readFileSync(join(textDir, f), 'utf8');
    const m = meta.get(name);
    docs.push({
      name,
      text,
      annotationFile: annFile,
      gold: parseBrat(readFileSync(join(annDir, annFile), 'utf8'), text),
      publishedAt: m?.publishedAt ?? null,
      outlet: m?.outlet ?? null,
      title: m?.title ?? null,
    });
  }
  return docs;
}

/**
 * For each of `docs` (articles of the split in `dir`), the attributions of every further
 * annotator: the annotation files other than the one `readPolnear` scores against, in file
 * order. Training reads each as one more example of the same text.
 */
export function otherAnnotations(dir: string, docs: readonly GoldDocument[]): GoldAttribution[][][] {
  const annDir = join(dir, 'attributions');
  const byArticle = annotationFiles(annDir);
  return docs.map((d) =>
    (byArticle.get(d.name) ?? [])
      .filter((f) => f !== d.annotationFile)
      .map((f) => parseBrat(readFileSync(join(annDir, f), 'utf8'), d.text)),
  );
}
