"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useRouter } from "next/navigation";
import type { ImportArticleFormValues } from "@/lib/validation/article";
import { MAX_BODY_CHARS } from "@/lib/validation/limits";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage, SubmitButton } from "./field";
import { lazyLoad } from "./lazy-zod-resolver";
import { useActionForm, type FormNotice } from "./use-action-form";

const loadFileSchema = lazyLoad(() => import("@/lib/validation/article-file").then((m) => m.articleFileSchema));

const FORMAT_NAMES: Record<string, string> = { plain: "plain text", tagged: "tagged wire format", markdown: "Markdown", json: "JSON" };

export function ImportArticleForm(props: {
  action: (values: ImportArticleFormValues) => Promise<ActionResult<{ id: string; claimCount: number }>>;
  readFile: (file: { name: string; text: string }) => Promise<ActionResult<{ values: ImportArticleFormValues; format: string }>>;
}) {
  const router = useRouter();
  const [fileNotice, setFileNotice] = useState<FormNotice | null>(null);
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/article").then((m) => m.importArticleSchema),
    defaultValues: { title: "", author: "", outlet: "", publishedAt: "", url: "", body: "" },
    action: props.action,
    onSuccess: (data) => router.push(`/articles/${data.id}`),
  });
  const { register, control } = form;

  async function loadFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setFileNotice(null);
    // Checked here too, so a huge file gets its size explained instead of hitting the upload limit.
    // The schema loads with the first file; if it cannot be fetched, the server's check answers.
    const raw = { name: file.name, text: await file.text() };
    const schema = await loadFileSchema().catch(() => null);
    const input = schema ? schema.safeParse(raw) : { success: true as const, data: raw };
    if (!input.success) return setFileNotice({ kind: "error", text: `${file.name}: ${input.error.issues[0]?.message ?? "this file cannot be read"}` });
    const result = await props.readFile(input.data).catch(() => null);
    if (!result) return setFileNotice({ kind: "error", text: "Claimdesk could not be reached to read the file; try again." });
    if (!result.ok) return setFileNotice({ kind: "error", text: `${file.name}: ${result.error}` });
    form.reset(result.data.values);
    setFileNotice({ kind: "success", text: `Read ${file.name} (${FORMAT_NAMES[result.data.format] ?? result.data.format}). Check the fields below, then import.` });
  }
  const bodyLength = useWatch({ control, name: "body" })?.length ?? 0;
  const bodyHint = `${bodyLength.toLocaleString("en")} of ${MAX_BODY_CHARS.toLocaleString("en")} characters`;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <div className="file-load">
          <label htmlFor="article-file">Load from a file (plain text, tagged, Markdown or JSON)</label>
          <input id="article-file" type="file" accept=".txt,.md,.markdown,.json,text/plain,text/markdown,application/json" onChange={loadFile} />
          {fileNotice ? (
            <p className={`file-notice file-notice-${fileNotice.kind}`} role="status" data-testid="file-notice">
              {fileNotice.text}
            </p>
          ) : null}
        </div>
        <Field id="title" label="Headline" error={errorOf("title")}>
          <input type="text" {...describedBy("title", errorOf("title"))} {...register("title")} />
        </Field>
        <div className="grid-2">
          <Field id="author" label="Author (optional)" error={errorOf("author")}>
            <input type="text" {...describedBy("author", errorOf("author"))} {...register("author")} />
          </Field>
          <Field id="outlet" label="Outlet (optional)" error={errorOf("outlet")}>
            <input type="text" {...describedBy("outlet", errorOf("outlet"))} {...register("outlet")} />
          </Field>
          <Field id="publishedAt" label="Published date (optional)" error={errorOf("publishedAt")} hint="YYYY-MM-DD">
            <input
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              {...describedBy("publishedAt", errorOf("publishedAt"), "YYYY-MM-DD")}
              {...register("publishedAt")}
            />
          </Field>
          <Field id="url" label="Source URL (optional)" error={errorOf("url")}>
            <input type="url" placeholder="https://" {...describedBy("url", errorOf("url"))} {...register("url")} />
          </Field>
        </div>
        <Field id="body" label="Article text" error={errorOf("body")} hint={bodyHint}>
          <textarea rows={18} {...describedBy("body", errorOf("body"), bodyHint)} {...register("body")} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Importing and extracting claims…">
          Import and extract claims
        </SubmitButton>
      </fieldset>
    </form>
  );
}
