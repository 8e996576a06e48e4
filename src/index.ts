/**
 * claimcheck: compare claims across news reports. Who claims what, how the numbers compare, and
 * where the sources disagree.
 * @example
 * import { compareClaims, formatReport } from 'claimcheck';
 * console.log(formatReport(compareClaims([reportA, reportB])));
 * @module
 */
export { compareClaims, extractClaims, compareExtracted } from './compare-claims.js';
export { ClaimIndex } from './claim-index.js';
export { trainAttributionModel, type AttributionExample, type TrainOptions } from './train-attribution.js';
export type { AttributionModel } from './attribution/tagger.js';
export { attributionModelToBytes, attributionModelFromBytes } from './attribution/model-bytes.js';
export { formatReport, displayReport, escapeHtml, JUPYTER_DISPLAY, type ReportFormat, type DisplayBundle, type HtmlDisplay } from './report/index.js';
export { ClaimCheckError, ERROR_CODES, type ClaimCheckErrorCode } from './errors.js';
export { LIMITS } from './limits.js';
export type { CompareOptions } from './options.js';
export { DEFAULT_LEXICON, STANCE_CUES, extendLexicon, type Lexicon, type LexiconExtension } from './lexicon/index.js';
export type {
  Agreement, Alignment, Claim, ClaimEvent, ClaimSource, Conflict, ConflictKind, Diagnostic, DocumentInput,
  Quantity, Report, ReportDocument, Revision, Source, SourceType, Span, ExtractedDocument, IndexUpdate,
} from './types.js';
export type { CountryEntry, EntityEntry, PlaceEntry, PlaceKind } from './lexicon/types.js';
export type { CueVerb, CueKind, Gender, SourceDescriptor, EventKind, EventPredicate, TargetClass } from './lexicon/index.js';
