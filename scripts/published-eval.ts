// How well the publication date is inferred from an article's text alone, on PolNeAR splits
// whose metadata gives the true date. A wrong date is worse than none: every "on Monday" of the
// article is resolved against it. Usage: node dist/scripts/published-eval.js [SPLIT_DIR ...] [--show]
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPolnear } from '../src/eval/polnear.js';
import { inferPublishedAt } from '../src/context/dates.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const show = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--'));
const splits = dirs.length > 0 ? dirs.map((d) => resolve(d)) : ['train', 'dev'].map((s) => join(root, '..', 'shared', 'polnear', s));

const DAY_MS = 86_400_000;
let articles = 0, declined = 0, exact = 0, withinOne = 0, withinThree = 0, inferred = 0;
for (const split of splits) {
  for (const doc of readPolnear(split)) {
    if (!doc.publishedAt) continue;
    articles++;
    const got = inferPublishedAt(doc.text);
    if (!got) { declined++; continue; }
    inferred++;
    const days = Math.abs(Date.parse(got.date) - Date.parse(doc.publishedAt)) / DAY_MS;
    if (days === 0) exact++;
    if (days <= 1) withinOne++;
    if (days <= 3) withinThree++;
    if (show && days > 0) console.log(`${doc.name}: ${got.date} (true ${doc.publishedAt}) from "${doc.text.slice(got.start, got.end)}"`);
  }
}
console.log(`${articles} articles with a known date: a date inferred for ${inferred}, declined on ${declined}`);
console.log(`of those inferred: ${exact} exact, ${withinOne} within one day, ${withinThree} within three days`);
