// Time expressions: finding them cheaply with regular expressions, resolving them against the
// publication date, and inferring that date from the text when nobody gave it.
//
// Weekdays and week/month ranges follow news convention and are resolved here; chrono-node
// resolves the explicit calendar dates ("Jan. 3", "January 13, 2025") and "N days ago". chrono
// only ever sees the few characters of one matched expression, never a whole text: it is the
// slow part, and the regular expressions already know where the dates are.
// the English parsers only: the package's index loads every locale (~4x the start-up time)
import * as chrono from 'chrono-node/en';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const WEEKDAY = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day';
// Capitalised only: "may" and "march" are common words.
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d\\d';

// One alternation, tried left to right at each position: longer forms first. It only starts
// where a word starts: most positions of a text are inside words, and the character before
// (no Latin, Greek or Cyrillic letter, no digit; or the start of the text) turns them away
// before the alternatives are tried. That character is matched as `lead` rather than checked
// by a lookbehind: the same matches, found about a quarter faster by V8 (see scan for the
// bookkeeping).
const TIME_RE = new RegExp(
  '(?:^|(?<lead>[^0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u04FF]))(?:' +
  [
    // explicit calendar dates, optionally led by their weekday
    `(?<date>(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY}(?![\\d])(?:,?\\s+${YEAR})?|${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?|${YEAR}-[01]\\d-[0-3]\\d))`,
    // "last Friday", "on Monday", "Monday night"
    `(?<weekday>(?:(?:last|this|next|past|on)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?)`,
    `(?<day>yesterday|today|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))`,
    `(?<range>(?:earlier\\s+|late\\s+|)(?:this|last|past|previous)\\s+(?:week|month|year)(?:end)?)`,
    `(?<ago>(?:\\d+|an?|one|two|three|four|five|six|seven|ten)\\s+days?\\s+ago)`,
    `(?<month>in\\s+(?:early\\s+|mid-?|late\\s+)?${MONTH}(?:\\s+${YEAR})?(?!\\s*\\d))`,
    `(?<year>in\\s+${YEAR}(?![\\d-]))`,
  ].join('|') + ')',
  'g',
);

/** Words just before an expression that make it a limit or a deadline, not the time of an act. */
const NOT_WHEN_BEFORE = /\b(?:since|until|till|through|by|before|after|ahead\s+of|from|starting|next|every|each)\s+(?:on\s+)?$/i;

/** "Super Tuesday", "Black Friday": names of days, not a day of this week. */
const NAMED_DAY_BEFORE = /\b(?:Super|Black|Cyber|Good|Ash|Easter|Palm|Holy|Bloody|Giving)\s+$/;

export type TimeKind = 'date' | 'weekday' | 'day' | 'range' | 'ago' | 'month' | 'year';

export interface TimeExpression {
  kind: TimeKind;
  start: number;
  end: number;
  text: string;
}

/** Finds the time expressions in text[from, to), skipping ones introduced as limits ("until Friday"). */
export function findTimeExpressions(text: string, from = 0, to = text.length): TimeExpression[] {
  return scan(text, from, to, null);
}

/** The time expressions of a whole text, and where the pattern matched before any was skipped. */
export interface TimeScan {
  text: string;
  expressions: TimeExpression[];
  /** Start and end of every match of the pattern, in order. */
  matched: number[];
}

export function scanTimeExpressions(text: string): TimeScan {
  const matched: number[] = [];
  return { text, expressions: scan(text, 0, text.length, matched), matched };
}

// Characters the pattern refuses before an expression, and what, right after a
// stretch, could change a match that ends there ("in March" before " 5", a day before a digit).
const LOOKBEHIND_CHAR_RE = /[0-9A-Za-z\u00C0-\u024F\u0370-\u04FF]/;
const DIGIT_AHEAD_RE = /\s*[\d-]/y;

/**
 * findTimeExpressions(scan.text, from, to), without scanning again when the whole-text scan
 * shows the stretch has nothing: no match of the pattern touches it, and neither edge can make
 * one (a match inside the stretch would also have matched in the whole text, unless the
 * character before the stretch is one the pattern refuses or what follows it fails a lookahead).
 * Most sentences name no time, so most of them are answered from the scan.
 */
