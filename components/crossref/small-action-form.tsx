"use client";

// A form of hidden values and one or more buttons (remove a link, decide a conflict), each button
// setting `decision` when the schema has one. Messages show next to the buttons.
import { useRouter } from "next/navigation";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import type { deleteLinkSchema } from "@/lib/validation/claim-link";
import type { conflictDecisionSchema } from "@/lib/validation/conflict-decision";
import { FormMessage } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

// Schemas cannot cross from a server component to a client one, so they are named; each loads on
// the form's first validation (components/forms/lazy-zod-resolver.ts).
const SCHEMAS = {
  deleteLink: () => import("@/lib/validation/claim-link").then((m) => m.deleteLinkSchema),
  conflictDecision: () => import("@/lib/validation/conflict-decision").then((m) => m.conflictDecisionSchema),
} as const;
interface SchemaTypes {
  deleteLink: typeof deleteLinkSchema;
  conflictDecision: typeof conflictDecisionSchema;
}

export function SmallActionForm<K extends keyof SchemaTypes, S extends SchemaTypes[K] & z.ZodType<FieldValues, FieldValues>>(props: {
  schema: K;
  values: z.input<S> & FieldValues;
  action: (values: z.input<S>) => Promise<ActionResult<unknown>>;
  buttons: Array<{ label: string; decision?: string; primary?: boolean }>;
  label: string;
  successText?: string;
}) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending } = useActionForm({
    schema: SCHEMAS[props.schema] as () => Promise<S>,
    defaultValues: props.values,
    action: props.action,
    onSuccess: (data) => {
      router.refresh();
      const message = (data as { message?: string } | undefined)?.message;
      return message ?? props.successText ?? "Done.";
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="crossref-inline-form" aria-label={props.label}>
      <fieldset className="plain-fieldset" disabled={!hydrated || pending}>
        {Object.keys(props.values).map((name) => (
          <input key={name} type="hidden" {...form.register(name as never)} />
        ))}
        {props.buttons.map((b) => (
          <button
            key={b.label}
            type="submit"
            className={b.primary ? "button-primary" : undefined}
            onClick={() => (b.decision ? form.setValue("decision" as never, b.decision as never) : undefined)}
          >
            {b.label}
          </button>
        ))}
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
      </fieldset>
    </form>
  );
}
