// GET /api/v1/reports — every report format (the same handler as /api/reports).
export { GET } from "@/app/api/reports/route";
export const dynamic = "force-dynamic";
