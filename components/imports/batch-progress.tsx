"use client";

// Live progress of one bulk import: polls the batch once a second until every entry has settled.
// The state lives in the database, so a reload (or another tab) picks up where it is.
import { useEffect, useState } from "react";
import Link from "next/link";
import type { ImportBatchView } from "@/lib/imports/get-import-batch";
import "./imports.css";

const POLL_MS = 1_000;

export function BatchProgress({ initial }: { initial: ImportBatchView }) {
  const [batch, setBatch] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (batch.done) return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/imports?batch=${encodeURIComponent(batch.id)}`, { cache: "no-store" }).catch(() => null);
      const result = (await response?.json().catch(() => null)) as { ok: boolean; data?: ImportBatchView } | null;
      if (result?.ok && result.data) {
        setBatch(result.data);
        setStale(false);
      } else {
        // Keep polling: the server may be restarting; the entries keep their state meanwhile.
        setStale(true);
        setBatch((b) => ({ ...b }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch]);

  const { counts } = batch;
  const settled = counts.imported + counts.duplicate + counts.failed;
  return (
    <section className="import-progress" aria-label="Progress">
      <p role="status" data-testid="import-summary" className="import-summary">
        {batch.done ? "Done: " : `Working: ${settled} of ${batch.total} settled — `}
        {counts.imported} imported, {counts.duplicate} duplicate, {counts.failed} failed
        {batch.done ? "." : `, ${counts.importing} importing, ${counts.queued} queued.`}
        {stale ? " (Reconnecting…)" : ""}
      </p>
      <progress max={batch.total} value={settled} aria-label="Entries settled" />
      <ol className="import-entries" data-testid="import-entries">
        {batch.entries.map((entry) => (
          <li key={entry.id} data-testid="import-entry" data-status={entry.status.toLowerCase()} className={`import-entry import-entry-${entry.status.toLowerCase()}`}>
            <span className="import-entry-name">{entry.name}</span>
            <span className="import-entry-outcome">
              <Outcome entry={entry} />
            </span>
          </li>
        ))}
      </ol>
      {batch.total > batch.entries.length ? (
        <p className="muted">Showing the first {batch.entries.length.toLocaleString("en")} of {batch.total.toLocaleString("en")} entries; the counts above cover all of them.</p>
      ) : null}
    </section>
  );
}

function Outcome({ entry }: { entry: ImportBatchView["entries"][number] }) {
  const article = entry.articleId ? <Link href={`/articles/${entry.articleId}`}>{entry.articleTitle ?? "the article"}</Link> : null;
  switch (entry.status) {
    case "QUEUED":
      return <>Queued</>;
    case "IMPORTING":
      return <>Importing…</>;
    case "IMPORTED":
      return (
        <>
          Imported with {entry.claimCount} {entry.claimCount === 1 ? "claim" : "claims"}: {article}
        </>
      );
    case "DUPLICATE":
      return <>Duplicate of {article ?? "an article that has since been deleted"}</>;
    case "FAILED":
      return <>Failed: {entry.reason}</>;
  }
}
