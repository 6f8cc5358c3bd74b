// Publication dates as the inputs write them (ISO 8601, RSS's RFC 822), normalised. Kept apart
// from html.ts so that reading a feed or a text file never loads the HTML parser.

/** A publication date as YYYY-MM-DD or a full ISO timestamp, or null when it is not a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    const day = `${y}-${m}-${d}`;
    const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) return null;
    if (!hh) return day;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '';
    return `${day}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  // RFC 822 dates (RSS) and other forms Date understands
  const t = Date.parse(v);
  if (Number.isNaN(t) || !/\d{4}/.test(v)) return null;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}
