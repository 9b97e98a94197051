import { defineRoute } from "@/lib/actions/define-route";
import { verifiedClaimsCsvChunks } from "@/lib/reports/claims-csv";
import { chunksToStream } from "@/lib/reports/chunks-to-stream";
import { claimFilterSchema } from "@/lib/validation/claim-filter";

// The claims list's CSV, in its original columns, now streamed. The full report builder (more
// formats, readable columns) is /reports.
export const GET = defineRoute({
  name: "export.claims.csv",
  role: "VIEWER",
  query: claimFilterSchema,
  run: async (filter, _user, request) => {
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(chunksToStream(verifiedClaimsCsvChunks(filter, { signal: request.signal })), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="claimdesk-verified-claims-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
