// One view model for an article with its attributions, whether it comes from /api/analyze
// (the extract contract) or from the ledger (a stored document).
import type { Span, SpeakerType, AttributionKind, VoiceSentence } from '../../../src/document/types.js';
import type { Analysis, StoredDocument } from './api.js';

export interface ViewSpeaker {
  key: string;
  name: string;
  type: SpeakerType;
  role: string | null;
  organization: string | null;
  actorId: string | null;
  count: number;
  /** Colour class: c0..c7 for named speakers, cg (grey) for anonymous and unknown ones. */
  colour: string;
}

export interface ViewAttribution {
  id: string;
  kind: AttributionKind;
  cue: Span | null;
  source: Span | null;
  content: Span;
  contentParts?: Span[] | undefined;
  speakerKey: string;
  statedOn: string | null;
  confidence: number;
  quoteId: string | null;
  /** Second-hand: id (as `id` is written) of the attribution whose content reports this one. */
  reportedBy?: string | undefined;
}

type AttributionFields = Pick<ViewAttribution, 'id' | 'kind' | 'cue' | 'source' | 'content' | 'contentParts' | 'statedOn' | 'confidence' | 'reportedBy'>;

/** The fields an analysed and a stored attribution share, with the view's speaker key. */
function viewAttribution(a: AttributionFields, speakerKey: string, quoteId: string | null): ViewAttribution {
  const { id, kind, cue, source, content, contentParts, statedOn, confidence, reportedBy } = a;
  return { id, kind, cue, source, content, contentParts, speakerKey, statedOn, confidence, quoteId, reportedBy };
}

export interface ArticleModel {
  text: string;
  attributions: ViewAttribution[];
  speakers: ViewSpeaker[];
  voice: VoiceSentence[];
}

const PALETTE_SIZE = 8;

/** Orders speakers by how often they speak and gives each a colour. */
function finishSpeakers(speakers: Map<string, ViewSpeaker>, attributions: ViewAttribution[]): ViewSpeaker[] {
  for (const a of attributions) {
    const s = speakers.get(a.speakerKey);
    if (s) s.count++;
  }
  const list = [...speakers.values()].filter((s) => s.count > 0);
  list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  let next = 0;
  for (const s of list) {
    s.colour = s.type === 'anonymous' || s.type === 'unknown' ? 'cg' : `c${next++ % PALETTE_SIZE}`;
  }
  return list;
}

export function fromAnalysis(analysis: Analysis): ArticleModel {
  const speakers = new Map<string, ViewSpeaker>();
  for (const s of analysis.speakers) {
    speakers.set(s.id, { key: s.id, name: s.name, type: s.type, role: s.role, organization: s.organization, actorId: null, count: 0, colour: 'cg' });
  }
  const attributions: ViewAttribution[] = analysis.attributions.map((a) => {
    if (!speakers.has(a.speaker.id)) {
      speakers.set(a.speaker.id, {
        key: a.speaker.id,
        name: a.speaker.name,
        type: a.speaker.type,
        role: a.speaker.role,
        organization: null,
        actorId: null,
        count: 0,
        colour: 'cg',
      });
    }
    return viewAttribution(a, a.speaker.id, null);
  });
  return { text: analysis.document.text, attributions, speakers: finishSpeakers(speakers, attributions), voice: analysis.voice ?? [] };
}

export function fromStored(doc: StoredDocument): ArticleModel {
  const speakers = new Map<string, ViewSpeaker>();
  for (const s of doc.speakers) {
    speakers.set(s.id, { key: s.id, name: s.name, type: s.type, role: s.role, organization: s.organization, actorId: s.actorId, count: 0, colour: 'cg' });
  }
  const stored = [...speakers.values()];
  const attributions: ViewAttribution[] = doc.attributions.map((a) => {
    // A stored attribution names its speaker; find that speaker of the document again.
    const match =
      (a.speaker.actorId ? stored.find((s) => s.actorId === a.speaker.actorId) : undefined) ??
      stored.find((s) => s.name === a.speaker.name && s.type === a.speaker.type) ??
      stored.find((s) => s.name === a.speaker.name);
    let key = match?.key;
    if (!key) {
      key = `name:${a.speaker.type}:${a.speaker.name}`;
      if (!speakers.has(key)) {
        speakers.set(key, {
          key,
          name: a.speaker.name,
          type: a.speaker.type,
          role: a.speaker.role,
          organization: null,
          actorId: a.speaker.actorId,
          count: 0,
          colour: 'cg',
        });
      }
    }
    return viewAttribution(a, key, a.quoteId);
  });
  attributions.sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end);
  return { text: doc.text, attributions, speakers: finishSpeakers(speakers, attributions), voice: doc.voice ?? [] };
}

export const TYPE_LABEL: Record<SpeakerType, string> = {
  person: 'person',
  organization: 'organisation',
  media: 'media',
  document: 'document',
  anonymous: 'anonymous',
  unknown: 'unknown',
};
