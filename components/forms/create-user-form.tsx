"use client";

import { useRouter } from "next/navigation";
import type { CreateUserFormValues } from "@/lib/validation/user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage, SubmitButton } from "./field";
import { SelectOptions } from "./select-options";
import { useActionForm } from "./use-action-form";

const PASSWORD_HINT = "At least 12 characters";

export function CreateUserForm(props: {
  action: (values: CreateUserFormValues) => Promise<ActionResult<{ email: string }>>;
}) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/user").then((m) => m.createUserSchema),
    defaultValues: { email: "", name: "", role: "EDITOR", password: "" },
    action: props.action,
    onSuccess: (data, { reset }) => {
      reset();
      router.refresh();
      return `Added ${data.email}. Give them their password in person.`;
    },
  });
  const { register } = form;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label="Add a user">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <div className="grid-2">
          <Field id="name" label="Name" error={errorOf("name")}>
            <input type="text" {...describedBy("name", errorOf("name"))} {...register("name")} />
          </Field>
          <Field id="email" label="Email" error={errorOf("email")}>
            <input type="email" autoComplete="off" {...describedBy("email", errorOf("email"))} {...register("email")} />
          </Field>
          <Field id="role" label="Role" error={errorOf("role")}>
            <select {...describedBy("role", errorOf("role"))} {...register("role")}>
              <SelectOptions labels={ROLE_LABELS} />
            </select>
          </Field>
          <Field id="password" label="Initial password" error={errorOf("password")} hint={PASSWORD_HINT}>
            <input
              type="password"
              autoComplete="new-password"
              {...describedBy("password", errorOf("password"), PASSWORD_HINT)}
              {...register("password")}
            />
          </Field>
        </div>
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add user
        </SubmitButton>
      </fieldset>
    </form>
  );
}
