// The extractor's figure, money, attribution and entity parsing applied to an editor's selection:
// the structured fields of a claim an editor made or mended, without the extractor deciding whether
// it is a claim (the editor already has). Goes through the extractor's public entry only.
import { extractClaims } from "@/lib/extraction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimCreateData } from "./from-extracted";

const PARSED_FIELDS = [
  "quantityValue",
  "quantityUnit",
  "quantityComparator",
  "quantityPeriod",
  "moneyAmount",
  "moneyCurrency",
  "speaker",
  "attributionCue",
  "entities",
] as const;

export type ParsedFields = Pick<Prisma.ClaimCreateWithoutArticleInput, (typeof PARSED_FIELDS)[number]>;

export function parseSelection(quote: string): ParsedFields {
  const found = extractClaims(quote);
  const empty: ParsedFields = {
    quantityValue: null,
    quantityUnit: null,
    quantityComparator: null,
    quantityPeriod: null,
    moneyAmount: null,
    moneyCurrency: null,
    speaker: null,
    attributionCue: null,
  };
  if (found.length === 0) return empty;
  // The longest claim found in the selection describes it best.
  const best = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const data = claimCreateData(best);
  return Object.fromEntries(PARSED_FIELDS.map((k) => [k, data[k] ?? (k === "entities" ? undefined : null)])) as ParsedFields;
}
