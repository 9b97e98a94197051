import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listEntities } from "@/lib/crossref/list-entities";
import { firstValues, toQueryString } from "@/lib/validation/search-params";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Entities" };

const KIND = { PERSON: "Person", ORGANIZATION: "Organization", PLACE: "Place", PRODUCT: "Product" } as const;

const querySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.parse(firstValues(await searchParams));
  await requirePageUser(`/entities${toQueryString(query)}`);
  const result = await listEntities(getDb(), query);
  return (
    <>
      <h1>Entities</h1>
      <form className="filters" method="get" role="search" aria-label="Search entities">
        <label>
          Name or alias
          <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Barra, Xiaomi…" />
        </label>
        <button type="submit" className="button-primary">
          Search
        </button>
        <Link href="/entities">Clear</Link>
      </form>
      <p className="muted" data-testid="entities-total">
        {result.total} {result.total === 1 ? "entity" : "entities"}
      </p>
      {result.items.length === 0 ? (
        <p className="empty">No entities match.</p>
      ) : (
        <table className="table" data-testid="entities-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Claims
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/entities/${e.id}`}>{e.name}</Link>
                </td>
                <td>{KIND[e.kind]}</td>
                <td className="num">{e.claimCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={Math.min(query.page, result.pageCount)} pageCount={result.pageCount} href={(p) => `/entities${toQueryString({ q: query.q, page: p })}`} />
    </>
  );
}
