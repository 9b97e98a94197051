// A report as a byte stream: counts first when the format has a cover, then rows pulled from the
// database cursor only as fast as the client reads (pull-based ReadableStream). Cancelling the
// stream (client gone) or aborting the signal closes the cursor: nothing more is read.
import type { Pool } from "pg";
import type { ReportScope } from "@/lib/validation/report-scope";
import { reportFormat, type ReportFormatId } from "./formats";
import type { ReportConfig } from "./report-config";
import { reportCounts } from "./report-counts";
import { streamReportRows } from "./stream-report-rows";
import { scopeNames } from "./scope-names";
import { chunksToStream } from "./chunks-to-stream";

export interface ExportReportOptions {
  pool: Pool;
  format: ReportFormatId;
  scope: ReportScope;
  config: ReportConfig;
  validOnly?: boolean;
  signal?: AbortSignal;
  generatedAt?: Date;
  batchSize?: number;
  onBatch?: (rows: number) => void;
}

export interface ReportExport {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
  inline: boolean;
}

export async function exportReport(options: ExportReportOptions): Promise<ReportExport> {
  const format = reportFormat(options.format);
  const generatedAt = options.generatedAt ?? new Date();
  const counts = format.needsCounts ? await reportCounts(options.pool, options.scope, { verifiedOnly: format.verifiedOnly }) : null;
  const names = format.needsCounts ? await scopeNames(options.pool, options.scope) : undefined;
  const rows = streamReportRows({
    pool: options.pool,
    scope: options.scope,
    verifiedOnly: format.verifiedOnly,
    signal: options.signal,
    batchSize: options.batchSize,
    onBatch: options.onBatch,
  });
  const chunks = format.render(rows, { config: options.config, scope: options.scope, generatedAt, counts, scopeNames: names, validOnly: options.validOnly ?? false });
  const stream = chunksToStream(chunks);
  const stamp = generatedAt.toISOString().slice(0, 10);
  return { stream, contentType: format.contentType, filename: `claimdesk-report-${stamp}.${format.extension}`, inline: format.inline ?? false };
}
