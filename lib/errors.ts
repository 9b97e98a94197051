// Expected errors: each carries a message written for the editor. Anything else is unexpected,
// gets logged, and reaches the user only as a plain "something went wrong".

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "DATABASE_UNAVAILABLE",
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
