import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { zodFieldErrors } from "@/lib/actions/to-failure";
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { getReportPool } from "@/lib/reports/report-pool";
import { reportCounts } from "@/lib/reports/report-counts";
import { reportPreview } from "@/lib/reports/report-preview";
import { scopeChoices } from "@/lib/reports/scope-choices";
import { checkClaimReviews } from "@/lib/reports/check-claim-reviews";
import { reportConfig } from "@/lib/reports/report-config";
import { EMPTY_SCOPE, reportScopeSchema, scopeFromListParams, scopeToSearchParams } from "@/lib/validation/report-scope";
import { VerdictBadge, StatusBadge } from "@/components/badges";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { ClaimReviewCheckPanel } from "@/components/reports/claim-review-check";
import "@/components/reports/reports.css";

export const metadata: Metadata = { title: "Reports" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Above this many verified claims the ClaimReview check runs only when asked (it reads them all).
const AUTO_CHECK_LIMIT = 2_000;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = reportScopeSchema.safeParse(scopeFromListParams(raw));
  const scope = parsed.success ? parsed.data : EMPTY_SCOPE;
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  await requirePageUser(`/reports?${scopeToSearchParams(scope)}`);

  const pool = getReportPool();
  const [choices, counts, preview] = await Promise.all([
    scopeChoices(getDb(), scope.articleId),
    parsed.success ? reportCounts(pool, scope) : null,
    parsed.success ? reportPreview(pool, scope) : [],
  ]);
  const verified = counts?.byStatus.VERIFIED ?? 0;
  const runCheck = parsed.success && verified > 0 && (verified <= AUTO_CHECK_LIMIT || raw.check === "1");
  const check = runCheck ? await checkClaimReviews({ pool, scope, config: reportConfig() }) : null;
  const query = scopeToSearchParams(scope).toString();
  const has = (list: readonly string[], value: string) => list.includes(value);

  return (
    <>
      <div className="page-head">
        <h1>Reports</h1>
      </div>
      <form className="report-form" method="get" aria-label="Report scope">
        <label className="field">
          <span>Words in the claim, quote or speaker</span>
          <input type="search" name="q" defaultValue={scope.q ?? ""} />
        </label>
        <fieldset>
          <legend>Status</legend>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <label key={value} className="check">
              <input type="checkbox" name="status" value={value} defaultChecked={has(scope.status, value)} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Verdict</legend>
          {Object.entries(VERDICT_LABELS).map(([value, label]) => (
            <label key={value} className="check">
              <input type="checkbox" name="verdict" value={value} defaultChecked={has(scope.verdict, value)} /> {label}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Articles (none chosen: all)</span>
          <select name="articleId" multiple defaultValue={scope.articleId}>
            {choices.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 70 ? `${a.title.slice(0, 70)}…` : a.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Outlets (none chosen: all)</span>
          <select name="outlet" multiple defaultValue={scope.outlet}>
            {choices.outlets.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Claim types (none chosen: all)</span>
          <select name="type" multiple defaultValue={scope.type}>
            {Object.entries(CLAIM_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Dates</legend>
          <label className="check">
            <input type="radio" name="dateField" value="published" defaultChecked={scope.dateField === "published"} /> Article published
          </label>
          <label className="check">
            <input type="radio" name="dateField" value="reviewed" defaultChecked={scope.dateField === "reviewed"} /> Claim reviewed
          </label>
          <div className={errors.from ? "field field-invalid" : "field"}>
            <label htmlFor="from">From</label>
            <input id="from" type="date" name="from" defaultValue={typeof raw.from === "string" ? raw.from : ""} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? "from-error" : undefined} />
            {errors.from ? <p className="field-error" id="from-error" data-testid="from-error">{errors.from}</p> : null}
          </div>
          <div className={errors.to ? "field field-invalid" : "field"}>
            <label htmlFor="to">To</label>
            <input id="to" type="date" name="to" defaultValue={typeof raw.to === "string" ? raw.to : ""} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? "to-error" : undefined} />
            {errors.to ? <p className="field-error" id="to-error" data-testid="to-error">{errors.to}</p> : null}
          </div>
        </fieldset>
        <label className="field">
          <span>Reviewer</span>
          <select name="reviewerId" defaultValue={scope.reviewerId ?? ""}>
            <option value="">Anyone</option>
            {choices.reviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>About (a person, organization or place, by any of its names)</span>
          <input type="text" name="entity" defaultValue={scope.entity ?? ""} />
        </label>
        <label className="check">
          <input type="checkbox" name="evidence" value="1" defaultChecked={scope.evidence} /> Only claims with evidence
        </label>
        <div className="actions">
          <button type="submit" className="button-primary">
            Preview report
          </button>
          <Link href="/reports">Clear</Link>
        </div>
      </form>

      {!parsed.success ? (
        <p className="form-message form-message-error" data-testid="scope-error">
          Some fields need attention: {Object.values(errors).join(" ")}
        </p>
      ) : (
        <>
          <section aria-labelledby="counts-title">
            <h2 id="counts-title">What the report holds</h2>
            {counts && counts.claims === 0 ? (
              <p className="empty" data-testid="report-empty">
                No claims match this scope. The downloads below are still valid, empty files.
              </p>
            ) : (
              <p data-testid="report-count">
                {counts?.claims} {counts?.claims === 1 ? "claim" : "claims"} from {counts?.articles} {counts?.articles === 1 ? "article" : "articles"}
              </p>
            )}
            {counts && counts.claims > 0 ? (
              <div className="report-summary">
                <CountTable caption="By status" rows={Object.entries(counts.byStatus).map(([k, n]) => [STATUS_LABELS[k as ClaimStatus], n])} />
                <CountTable caption="By verdict" rows={Object.entries(counts.byVerdict).map(([k, n]) => [VERDICT_LABELS[k as Verdict], n])} />
              </div>
            ) : null}
          </section>
          <ReportDownloads query={query} verified={verified} invalid={check?.invalid ?? null} />
          {verified > 0 ? <ClaimReviewCheckPanel check={check} verified={verified} query={query} /> : null}
          {preview.length ? (
            <section aria-labelledby="preview-title">
              <h2 id="preview-title">Preview{counts && counts.claims > preview.length ? ` (first ${preview.length})` : ""}</h2>
              <table className="table" data-testid="report-preview">
                <thead>
                  <tr>
                    <th scope="col">Claim</th>
                    <th scope="col">Review</th>
                    <th scope="col">Evidence</th>
                    <th scope="col">Article</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link href={`/claims/${c.id}`}>{c.text}</Link>
                        {c.speaker ? <div className="muted small">{c.speaker}</div> : null}
                      </td>
                      <td>
                        <StatusBadge status={c.status} /> <VerdictBadge verdict={c.verdict} />
                      </td>
                      <td className="num">{c.evidence.length}</td>
                      <td className="article-cell">
                        <Link href={`/articles/${c.articleId}`}>{c.articleTitle}</Link>
                        <div className="muted small">{[c.outlet, c.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}</div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function CountTable({ caption, rows }: { caption: string; rows: [string, number][] }) {
  return (
    <table className="table">
      <caption className="muted small">{caption}</caption>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
