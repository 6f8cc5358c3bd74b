// The human-readable rendering of an Analysis: one block per attribution in reading order.
import type { Analysis } from './analysis.js';

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function formatText(a: Analysis, width = Math.min(process.stdout.columns || 100, 100)): string {
  const out: string[] = [];
  const d = a.document;
  const head = [d.title, d.outlet, d.publishedAt && `published ${d.publishedAt}${d.publishedAtSource ? ` (${d.publishedAtSource})` : ''}`]
    .filter(Boolean)
    .join(' · ');
  if (head) out.push(head, '');
  out.push(`${a.attributions.length} attribution${a.attributions.length === 1 ? '' : 's'}, ${a.speakers.length} speaker${a.speakers.length === 1 ? '' : 's'}`, '');
  const byId = new Map(a.attributions.map((x) => [x.id, x]));
  for (const at of a.attributions) {
    const who = at.speaker.role && !at.speaker.name.includes(at.speaker.role) ? `${at.speaker.name} (${at.speaker.role})` : at.speaker.name;
    const cue = at.cue ? ` · cue "${at.cue.text}"` : '';
    const when = at.statedOn ? ` · ${at.statedOn}` : at.statedWhen ? ` · ${at.statedWhen.from}..${at.statedWhen.to}` : '';
    const reporter = at.reportedBy !== undefined ? byId.get(at.reportedBy) : undefined;
    const via = reporter ? ` · as reported by ${reporter.speaker.name}` : '';
    out.push(`${who} [${at.speaker.type}] · ${at.kind}${cue}${when}${via} · ${at.content.start}-${at.content.end}`);
    // a split content shows its parts, not the narration between them
    const said = at.contentParts?.length ? at.contentParts.map((p) => p.text).join(' … ') : at.content.text;
    out.push(wrap(said, width - 4, '    '), '');
  }
  if (a.speakers.length) {
    out.push('Speakers:');
    for (const s of a.speakers) {
      const extra = [s.role, s.organization].filter(Boolean).join(', ');
      out.push(`  ${s.name} [${s.type}]${extra ? ` ${extra}` : ''} · ${s.mentions.length} mention${s.mentions.length === 1 ? '' : 's'}`);
    }
    out.push('');
  }
  if (a.embeds.length) {
    out.push('Embedded posts:');
    for (const e of a.embeds) out.push(`  ${e.platform}: ${e.author ?? '?'}${e.handle ? ` (${e.handle})` : ''}${e.date ? ` ${e.date}` : ''}${e.url ? ` ${e.url}` : ''}${e.start < 0 ? ' (not in the text)' : ''}`, wrap(e.text, width - 4, '    '));
    out.push('');
  }
  const flagged = a.voice.filter((v) => v.flags.length);
  if (flagged.length) {
    out.push("The outlet's own voice (flagged):");
    for (const v of flagged) {
      out.push(`  [${[...new Set(v.flags.map((f) => f.type))].join(', ')}] ${v.flags.map((f) => `"${f.text}"`).join(' ')}`);
      out.push(wrap(v.text, width - 4, '    '));
    }
    out.push('');
  }
  return out.join('\n');
}
