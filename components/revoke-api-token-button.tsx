"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";

export function RevokeApiTokenButton(props: { id: string; name: string; action: (values: { id: string }) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`Revoke ${props.name}`}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await props.action({ id: props.id }).catch(() => null);
            if (!result || !result.ok) setError(result?.error ?? "Claimdesk could not be reached. Try again.");
            else router.refresh();
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}
