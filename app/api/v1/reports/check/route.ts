// GET /api/v1/reports/check — the ClaimReview check (the same handler as /api/reports/check).
export { GET } from "@/app/api/reports/check/route";
export const dynamic = "force-dynamic";
