"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { createUserSchema, type CreateUserFormValues, type CreateUserInput } from "@/lib/validation/user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/define-action";
import { describedBy, Field, FormMessage } from "./field";
import { applyFailure } from "./apply-failure";
import { useHydrated } from "./use-hydrated";

const FIELDS = ["email", "name", "role", "password"] as const;
const ROLES = ["EDITOR", "VIEWER", "ADMIN"] as const;

export function CreateUserForm(props: {
  action: (values: CreateUserFormValues) => Promise<ActionResult<{ email: string }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<CreateUserFormValues, unknown, CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", role: "EDITOR", password: "" },
  });
  const { errors, isSubmitting } = formState;
  const hydrated = useHydrated();

  async function onSubmit() {
    setMessage(null);
    const result = await props.action(getValues()).catch(() => null);
    if (!result) return setMessage({ kind: "error", text: "Claimdesk could not be reached. Nothing was saved; try again." });
    if (!result.ok) return setMessage({ kind: "error", text: applyFailure(result, setError, FIELDS) });
    reset();
    setMessage({ kind: "success", text: `Added ${result.data.email}. Give them their password in person.` });
    router.refresh();
  }

  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="stack" aria-label="Add a user">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <div className="grid-2">
        <Field id="name" label="Name" error={err("name")}>
          <input type="text" {...describedBy("name", err("name"))} {...register("name")} />
        </Field>
        <Field id="email" label="Email" error={err("email")}>
          <input type="email" autoComplete="off" {...describedBy("email", err("email"))} {...register("email")} />
        </Field>
        <Field id="role" label="Role" error={err("role")}>
          <select {...describedBy("role", err("role"))} {...register("role")}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="password" label="Initial password" error={err("password")} hint="At least 12 characters">
          <input type="password" autoComplete="new-password" {...describedBy("password", err("password"), "At least 12 characters")} {...register("password")} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add user"}
        </button>
      </div>
      </fieldset>
    </form>
  );
}
