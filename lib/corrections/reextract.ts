// The one place a correction runs the extractor: the same `extractClaims` entry the import uses,
// so the import path's worker pool can serve corrections too by replacing this body.
import { extractClaims, type ExtractedClaim } from "@/lib/extraction";

export async function reextractClaims(body: string): Promise<ExtractedClaim[]> {
  return extractClaims(body);
}
