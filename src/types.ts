/**
 * The public report types: the contract fixed by SPEC.md. Everything here is plain JSON data
 * (no classes, Maps or Sets), so `JSON.parse(JSON.stringify(report))` equals the report.
 * @module
 */
import type { Alignment, SourceType } from './lexicon/types.js';

export type { Alignment, SourceType } from './lexicon/types.js';

/**
 * A report as the user has it: scraped text with its noise, and what is known about it.
 * @example
 * const doc: DocumentInput = { id: 'reuters-1', text: 'BEIRUT (Reuters) - Rebels said ...', date: '2017-03-22' };
 */
export interface DocumentInput {
  /** Default: "doc-1", "doc-2", ... in input order. */
  id?: string;
  text: string;
  /** Publication date; else read from the text (a leading "date 2017-03-22"), else null. */
  date?: string | Date;
  title?: string;
  url?: string;
  publisher?: string;
}

/**
 * A half-open range `[start, end)` of UTF-16 code units in one document's original text.
 * @example
 * const span: Span = { start: 0, end: 4 }; // text.slice(0, 4)
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * One canonical source, shared by every mention of it in every document.
 * @example
 * const sohr: Source = { id: 'src:syrian-observatory-for-human-rights', canonical: 'Syrian Observatory for Human Rights', type: 'monitor', alignment: 'independent', mentions: ['Rami Abdel Rahman'], people: ['Rami Abdel Rahman'] };
 */
export interface Source {
  readonly id: string;
  /** Display name, e.g. "Syrian Observatory for Human Rights". */
  readonly canonical: string;
  readonly type: SourceType;
  readonly alignment?: Alignment;
  /** Every distinct way the documents name it ("the Observatory", "Abdel Rahman", "he" resolved). */
  readonly mentions: readonly string[];
  /** Named people who speak for it (a spokesman, the head). */
  readonly people: readonly string[];
}

/**
 * The source of one claim, as this claim names it.
 * @example
 * const s: ClaimSource = { id: 'src:syrian-military-source', name: 'the source', canonical: 'Syrian military source', type: 'military', span: { start: 10, end: 20 } };
 */
export interface ClaimSource {
  readonly id: string;
  /** The mention as written, resolved where it was "he" or "the source". */
  readonly name: string;
  readonly canonical: string;
  readonly type: SourceType;
  readonly span: Span | null;
  /**
   * The words that stand as the source in this claim's sentence: the whole noun phrase with its
   * appositions, or the relative pronoun of "..., who said ..." (whose antecedent is `span`).
   */
  readonly phrase?: Span;
}

/**
 * A quantity normalised to an interval with a unit.
 * @example
 * const q: Quantity = { text: 'at least 26', span: { start: 0, end: 11 }, value: 26, min: 26, max: null, unit: null, approximate: false, measure: 'killed' };
 */
export interface Quantity {
  readonly text: string;
  readonly span: Span;
  /** The point value where there is one ("some 20 km" -> 20). */
  readonly value: number | null;
  /** Lower bound; null when unbounded below. */
  readonly min: number | null;
  /** Upper bound; null when unbounded above ("at least 26"). */
  readonly max: number | null;
  /** Canonical unit ("km", "year", "%", "hour"); counts of people have unit null. */
  readonly unit: string | null;
  readonly approximate: boolean;
  /** What is counted or measured: "killed", "wounded", "distance", ... */
  readonly measure?: string;
  /** Whose or what: "regime forces", "civilians", or for a distance the place it locates. */
  readonly subject?: string;
  /** For a distance: the place it is measured from ("north of Hama" -> "Hama"). */
  readonly reference?: string;
}

/**
 * What a claim says happened, as far as the comparison needs it.
 * @example
 * const e: ClaimEvent = { kind: 'capture', agent: 'opposition', status: 'captured', places: ['Soran'] };
 */
export interface ClaimEvent {
  /** "capture", "regain", "repel", "advance", "withdraw", "attack", "clash", "shell", ... */
  readonly kind: string;
  /** The side that acts: "government", "opposition", or an actor's canonical name. */
  readonly agent?: string;
  readonly patient?: string;
  /** Control of the places: "captured", "regained", "held", "contested", "lost", "stalled". */
  readonly status?: string;
  /** The places the event happens at (reference points of distances excluded). */
  readonly places: readonly string[];
  /** The predicate as written. */
  readonly trigger?: string;
}

/**
 * One claim, attributed to its source (or to the report's own voice).
 * @example
 * const c = report.claims.find((c) => c.source?.type === 'monitor');
 */
