import type { Metadata } from "next";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listConflicts } from "@/lib/crossref/list-conflicts";
import { firstValues } from "@/lib/validation/search-params";
import { ConflictCard } from "@/components/crossref/conflict-card";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Conflicts" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { page } = pageSchema.parse(firstValues(await searchParams));
  const user = await requirePageUser(`/conflicts${page > 1 ? `?page=${page}` : ""}`);
  const result = await listConflicts(getDb(), { page });
  return (
    <>
      <h1>Conflicts</h1>
      <p className="muted">
        Claims of different articles giving disagreeing figures for the same entity, measure and period (the rule:{" "}
        <code>docs/crossref.md</code>). Newest first. {result.total} open.
      </p>
      {result.items.length === 0 ? <p className="empty">No open conflicts.</p> : null}
      {result.items.map((c) => (
        <ConflictCard key={c.id} conflict={c} canEdit={user.role !== "VIEWER"} />
      ))}
      <Pagination page={page} pageCount={result.pageCount} href={(p) => `/conflicts?page=${p}`} />
    </>
  );
}
