import { defineRoute } from "@/lib/actions/define-route";
import { getDb } from "@/lib/db";
import { verifiedClaimsCsv } from "@/lib/reports/claims-csv";
import { claimFilterSchema } from "@/lib/validation/claim-filter";

export const GET = defineRoute({
  name: "export.claims.csv",
  role: "VIEWER",
  query: claimFilterSchema,
  run: async (filter) => {
    const csv = await verifiedClaimsCsv(getDb(), filter);
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="claimdesk-verified-claims-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
