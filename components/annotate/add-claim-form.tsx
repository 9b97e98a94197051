"use client";

// "Add as claim": the editor words the claim and picks its type; the quote and offsets are the selection's.
import { useRouter } from "next/navigation";
import type { AddClaimValues } from "@/lib/validation/claim-edit";
import { CLAIM_TYPE_LABELS } from "@/lib/claims/labels";
import { addClaimAction } from "@/app/(desk)/articles/[id]/annotate-actions";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { SelectOptions } from "@/components/forms/select-options";
import { useActionForm } from "@/components/forms/use-action-form";

export function AddClaimForm(props: { defaults: AddClaimValues; onDone: () => void }) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-edit").then((m) => m.addClaimSchema),
    defaultValues: props.defaults,
    action: addClaimAction,
    onSuccess: () => {
      router.refresh();
      props.onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Add the selected passage as a claim">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id="new-claim-text" label="Claim wording" error={errorOf("text")}>
          <textarea rows={2} autoFocus {...describedBy("new-claim-text", errorOf("text"))} {...form.register("text")} />
        </Field>
        <Field id="new-claim-type" label="Claim type" error={errorOf("type")}>
          <select {...describedBy("new-claim-type", errorOf("type"))} {...form.register("type")}>
            <SelectOptions labels={CLAIM_TYPE_LABELS} empty="Choose a type" />
          </select>
        </Field>
        <div className="inline-actions">
          <SubmitButton pending={pending} pendingLabel="Adding…">
            Add claim
          </SubmitButton>
          <button type="button" onClick={props.onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
