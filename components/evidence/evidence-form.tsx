"use client";

// Adds an item to a claim's evidence ledger, or edits one.
import { useRouter } from "next/navigation";
import type { addEvidenceSchema, AddEvidenceValues, EditEvidenceValues } from "@/lib/validation/evidence";
import { addEvidenceAction, editEvidenceAction } from "@/app/(desk)/claims/[id]/mend-actions";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { SelectOptions } from "@/components/forms/select-options";
import { useActionForm } from "@/components/forms/use-action-form";
import { STANCE_LABELS, STRENGTH_LABELS } from "./labels";

type Props =
  | { mode: "add"; defaults: AddEvidenceValues; onDone: () => void }
  | { mode: "edit"; defaults: EditEvidenceValues; onDone: () => void };

export function EvidenceForm(props: Props) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/evidence").then((m) => (props.mode === "add" ? m.addEvidenceSchema : m.editEvidenceSchema) as typeof addEvidenceSchema),
    defaultValues: props.defaults as AddEvidenceValues,
    action: (props.mode === "add" ? addEvidenceAction : editEvidenceAction) as typeof addEvidenceAction,
    onSuccess: () => {
      router.refresh();
      props.onDone();
    },
  });
  const p = props.mode === "add" ? "ev-new" : `ev-${(props.defaults as EditEvidenceValues).evidenceId}`;
  const { register } = form;
  const field = (name: keyof AddEvidenceValues) => ({ ...describedBy(`${p}-${name}`, errorOf(name)), ...register(name) });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={props.mode === "add" ? "Add evidence" : "Edit evidence"}>
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <Field id={`${p}-url`} label="Source URL" error={errorOf("url")}>
          <input type="url" placeholder="https://" {...field("url")} />
        </Field>
        <Field id={`${p}-title`} label="Title (optional)" error={errorOf("title")}>
          <input {...field("title")} />
        </Field>
        <Field id={`${p}-publisher`} label="Publisher (optional)" error={errorOf("publisher")}>
          <input {...field("publisher")} />
        </Field>
        <Field id={`${p}-excerpt`} label="Quoted passage relied on (optional)" error={errorOf("excerpt")}>
          <textarea rows={3} {...field("excerpt")} />
        </Field>
        <Field id={`${p}-accessedOn`} label="Accessed on (optional)" error={errorOf("accessedOn")}>
          <input type="date" {...field("accessedOn")} />
        </Field>
        <Field id={`${p}-stance`} label="Stance" error={errorOf("stance")}>
          <select {...field("stance")}>
            <SelectOptions labels={STANCE_LABELS} />
          </select>
        </Field>
        <Field id={`${p}-strength`} label="Strength" error={errorOf("strength")}>
          <select {...field("strength")}>
            <SelectOptions labels={STRENGTH_LABELS} />
          </select>
        </Field>
        <div className="inline-actions">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {props.mode === "add" ? "Add evidence" : "Save evidence"}
          </SubmitButton>
          <button type="button" onClick={props.onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