export function timeExpressionsIn(scanned: TimeScan, from: number, to: number): TimeExpression[] {
  const { text, matched } = scanned;
  let lo = 0;
  let hi = matched.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matched[2 * mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const touches = lo < matched.length >> 1 && matched[2 * lo]! < to;
  if (touches || (from > 0 && LOOKBEHIND_CHAR_RE.test(text[from - 1]!))) return findTimeExpressions(text, from, to);
  DIGIT_AHEAD_RE.lastIndex = to;
  if (DIGIT_AHEAD_RE.test(text)) return findTimeExpressions(text, from, to);
  return [];
}

function scan(text: string, from: number, to: number, matched: number[] | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  const window = text.slice(from, to);
  TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_RE.exec(window))) {
    const lead = m.groups!.lead === undefined ? 0 : 1;
    const at = m.index + lead;
    const found = lead ? m[0].slice(1) : m[0];
    // the next expression may start right after this one, led by this one's last character
    TIME_RE.lastIndex = at + found.length - 1;
    if (matched) matched.push(from + at, from + at + found.length);
    // other scripts' letters, which the lead character does not exclude
    if (at > 0 && /[\p{L}\p{N}]/u.test(window[at - 1]!)) continue;
    const after = window[at + found.length];
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    const kind = kindOf(m.groups!);
    const before = window.slice(Math.max(0, at - 24), at);
    if (NOT_WHEN_BEFORE.test(before)) continue;
    if (kind === 'weekday' && NAMED_DAY_BEFORE.test(before)) continue;
    out.push({ kind, start: from + at, end: from + at + found.length, text: found });
  }
  return out;
}

/** Which alternative of TIME_RE matched (tested in the pattern's order, as Object.keys would list them). */
function kindOf(g: Record<string, string | undefined>): TimeKind {
  if (g.date !== undefined) return 'date';
  if (g.weekday !== undefined) return 'weekday';
  if (g.day !== undefined) return 'day';
  if (g.range !== undefined) return 'range';
  if (g.ago !== undefined) return 'ago';
  return g.month !== undefined ? 'month' : 'year';
}

// ---- calendar arithmetic in UTC days ----

const DAY_MS = 86_400_000;

export function parseIsoDay(value: string | null | undefined): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  return WEEKDAYS.findIndex((name) => w.includes(name));
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

export interface ResolvedTime {
  on: string | null;
  when: { from: string; to: string } | null;
}

const NONE: ResolvedTime = { on: null, when: null };

function range(from: Date, to: Date): ResolvedTime {
  return { on: null, when: { from: isoDay(from), to: isoDay(to) } };
}

