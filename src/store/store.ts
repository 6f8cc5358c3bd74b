// The storage interface of the ledger. Everything above it (ingest, CLI, web server) talks to
// this and only this, so a PostgreSQL backend can replace SQLite without anyone noticing.
// Every method is asynchronous even where SQLite answers synchronously.
//
// Ids are opaque strings: document ids are content hashes (documentId(text)), attribution ids
// are "<documentId>:<local id>", quote ids are hashes of the normalised quote text, actor ids are
// assigned by the store. Dates are ISO strings (YYYY-MM-DD or full timestamps).
import type { Analysis, AnalysisSpeaker } from '../output/analysis.js';
import type { AttributionKind, Embed, PublishedAtSource, Span, SpeakerType, VoiceSentence } from '../document/types.js';


/** Where a document came from, so a problem can be traced back to its input. */
export interface DocumentSource {
  /** File path (or "-" for stdin). */
  path: string;
  /** Byte offset of the record in the file (WARC records, JSONL lines, feed items: item index). */
  offset?: number | null;
  /** Adapter that read it: text, html, jsonl, json, rss, atom, warc. */
  format: string;
}

/** One extracted article, ready to store. Built by the ingest layer (see src/ingest/). */
export interface NewDocument {
  analysis: Analysis;
  /** Normalised URL used for de-duplication (null when the input had none). */
  canonicalUrl: string | null;
  /** Hash of the normalised text, the other de-duplication key. */
  textHash: string;
  author?: string | null;
  language?: string | null;
  source: DocumentSource;
}

export type AddResult =
  | { status: 'stored'; documentId: string }
  | { status: 'duplicate'; documentId: string; reason: 'url' | 'text' };

/** One document's fate in addDocuments: a failure rolls back that document only. */
export type BatchResult = AddResult | { status: 'failed'; documentId: string; message: string };

/** One attribution as stored, with its document's context: search/export/actor/quote rows. */
export interface AttributionRecord {
  /** "<documentId>:<local attribution id>". */
  id: string;
  documentId: string;
  kind: AttributionKind;
  content: Span;
  contentParts?: Span[];
  cue: Span | null;
  source: Span | null;
  speaker: {
    /** Name as written in this document ("unknown" when no speaker was found). */
    name: string;
    type: SpeakerType;
    role: string | null;
    /** The cross-document actor, or null (anonymous/unknown speakers have none). */
    actorId: string | null;
    actorName: string | null;
  };
  statedOn: string | null;
  confidence: number;
  /** Cross-document quote id for direct quotes long enough to be recognised elsewhere. */
  quoteId: string | null;
  /** Second-hand: "<documentId>:<local id>" of the attribution whose content reports this one. */
  reportedBy?: string;
  /** ...and the name its speaker has in that document. */
  reportedByName?: string;
  outlet: string | null;
  publishedAt: string | null;
  title: string | null;
  url: string | null;
}

export interface SearchResult extends AttributionRecord {
  /** Relevance, higher is better (0 when there was no text query). */
  score: number;
}

export interface SearchQuery {
  /** Full-text query over attribution contents; words are ANDed, "double quotes" make phrases. */
  query?: string | null;
  /** Whole words of the speaker's name as written, or of any alias of its actor ("roe" finds "Jane Roe", not "Monroe"; case/diacritic-insensitive). */
  speaker?: string | null;
  actorId?: string | null;
  /** Outlet name, exact (case-insensitive). */
  outlet?: string | null;
  /** Publication date bounds, inclusive, YYYY-MM-DD. */
  since?: string | null;
  until?: string | null;
  /** Bounds on the day the statement was made (statedOn), inclusive; undated statements never match. */
  statedSince?: string | null;
  statedUntil?: string | null;
  kind?: AttributionKind | null;
  documentId?: string | null;
  quoteId?: string | null;
  limit?: number;
  offset?: number;
}

export interface SearchPage {
  /** How many results match in all (for paging). */
  total: number;
  results: SearchResult[];
}

