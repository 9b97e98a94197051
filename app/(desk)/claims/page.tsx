import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listClaims } from "@/lib/claims/list-claims";
import { CLAIM_SORT_LABELS } from "@/lib/claims/claim-sorts";
import { claimFilterQuery, claimsListHref } from "@/lib/claims/claim-filter-params";
import { formatBoundedCount } from "@/lib/lists/keyset";
import { listViews } from "@/lib/saved-views/list-views";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { firstValues } from "@/lib/validation/search-params";
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import { formatDate } from "@/lib/format";
import { StatusBadge, TypeBadge, VerdictBadge } from "@/components/badges";
import { SelectOptions } from "@/components/forms/select-options";
import { SaveViewForm } from "@/components/forms/save-view-form";
import { DeleteViewButton } from "@/components/forms/delete-view-button";
import { ArticlePicker } from "@/components/lists/article-picker";
import { SortSelect } from "@/components/lists/sort-select";
import { Highlighted } from "@/components/lists/highlighted";
import { KeysetPagination } from "@/components/lists/keyset-pagination";
import "@/components/lists/list-lists.css";
import { deleteViewAction, saveViewAction } from "./actions";
import { BulkSelection, SelectPageHeader, SelectRowCell } from "@/components/review-desk/bulk-selection";
import { listEditors } from "@/lib/users/list-editors";
import { bulkClaimsAction } from "./bulk-actions";
import { CROSSREF_FILTER_LABELS } from "@/lib/crossref/claim-filter-condition";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = claimFilterSchema.parse(firstValues(await searchParams));
  const user = await requirePageUser(claimsListHref(filter));
  const db = getDb();
  const [result, people, pickedArticle, views, editors] = await Promise.all([
    listClaims(db, filter),
    db.user.findMany({ where: { role: { not: "VIEWER" } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    filter.articleId ? db.article.findUnique({ where: { id: filter.articleId }, select: { title: true } }) : null,
    user.role !== "VIEWER" ? listViews(db, user.id) : [],
    listEditors(db),
  ]);
  const criteria = { ...filter, cursor: undefined };
  const peopleLabels = Object.fromEntries(people.map((p) => [p.id, p.name]));

  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <a className="button" href={`/api/export/claims?${claimFilterQuery({ ...criteria, sort: undefined })}`} download>
          Download verified claims (CSV)
        </a>
        <Link className="button" href={`/reports?${claimFilterQuery({ ...criteria, sort: undefined })}`}>
          Build a report from this filter
        </Link>
      </div>
      <NuqsAdapter>
        <form className="filters" method="get" action="/claims" role="search" aria-label="Filter claims">
          <label>
            Search
            <input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={20_000} placeholder="Words, or a “quoted phrase”" />
          </label>
          <label>
            Status
            <select name="status" defaultValue={filter.status ?? ""}>
              <SelectOptions labels={STATUS_LABELS} empty="Any status" />
            </select>
          </label>
          <label>
            Verdict
            <select name="verdict" defaultValue={filter.verdict ?? ""}>
              <SelectOptions labels={VERDICT_LABELS} empty="Any verdict" />
            </select>
          </label>
          <label>
            Type
            <select name="type" defaultValue={filter.type ?? ""}>
              <SelectOptions labels={CLAIM_TYPE_LABELS} empty="Any type" />
            </select>
          </label>
          <ArticlePicker
            articleId={pickedArticle ? filter.articleId : undefined}
            label={pickedArticle?.title ?? filter.article}
          />
          <label>
            Outlet
            <input type="text" name="outlet" defaultValue={filter.outlet ?? ""} />
          </label>
          <label>
            Entity
            <input type="text" name="entity" defaultValue={filter.entity ?? ""} placeholder="Person, organisation, place" />
          </label>
          <label>
            Assignee
            <select name="assignee" defaultValue={filter.assignee ?? ""}>
              <SelectOptions labels={{ none: "Unassigned", ...peopleLabels }} empty="Anyone" />
            </select>
          </label>
          <label>
            Reviewer
            <select name="reviewer" defaultValue={filter.reviewer ?? ""}>
              <SelectOptions labels={peopleLabels} empty="Anyone" />
            </select>
          </label>
          <label>
            Evidence
            <select name="evidence" defaultValue={filter.evidence ?? ""}>
              <SelectOptions labels={{ yes: "Has evidence", no: "No evidence" }} empty="Either" />
            </select>
          </label>
          <label>
            Published from
            <input type="date" name="from" defaultValue={filter.from ?? ""} />
          </label>
          <label>
            Published to
            <input type="date" name="to" defaultValue={filter.to ?? ""} />
          </label>
          <label>
            Cross-references
            <select name="links" defaultValue={filter.links ?? ""}>
              <SelectOptions labels={CROSSREF_FILTER_LABELS} empty="Any" />
            </select>
          </label>
          <SortSelect key={filter.sort ?? ""} value={filter.sort ?? ""} labels={CLAIM_SORT_LABELS} defaultLabel="Best match with a search, else newest imports" />
          <button type="submit" className="button-primary">
            Filter
          </button>
          <Link href="/claims">Clear</Link>
        </form>
      </NuqsAdapter>
      {user.role !== "VIEWER" ? (
        <div className="saved-views">
          <SaveViewForm key={claimFilterQuery(criteria)} query={claimFilterQuery(criteria)} action={saveViewAction} />
          {views.length ? (
            <span>
              Your views:{" "}
              {views.map((v) => (
                <span key={v.id}>
                  <Link href={`/claims${v.query ? `?${v.query}` : ""}`}>{v.name}</Link>
                  <DeleteViewButton id={v.id} name={v.name} action={deleteViewAction} />{" "}
                </span>
              ))}
            </span>
          ) : null}
        </div>
      ) : null}
      {result.searchProblem ? (
        <p className="list-notice" role="status" data-testid="search-problem">
          {result.searchProblem}
        </p>
      ) : null}
      <p className="muted" data-testid="claims-total">
        {formatBoundedCount(result.total, "claim", "claims")}
      </p>
      <BulkSelection
        key={claimFilterQuery(filter)}
        pageIds={result.items.map((c) => c.id)}
        total={result.total}
        params={Object.fromEntries(new URLSearchParams(claimFilterQuery(criteria)))}
        editors={editors}
        currentUserId={user.id}
        action={user.role === "VIEWER" ? null : bulkClaimsAction}
      >
      {result.items.length === 0 ? (
        <p className="empty">No claims match these filters.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <SelectPageHeader />
              <th scope="col">Claim</th>
              <th scope="col">Speaker</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Article</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((c, i) => (
              <tr key={c.id}>
                <SelectRowCell index={i} label={c.text} />
                <td data-label="Claim">
                  <Link href={`/claims/${c.id}`}>
                    <Highlighted text={c.textHighlighted} fallback={c.text} />
                  </Link>
                  <div className="muted small quote-preview" title={c.quote}>
                    “<Highlighted text={c.quoteHighlighted} fallback={c.quote} />”
                  </div>
                </td>
                <td className="small" data-label="Speaker">{c.speaker ?? "—"}</td>
                <td data-label="Type">
                  <TypeBadge type={c.type} />
                </td>
                <td data-label="Status">
                  <StatusBadge status={c.status} /> <VerdictBadge verdict={c.verdict} />
                </td>
                <td className="article-cell" data-label="Article">
                  <Link className="cell-truncate" href={`/articles/${c.article.id}`} title={c.article.title}>
                    {c.article.title}
                  </Link>
                  <div className="muted small">{[c.article.outlet, c.article.publishedAt ? formatDate(c.article.publishedAt) : null].filter(Boolean).join(" · ") || "—"}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      </BulkSelection>
      <KeysetPagination
        firstHref={result.continued ? claimsListHref(criteria) : null}
        nextHref={result.nextCursor ? claimsListHref({ ...filter, cursor: result.nextCursor }) : null}
      />
    </>
  );
}
