// Reads a report's claims from PostgreSQL in batches through a server-side cursor (a portal on one
// connection): memory stays at one batch whatever the scope's size, with no row cap. When the
// consumer stops (client disconnected, stream cancelled, abort signal), the cursor is closed and
// the connection goes back to the pool: nothing more is read.
import Cursor from "pg-cursor";
import type { Pool } from "pg";
import type { ReportScope } from "@/lib/validation/report-scope";
import { reportRowsQuery, type ScopeOptions } from "./report-query";
import { mapPoolError } from "./report-pool";
import type { ReportRow } from "./report-row";

export const REPORT_BATCH_SIZE = 1_000;

export interface StreamReportRowsOptions extends ScopeOptions {
  pool: Pool;
  scope: ReportScope;
  batchSize?: number;
  signal?: AbortSignal;
  /** Called with each batch's size as it is read (tests and benchmarks count reads). */
  onBatch?: (rows: number) => void;
}

export async function* streamReportRows(options: StreamReportRowsOptions): AsyncGenerator<ReportRow[]> {
  const { text, values } = reportRowsQuery(options.scope, options);
  const client = await options.pool.connect().catch(mapPoolError);
  const cursor = client.query(new Cursor<ReportRow>(text, values));
  let failed = false;
  try {
    while (!options.signal?.aborted) {
      const rows = await cursor.read(options.batchSize ?? REPORT_BATCH_SIZE);
      if (rows.length === 0) break;
      options.onBatch?.(rows.length);
      yield rows;
    }
  } catch (error) {
    failed = true;
    mapPoolError(error);
  } finally {
    // A cursor that failed may have left the connection in a bad state: drop it instead of reusing it.
    await cursor.close().catch(() => (failed = true));
    client.release(failed ? true : undefined);
  }
}
