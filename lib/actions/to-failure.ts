// Maps any thrown error to what the user may see. Unexpected errors are logged, never shown.
import { ZodError } from "zod";
import { DatabaseUnavailableError, DeskBusyError, isAppError, type AppError, type FieldErrors } from "@/lib/errors";
import { isConnectionError, isDeskBusyError } from "@/lib/db-errors";
import { DATABASE_TIMEOUT_MESSAGE, isTimeoutError } from "@/lib/db-timeouts";

export type FailureCode = AppError["code"] | "INTERNAL";

export interface Failure {
  ok: false;
  code: FailureCode;
  error: string;
  fieldErrors?: FieldErrors;
}

export const INVALID_INPUT_MESSAGE = "Some fields need attention.";

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function toFailure(error: unknown, context: string): Failure {
  if (error instanceof ZodError) {
    return { ok: false, code: "INVALID", error: INVALID_INPUT_MESSAGE, fieldErrors: zodFieldErrors(error) };
  }
  if (isAppError(error)) {
    const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors;
    return { ok: false, code: error.code, error: error.message, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  if (isDeskBusyError(error)) {
    const busy = new DeskBusyError(error);
    return { ok: false, code: busy.code, error: busy.message };
  }
  if (isConnectionError(error)) {
    const unavailable = new DatabaseUnavailableError(error);
    return { ok: false, code: unavailable.code, error: unavailable.message };
  }
  if (isTimeoutError(error)) {
    // A time limit (lib/db-timeouts.ts) stopped it: the transaction was rolled back, and whatever
    // error followed (a foreign-key error from a statement after the rollback) is not the story.
    console.warn(`[claimdesk] ${context} stopped by a database time limit: ${(error as Error).message?.slice(0, 200)}`);
    return { ok: false, code: "DATABASE_UNAVAILABLE", error: DATABASE_TIMEOUT_MESSAGE };
  }
  console.error(`[claimdesk] ${context} failed`, error);
  return { ok: false, code: "INTERNAL", error: "Something went wrong and nothing was saved. Try again; if it keeps failing, tell the desk admin." };
}
