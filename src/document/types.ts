// The one document model every stage shares: the article text, its metadata, and standoff
// annotations (character offsets into `text`, UTF-16 code units as JavaScript strings index).
// Stages never copy or rewrite the text; they only add annotation layers.

/** A stretch of the text. `text` is always `doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SpeakerType = 'person' | 'organization' | 'media' | 'document' | 'anonymous' | 'unknown';
export type AttributionKind = 'direct' | 'indirect' | 'mixed';
export type PublishedAtSource = 'given' | 'metadata' | 'inferred';

export interface DocumentMeta {
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  /** YYYY-MM-DD (or a full ISO timestamp when the source gave one). */
  publishedAt?: string | null;
  publishedAtSource?: PublishedAtSource | null;
  language?: string | null;
  /** Social posts an ingestion adapter found in embed markup (HTML), to be located in the text. */
  embedHints?: EmbedHint[];
}

/** What embed markup says about a post before it is matched to offsets in the text. */
export interface EmbedHint {
  platform: string;
  author: string | null;
  handle: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

/** A paragraph: a run of text between line breaks. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in `tokens`. */
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  paragraph: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag (PROPN, VERB, PUNCT, ...). */
  pos: string;
  lemma: string;
  /** Lower-cased, normalised form. */
  normal: string;
  sentence: number;
  /** Index into `quotes` of the innermost quotation containing the token, or -1. */
  quote: number;
}

/** A stretch in quotation marks. `start`/`end` include the marks; `inner*` exclude them. */
export interface Quotation {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** 'double' for “...” and "...", 'single' for ‘...’ and '...'. */
  mark: 'double' | 'single';
  /** Index of the enclosing quotation, or -1. */
  parent: number;
  /** True when the quote runs on to the end of a paragraph without a closing mark. */
  unclosed: boolean;
}

export interface Attribution {
  id: string;
  kind: AttributionKind;
  cue: Span | null;
  source: Span | null;
  content: Span;
  /** When the content is split (e.g. "A," she said, "B."), its parts in reading order. */
  contentParts?: Span[];
  speakerId: string | null;
  /** YYYY-MM-DD when the text says when this was stated. */
  statedOn: string | null;
  statedWhen?: { from: string; to: string } | null;
  confidence: number;
  /** Which component proposed it: rules, a learned model, or an embedded post. */
  origin: 'rule' | 'model' | 'embed';
  /** A quote with no cue of its own: id of the attribution (with a cue) whose speaker it continues. */
  continues?: string;
  /**
   * Second-hand: id of the attribution whose content holds this one ("The Post reported that
   * the spokesman said ..."): this source's words as the outer source gives them.
   */
  reportedBy?: string;
}

export interface Speaker {
  id: string;
  name: string;
  type: SpeakerType;
  role: string | null;
  organization: string | null;
  gender?: 'male' | 'female' | null;
  mentions: Span[];
}

/** A social post embedded in the article; start/end are -1 when its words are not in the text. */
export interface Embed extends EmbedHint {
  type: 'post';
  start: number;
  end: number;
}

export type VoiceFlagType = 'hedge' | 'certainty' | 'loaded' | 'speculation' | 'unsourced-claim';

export interface VoiceFlag {
  type: VoiceFlagType;
  start: number;
  end: number;
  text: string;
}

export interface VoiceSentence {
  start: number;
  end: number;
  text: string;
  flags: VoiceFlag[];
}

/** Every annotation layer. A stage declares which layers it reads and which it adds. */
export interface Annotations {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: Quotation[];
  attributions: Attribution[];
  speakers: Speaker[];
  embeds: Embed[];
  voice: VoiceSentence[];
}

export interface Document {
  id: string;
  text: string;
  meta: DocumentMeta;
  ann: Partial<Annotations>;
}
