// schema.org ClaimReview as JSON-LD: one ClaimReview per verified claim in an @graph, streamed.
// With validOnly, reviews the validator finds errors in are left out.
import { toClaimReview, SCHEMA_ORG_CONTEXT } from "../claim-review";
import { hasErrors, validateClaimReview } from "../validate-claim-review";
import type { ReportFormat } from "./format";

export const jsonldFormat: ReportFormat = {
  id: "jsonld",
  label: "schema.org ClaimReview (JSON-LD)",
  contentType: "application/ld+json; charset=utf-8",
  extension: "jsonld",
  verifiedOnly: true,
  async *render(batches, { config, validOnly }) {
    yield `{"@context":${JSON.stringify(SCHEMA_ORG_CONTEXT)},"@graph":[`;
    let first = true;
    for await (const rows of batches) {
      let chunk = "";
      for (const row of rows) {
        const review = toClaimReview(row, config);
        if (validOnly && hasErrors(validateClaimReview(review, config))) continue;
        chunk += `${first ? "\n" : ",\n"}${JSON.stringify(review)}`;
        first = false;
      }
      if (chunk) yield chunk;
    }
    yield "\n]}\n";
  },
};
