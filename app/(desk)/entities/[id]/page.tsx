import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { getEntity } from "@/lib/crossref/get-entity";
import { formatDate } from "@/lib/format";
import { firstValues } from "@/lib/validation/search-params";
import { StatusBadge, VerdictBadge } from "@/components/badges";
import { Pagination } from "@/components/pagination";
import { EntityForms } from "@/components/crossref/entity-forms";
import { mergeEntityAction, renameEntityAction } from "./actions";
import "@/components/crossref/crossref.css";

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
const loadEntity = cache((id: string, page: number) => getEntity(getDb(), { id, page }));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { page } = pageSchema.parse(firstValues(await searchParams));
  const found = await loadEntity((await params).id, page);
  return { title: found ? found.entity.name : "Entity not found" };
}

export default async function EntityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { page } = pageSchema.parse(firstValues(await searchParams));
  const user = await requirePageUser(`/entities/${id}`);
  const found = await loadEntity(id, page);
  if (!found) notFound();
  const { entity, timeline } = found;
  const aliases = entity.aliases.map((a) => a.alias).filter((a) => a !== entity.name);
  return (
    <>
      <p className="muted small">
        <Link href="/entities">Entities</Link>
      </p>
      <h1 data-testid="entity-name">{entity.name}</h1>
      <p className="muted">
        {entity.kind.toLowerCase()} · {entity.claimCount} {entity.claimCount === 1 ? "claim" : "claims"}
        {aliases.length > 0 ? ` · also called ${aliases.join(", ")}` : ""}
      </p>
      {user.role !== "VIEWER" ? (
        <EntityForms entityId={entity.id} name={entity.name} renameAction={renameEntityAction} mergeAction={mergeEntityAction} />
      ) : null}
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <p className="empty">No claims mention this entity.</p>
      ) : (
        <ol className="crossref-timeline" data-testid="entity-timeline">
          {timeline.map((t) => (
            <li key={t.claimId}>
              <div className="when">
                {t.publishedAt ? formatDate(t.publishedAt) : "Undated"} · <Link href={`/articles/${t.articleId}`}>{t.articleTitle}</Link>
                {t.outlet ? ` (${t.outlet})` : ""}
                {t.isSpeaker ? " · speaker" : ""}
              </div>
              <Link href={`/claims/${t.claimId}`}>{t.text}</Link>
              <div className="badges">
                <StatusBadge status={t.status} /> <VerdictBadge verdict={t.verdict} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={found.page} pageCount={found.pageCount} href={(p) => `/entities/${entity.id}?page=${p}`} />
    </>
  );
}
