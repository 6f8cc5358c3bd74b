// The page's pure helpers: highlight segmentation, timeline buckets, CSV cells.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentAttribution, segmentText } from '../web/src/lib/highlight.js';
import { buildTimeline } from '../web/src/lib/timeline.js';
import { csvCell, toCsv } from '../web/src/lib/csv.js';
import { parseHash, href } from '../web/src/lib/route.js';

describe('segmentText', () => {
  const text = '"We will go," she said. "He said \'no\'," he added.';

  it('cuts the text where marks start and end, naming the innermost content', () => {
    const outer = { content: { start: 24, end: 39 }, cue: { start: 43, end: 48 }, source: { start: 40, end: 42 } };
    const inner = { content: { start: 33, end: 37 }, cue: { start: 28, end: 32 }, source: { start: 25, end: 27 } };
    const first = { content: { start: 0, end: 13 }, cue: { start: 18, end: 22 }, source: { start: 14, end: 17 } };
    const segments = segmentText(text.length, [first, outer, inner]);
    const shown = segments.map((s) => [text.slice(s.start, s.end), s.content, s.cue, s.source]);
    assert.deepEqual(shown, [
      ['"We will go,"', 0, -1, -1],
      [' ', -1, -1, -1],
      ['she', -1, -1, 0],
      [' ', -1, -1, -1],
      ['said', -1, 0, -1],
      ['. ', -1, -1, -1],
      ['"', 1, -1, -1],
      ['He', 1, -1, 2],
      [' ', 1, -1, -1],
      ['said', 1, 2, -1],
      [' ', 1, -1, -1],
      ["'no'", 2, -1, -1],
      [',"', 1, -1, -1],
      [' ', -1, -1, -1],
      ['he', -1, -1, 1],
      [' ', -1, -1, -1],
      ['added', -1, 1, -1],
      ['.', -1, -1, -1],
    ]);
    // the pieces cover the text exactly once
    assert.equal(segments.map((s) => text.slice(s.start, s.end)).join(''), text);
  });

  it('follows split contents, flags voice sentences and drops spans outside the text', () => {
    const split = {
      content: { start: 0, end: 30 },
      contentParts: [
        { start: 0, end: 12 },
        { start: 24, end: 30 },
      ],
      cue: null,
      source: { start: -5, end: 2000 },
    };
    const voice = [{ start: 39, end: 49, flags: [{ start: 43, end: 48 }] }];
    const segments = segmentText(text.length, [split], voice);
    assert.deepEqual(
      segments.map((s) => [s.start, s.end, s.content, s.source, s.voice, s.flag]),
      [
        [0, 12, 0, 0, -1, false],
        [12, 24, -1, 0, -1, false],
        [24, 30, 0, 0, -1, false],
        [30, 39, -1, 0, -1, false],
        [39, 43, -1, 0, 0, false],
        [43, 48, -1, 0, 0, true],
        [48, 49, -1, 0, 0, false],
      ],
    );
    assert.equal(segmentAttribution(segments[1]!), 0);
    assert.deepEqual(segmentText(5, [{ content: { start: 3, end: 3 }, cue: null, source: null }]), [
      { start: 0, end: 5, content: -1, cue: -1, source: -1, voice: -1, flag: false },
    ]);
  });
});

describe('segmentText on a long article', () => {
  it('marks every one of thousands of attributions', () => {
    // "“Q.” said A. " repeated: content, cue and source in each 13-character unit
    const unit = 13;
    const count = 4000;
    const attributions = Array.from({ length: count }, (_, i) => ({
      content: { start: i * unit, end: i * unit + 4 },
      cue: { start: i * unit + 5, end: i * unit + 9 },
      source: { start: i * unit + 10, end: i * unit + 11 },
    }));
    const segments = segmentText(count * unit, attributions);
    // per unit: content, gap, cue, gap, source, gap
    assert.equal(segments.length, count * 6);
    for (let i = 0; i < count; i += 997) {
      const [content, , cue, , source] = segments.slice(i * 6, i * 6 + 5);
      assert.deepEqual([content!.content, cue!.cue, source!.source], [i, i, i]);
    }
  });
});

describe('buildTimeline', () => {
  const dates = ['2026-03-02', '2026-03-20T10:00:00Z', '2026-04-15', null, 'soon'];

  it('buckets by month with gaps filled', () => {
    const t = buildTimeline(['2026-01-31', ...dates], 'month');
    assert.deepEqual(
      t.buckets.map((b) => [b.start, b.label, b.count]),
      [
        ['2026-01-01', 'Jan 2026', 1],
        ['2026-02-01', 'Feb 2026', 0],
        ['2026-03-01', 'Mar 2026', 2],
        ['2026-04-01', 'Apr 2026', 1],
      ],
    );
    assert.equal(t.undated, 2);
    assert.equal(t.max, 2);
  });

  it('buckets by ISO week starting on Monday', () => {
    const t = buildTimeline(dates, 'week');
    assert.deepEqual(t.buckets.map((b) => b.count), [1, 0, 1, 0, 0, 0, 1]);
    assert.equal(t.buckets[0]!.start, '2026-03-02');
    assert.equal(t.buckets[2]!.start, '2026-03-16');
    assert.equal(t.buckets[6]!.label, '13 Apr 2026');
    // a Sunday belongs to the week that began the Monday before
    assert.equal(buildTimeline(['2026-03-08'], 'week').buckets[0]!.start, '2026-03-02');
  });

  it('is empty when nothing is dated', () => {
    assert.deepEqual(buildTimeline([null, ''], 'month'), { buckets: [], undated: 2, max: 0 });
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and defuses formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvCell('@cmd'), "'@cmd");
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(0.25), '0.25');
    assert.equal(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }, { a: 2 }]), 'a,b\r\n1,"x,y"\r\n2,\r\n');
  });
});

describe('hash routes', () => {
  it('round-trips ids with reserved characters', () => {
    const link = href(['document', 'a/b c'], { a: 'x:1', empty: '' });
    assert.equal(link, '#/document/a%2Fb%20c?a=x%3A1');
    const route = parseHash(link);
    assert.deepEqual(route.parts, ['document', 'a/b c']);
    assert.equal(route.params.get('a'), 'x:1');
    assert.deepEqual(parseHash('').parts, []);
  });
});
