"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import {
  importArticleSchema,
  MAX_BODY_CHARS,
  type ImportArticleFormValues,
  type ImportArticleInput,
} from "@/lib/validation/article";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage } from "./field";
import { applyFailure } from "./apply-failure";
import { useHydrated } from "./use-hydrated";

const FIELDS = ["title", "author", "outlet", "publishedAt", "url", "body"] as const;

export function ImportArticleForm(props: {
  action: (values: ImportArticleFormValues) => Promise<ActionResult<{ id: string; claimCount: number }>>;
}) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, getValues, formState } = useForm<ImportArticleFormValues, unknown, ImportArticleInput>({
    resolver: zodResolver(importArticleSchema),
    defaultValues: { title: "", author: "", outlet: "", publishedAt: "", url: "", body: "" },
  });
  const { errors, isSubmitting } = formState;
  const hydrated = useHydrated();
  const bodyLength = useWatch({ control, name: "body" })?.length ?? 0;

  async function onSubmit() {
    setFailure(null);
    // Send the raw form values: the server action validates them again with the same schema.
    const result = await props.action(getValues()).catch(() => null);
    if (!result) return setFailure("Claimdesk could not be reached. Nothing was saved; try again.");
    if (!result.ok) return setFailure(applyFailure(result, setError, FIELDS));
    router.push(`/articles/${result.data.id}`);
  }

  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="stack">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
      {failure ? <FormMessage kind="error">{failure}</FormMessage> : null}
      <Field id="title" label="Headline" error={err("title")}>
        <input type="text" {...describedBy("title", err("title"))} {...register("title")} />
      </Field>
      <div className="grid-2">
        <Field id="author" label="Author (optional)" error={err("author")}>
          <input type="text" {...describedBy("author", err("author"))} {...register("author")} />
        </Field>
        <Field id="outlet" label="Outlet (optional)" error={err("outlet")}>
          <input type="text" {...describedBy("outlet", err("outlet"))} {...register("outlet")} />
        </Field>
        <Field id="publishedAt" label="Published date (optional)" error={err("publishedAt")} hint="YYYY-MM-DD">
          <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" {...describedBy("publishedAt", err("publishedAt"), "YYYY-MM-DD")} {...register("publishedAt")} />
        </Field>
        <Field id="url" label="Source URL (optional)" error={err("url")}>
          <input type="url" placeholder="https://" {...describedBy("url", err("url"))} {...register("url")} />
        </Field>
      </div>
      <Field
        id="body"
        label="Article text"
        error={err("body")}
        hint={`${bodyLength.toLocaleString("en")} of ${MAX_BODY_CHARS.toLocaleString("en")} characters`}
      >
        <textarea rows={18} {...describedBy("body", err("body"))} {...register("body")} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Importing and extracting claims…" : "Import and extract claims"}
        </button>
      </div>
      </fieldset>
    </form>
  );
}
