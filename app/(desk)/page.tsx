import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import { formatDateTime } from "@/lib/format";
import {
  articlesWithUnreviewedClaims,
  claimsByStatus,
  conflictsAndOrphans,
  recentActivity,
  reviewsPerDay,
  reviewsPerEditor,
  verifiedByVerdict,
  REVIEW_DAYS,
} from "@/lib/dashboard/dashboard-data";
import { DailyColumnChart, HorizontalBarChart } from "@/components/dashboard/bar-chart";
import "@/components/reports/reports.css";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePageUser("/");
  const db = getDb();
  const [statuses, verdicts, days, editors, unreviewed, activity, tables] = await Promise.all([
    claimsByStatus(db),
    verifiedByVerdict(db),
    reviewsPerDay(db),
    reviewsPerEditor(db),
    articlesWithUnreviewedClaims(db),
    recentActivity(db),
    conflictsAndOrphans(db),
  ]);
  const statusOrder = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];
  const verdictOrder = Object.keys(VERDICT_LABELS) as (keyof typeof VERDICT_LABELS)[];

  return (
    <>
      <div className="page-head">
        <h1>Dashboard</h1>
        <Link className="button" href="/reports?status=VERIFIED">
          Build a report
        </Link>
      </div>
      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="by-status" data-testid="dashboard-status">
          <h2 id="by-status">Claims by status</h2>
          <HorizontalBarChart
            title="Claims by status"
            bars={statusOrder.map((s) => ({ label: STATUS_LABELS[s], value: statuses.find((r) => r.status === s)?.count ?? 0 }))}
          />
        </section>
        <section className="panel" aria-labelledby="by-verdict" data-testid="dashboard-verdicts">
          <h2 id="by-verdict">Verified claims by verdict</h2>
          <HorizontalBarChart
            title="Verified claims by verdict"
            bars={verdictOrder.map((v) => ({ label: VERDICT_LABELS[v], value: verdicts.find((r) => r.verdict === v)?.count ?? 0 }))}
          />
        </section>
        <section className="panel" aria-labelledby="per-day">
          <h2 id="per-day">Reviews per day, last {REVIEW_DAYS / 7} weeks</h2>
          <DailyColumnChart title="Reviews per day" days={days} />
        </section>
        <section className="panel" aria-labelledby="per-editor">
          <h2 id="per-editor">Reviews per editor</h2>
          {editors.length === 0 ? (
            <p className="empty">No reviews yet.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Editor</th>
                  <th scope="col" className="num">
                    Last 7 days
                  </th>
                  <th scope="col" className="num">
                    All time
                  </th>
                </tr>
              </thead>
              <tbody>
                {editors.map((e) => (
                  <tr key={e.name}>
                    <th scope="row">{e.name}</th>
                    <td className="num">{e.lastWeek}</td>
                    <td className="num">{e.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="panel" aria-labelledby="unreviewed">
          <h2 id="unreviewed">Articles with unreviewed claims</h2>
          <p data-testid="unreviewed-articles">
            {unreviewed.total} {unreviewed.total === 1 ? "article" : "articles"}
            {unreviewed.articles.length < unreviewed.total ? "; the latest imported:" : ""}
          </p>
          <ul>
            {unreviewed.articles.map((a) => (
              <li key={a.id}>
                <Link href={`/articles/${a.id}`}>{a.title}</Link>{" "}
                <span className="muted small">
                  {a.unreviewed} of {a.total} unreviewed
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel slot" aria-labelledby="conflicts" data-testid="crossref-slot">
          <h2 id="conflicts">Conflicts and orphans</h2>
          {tables.openConflicts === null && tables.orphanedClaims === null ? (
            <p className="muted">Open conflicts between claims and orphaned claims will show here once cross-referencing and corrections are part of the desk.</p>
          ) : (
            <ul>
              {tables.openConflicts !== null ? (
                <li>
                  <Link href="/conflicts">{tables.openConflicts} open {tables.openConflicts === 1 ? "conflict" : "conflicts"}</Link> between claims&apos; figures
                </li>
              ) : null}
              {tables.orphanedClaims !== null ? (
                <li>
                  <Link href="/orphans">{tables.orphanedClaims} orphaned {tables.orphanedClaims === 1 ? "claim" : "claims"}</Link> (their words were corrected away)
                </li>
              ) : null}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="activity">
          <h2 id="activity">Recent activity</h2>
          {activity.length === 0 ? (
            <p className="empty">Nothing yet.</p>
          ) : (
            <ul className="small">
              {activity.map((a) => (
                <li key={String(a.id)}>
                  <span className="muted">{formatDateTime(a.at)}</span> {a.actor?.name ?? "Someone"} — {describeAction(a.action)}{" "}
                  {a.entityType === "claim" ? <Link href={`/claims/${a.entityId}`}>claim</Link> : a.entityType === "article" ? <Link href={`/articles/${a.entityId}`}>article</Link> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

const ACTIONS: Record<string, string> = {
  "claim.review": "reviewed a",
  "article.import": "imported an",
  "user.create": "added a user",
  "api_token.create": "created an API token",
  "api_token.revoke": "revoked an API token",
};

function describeAction(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, " ");
}
