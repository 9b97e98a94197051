"use client";

// Bulk import: choose many files (or a zip), send them in one upload, then follow the batch's
// progress on its own page. The files' names and sizes are checked with the same zod schema the
// server uses, before anything is sent.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import type { ImportUploadValues } from "@/lib/validation/import-upload";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { FormMessage, SubmitButton } from "@/components/forms/field";
import { useHydrated } from "@/components/forms/use-hydrated";

// Loaded on the first check (choosing files); unreachable, the server's check of the same schema answers.
const resolver = lazyZodResolver<ImportUploadValues, ImportUploadValues>(() => import("@/lib/validation/import-upload").then((m) => m.importUploadSchema));

const ACCEPT = ".txt,.md,.markdown,.json,.ndjson,.jsonl,.zip,text/plain,text/markdown,application/json,application/zip";

export function BulkUploadForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<ImportUploadValues>({ resolver, defaultValues: { files: [] } });
  const fieldError = form.formState.errors.files?.message ?? form.formState.errors.files?.root?.message;

  const onSubmit = form.handleSubmit(async () => {
    setError(null);
    const body = new FormData();
    for (const file of chosen) body.append("files", file, file.name);
    const response = await fetch("/api/imports", { method: "POST", body }).catch(() => null);
    const result = (await response?.json().catch(() => null)) as { ok: boolean; error?: string; data?: { batchId: string } } | null;
    if (!response || !result) return setError("Claimdesk could not be reached. Nothing was queued; try again.");
    if (!result.ok || !result.data) return setError(result.error ?? "The upload was refused.");
    setLeaving(true);
    router.push(`/imports/${result.data.batchId}`);
  });

  function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    setChosen(files);
    form.setValue("files", files.map((f) => ({ name: f.name, size: f.size })), { shouldValidate: true });
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" data-testid="bulk-upload-form">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {error ? <FormMessage kind="error">{error}</FormMessage> : null}
        <div className={fieldError ? "field field-invalid" : "field"}>
          <label htmlFor="import-files">Files to import (plain text, tagged, Markdown, JSON, NDJSON, or a .zip of those)</label>
          <input
            id="import-files"
            type="file"
            multiple
            accept={ACCEPT}
            onChange={choose}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "import-files-error" : "import-files-hint"}
          />
          {fieldError ? (
            <p className="field-error" id="import-files-error" data-testid="import-files-error">
              {fieldError}
            </p>
          ) : (
            <p className="field-hint" id="import-files-hint">
              Each article becomes its own job; an NDJSON file holds one JSON article per line. The same text twice is reported as a duplicate.
            </p>
          )}
        </div>
        <SubmitButton pending={form.formState.isSubmitting || leaving} pendingLabel="Uploading…">
          Queue for import
        </SubmitButton>
      </fieldset>
    </form>
  );
}
