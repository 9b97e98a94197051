"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";

export function DeleteViewButton(props: { id: string; name: string; action: (input: { id: string }) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Delete view ${props.name}`}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await props.action({ id: props.id }).catch(() => null);
            if (result?.ok) router.refresh();
            else setError(result?.error ?? "Claimdesk could not be reached; try again.");
          })
        }
      >
        ×
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}