/** The Monday that starts the week containing d (ISO weeks). */
function weekStart(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

const YEAR_WORD_RE = new RegExp(`\\b${YEAR}\\b`);
/** A year anywhere in an expression (not global: exec keeps no state between calls). */
const YEAR_RE = new RegExp(YEAR);

/** Has the expression a year of its own (then it needs no publication date)? */
function hasYear(text: string): boolean {
  return YEAR_WORD_RE.test(text);
}

/** An explicit calendar date through chrono; the reference only fills in a missing year. */
function resolveCalendarDate(text: string, published: Date | null): Date | null {
  if (!published && !hasYear(text)) return null;
  // chrono is the slow part and an article repeats its dates: remember answers per reference day.
  // With none, today stands in, and the answer is kept only when chrono read the year from the
  // text (it is then the same whatever today is)
  const key = published ? `${published.getTime()} ${text}` : `- ${text}`;
  let day = calendarCache.get(key);
  if (day === undefined) {
    const instant = published ? new Date(published.getTime() + DAY_MS / 2) : new Date();
    const [hit] = chrono.strict.parse(text, { instant, timezone: 0 });
    const parsed = dayOf(hit);
    if (!published && hit && !hit.start.isCertain('year')) return parsed;
    if (calendarCache.size >= CALENDAR_CACHE_SIZE) calendarCache.clear();
    day = parsed?.getTime() ?? null;
    calendarCache.set(key, day);
  }
  return day === null ? null : new Date(day);
}

const CALENDAR_CACHE_SIZE = 4096;
const calendarCache = new Map<string, number | null>();

/** The day of chrono's first result, when it has a certain day and month. */
function dayOf(hit: chrono.ParsedResult | undefined): Date | null {
  if (!hit || !hit.start.isCertain('day') || !hit.start.isCertain('month')) return null;
  const y = hit.start.get('year');
  const mo = hit.start.get('month');
  const d = hit.start.get('day');
  if (y === null || mo === null || d === null) return null;
  return new Date(Date.UTC(y, mo - 1, d));
}

/** "January 13, 2025" as 2025-01-13, or null when it is no complete date. */
export function calendarDay(text: string): string | null {
  const d = resolveCalendarDate(text, null);
  return d ? isoDay(d) : null;
}

/**
 * Resolves an expression against the publication date. Statements are reported in the past,
 * so a bare weekday ("on Monday", "said Friday") is the latest such day on or before
 * publication, and "last Friday" the latest one strictly before it.
 */
export function resolveTime(expr: TimeExpression, published: Date | null): ResolvedTime {
  const t = expr.text.toLowerCase().replace(/\s+/g, ' ');
  switch (expr.kind) {
    case 'date': {
      const d = resolveCalendarDate(expr.text, published);
      return d ? { on: isoDay(d), when: null } : NONE;
    }
    case 'weekday': {
      if (!published) return NONE;
      const target = weekdayIndex(t);
      const today = published.getUTCDay();
      let back = (today - target + 7) % 7;
      if (t.startsWith('next ')) return { on: isoDay(addDays(published, (target - today + 7) % 7 || 7)), when: null };
      if (t.startsWith('last ') && back === 0) back = 7;
      return { on: isoDay(addDays(published, -back)), when: null };
    }
    case 'day': {
      if (!published) return NONE;
      const back = t === 'yesterday' || t === 'last night' ? 1 : 0;
      return { on: isoDay(addDays(published, -back)), when: null };
    }
    case 'ago': {
      if (!published) return NONE;
      const [hit] = chrono.casual.parse(expr.text, { instant: new Date(published.getTime() + DAY_MS / 2), timezone: 0 });
      return hit ? { on: isoDay(hit.start.date()), when: null } : NONE;
    }
    case 'range': {
      if (!published) return NONE;
      const unit = /week/.test(t) ? 'week' : /month/.test(t) ? 'month' : 'year';
      const previous = /\b(?:last|past|previous)\b/.test(t);
      const y = published.getUTCFullYear();
      const mo = published.getUTCMonth();
      if (/weekend/.test(t)) {
        // the latest Saturday-Sunday before publication
        const sunday = addDays(published, -(published.getUTCDay() || 7));
        return range(addDays(sunday, -1), sunday);
      }
      if (unit === 'week') {
        if (/\bpast\b/.test(t)) return range(addDays(published, -7), published);
        const monday = weekStart(published);
        return previous ? range(addDays(monday, -7), addDays(monday, -1)) : range(monday, published);
      }
      if (unit === 'month') {
        if (previous) return range(new Date(Date.UTC(y, mo - 1, 1)), new Date(Date.UTC(y, mo, 0)));
        return range(new Date(Date.UTC(y, mo, 1)), published);
      }
      if (previous) return range(new Date(Date.UTC(y - 1, 0, 1)), new Date(Date.UTC(y - 1, 11, 31)));
      return range(new Date(Date.UTC(y, 0, 1)), published);
    }
    case 'month': {
      const name = /(?:in\s+(?:early\s+|mid-?|late\s+)?)(\w+)/.exec(expr.text)?.[1] ?? '';
      const mi = monthIndex(name);
      const yearText = YEAR_RE.exec(expr.text)?.[0];
      let year = yearText ? +yearText : published ? published.getUTCFullYear() : null;
      if (year === null || mi < 0) return NONE;
      // "in March" written in January means last March
      if (!yearText && published && mi > published.getUTCMonth()) year--;
      return range(new Date(Date.UTC(year, mi, 1)), new Date(Date.UTC(year, mi + 1, 0)));
    }
    case 'year': {
      const year = +YEAR_RE.exec(expr.text)![0];
      return range(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)));
    }
  }
}

// ---- publication date from the text ----

/** Words in the clause before a date that put it in the future or make it a deadline. */
const FUTURE_BEFORE =
  /\b(?:will|shall|scheduled|slated|due|set\s+to|expected|planned|plans?\s+to|upcoming|coming|until|till|before|ahead\s+of|deadline|starting|next)\b[^.;,\n]*$/i;

export interface InferredDate {
  date: string;
  /** The expression it came from. */
  start: number;
  end: number;
}

