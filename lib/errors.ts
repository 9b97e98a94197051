// Expected errors: each carries a message written for the editor. Anything else is unexpected,
// gets logged, and reaches the user only as a plain "something went wrong".

export type FieldErrors = Record<string, string>;

// Next.js bundles a module once per layer (pages, route handlers…), while the Prisma client is a
// process-wide singleton: an error thrown by one layer's copy of a class fails `instanceof` in
// another's. A registered symbol is the same in every copy.
const APP_ERROR = Symbol.for("claimdesk.AppError");

export function isAppError(error: unknown): error is AppError {
  return typeof error === "object" && error !== null && APP_ERROR in error;
}

export function isDeskBusy(error: unknown): error is DeskBusyError {
  return isAppError(error) && error.code === "DESK_BUSY";
}

export function isDatabaseUnavailable(error: unknown): error is DatabaseUnavailableError {
  return isAppError(error) && error.code === "DATABASE_UNAVAILABLE";
}

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  constructor(
    message: string,
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "DATABASE_UNAVAILABLE" | "DESK_BUSY",
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Your session has ended. Sign in again to continue.") {
    super(message, "UNAUTHENTICATED");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role does not allow this change.") {
    super(message, "FORBIDDEN");
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} was not found. It may have been deleted.`, "NOT_FOUND");
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, "CONFLICT");
  }
}

/** Input that passed the schema but breaks a rule only the domain knows (a duplicate article, say). */
export class InvalidInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, "INVALID");
  }
}

/**
 * The database cannot be reached. `digest` is what Next.js forwards to error boundaries in
 * production builds (messages are stripped), so the error page can say what happened.
 */
export class DatabaseUnavailableError extends AppError {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super("The database is not reachable right now. Your work was not saved; try again in a moment.", "DATABASE_UNAVAILABLE");
    this.cause = cause;
  }
}

export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/**
 * The database is there but every connection stayed busy past the wait limit (or a statement ran
 * past its time limit). Not "unreachable": trying again in a moment works.
 */
export class DeskBusyError extends AppError {
  readonly digest = DESK_BUSY_DIGEST;
  constructor(cause?: unknown) {
    super("The desk is busy, try again in a moment. Nothing was saved.", "DESK_BUSY");
    this.cause = cause;
  }
}

export const DESK_BUSY_DIGEST = "DESK_BUSY";

/** What the sign-in form receives when authentication failed for a reason other than the password. */
export const SIGN_IN_INTERNAL_ERROR = "SIGN_IN_FAILED";
