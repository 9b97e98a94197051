"use client";

// "Save this view": the claims list's current filter under a name, shown in the navigation.
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { SaveViewValues } from "@/lib/validation/saved-view";
import { FormMessage } from "./field";
import { useActionForm } from "./use-action-form";

export function SaveViewForm(props: {
  query: string;
  action: (values: SaveViewValues) => Promise<ActionResult<{ id: string; name: string }>>;
}) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/saved-view").then((m) => m.saveViewSchema),
    defaultValues: { name: "", query: props.query },
    action: (values) => props.action({ ...values, query: props.query }),
    onSuccess: (data, { reset }) => {
      reset({ name: "", query: props.query });
      router.refresh();
      return `Saved “${data.name}”. It is in the navigation.`;
    },
  });
  const error = errorOf("name");
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="Save this view">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        <label htmlFor="view-name">Save this view as</label>{" "}
        <input id="view-name" type="text" maxLength={60} aria-invalid={error ? true : undefined} {...form.register("name")} />{" "}
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save view"}
        </button>
        {error ? (
          <span className="field-error" data-testid="view-name-error">
            {" "}
            {error}
          </span>
        ) : null}
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
      </fieldset>
    </form>
  );
}
