"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { CreateApiTokenFormValues } from "@/lib/validation/api-token";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage, SubmitButton } from "./field";
import { SelectOptions } from "./select-options";
import { useActionForm } from "./use-action-form";

/** Creates an API token and shows its secret once: it is stored only as a hash. */
export function CreateApiTokenForm(props: {
  action: (values: CreateApiTokenFormValues) => Promise<ActionResult<{ id: string; secret: string }>>;
}) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/api-token").then((m) => m.createApiTokenSchema),
    defaultValues: { name: "", role: "VIEWER" },
    action: props.action,
    onSuccess: (data, { reset }) => {
      setSecret(data.secret);
      reset();
      router.refresh();
      return "Token created. Copy it now: it will not be shown again.";
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label="Create an API token">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        {secret ? (
          <p className="token-secret">
            <label htmlFor="new-token">New token</label>
            <input id="new-token" readOnly value={secret} data-testid="new-token" onFocus={(e) => e.currentTarget.select()} />
          </p>
        ) : null}
        <div className="grid-2">
          <Field id="token-name" label="Name" error={errorOf("name")} hint="The system that will use it, e.g. “CMS sync”">
            <input type="text" autoComplete="off" {...describedBy("token-name", errorOf("name"))} {...register("name")} />
          </Field>
          <Field id="token-role" label="Role" error={errorOf("role")}>
            <select {...describedBy("token-role", errorOf("role"))} {...register("role")}>
              <SelectOptions labels={ROLE_LABELS} />
            </select>
          </Field>
        </div>
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Create token
        </SubmitButton>
      </fieldset>
    </form>
  );
}
