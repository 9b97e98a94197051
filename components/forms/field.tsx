"use client";

// A labelled form control with its error message next to it, wired for screen readers.
import { useEffect, useRef, type ReactNode } from "react";

export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className={props.error ? "field field-invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error ? (
        <p className="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`} data-testid={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes for a control inside <Field>. */
export function describedBy(id: string, error?: string, hint?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

/**
 * A form-level message (tests find it by test id: Next's route announcer also has role="alert").
 * An error takes the focus, so on a long form the editor sees it rather than a silent button.
 */
export function FormMessage({ kind, children }: { kind: "error" | "success"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === "error") ref.current?.focus();
  }, [kind, children]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`form-message form-message-${kind}`}
      role={kind === "error" ? "alert" : "status"}
      data-testid={`form-${kind}`}
    >
      {children}
    </div>
  );
}

/** The form's submit button, disabled (and saying what is happening) while the action runs. */
export function SubmitButton({ pending, pendingLabel, children }: { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? pendingLabel : children}
      </button>
    </div>
  );
}
