// `npm test` ends with this check: no file git tracks may hold six consecutive words of a
// PolNeAR article (../shared/polnear/*/text), so that no fixture, example or comment is the
// corpus's text. Words are lower-case runs of letters and digits, read across line breaks, so
// punctuation, case and wrapping do not hide a copied phrase. Without the corpus beside the
// repository it says so and passes.
//
//   node dist/scripts/corpus-overlap.js [--corpus DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const N = 6;
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'polnear'));

function words(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[a-z0-9]+/g) ?? [];
}

if (!existsSync(corpus)) {
  process.stdout.write(`corpus-overlap: ${corpus} is not here; nothing checked\n`);
  process.exit(0);
}

const grams = new Set<string>();
for (const split of readdirSync(corpus)) {
  const dir = join(corpus, split, 'text');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    const w = words(readFileSync(join(dir, f), 'utf8'));
    for (let i = 0; i + N <= w.length; i++) grams.add(w.slice(i, i + N).join(' '));
  }
}
if (grams.size === 0) {
  process.stderr.write(`corpus-overlap: ${corpus} holds no */text/*.txt articles\n`);
  process.exit(2);
}

// the files git tracks (what a clone holds), text only
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|txt|html|css|json|sh)$|^\.ci\//;
let hits = 0;
for (const file of tracked) {
  if (!TEXT.test(file) || file === 'package-lock.json') continue;
  // the whole file's words, each with its line: a copied phrase may run over a line break
  const text = readFileSync(join(root, file), 'utf8').toLowerCase().replace(/’/g, "'");
  const w: string[] = [];
  const line: number[] = [];
  let n = 1;
  let last = 0;
  for (const m of text.matchAll(/[a-z0-9]+/g)) {
    for (let k = text.indexOf('\n', last); k >= 0 && k < m.index!; k = text.indexOf('\n', k + 1)) n++;
    last = m.index!;
    w.push(m[0]);
    line.push(n);
  }
  let reported = 0;
  for (let i = 0; i + N <= w.length; i++) {
    const g = w.slice(i, i + N).join(' ');
    if (line[i]! > reported && grams.has(g)) {
      hits++;
      reported = line[i + N - 1]!;
      process.stdout.write(`${file}:${line[i]}: "${g}" is in a PolNeAR article\n`);
    }
  }
}
if (hits > 0) {
  process.stdout.write(`corpus-overlap: ${hits} line(s) share ${N} words with PolNeAR; reword them with invented text\n`);
  process.exit(1);
}
process.stdout.write(`corpus-overlap: ${tracked.length} files checked against ${grams.size} ${N}-word runs of PolNeAR: none shared\n`);
