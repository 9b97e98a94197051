"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { ClaimReviewFormValues } from "@/lib/validation/claim-review";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage, SubmitButton } from "./field";
import { SelectOptions } from "./select-options";
import { useActionForm } from "./use-action-form";
import { useReviewShortcuts, type ReviewKeyboard } from "@/components/review-desk/use-review-shortcuts";
import { announceOnNextPage } from "@/components/review-desk/announcer";

export function ClaimReviewForm(props: {
  defaults: ClaimReviewFormValues;
  action: (values: ClaimReviewFormValues) => Promise<ActionResult<{ version: number }>>;
  /** Review shortcuts and "save and next" (components/review-desk). */
  keyboard?: ReviewKeyboard;
}) {
  const router = useRouter();
  const advance = useRef(false);
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-review").then((m) => m.claimReviewSchema),
    defaultValues: props.defaults,
    action: props.action,
    onSuccess: (data, { setValue, getValues }) => {
      if (advance.current && props.keyboard?.nextHref) {
        announceOnNextPage(`Saved as ${STATUS_LABELS[getValues("status")].toLowerCase()}. Next claim.`);
        router.push(props.keyboard.nextHref);
        return;
      }
      // The next save must name the version this one created.
      setValue("version", data.version);
      setValue("confirmNoEvidence", false);
      router.refresh();
      return "Review saved.";
    },
  });
  const { register } = form;
  // A change made elsewhere on the page (assigning, mending the wording) moves the claim to a new
  // version: start the form again from the claim as it now is. Our own save already holds the new
  // version, so its "Review saved." stays on screen.
  useEffect(() => {
    if (Number(form.getValues("version")) !== Number(props.defaults.version)) form.reset(props.defaults);
  }, [form, props.defaults]);
  const save = async (andNext: boolean) => {
    advance.current = andNext;
    try {
      await onSubmit();
    } finally {
      advance.current = false;
    }
  };
  useReviewShortcuts({ form, keyboard: props.keyboard, save, enabled: hydrated && !pending });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label="Review this claim" data-review-form>
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <input type="hidden" {...register("claimId")} />
        <input type="hidden" {...register("version")} />
        <Field id="status" label="Status" error={errorOf("status")}>
          <select {...describedBy("status", errorOf("status"))} {...register("status")}>
            <SelectOptions labels={STATUS_LABELS} />
          </select>
        </Field>
        <Field id="verdict" label="Verdict" error={errorOf("verdict")}>
          <select {...describedBy("verdict", errorOf("verdict"))} {...register("verdict")}>
            <SelectOptions labels={VERDICT_LABELS} empty="No verdict yet" />
          </select>
        </Field>
        <Field id="note" label="Finding (shown in reports)" error={errorOf("note")}>
          <textarea rows={4} {...describedBy("note", errorOf("note"))} {...register("note")} />
        </Field>
        {errorOf("confirmNoEvidence") || form.watch("confirmNoEvidence") ? (
          <div className={errorOf("confirmNoEvidence") ? "field field-invalid" : "field"}>
            <label className="checkbox-label">
              <input type="checkbox" {...describedBy("confirmNoEvidence", errorOf("confirmNoEvidence"))} {...register("confirmNoEvidence")} /> Verify
              without evidence
            </label>
            {errorOf("confirmNoEvidence") ? (
              <p className="field-error" id="confirmNoEvidence-error" data-testid="confirmNoEvidence-error">
                {errorOf("confirmNoEvidence")}
              </p>
            ) : null}
          </div>
        ) : null}
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save review
        </SubmitButton>
        {props.keyboard?.nextHref ? (
          <button type="button" className="button" disabled={pending} onClick={() => void save(true)}>
            Save and next
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}
