"use client";

// Correcting an article's text. The form names the version it was opened on: if someone else
// corrected the article meanwhile, the server refuses and says to reload.
import { useRouter } from "next/navigation";
import type { CorrectArticleValues } from "@/lib/validation/correction";
import { correctArticleAction } from "@/app/(desk)/articles/[id]/correct/actions";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import "./annotate.css";

export function CorrectArticleForm({ defaults }: { defaults: CorrectArticleValues }) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/correction").then((m) => m.correctArticleSchema),
    defaultValues: defaults,
    action: correctArticleAction,
    onSuccess: (summary) => {
      const words = `Corrected (version ${summary.version}): ${summary.moved} moved, ${summary.orphaned} orphaned, ${summary.added} new.`;
      router.push(`/articles/${defaults.articleId}`);
      return words;
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Correct the article's text">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <input type="hidden" {...form.register("articleId")} />
        <input type="hidden" {...form.register("version")} />
        <Field id="correct-body" label="Corrected text" error={errorOf("body")} hint="Claims and notes are re-anchored to the new text; those whose words are gone become orphans.">
          <textarea rows={24} {...describedBy("correct-body", errorOf("body"), "hint")} {...form.register("body")} />
        </Field>
        <Field id="correct-reason" label="Reason (optional)" error={errorOf("reason")}>
          <input {...describedBy("correct-reason", errorOf("reason"))} {...form.register("reason")} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Correcting and re-anchoring…">
          Save correction
        </SubmitButton>
      </fieldset>
    </form>
  );
}
