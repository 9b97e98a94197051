import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listActivity } from "@/lib/history/list-activity";
import { activityFilterSchema, CHANGE_KINDS } from "@/lib/validation/activity-filter";
import "@/components/annotate/annotate.css";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("/activity");
  const filter = activityFilterSchema.parse(await searchParams);
  const db = getDb();
  const [people, page] = await Promise.all([db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }), listActivity(db, filter)]);
  const keep = new URLSearchParams(Object.entries({ person: filter.person, kind: filter.kind }).filter((e): e is [string, string] => !!e[1]));

  return (
    <div className="stack">
      <h1>Activity</h1>
      <form method="get" className="filters inline-actions" aria-label="Filter the activity">
        <label>
          Person{" "}
          <select name="person" defaultValue={filter.person ?? ""}>
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind of change{" "}
          <select name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">All changes</option>
            {Object.entries(CHANGE_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {page.items.length === 0 ? <p className="empty">No changes match.</p> : null}
      <ol className="history-list" data-testid="activity">
        {page.items.map((c) => (
          <li key={c.id}>
            {c.changes.join("; ")}
            <span className="muted">
              , by {c.by}, <time dateTime={c.at.toISOString()}>{c.when}</time>
            </span>{" "}
            {c.claimId ? <Link href={`/claims/${c.claimId}`}>claim</Link> : c.articleId ? <Link href={`/articles/${c.articleId}`}>article</Link> : null}
          </li>
        ))}
      </ol>
      {page.next ? (
        <p>
          <Link href={`/activity?${new URLSearchParams([...keep, ["before", page.next]]).toString()}`}>Older changes</Link>
        </p>
      ) : null}
    </div>
  );
}