export interface ActorSummary {
  id: string;
  name: string;
  type: SpeakerType;
  attributionCount: number;
  documentCount: number;
  aliases: string[];
  roles: string[];
  outlets: { outlet: string; count: number }[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorQuery {
  /** Substring of the name or an alias. */
  name?: string | null;
  type?: SpeakerType | null;
  limit?: number;
  offset?: number;
}

export interface ActorDetail extends ActorSummary {
  /** Statements ordered by publication date (oldest first; undated last). */
  statements: AttributionRecord[];
}

/** A speaker of one stored document (its id as in Analysis.speakers), with its actor. */
export interface StoredSpeaker extends AnalysisSpeaker {
  actorId: string | null;
}

export interface StoredDocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedAtSource: PublishedAtSource | null;
  source: DocumentSource;
  ingestedAt: string;
  attributionCount: number;
  /** How many words or phrases of the outlet's own voice are flagged (hedges, loaded words...). */
  voiceFlagCount: number;
}

export interface StoredDocument extends StoredDocumentSummary {
  text: string;
  attributions: AttributionRecord[];
  speakers: StoredSpeaker[];
  /** The outlet's own voice: sentences no one is quoted for, with their flags. */
  voice: VoiceSentence[];
  embeds: Embed[];
}

export interface DocumentQuery {
  outlet?: string | null;
  since?: string | null;
  until?: string | null;
  limit?: number;
  offset?: number;
}

export interface QuoteSummary {
  id: string;
  /** The quote as first written. */
  text: string;
  occurrenceCount: number;
  documentCount: number;
  /** The earliest occurrence (by publication date, then by ingest order). */
  first: AttributionRecord;
  /** Other quotes that reproduce this one with changed words (see QuoteVariant). */
  alteredVariantCount: number;
  /** Other quotes that are a trimmed or elided form of this one, or of which this one is. */
  excerptVariantCount: number;
}

/** How two near-identical quotes differ: reworded, or one a shortened form of the other. */
export type QuoteRelation = 'altered' | 'excerpt';

/** One difference between two versions of a quote, read from the earlier to the later. */
export interface QuoteChange {
  /**
   * altered: words replaced, added or dropped without a mark; elided: words one text leaves out
   * where it writes "..."; trimmed: words past the point where the other text starts or stops.
   */
  kind: 'altered' | 'elided' | 'trimmed';
  /** Words of the earlier text missing from the later one, as written. */
  removed: string[];
  /** Words of the later text missing from the earlier one, as written. */
  added: string[];
}

/**
 * Another quote with nearly the same words, said by a compatible speaker: reworded ("altered")
 * or shortened ("excerpt": trimmed at an end or elided with "..."). Rules in src/ledger/variants.ts.
 */
export interface QuoteVariant {
  id: string;
  /** The variant as first written. */
  text: string;
  relation: QuoteRelation;
  /** True when the variant appeared before this quote (by first appearance). */
  earlier: boolean;
  sharedWords: number;
  changedWords: number;
  /** Word-level differences, read from whichever of the two appeared first to the later one. */
  changes: QuoteChange[];
  /** The changes as one line of text, e.g. "- never + not". */
  difference: string;
  occurrenceCount: number;
  documentCount: number;
  /** The variant's earliest occurrence. */
  first: AttributionRecord;
}

export interface QuoteDetail extends QuoteSummary {
  /** Every occurrence, earliest first. */
  occurrences: AttributionRecord[];
  /** Near-identical quotes, altered ones first, then by first appearance. */
  variants: QuoteVariant[];
}

export interface QuoteQuery {
  /** Only quotes found in at least this many documents (default 1). */
  minDocuments?: number;
  /** Only quotes with at least one altered variant. */
  altered?: boolean;
  limit?: number;
  offset?: number;
}

export interface SplitSelector {
  /** Move the appearances in these documents... */
  documentIds?: string[];
  /** ...and/or those written with these names (the names then resolve to the new actor). */
  aliases?: string[];
  /** Name of the new actor (default: the first alias, else the old name). */
  name?: string;
}

export interface StoreStats {
  documents: number;
  attributions: number;
  speakers: number;
  actors: number;
  quotes: number;
  /** Pairs of near-identical quotes (altered or excerpt) by compatible speakers. */
  quoteVariants: number;
  schemaVersion: number;
}

export interface Store {
  /** True when a document with this canonical URL or text hash is already stored. */
  hasDocument(key: { canonicalUrl: string | null; textHash: string }): Promise<boolean>;
  /** Stores one document with its attributions and speakers, linking actors and quotes, in one transaction. */
  addDocument(doc: NewDocument): Promise<AddResult>;
  /**
   * Stores several documents in one transaction (much faster in bulk). Each document still goes
   * in whole or not at all; results are in input order.
   */
  addDocuments(docs: NewDocument[]): Promise<BatchResult[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(query?: DocumentQuery): Promise<{ total: number; documents: StoredDocumentSummary[] }>;

  search(query: SearchQuery): Promise<SearchPage>;
  /** Every stored attribution, in ingest order, streamed. */
  exportAttributions(): AsyncIterable<AttributionRecord>;

  /** Actors ranked by attribution count (most quoted first). */
  listActors(query?: ActorQuery): Promise<{ total: number; actors: ActorSummary[] }>;
  getActor(id: string, options?: { limit?: number; offset?: number }): Promise<ActorDetail | null>;
  /** Actors whose name or an alias matches exactly (normalised), best-known first. */
  findActors(name: string): Promise<ActorSummary[]>;
  /** Moves everything of `otherId` into `keepId` (and its names resolve to it from now on). */
  mergeActors(keepId: string, otherId: string): Promise<ActorSummary>;
  /** Moves the selected appearances of an actor to a new actor; returns the new one. */
  splitActor(id: string, selector: SplitSelector): Promise<ActorSummary>;

  getQuote(id: string): Promise<QuoteDetail | null>;
  /** Quotes ranked by how many documents repeat them. */
  listQuotes(query?: QuoteQuery): Promise<{ total: number; quotes: QuoteSummary[] }>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A failure the caller can show as one line (unknown actor, bad merge, ...). */
export class StoreError extends Error {}
