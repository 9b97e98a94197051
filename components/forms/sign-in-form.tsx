"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { SignInInput } from "@/lib/validation/sign-in";
import { DATABASE_UNAVAILABLE_DIGEST, DESK_BUSY_DIGEST, SIGN_IN_INTERNAL_ERROR } from "@/lib/errors";
import { RATE_LIMITED, rateLimitMessage } from "@/lib/auth/rate-limit-message";
import { describedBy, Field, FormMessage, SubmitButton } from "./field";
import { lazyZodResolver } from "./lazy-zod-resolver";
import { useHydrated } from "./use-hydrated";

// The schema (and zod) load on the first submit, not with the page; without them the server's
// own check of the same schema answers.
const resolver = lazyZodResolver<SignInInput, SignInInput>(() => import("@/lib/validation/sign-in").then((m) => m.signInSchema));

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver });
  const { errors, isSubmitting } = formState;
  const hydrated = useHydrated();

  async function onSubmit(values: SignInInput) {
    setFailure(null);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.error === DATABASE_UNAVAILABLE_DIGEST) {
        setFailure("Claimdesk cannot reach its database right now. Try again in a moment.");
        return;
      }
      if (result?.error?.startsWith(`${RATE_LIMITED}:`)) {
        setFailure(rateLimitMessage(Number(result.error.slice(RATE_LIMITED.length + 1)) || 900));
        return;
      }
      if (result?.error === DESK_BUSY_DIGEST) {
        setFailure("The desk is busy, try again in a moment.");
        return;
      }
      if (result?.error === SIGN_IN_INTERNAL_ERROR) {
        setFailure("Signing in failed on our side, not because of your password. Try again; if it keeps failing, tell the desk admin.");
        return;
      }
      if (!result || result.error) {
        // One message for a wrong email and a wrong password: no hint of which accounts exist.
        setFailure("That email and password do not match an account.");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setFailure("Claimdesk could not be reached. Check your connection and try again.");
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="stack">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
      {failure ? <FormMessage kind="error">{failure}</FormMessage> : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <input type="email" autoComplete="username" {...describedBy("email", errors.email?.message)} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <input
          type="password"
          autoComplete="current-password"
          {...describedBy("password", errors.password?.message)}
          {...register("password")}
        />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      </fieldset>
    </form>
  );
}
