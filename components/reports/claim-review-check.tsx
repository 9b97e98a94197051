import type { ClaimReviewCheck } from "@/lib/reports/check-claim-reviews";

/** The ClaimReview validator's findings for the scope: problems per claim, errors first. */
export function ClaimReviewCheckPanel({ check, verified, query }: { check: ClaimReviewCheck | null; verified: number; query: string }) {
  return (
    <section aria-labelledby="check-title" data-testid="claimreview-check">
      <h2 id="check-title">ClaimReview check</h2>
      {!check ? (
        <p>
          {verified} verified claims: the check reads them all.{" "}
          <a href={`/reports?${query}${query ? "&" : ""}check=1`}>Check them now</a>
        </p>
      ) : check.claims.length === 0 ? (
        <p data-testid="check-summary">All {check.checked} ClaimReviews pass the check.</p>
      ) : (
        <>
          <p data-testid="check-summary">
            {check.checked} checked: {check.invalid} with errors (left out by “valid reviews only”), {check.withWarnings} with warnings only.
            {check.listed < check.invalid + check.withWarnings ? ` The first ${check.listed} are listed.` : ""}
          </p>
          <ul className="check-problems">
            {check.claims.map((c) => (
              <li key={c.claimId}>
                <a href={`/claims/${c.claimId}`}>{c.claim}</a>
                <ul>
                  {c.problems.map((p, i) => (
                    <li key={i} className={p.severity}>
                      {p.severity === "error" ? "Error" : "Warning"} ({p.field}): {p.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
