// One report export in a process of its own, for `npm run bench:export`: runs the same
// exportReport the route serves, reads the stream as a fast client would (discarding the bytes),
// and samples this process's RSS every 10 ms. Prints one JSON line: bytes, time to first byte,
// time to the first claims, wall time, baseline and peak RSS.
import { exportReport } from "@/lib/reports/export-report";
import type { ReportFormatId } from "@/lib/reports/formats/ids";
import { reportConfig } from "@/lib/reports/report-config";
import { createReportPool } from "@/lib/reports/report-pool";
import { reportScopeSchema } from "@/lib/validation/report-scope";

async function main() {
  const [url, format, scopeJson] = process.argv.slice(2);
  const pool = createReportPool(url!, 2);
  const scope = reportScopeSchema.parse(JSON.parse(scopeJson ?? "{}"));
  // Warm up: modules loaded, one connection open, one tiny export done.
  await new Response((await exportReport({ pool, format: format as ReportFormatId, scope: { ...scope, q: "no-such-words-here" }, config: reportConfig() })).stream).arrayBuffer();
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const report = await exportReport({ pool, format: format as ReportFormatId, scope, config: reportConfig() });
  const reader = report.stream.getReader();
  let bytes = 0;
  let firstByte: number | null = null;
  // The first chunk is a header or cover in every format but NDJSON; the claims start with the next.
  let firstClaims: number | null = null;
  let chunks = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (firstByte === null) firstByte = performance.now() - started;
    if (++chunks === (format === "ndjson" ? 1 : 2)) firstClaims = performance.now() - started;
    bytes += value.byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const wall = performance.now() - started;
  clearInterval(sampler);
  await pool.end();
  console.log(JSON.stringify({ format, bytes, firstByteMs: firstByte, firstClaimsMs: firstClaims, wallMs: wall, baselineRss: baseline, peakRss: peak }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
