/**
 * The shape of a report in the corpus, bundled or imported. Every boundary that
 * reads reports (the `data/` folder, packs a user imports, the build) parses
 * with these schemas, so a bad file is refused with the field and the reason.
 *
 * A field the source does not give stays "" — never invented.
 */
import * as z from 'zod/mini';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const ProvenanceSchema = z.object({
  /** The file the report was ingested from, e.g. `003_0d9989bd3b25f316.txt`. */
  source: z.string().check(z.minLength(1, 'must name the file the report came from')),
  /** When it was ingested (ISO timestamp). */
  ingestedAt: z.string().check(z.regex(ISO_DATE, 'must be an ISO date or timestamp')),
});

/** A fact-check verdict, when the record came from schema.org ClaimReview. */
export const ClaimReviewInfoSchema = z.object({
  claim: z.string(),
  rating: z.string(),
  reviewer: z.string(),
});

export const ReportSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1–128 letters, digits, . _ : or -')),
  headline: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(1000, 'is longer than 1,000 characters')),
  outlet: z.string().check(z.maxLength(200, 'is longer than 200 characters')),
  url: z.string().check(z.maxLength(2000, 'is longer than 2,000 characters')),
  /** ISO date, or "" when the source gives none. */
  published: z.string().check(z.regex(/^$|^\d{4}-\d{2}-\d{2}/, 'must be an ISO date (YYYY-MM-DD) or empty')),
  author: z.string().check(z.maxLength(300, 'is longer than 300 characters')),
  language: z.string().check(z.regex(/^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or empty')),
  body: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200_000, 'is longer than 200,000 characters')),
  provenance: ProvenanceSchema,
  claimReview: z.optional(ClaimReviewInfoSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** The most reports one pack may hold: past this a pack is refused whole. */
export const MAX_PACK_REPORTS = 20_000;

/** A corpus pack a user imports: the same records, with a format version. */
export const PackSchema = z.object({
  version: z.literal(1, 'must be 1'),
  name: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200)),
  description: z.optional(z.string()),
  reports: z.array(ReportSchema).check(z.minLength(1, 'must hold at least one report'), z.maxLength(MAX_PACK_REPORTS, `must hold at most ${MAX_PACK_REPORTS} reports`)),
});
export type Pack = z.infer<typeof PackSchema>;

/** What a report is shown as, wherever a match is listed. */
export interface ReportRef {
  id: string;
  headline: string;
  outlet: string;
  published: string;
  /** The file the report was ingested from. */
  source: string;
  url: string;
}

export function reportRef(r: Report): ReportRef {
  return { id: r.id, headline: r.headline, outlet: r.outlet, published: r.published, source: r.provenance.source, url: r.url };
}
