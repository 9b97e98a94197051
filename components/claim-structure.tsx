// The structured fields the extractor found for a claim, as a definition list.
import type { ClaimDetail } from "@/lib/claims/get-claim";
import { CLAIM_TYPE_LABELS } from "@/lib/claims/labels";

interface EntityView {
  text: string;
  kind: string;
}

export function ClaimStructure({ claim }: { claim: ClaimDetail }) {
  const entities = Array.isArray(claim.entities) ? (claim.entities as unknown as EntityView[]) : [];
  const rows: Array<[string, string]> = [
    ["Type", CLAIM_TYPE_LABELS[claim.type]],
    ["Check-worthiness", `${Math.round(claim.checkworthiness * 100)}%`],
  ];
  if (claim.quantityValue !== null) {
    const amount = claim.quantityUnit === "%" ? `${formatNumber(claim.quantityValue)}%` : [formatNumber(claim.quantityValue), claim.quantityUnit].filter(Boolean).join(" ");
    const parts = [claim.quantityComparator, amount].filter(Boolean).join(" ");
    rows.push(["Quantity", claim.quantityPeriod ? `${parts} (${claim.quantityPeriod})` : parts]);
  }
  if (claim.moneyAmount !== null) rows.push(["Money", `${formatNumber(Number(claim.moneyAmount))} ${claim.moneyCurrency ?? ""}`.trim()]);
  if (claim.speaker) rows.push(["Attributed to", claim.attributionCue ? `${claim.speaker} (${claim.attributionCue})` : claim.speaker]);
  if (entities.length) rows.push(["Mentions", entities.map((e) => `${e.text} (${e.kind})`).join(", ")]);
  rows.push(["Position", `characters ${claim.start}–${claim.end}`]);
  const reason = (claim.details as { reason?: unknown } | null)?.reason;
  if (typeof reason === "string" && reason) rows.splice(1, 0, ["Why extracted", reason]);

  return (
    <dl className="facts" data-testid="claim-structure">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatNumber(value: number): string {
  return value.toLocaleString("en", { maximumFractionDigits: 4 });
}
