import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { addContext } from '../src/context/context.js';
import { embedsFromHtml } from '../src/context/html-embeds.js';
import type { EmbedHint } from '../src/document/types.js';
import { prepared } from './context-helpers.js';

const SIGNED_BELOW =
  'The ferry returned to service on Monday after a week of repairs.\n' +
  'Back on the water at last, and the coffee is still terrible. https://t.co/Fx9Qa2LmZp\n' +
  '— Nell Harbour (@nellharbour) March 3, 2025\n' +
  'Passengers said the crossing took forty minutes.';

test('a signature line with the post above it becomes an embed and an attribution to its author', () => {
  const doc = prepared(SIGNED_BELOW);
  const out = addContext(doc);
  const postText = 'Back on the water at last, and the coffee is still terrible.';
  const blockStart = SIGNED_BELOW.indexOf('Back on');
  const blockEnd = SIGNED_BELOW.indexOf('2025') + 4;
  assert.deepEqual(out.embeds, [
    {
      type: 'post',
      platform: 'twitter',
      author: 'Nell Harbour',
      handle: '@nellharbour',
      date: '2025-03-03',
      url: 'https://t.co/Fx9Qa2LmZp',
      text: postText,
      start: blockStart,
      end: blockEnd,
    },
  ]);
  const posts = out.attributions!.filter((a) => a.origin === 'embed');
  assert.equal(posts.length, 1);
  const a = posts[0]!;
  assert.equal(a.kind, 'direct');
  assert.equal(a.cue, null);
  assert.equal(a.content.text, postText);
  assert.equal(a.source!.text, 'Nell Harbour');
  assert.equal(a.statedOn, '2025-03-03');
  const speaker = out.speakers!.find((s) => s.id === a.speakerId)!;
  assert.equal(speaker.name, 'Nell Harbour');
  assert.equal(speaker.type, 'person');
  assert.deepEqual(
    speaker.mentions.map((m) => m.text),
    ['Nell Harbour', '@nellharbour'],
  );
  // the post is the author's voice, not the outlet's
  assert.ok(!out.voice!.some((v) => v.text.includes('coffee')));
  assert.ok(out.voice!.some((v) => v.text.startsWith('The ferry returned')));
});

test('when the line above the signature is only the link, the short paragraph below is the post', () => {
  const text =
    'Officials have not said when the bridge will reopen, a delay that has gone on for months and that the county has promised to explain at length in a report.\n' +
    'https://t.co/Qq3Lm9TzRa\n' +
    '— Ivo Marsh (@ivomarsh) March 3, 2025\n' +
    'Three months of detours and not one straight answer.\n' +
    'The county meets again next week.';
  const out = addContext(prepared(text));
  assert.equal(out.embeds!.length, 1);
  const e = out.embeds![0]!;
  assert.equal(e.text, 'Three months of detours and not one straight answer.');
  assert.equal(e.url, 'https://t.co/Qq3Lm9TzRa');
  assert.equal(e.start, text.indexOf('https://t.co'));
  assert.equal(e.end, text.indexOf(' answer.') + ' answer.'.length);
  const a = out.attributions!.find((x) => x.origin === 'embed')!;
  assert.equal(a.content.text, e.text);
});

test('a long article paragraph above a signature is not taken for the post', () => {
  const long = 'The council debated the harbour plan for hours. '.repeat(7).trim();
  const text = `${long}\n— Nell Harbour (@nellharbour) March 3, 2025\n`;
  const out = addContext(prepared(text));
  assert.equal(out.embeds!.length, 1);
  assert.equal(out.embeds![0]!.text, '');
  assert.equal(out.embeds![0]!.start, text.indexOf('—'));
  assert.equal(out.attributions!.filter((a) => a.origin === 'embed').length, 0, 'no words, no attribution');
});

test('a Bluesky signature (handle with a domain, time of day) is recognised as Bluesky', () => {
  const text = 'Tide tables are wrong again this week.\n— Port Watch (@portwatch.bsky.social) March 4, 2025 at 9:15 AM\n';
  const [e] = addContext(prepared(text)).embeds!;
  assert.equal(e!.platform, 'bluesky');
  assert.equal(e!.handle, '@portwatch.bsky.social');
  assert.equal(e!.date, '2025-03-04');
  assert.equal(e!.text, 'Tide tables are wrong again this week.');
});

