// Orphaned claims and notes with what an editor can do: re-attach to a new selection, or archive.
import Link from "next/link";
import type { Orphans } from "@/lib/corrections/list-orphans";
import { formatWhen } from "@/lib/history/describe-change";
import { ArchiveButton } from "./archive-button";

export function OrphanList({ orphans, canWrite, showArticle }: { orphans: Orphans; canWrite: boolean; showArticle: boolean }) {
  if (orphans.claims.length === 0 && orphans.notes.length === 0) return <p className="empty">No orphans.</p>;
  return (
    <ul className="ledger" data-testid="orphan-list">
      {orphans.claims.map((c) => (
        <li key={c.id} data-testid="orphan-claim">
          <span className="badge orphan-badge">Orphaned claim</span> <Link href={`/claims/${c.id}`}>{c.text}</Link>
          <blockquote>{c.quote}</blockquote>
          <p className="muted small">
            {showArticle ? (
              <>
                In <Link href={`/articles/${c.article.id}`}>{c.article.title}</Link> ·{" "}
              </>
            ) : null}
            orphaned {c.orphanedAt ? formatWhen(c.orphanedAt) : ""}
            {c.verdict ? ` · verdict kept: ${c.verdict.toLowerCase().replace("_", " ")}` : ""}
          </p>
          {canWrite ? (
            <div className="inline-actions">
              <Link href={`/articles/${c.article.id}?reattach=claim:${c.id}`}>Re-attach to a new passage</Link>
              <ArchiveButton kind="claim" id={c.id} />
            </div>
          ) : null}
        </li>
      ))}
      {orphans.notes.map((n) => (
        <li key={n.id} data-testid="orphan-note">
          <span className="badge orphan-badge">Orphaned note</span> {n.body}
          <blockquote>{n.quote}</blockquote>
          <p className="muted small">
            {showArticle ? (
              <>
                In <Link href={`/articles/${n.article.id}`}>{n.article.title}</Link> ·{" "}
              </>
            ) : null}
            by {n.author.name} · orphaned {n.orphanedAt ? formatWhen(n.orphanedAt) : ""}
          </p>
          {canWrite ? (
            <div className="inline-actions">
              <Link href={`/articles/${n.article.id}?reattach=note:${n.id}`}>Re-attach to a new passage</Link>
              <ArchiveButton kind="note" id={n.id} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
