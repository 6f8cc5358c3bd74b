// The JSON contract of `whosaid extract --format json` and of the library's extract().
// Other parts and outside checks rely on these names: add fields, never rename them.
import type { Document, Embed, Span, SpeakerType, AttributionKind, VoiceSentence, PublishedAtSource } from '../document/types.js';

export interface AnalysisSpeakerRef {
  id: string;
  name: string;
  type: SpeakerType;
  role: string | null;
}

export interface AnalysisAttribution {
  id: string;
  kind: AttributionKind;
  cue: Span | null;
  source: Span | null;
  content: Span;
  contentParts?: Span[];
  speaker: AnalysisSpeakerRef;
  statedOn: string | null;
  statedWhen?: { from: string; to: string } | null;
  confidence: number;
  /** Second-hand: id of the attribution whose content reports this one (see src/reported/). */
  reportedBy?: string;
}

export interface AnalysisSpeaker {
  id: string;
  name: string;
  type: SpeakerType;
  role: string | null;
  organization: string | null;
  mentions: Span[];
}

export interface Analysis {
  document: {
    id: string;
    title: string | null;
    url: string | null;
    outlet: string | null;
    publishedAt: string | null;
    publishedAtSource: PublishedAtSource | null;
    text: string;
  };
  attributions: AnalysisAttribution[];
  speakers: AnalysisSpeaker[];
  embeds: Embed[];
  voice: VoiceSentence[];
}

const UNKNOWN: AnalysisSpeakerRef = { id: 'unknown', name: 'unknown', type: 'unknown', role: null };

export function toAnalysis(doc: Document): Analysis {
  const speakers = doc.ann.speakers ?? [];
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const attributions = [...(doc.ann.attributions ?? [])].sort(
    (a, b) => a.content.start - b.content.start || a.content.end - b.content.end,
  );
  return {
    document: {
      id: doc.id,
      title: doc.meta.title ?? null,
      url: doc.meta.url ?? null,
      outlet: doc.meta.outlet ?? null,
      publishedAt: doc.meta.publishedAt ?? null,
      publishedAtSource: doc.meta.publishedAtSource ?? null,
      text: doc.text,
    },
    attributions: attributions.map((a) => {
      const s = a.speakerId ? byId.get(a.speakerId) : undefined;
      const speaker = s ? { id: s.id, name: s.name, type: s.type, role: s.role } : UNKNOWN;
      const out: AnalysisAttribution = {
        id: a.id,
        kind: a.kind,
        cue: a.cue,
        source: a.source,
        content: a.content,
        speaker,
        statedOn: a.statedOn,
        confidence: Math.round(a.confidence * 1000) / 1000,
      };
      if (a.contentParts && a.contentParts.length > 1) out.contentParts = a.contentParts;
      if (a.statedWhen) out.statedWhen = a.statedWhen;
      if (a.reportedBy !== undefined) out.reportedBy = a.reportedBy;
      return out;
    }),
    speakers: speakers.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      role: s.role,
      organization: s.organization,
      mentions: s.mentions,
    })),
    embeds: doc.ann.embeds ?? [],
    voice: doc.ann.voice ?? [],
  };
}
