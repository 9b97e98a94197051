import { extractClaims } from "@/lib/extraction";
import { analyze } from "@/lib/extraction/nlp";
import { segment } from "@/lib/extraction/segment";
import { features } from "@/lib/extraction/features";
import { factuality } from "@/lib/extraction/factuality/model";
import { crowdValidation } from "./scripts/support/extraction-eval";
const rows = crowdValidation()!;
const cell: Record<string, number> = {};
const reasons: Record<string, number> = {};
for (const r of rows) {
  const a = analyze(r.Text); const p = factuality(a, 0, a.value.length - 1) >= 0.45;
  const q = extractClaims(r.Text).length > 0; const y = r.Verdict !== "-1";
  const k = `model${p ? "+" : "-"} pipe${q ? "+" : "-"} label${y ? "+" : "-"}`; cell[k] = (cell[k] ?? 0) + 1;
  if (p && !q && y) { const segs = segment(a); const f = segs[0] ? features(a, segs[0]) : null; if (f) for (const [n, v] of Object.entries(f)) if (v === true) reasons[n] = (reasons[n] ?? 0) + 1; if (segs.length > 1) reasons["multiSeg"] = (reasons["multiSeg"] ?? 0) + 1; }
}
console.log(cell); console.log(reasons);
