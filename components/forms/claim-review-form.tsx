"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import {
  CLAIM_STATUSES,
  claimReviewSchema,
  VERDICTS,
  type ClaimReviewFormValues,
  type ClaimReviewInput,
} from "@/lib/validation/claim-review";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage } from "./field";
import { applyFailure } from "./apply-failure";
import { useHydrated } from "./use-hydrated";

const FIELDS = ["status", "verdict", "note", "evidenceUrl"] as const;

export function ClaimReviewForm(props: {
  defaults: ClaimReviewFormValues;
  action: (values: ClaimReviewFormValues) => Promise<ActionResult<{ version: number }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, setValue, formState } = useForm<
    ClaimReviewFormValues,
    unknown,
    ClaimReviewInput
  >({ resolver: zodResolver(claimReviewSchema), defaultValues: props.defaults });
  const { errors, isSubmitting } = formState;
  const hydrated = useHydrated();

  async function onSubmit() {
    setMessage(null);
    const result = await props.action(getValues()).catch(() => null);
    if (!result) return setMessage({ kind: "error", text: "Claimdesk could not be reached. Nothing was saved; try again." });
    if (!result.ok) return setMessage({ kind: "error", text: applyFailure(result, setError, FIELDS) });
    setValue("version", result.data.version);
    setValue("evidenceUrl", "");
    setMessage({ kind: "success", text: "Review saved." });
    router.refresh();
  }

  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="stack" aria-label="Review this claim">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <input type="hidden" {...register("claimId")} />
      <input type="hidden" {...register("version")} />
      <Field id="status" label="Status" error={err("status")}>
        <select {...describedBy("status", err("status"))} {...register("status")}>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="verdict" label="Verdict" error={err("verdict")}>
        <select {...describedBy("verdict", err("verdict"))} {...register("verdict")}>
          <option value="">No verdict yet</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="note" label="Finding (shown in reports)" error={err("note")}>
        <textarea rows={4} {...describedBy("note", err("note"))} {...register("note")} />
      </Field>
      <Field id="evidenceUrl" label="Add evidence URL (optional)" error={err("evidenceUrl")}>
        <input type="url" placeholder="https://" {...describedBy("evidenceUrl", err("evidenceUrl"))} {...register("evidenceUrl")} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save review"}
        </button>
      </div>
      </fieldset>
    </form>
  );
}
