"use client";

// Rename an entity, or merge it into another named by any of its aliases.
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { MergeEntityFormValues, RenameEntityFormValues } from "@/lib/validation/entity";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function EntityForms(props: {
  entityId: string;
  name: string;
  renameAction: (values: RenameEntityFormValues) => Promise<ActionResult<void>>;
  mergeAction: (values: MergeEntityFormValues) => Promise<ActionResult<{ intoEntityId: string }>>;
}) {
  const router = useRouter();
  const rename = useActionForm({
    schema: () => import("@/lib/validation/entity").then((m) => m.renameEntitySchema),
    defaultValues: { entityId: props.entityId, name: props.name },
    action: props.renameAction,
    onSuccess: () => {
      router.refresh();
      return "Renamed. The old name stays an alias.";
    },
  });
  const merge = useActionForm({
    schema: () => import("@/lib/validation/entity").then((m) => m.mergeEntitySchema),
    defaultValues: { entityId: props.entityId, intoName: "" },
    action: props.mergeAction,
    onSuccess: (data) => {
      router.push(`/entities/${data.intoEntityId}`);
    },
  });
  return (
    <div className="entity-forms">
      <form method="post" onSubmit={rename.onSubmit} noValidate className="stack crossref-card" aria-label="Rename this entity">
        <fieldset className="plain-fieldset" disabled={!rename.hydrated}>
          {rename.notice ? <FormMessage kind={rename.notice.kind}>{rename.notice.text}</FormMessage> : null}
          <input type="hidden" {...rename.form.register("entityId")} />
          <Field id="entity-name-input" label="Name" error={rename.errorOf("name")}>
            <input type="text" {...describedBy("entity-name-input", rename.errorOf("name"))} {...rename.form.register("name")} />
          </Field>
          <SubmitButton pending={rename.pending} pendingLabel="Renaming…">
            Rename
          </SubmitButton>
        </fieldset>
      </form>
      <form method="post" onSubmit={merge.onSubmit} noValidate className="stack crossref-card" aria-label="Merge into another entity">
        <fieldset className="plain-fieldset" disabled={!merge.hydrated}>
          {merge.notice ? <FormMessage kind={merge.notice.kind}>{merge.notice.text}</FormMessage> : null}
          <input type="hidden" {...merge.form.register("entityId")} />
          <Field id="merge-into" label="Merge into (name or alias of the other entity)" error={merge.errorOf("intoName")}>
            <input type="text" {...describedBy("merge-into", merge.errorOf("intoName"))} {...merge.form.register("intoName")} />
          </Field>
          <SubmitButton pending={merge.pending} pendingLabel="Merging…">
            Merge
          </SubmitButton>
        </fieldset>
      </form>
    </div>
  );
}
