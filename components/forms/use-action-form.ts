"use client";

// The submit cycle every server-action form shares: validate in the browser with the zod schema
// the action uses too (loaded on first validation, see lazy-zod-resolver.ts), send the raw values
// to the action (which validates them again), put field errors next to their fields, and show one
// message for the form.
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import { lazyZodResolver, type SchemaLoader } from "./lazy-zod-resolver";
import { useHydrated } from "./use-hydrated";

export interface FormNotice {
  kind: "error" | "success";
  text: string;
}

const UNREACHABLE = "Claimdesk could not be reached. Nothing was saved; try again.";

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  /** `() => import("@/lib/validation/x").then((m) => m.xSchema)`: a static import would put zod in the page. */
  schema: SchemaLoader<S>;
  defaultValues: z.input<S> & FieldValues;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  /** Returns the success message to show, or nothing (after navigating away, say). */
  onSuccess: (data: T, form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => string | void;
}) {
  const [notice, setNotice] = useState<FormNotice | null>(null);
  // After a success that navigates away, the form stays busy until the next page replaces it,
  // so a second click cannot submit the same thing again.
  const [leaving, setLeaving] = useState(false);
  // One resolver for the form's life: it keeps the loaded schema.
  const [resolver] = useState(() => lazyZodResolver<z.input<S>, z.output<S>>(options.schema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: options.defaultValues as DefaultValues<z.input<S>>,
  });
  const hydrated = useHydrated();
  const fields = Object.keys(options.defaultValues);

  const onSubmit = form.handleSubmit(async () => {
    setNotice(null);
    const result = await options.action(form.getValues()).catch(() => null);
    if (!result) return setNotice({ kind: "error", text: UNREACHABLE });
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if (fields.includes(name)) form.setError(name as Path<z.input<S>>, { type: "server", message });
      }
      return setNotice({ kind: "error", text: result.error });
    }
    const text = options.onSuccess(result.data, form);
    if (text) setNotice({ kind: "success", text });
    else setLeaving(true);
  });

  const pending = form.formState.isSubmitting || leaving;
  return { form, notice, onSubmit, hydrated, pending, errorOf: (name: string) => form.formState.errors[name]?.message as string | undefined };
}