test('an Instagram remnant gives author and handle', () => {
  const text = 'Sunrise over the new pier.\nA post shared by Coast Life (@coastlife)\n';
  const [e] = addContext(prepared(text)).embeds!;
  assert.equal(e!.platform, 'instagram');
  assert.equal(e!.author, 'Coast Life');
  assert.equal(e!.handle, '@coastlife');
  assert.equal(e!.date, null);
  assert.equal(e!.text, 'Sunrise over the new pier.');
});

test('the post author joins an existing speaker of the same name (initials aside)', () => {
  const text = 'Nell Harbour, the ferry captain, has long criticised the schedule.\n' + SIGNED_BELOW.split('\n').slice(1).join('\n');
  const doc = prepared(text);
  doc.ann.speakers = [
    {
      id: 's1',
      name: 'Nell J. Harbour',
      type: 'person',
      role: 'ferry captain',
      organization: null,
      mentions: [{ start: 0, end: 12, text: 'Nell Harbour' }],
    },
  ];
  const out = addContext(doc);
  assert.equal(out.speakers!.length, 1);
  assert.equal(out.attributions!.find((a) => a.origin === 'embed')!.speakerId, 's1');
  assert.equal(out.speakers![0]!.mentions.length, 3);
  assert.equal(doc.ann.speakers[0]!.mentions.length, 1, 'the earlier layer is not mutated');
});

test('ordinary lines with dashes or handles are no embeds', () => {
  const text = 'The mayor — who took office in 2023 — spoke.\nFollow us (@harbourtimes) for updates.\n- a list item (@x)\n';
  assert.deepEqual(addContext(prepared(text)).embeds, []);
});

// ---- HTML embed markup ----

const PAGE = `<!doctype html><html><body><article>
<p>The ferry came back on Monday.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Back on the water at last, and the coffee is still terrible. <a href="https://t.co/Fx9Qa2LmZp">pic.twitter.com/Fx9Qa2LmZp</a></p>&mdash; Nell Harbour (@nellharbour) <a href="https://twitter.com/nellharbour/status/1897000000000000001?ref_src=twsrc%5Etfw">March 3, 2025</a></blockquote>
<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kx"><p lang="en">Tide tables are wrong again.</p>&mdash; Port Watch (<a href="https://bsky.app/profile/did:plc:abc">@portwatch.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3kx?ref_src=embed">March 4, 2025 at 9:15 AM</a></blockquote>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C4xYz/?utm_source=ig_embed"><div><p><a href="https://www.instagram.com/p/C4xYz/">Sunrise over the new pier.</a></p><p>A post shared by Coast Life (@coastlife) on <time datetime="2025-03-02T06:10:00+00:00">Mar 2, 2025 at 6:10am</time></p></div></blockquote>
<iframe src="https://mastodon.social/@harbourmaster/113000000000000001/embed" class="mastodon-embed" width="400"></iframe>
<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/aBcDeF12345?si=x" title="Ferry returns to the harbour"></iframe>
<p><a href="https://www.youtube.com/watch?v=ZyXwVu98765">https://www.youtube.com/watch?v=ZyXwVu98765</a></p>
<p>Earlier footage <a href="https://youtu.be/InLine12345">is here</a> for reference.</p>
</article></body></html>`;

test('embedsFromHtml reads Twitter, Bluesky, Instagram, Mastodon and YouTube embeds', () => {
  const { document } = parseHTML(PAGE);
  const hints = embedsFromHtml(document as never);
  assert.deepEqual(hints, [
    {
      platform: 'twitter',
      author: 'Nell Harbour',
      handle: '@nellharbour',
      date: '2025-03-03',
      url: 'https://twitter.com/nellharbour/status/1897000000000000001',
      text: 'Back on the water at last, and the coffee is still terrible.',
    },
    {
      platform: 'bluesky',
      author: 'Port Watch',
      handle: '@portwatch.bsky.social',
      date: '2025-03-04',
      url: 'https://bsky.app/profile/did:plc:abc/post/3kx',
      text: 'Tide tables are wrong again.',
    },
    {
      platform: 'instagram',
      author: 'Coast Life',
      handle: '@coastlife',
      date: '2025-03-02',
      url: 'https://www.instagram.com/p/C4xYz/',
      text: 'Sunrise over the new pier.',
    },
    {
      platform: 'mastodon',
      author: null,
      handle: '@harbourmaster@mastodon.social',
      date: null,
      url: 'https://mastodon.social/@harbourmaster/113000000000000001',
      text: '',
    },
    { platform: 'youtube', author: null, handle: null, date: null, url: 'https://www.youtube.com/watch?v=aBcDeF12345', text: 'Ferry returns to the harbour' },
    { platform: 'youtube', author: null, handle: null, date: null, url: 'https://www.youtube.com/watch?v=ZyXwVu98765', text: '' },
  ]);
});

