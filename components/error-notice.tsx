"use client";

import { startTransition } from "react";
import { useRouter } from "next/navigation";
import { DATABASE_UNAVAILABLE_DIGEST, DESK_BUSY_DIGEST } from "@/lib/errors";

// Next.js strips error messages in production; the digest is what reaches this page.
export function ErrorNotice({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  const busy = error.digest === DESK_BUSY_DIGEST;
  // reset() alone re-renders the failed server payload; refresh fetches the page again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="page narrow" data-testid="error-page">
      <h1>{busy ? "The desk is busy" : databaseDown ? "The database is not reachable" : "Something went wrong"}</h1>
      <p>
        {busy
          ? "The desk is busy, try again in a moment. Many people are working at once and this page waited too long for the database. Nothing you saved is lost."
          : databaseDown
          ? "Claimdesk cannot reach its database right now, so this page cannot be shown. Nothing you saved before is lost. Try again in a moment; if it keeps happening, tell the desk admin."
          : "This page could not be shown. Try again; if it keeps happening, tell the desk admin."}
      </p>
      <button type="button" className="button-primary" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
