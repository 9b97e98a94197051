"use client";

// Accept a suggested claim as a link of the chosen relation, or dismiss it for good.
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { suggestionDecisionSchema } from "@/lib/validation/claim-link";
import { LINK_RELATION_LABELS } from "@/lib/validation/claim-link-relations";
import type { z } from "zod";
import { FormMessage } from "@/components/forms/field";
import { SelectOptions } from "@/components/forms/select-options";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = z.input<typeof suggestionDecisionSchema>;

export function SuggestionForm(props: {
  claimId: string;
  otherClaimId: string;
  label: string;
  action: (values: Values) => Promise<ActionResult<{ message: string }>>;
}) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending } = useActionForm({
    schema: () => import("@/lib/validation/claim-link").then((m) => m.suggestionDecisionSchema),
    defaultValues: { claimId: props.claimId, otherClaimId: props.otherClaimId, decision: "SAME_CLAIM" } as Values,
    action: props.action,
    onSuccess: (data) => {
      router.refresh();
      return data.message;
    },
  });
  const { register, setValue } = form;
  const selectId = `suggestion-${props.otherClaimId}`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="crossref-inline-form" aria-label={`Suggestion: ${props.label}`}>
      <fieldset className="plain-fieldset" disabled={!hydrated || pending}>
        <input type="hidden" {...register("claimId")} />
        <input type="hidden" {...register("otherClaimId")} />
        <label htmlFor={selectId} className="visually-hidden">
          Relation
        </label>
        <select id={selectId} {...register("decision")}>
          <SelectOptions labels={LINK_RELATION_LABELS} />
        </select>
        <button type="submit" className="button-primary" onClick={() => form.getValues("decision") === "DISMISS" && setValue("decision", "SAME_CLAIM")}>
          Accept
        </button>
        <button type="submit" onClick={() => setValue("decision", "DISMISS")}>
          Dismiss
        </button>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
      </fieldset>
    </form>
  );
}