test('a page without embeds gives no hints', () => {
  const { document } = parseHTML('<html><body><p>Plain <a href="https://example.org">link</a>.</p><blockquote>A pull quote.</blockquote></body></html>');
  assert.deepEqual(embedsFromHtml(document as never), []);
});

test('hints are located in the text, merged with the signature line, or reported at -1', () => {
  const { document } = parseHTML(PAGE);
  const hints: EmbedHint[] = embedsFromHtml(document as never);
  // what readability might leave: the tweet's words and signature, the Bluesky words re-wrapped
  const text =
    'The ferry came back on Monday.\n' +
    'Back on the water at last, and the coffee is still terrible. pic.twitter.com/Fx9Qa2LmZp\n' +
    '— Nell Harbour (@nellharbour) March 3, 2025\n' +
    'Tide tables are\nwrong again.\n';
  const out = addContext(prepared(text, { embedHints: hints }));
  const byPlatform = new Map(out.embeds!.map((e) => [e.url, e]));
  const tweet = byPlatform.get('https://twitter.com/nellharbour/status/1897000000000000001')!;
  assert.equal(tweet.start, text.indexOf('Back on'));
  assert.equal(tweet.author, 'Nell Harbour');
  assert.equal(out.embeds!.filter((e) => e.platform === 'twitter').length, 1, 'merged, not doubled');
  const sky = byPlatform.get('https://bsky.app/profile/did:plc:abc/post/3kx')!;
  assert.equal(sky.start, text.indexOf('Tide'));
  assert.equal(sky.end, text.indexOf('again.') + 'again.'.length);
  assert.equal(sky.text, 'Tide tables are\nwrong again.');
  const insta = byPlatform.get('https://www.instagram.com/p/C4xYz/')!;
  assert.deepEqual([insta.start, insta.end, insta.text], [-1, -1, 'Sunrise over the new pier.']);
  const authors = out.attributions!.filter((a) => a.origin === 'embed').map((a) => [a.content.text, a.statedOn]);
  assert.deepEqual(authors, [
    ['Back on the water at last, and the coffee is still terrible.', '2025-03-03'],
    ['Tide tables are\nwrong again.', '2025-03-04'],
  ]);
  // located embeds come first in text order, unlocated ones last
  assert.deepEqual(
    out.embeds!.map((e) => e.start >= 0),
    [true, true, false, false, false, false],
  );
});

test('through the HTML adapter: hints read before readability are located in the extracted text', async () => {
  const { htmlToArticle, loadEmbedExtractor } = await import('../src/ingest/html.js');
  const { extract } = await import('../src/pipeline/extract.js');
  await loadEmbedExtractor();
  const page = `<!doctype html><html><head><title>Ferry back</title></head><body><article>
<h1>Ferry back in service</h1>
<p>The harbour ferry came back into service on Monday after a week of repairs, the harbour board said in a statement.</p>
<p>Passengers were queuing at the pier well before the first crossing of the morning, many of them carrying coffee.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Back on the water at last, and the coffee is still terrible. <a href="https://t.co/Fx9Qa2LmZp">pic.twitter.com/Fx9Qa2LmZp</a></p>&mdash; Nell Harbour (@nellharbour) <a href="https://twitter.com/nellharbour/status/1897000000000000001?ref_src=twsrc%5Etfw">March 3, 2025</a></blockquote>
<p>The board expects the new timetable to hold until the summer, when a second boat joins the route.</p>
</article></body></html>`;
  const article = htmlToArticle(page, 'https://news.example/ferry');
  assert.ok(article, 'the adapter read the page');
  assert.equal(article.meta.embedHints?.length, 1);
  const a = extract(article.text, article.meta);
  assert.equal(a.embeds.length, 1);
  const e = a.embeds[0]!;
  assert.equal(e.url, 'https://twitter.com/nellharbour/status/1897000000000000001');
  assert.equal(e.author, 'Nell Harbour');
  assert.ok(e.start >= 0, 'found in the text');
  assert.equal(a.document.text.slice(e.start, e.start + 20), 'Back on the water at');
  const post = a.attributions.find((x) => x.content.text.startsWith('Back on the water'));
  assert.equal(post?.speaker.name, 'Nell Harbour');
  assert.equal(post?.statedOn, '2025-03-03');
});
