// Maps the extractor's output to the claims table.
import type { ExtractedClaim } from "@/lib/extraction";
import type { ClaimType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const TYPE: Record<ExtractedClaim["type"], ClaimType> = {
  quantity: "QUANTITY",
  percentage: "PERCENTAGE",
  money: "MONEY",
  date_event: "DATE_EVENT",
  comparison: "COMPARISON",
  attribution: "ATTRIBUTION",
  prediction: "PREDICTION",
  ranking: "RANKING",
};

export function claimCreateData(claim: ExtractedClaim): Prisma.ClaimCreateWithoutArticleInput {
  return {
    text: claim.text,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    type: TYPE[claim.type],
    checkworthiness: claim.checkworthiness,
    quantityValue: finiteOrNull(claim.quantity?.value),
    quantityUnit: claim.quantity?.unit ?? null,
    quantityComparator: claim.quantity?.comparator ?? null,
    quantityPeriod: claim.quantity?.period ?? null,
    moneyAmount: finiteOrNull(claim.money?.amount),
    moneyCurrency: claim.money?.currency ?? null,
    speaker: claim.attribution?.speaker ?? null,
    attributionCue: claim.attribution?.cue ?? null,
    entities: claim.entities ? (claim.entities as unknown as Prisma.InputJsonValue) : undefined,
    details: JSON.parse(JSON.stringify(claim)) as Prisma.InputJsonValue,
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