export interface Claim {
  readonly id: string;
  readonly docId: string;
  /** The claim's content as written (for an indirect claim, the reported clause). */
  readonly text: string;
  readonly span: Span;
  readonly sentence: Span;
  /** null: the report's own voice. */
  readonly source: ClaimSource | null;
  /**
   * The words that attribute it; `learned` when a trained tagger read the attribution
   * (`lexicon.attributionModel`): such a claim says who holds which position and raises no conflict.
   */
  readonly cue: { readonly text: string; readonly span: Span; readonly learned?: true } | null;
  /** Quoted words. */
  readonly direct: boolean;
  /** likely, reportedly, purports, said to be, ... */
  readonly hedged: boolean;
  /** denied, did not, no, not yet, ... */
  readonly negated: boolean;
  /** YYYY-MM-DD the claim is about, resolved against the document date. */
  readonly date: string | null;
  /** `statement` where the date is the day the claim was made ("said on Sunday"), not a day its content names. */
  readonly dateKind?: 'statement';
  readonly quantities: readonly Quantity[];
  /** Canonical place names. */
  readonly places: readonly string[];
  /** Canonical names of the actors it names ("Russia" for "Russian Federation"). */
  readonly actors: readonly string[];
  readonly event?: ClaimEvent;
  /** Whose accounts the report says this claim confirms ("confirming rebel accounts" -> "rebel accounts"). */
  readonly confirms?: string;
}

/**
 * The kinds of conflict the comparison reports.
 * @example
 * report.conflicts.filter((k) => k.kind === ('control' satisfies ConflictKind));
 */
export type ConflictKind = 'control' | 'outcome' | 'count' | 'denial' | 'responsibility' | 'target';

/**
 * Two claims that cannot both be true, with how sure the comparison is and why.
 * @example
 * for (const k of report.conflicts) console.log(k.kind, k.confidence, k.explanation);
 */
export interface Conflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly claimIds: readonly [string, string];
  /** 0..1 */
  readonly confidence: number;
  /** One sentence a journalist can read. */
  readonly explanation: string;
}

/**
 * Two claims that agree: independent sources (corroboration), the same source again
 * (repetition), or copied text (syndication).
 * @example
 * const independent = report.agreements.filter((a) => a.kind === 'corroboration');
 */
export interface Agreement {
  readonly id: string;
  readonly kind: 'corroboration' | 'repetition' | 'syndication';
  readonly claimIds: readonly [string, string];
  readonly explanation: string;
}

/**
 * One source changing its own figure over time ("the monitor raised its toll to 35 the next day"):
 * a revision, not a conflict. `claimIds` are the earlier and the later claim.
 * @example
 * for (const r of report.revisions) console.log(r.explanation);
 */
export interface Revision {
  readonly id: string;
  readonly claimIds: readonly [string, string];
  readonly explanation: string;
}

/**
 * Something in the text that was cleaned, skipped or could not be read; never an exception.
 * @example
 * report.diagnostics.filter((d) => d.code === 'boilerplate');
 */
export interface Diagnostic {
  readonly docId: string;
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

/**
 * What the report says about one input document.
 * @example
 * report.documents[0]; // { id: 'doc-1', date: '2017-03-22', dateline: 'BEIRUT', agency: 'AP' }
 */
export interface ReportDocument {
  readonly id: string;
  /** YYYY-MM-DD, or null where neither the input nor the text gives one. */
  readonly date: string | null;
  readonly title?: string;
  readonly dateline?: string;
  readonly agency?: string;
}

/**
 * The result of {@link compareClaims}: plain JSON, in a deterministic order.
 * @example
 * const report = compareClaims([textA, textB]);
 * report.conflicts.map((k) => k.explanation);
 */
export interface Report {
  readonly schemaVersion: 1;
  readonly documents: readonly ReportDocument[];
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  readonly agreements: readonly Agreement[];
  /** A source updating its own figures over time. */
  readonly revisions: readonly Revision[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One document read by {@link extractClaims}: plain data that can cross threads, be stored as JSON
 * and be compared later with {@link compareExtracted} or a {@link ClaimIndex}. Its `drafts` and
 * `sources` are the library's own form of the document's claims and local sources: pass them back
 * unchanged; `schemaVersion` says which form they are in.
 * @example
 * const extracted = extractClaims({ id: 'a', text: 'Rebels took Soran, the Observatory said.' });
 * JSON.parse(JSON.stringify(extracted)); // the same document, ready for compareExtracted
 */
export interface ExtractedDocument {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly date: string | null;
  readonly title?: string;
  readonly dateline?: string;
  readonly agency?: string;
  /** The country the document is mostly about. */
  readonly mainCountry: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Claims before their sources are joined across documents (the library's own form). */
  readonly drafts: readonly unknown[];
  /** The document's own sources, before they are joined across documents (the library's own form). */
  readonly sources: readonly unknown[];
}

/**
 * What a batch of documents added to a {@link ClaimIndex} brings: its claims, and the conflicts,
 * agreements and revisions that involve at least one of them.
 * @example
 * const update: IndexUpdate = index.add([morningReport]);
 * update.conflicts.map((k) => k.explanation);
 */
export interface IndexUpdate {
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  readonly agreements: readonly Agreement[];
  readonly revisions: readonly Revision[];
  readonly diagnostics: readonly Diagnostic[];
}
