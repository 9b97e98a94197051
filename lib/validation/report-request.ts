// A report download: its scope, the format, and for ClaimReview whether to leave out invalid reviews.
import { z } from "zod";
import { safeTextCheck } from "./safe-text";
import { REPORT_FORMAT_IDS } from "@/lib/reports/formats/ids";
import { refineDateRange, reportScopeShape } from "./report-scope";

export const UNKNOWN_FORMAT_MESSAGE = `Unknown format. Formats: ${REPORT_FORMAT_IDS.join(", ")}`;

export const reportDownloadSchema = z
  .object({
    ...reportScopeShape,
    format: z.enum(REPORT_FORMAT_IDS, UNKNOWN_FORMAT_MESSAGE).default("csv"),
    validOnly: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(["1", "0", "true", "false", "on", ""]).optional()).transform((v) => v === "1" || v === "true" || v === "on"),
  })
  .superRefine(refineDateRange);

export type ReportDownloadInput = z.output<typeof reportDownloadSchema>;

/** The read API's claim list: the report scope, plus keyset paging. */
export const claimListQuerySchema = z
  .object({
    ...reportScopeShape,
    limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(50),
    /** The `next` value of the previous page. */
    after: z.string().max(300).check(safeTextCheck("The page cursor")).optional(),
  })
  .superRefine(refineDateRange);

/** The read API's article list. */
export const articleListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(50),
  after: z.string().max(300).check(safeTextCheck("The page cursor")).optional(),
});
