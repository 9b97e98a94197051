// Download links for every format of the current scope (plain links: they work without JavaScript).
export function ReportDownloads({ query, verified, invalid }: { query: string; verified: number; invalid: number | null }) {
  const href = (format: string, extra = "") => `/api/reports?format=${format}${query ? `&${query}` : ""}${extra}`;
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">Download</h2>
      <ul className="downloads">
        <li>
          <a className="button" href={href("csv")} download>
            CSV
          </a>
        </li>
        <li>
          <a className="button" href={href("json")} download>
            JSON
          </a>
        </li>
        <li>
          <a className="button" href={href("ndjson")} download>
            NDJSON
          </a>
        </li>
        <li>
          <a className="button" href={href("jsonld")} download>
            ClaimReview (JSON-LD)
          </a>
        </li>
        {invalid ? (
          <li>
            <a className="button" href={href("jsonld", "&validOnly=1")} download>
              ClaimReview, valid reviews only
            </a>
          </li>
        ) : null}
        <li>
          <a className="button" href={href("pdf")} download>
            PDF
          </a>
        </li>
        <li>
          <a className="button" href={href("html")} target="_blank" rel="noopener">
            Printable page
          </a>
        </li>
      </ul>
      <p className="muted small">
        ClaimReview holds only verified claims ({verified} in this scope). JSON follows the versioned schema at{" "}
        <a href="/api/reports/schema.json">/api/reports/schema.json</a>; NDJSON has one claim per line.
      </p>
    </section>
  );
}