/** Text just before a date that makes it a page's own date ("Updated: ", datetime="). */
const STAMP_BEFORE = /(?:(?:date|datetime|published|updated|posted)\s*[=:]?\s*["']?\s*|(?:posted|published|updated)(?:\s+on)?\s+)$/i;
/** How a stamp line may open before its date ("Posted by Ada Moss on March 3, 2025"). */
const STAMP_LINE_START = /^\W*(?:posted|published|updated|last\s+updated|first\s+published|filed|by|dated?|correction)\b/i;
/** Words a stamp line may have after its date: a time of day ("at 10:30 a.m. ET"). */
const STAMP_AFTER_WORDS = new Set(['at', 'a', 'p', 'm', 'am', 'pm', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest']);
/** ...or an embedded post's date: its signature "(@handle) " or its markup attribute. */
const POST_STAMP_BEFORE = /(?:\(@[\w.@-]+\)\s*|<tweet\b[^>]*\b(?:tweet-date|datetime)\s*=\s*["']?)$/i;

/**
 * Does the text present this date as now, rather than as history? 'page' when it is a stamp of
 * the page: a dateline at the top, a date after "Posted"/"Updated", a date alone on a short line
 * ("Posted March 3, 2025.", "Correction: October 2, 2016, Sunday."; not a timeline entry such as
 * "June 16, 2015 Ortega joins the race."), or a date written with its weekday ("Monday, May 2,
 * 2016"). 'post' when it is the date of an embedded post: the article came out that day or some
 * days later, so see inferPublishedAt. Otherwise null: only when its own paragraph names its
 * weekday ("on Wednesday ... June 5, 2019") does it count.
 */
function stampKind(text: string, e: TimeExpression): 'page' | 'post' | null {
  const preceding = text.slice(Math.max(0, e.start - 120), e.start);
  if (POST_STAMP_BEFORE.test(preceding)) return 'post';
  if (weekdayIndex(e.text) >= 0) return 'page';
  // a dateline: in the opening words, before any sentence has ended
  if (e.start < 80 && !/[.!?]\s/.test(text.slice(0, e.start))) return 'page';
  if (STAMP_BEFORE.test(preceding)) return 'page';
  const ps = text.lastIndexOf('\n', e.start - 1) + 1;
  let pe = text.indexOf('\n', e.end);
  if (pe < 0) pe = text.length;
  const lineBefore = text.slice(ps, e.start), lineAfter = text.slice(e.end, pe);
  if (lineBefore.length + lineAfter.length > 40) return null;
  // "June 16, 2015 Ortega joins the race." and "Ortega left the board March 3, 2025." are
  // timeline entries: words around the date that are no stamp's words make it history
  const words = (s: string) => s.match(/[A-Za-z]+/g) ?? [];
  const before = words(lineBefore), after = words(lineAfter).map((w) => w.toLowerCase());
  const beforeFits = before.length <= 3 || STAMP_LINE_START.test(lineBefore);
  const afterFits = after[0] === 'by' || after.every((w) => STAMP_AFTER_WORDS.has(w) || weekdayIndex(w) >= 0);
  return beforeFits && afterFits ? 'page' : null;
}

/**
 * The latest explicit date (with its year) that the text presents as now (see isStamp),
 * checked against the weekday names the text uses: when it says "on Monday", a date counts
 * only if its weekday is one the text names, so that a history date is not the news day. Among
 * the dates that pass, one within the six days before the latest is taken; none, none.
 */
export function inferPublishedAt(text: string, today = new Date(), scanned?: TimeScan): InferredDate | null {
  const exprs = scanned ? scanned.expressions : findTimeExpressions(text);
  const plainWeekdays = new Set<number>();
  const weekdayMentions: { at: number; weekday: number }[] = [];
  for (const e of exprs) {
    if (e.kind === 'weekday' && !/^(?:last|next)\s/i.test(e.text)) {
      plainWeekdays.add(weekdayIndex(e.text));
      weekdayMentions.push({ at: e.start, weekday: weekdayIndex(e.text) });
    }
  }
  const paragraphWeekdays = (at: number) => {
    const ps = text.lastIndexOf('\n', at - 1) + 1;
    let pe = text.indexOf('\n', at);
    if (pe < 0) pe = text.length;
    return new Set(weekdayMentions.filter((m) => m.at >= ps && m.at < pe).map((m) => m.weekday));
  };
  const candidates: { day: Date; expr: TimeExpression; ownWeekdayFits: boolean }[] = [];
  for (const e of exprs) {
    if (e.kind !== 'date' || !hasYear(e.text)) continue;
    const clause = text.slice(Math.max(0, e.start - 80), e.start);
    if (FUTURE_BEFORE.test(clause)) continue;
    // chrono is the slow part: a date that is no stamp, in a paragraph naming no weekday, can
    // never count, so it is not parsed at all (most dates in a text are history)
    const stamp = stampKind(text, e);
    // a post's date counts when the article names that weekday: then its "on Monday" is the day
    // of the post, and the post does not merely predate the article by days
    const weekdaysAround = stamp === 'page' ? null : stamp === 'post' ? plainWeekdays : paragraphWeekdays(e.start);
    if (weekdaysAround && weekdaysAround.size === 0) continue;
    const day = resolveCalendarDate(e.text, null);
    if (!day || day.getTime() > today.getTime() + DAY_MS) continue;
    const own = weekdayIndex(e.text);
    if (own >= 0 && own !== day.getUTCDay()) continue; // "Monday, January 14, 2025": a typo somewhere
    if (weekdaysAround && !weekdaysAround.has(day.getUTCDay())) continue;
    candidates.push({ day, expr: e, ownWeekdayFits: own >= 0 });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.day.getTime() - a.day.getTime() || a.expr.start - b.expr.start);
  const latest = candidates[0]!.day.getTime();
  const fit = candidates.find(
    (c) =>
      latest - c.day.getTime() <= 6 * DAY_MS &&
      (plainWeekdays.size === 0 || c.ownWeekdayFits || plainWeekdays.has(c.day.getUTCDay())),
  );
  if (!fit) return null;
  return { date: isoDay(fit.day), start: fit.expr.start, end: fit.expr.end };
}
