"use client";

// Mending a claim: reword / retype, split into two spans, merge with the next claim, dismiss as
// "not a claim". Each form names the claim version it read (a concurrent change is refused).
import { useRouter } from "next/navigation";
import type { ClaimType } from "@/lib/generated/prisma/enums";
import { CLAIM_TYPE_LABELS } from "@/lib/claims/labels";
import type { EditClaimValues, MergeClaimsValues, SplitClaimValues } from "@/lib/validation/claim-edit";
import { dismissClaimAction, editClaimAction, mergeClaimsAction, splitClaimAction } from "@/app/(desk)/claims/[id]/mend-actions";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { SelectOptions } from "@/components/forms/select-options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionButton } from "@/components/annotate/note-thread";
import "@/components/annotate/annotate.css";

export interface MendClaim {
  id: string;
  version: number;
  text: string;
  type: ClaimType;
  quote: string;
  dismissed: boolean;
}

export function ClaimMendTools({ claim, next }: { claim: MendClaim; next: { id: string; text: string; version: number } | null }) {
  return (
    <div className="mend-tools" data-testid="mend-tools">
      <details>
        <summary>Edit wording or type</summary>
        <EditClaimForm claim={claim} />
      </details>
      <details>
        <summary>Split into two claims</summary>
        <SplitClaimForm claim={claim} />
      </details>
      {next ? (
        <details>
          <summary>Merge with the next claim</summary>
          <MergeForm claim={claim} next={next} />
        </details>
      ) : null}
      {!claim.dismissed ? (
        <p className="inline-actions">
          <ActionButton label="Dismiss as not a claim" confirm="Dismiss this as not a claim?" run={() => dismissClaimAction({ claimId: claim.id, version: claim.version })} />
        </p>
      ) : null}
    </div>
  );
}

function EditClaimForm({ claim }: { claim: MendClaim }) {
  const router = useRouter();
  const defaults: EditClaimValues = { claimId: claim.id, version: claim.version, text: claim.text, type: claim.type };
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-edit").then((m) => m.editClaimSchema),
    defaultValues: defaults,
    action: editClaimAction,
    onSuccess: () => {
      router.refresh();
      return "Claim updated.";
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Edit the claim">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id="edit-claim-text" label="Wording" error={errorOf("text")}>
          <textarea rows={2} {...describedBy("edit-claim-text", errorOf("text"))} {...form.register("text")} />
        </Field>
        <Field id="edit-claim-type" label="Type" error={errorOf("type")}>
          <select {...describedBy("edit-claim-type", errorOf("type"))} {...form.register("type")}>
            <SelectOptions labels={CLAIM_TYPE_LABELS} />
          </select>
        </Field>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save claim
        </SubmitButton>
      </fieldset>
    </form>
  );
}

/** Offsets inside the quote where a word starts: the places a split can go. */
function wordStarts(quote: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < quote.length; i++) if (/\s/.test(quote[i - 1]!) && !/\s/.test(quote[i]!)) out.push(i);
  return out;
}

function SplitClaimForm({ claim }: { claim: MendClaim }) {
  const router = useRouter();
  const defaults: SplitClaimValues = { claimId: claim.id, version: claim.version, at: "" as unknown as number, firstText: "", secondText: "" };
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-edit").then((m) => m.splitClaimSchema),
    defaultValues: defaults,
    action: splitClaimAction,
    onSuccess: () => {
      router.refresh();
      return "Claim split in two.";
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Split the claim">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id="split-at" label="Second claim starts at" error={errorOf("at")}>
          <select {...describedBy("split-at", errorOf("at"))} {...form.register("at")}>
            <option value="">Choose a word</option>
            {wordStarts(claim.quote).map((i) => (
              <option key={i} value={i}>
                …{claim.quote.slice(Math.max(0, i - 24), i).trimEnd()} | {claim.quote.slice(i, i + 24)}…
              </option>
            ))}
          </select>
        </Field>
        <Field id="split-first" label="Wording of the first claim" error={errorOf("firstText")}>
          <textarea rows={2} {...describedBy("split-first", errorOf("firstText"))} {...form.register("firstText")} />
        </Field>
        <Field id="split-second" label="Wording of the second claim" error={errorOf("secondText")}>
          <textarea rows={2} {...describedBy("split-second", errorOf("secondText"))} {...form.register("secondText")} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Splitting…">
          Split claim
        </SubmitButton>
      </fieldset>
    </form>
  );
}

function MergeForm({ claim, next }: { claim: MendClaim; next: { id: string; text: string; version: number } }) {
  const router = useRouter();
  const defaults: MergeClaimsValues = { claimId: claim.id, version: claim.version, nextClaimId: next.id, nextVersion: next.version, text: `${claim.text}; ${next.text}` };
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-edit").then((m) => m.mergeClaimsSchema),
    defaultValues: defaults,
    action: mergeClaimsAction,
    onSuccess: () => {
      router.refresh();
      return "Claims merged.";
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Merge with the next claim">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <p className="small">
          Next claim: <q>{next.text}</q>
        </p>
        <Field id="merge-text" label="Wording of the merged claim" error={errorOf("text")}>
          <textarea rows={2} {...describedBy("merge-text", errorOf("text"))} {...form.register("text")} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Merging…">
          Merge claims
        </SubmitButton>
      </fieldset>
    </form>
  );
}
