// Puts a server action's field errors next to the fields of a react-hook-form form.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { Failure } from "@/lib/actions/to-failure";

export function applyFailure<T extends FieldValues>(failure: Failure, setError: UseFormSetError<T>, fields: readonly string[]): string {
  for (const [name, message] of Object.entries(failure.fieldErrors ?? {})) {
    if (fields.includes(name)) setError(name as Path<T>, { type: "server", message });
  }
  return failure.error;
}
