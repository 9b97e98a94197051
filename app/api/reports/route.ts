// Every report format for a scope: GET /api/reports?format=csv|json|ndjson|jsonld|html|pdf&<scope>.
// Session (the /reports page) or Bearer token (newsroom systems), viewers and up.
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { exportReport } from "@/lib/reports/export-report";
import { REPORT_FORMAT_IDS } from "@/lib/reports/formats/ids";
import { reportConfig } from "@/lib/reports/report-config";
import { getReportPool } from "@/lib/reports/report-pool";
import { reportDownloadSchema, UNKNOWN_FORMAT_MESSAGE } from "@/lib/validation/report-request";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "reports.download",
  role: "VIEWER",
  query: z.record(z.string(), z.unknown()),
  run: async ({ query }, _principal, request) => {
    const parsed = reportDownloadSchema.safeParse(query);
    if (!parsed.success) {
      if (parsed.error.issues.some((issue) => issue.path[0] === "format")) {
        return Response.json({ ok: false, code: "INVALID", error: UNKNOWN_FORMAT_MESSAGE, formats: REPORT_FORMAT_IDS }, { status: 400 });
      }
      throw parsed.error;
    }
    const { format, validOnly, ...scope } = parsed.data;
    const report = await exportReport({ pool: getReportPool(), format, scope, config: reportConfig(), validOnly, signal: request.signal });
    const download = !report.inline || new URL(request.url).searchParams.get("download") === "1";
    return new Response(report.stream, {
      headers: {
        "Content-Type": report.contentType,
        "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${report.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
