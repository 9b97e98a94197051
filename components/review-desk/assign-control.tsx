"use client";

// Who owns this claim, on the claim page: "Assign to me", or any editor from the picker.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { EditorOption } from "@/lib/users/list-editors";
import { announce } from "./announcer";
import { assignAndBroadcast, type AssignAction } from "./assign-to-me";
import "./review-desk.css";

export function AssignControl(props: {
  claimId: string;
  version: number;
  assignee: { id: string; name: string } | null;
  editors: EditorOption[];
  currentUserId: string;
  /** Viewers see who owns the claim but cannot change it. */
  action: AssignAction | null;
}) {
  const router = useRouter();
  const [choice, setChoice] = useState(props.assignee?.id ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const owner = props.assignee ? (props.assignee.id === props.currentUserId ? "you" : props.assignee.name) : "nobody";

  const assign = async (assigneeId: string) => {
    if (!props.action) return;
    setBusy(true);
    setError(null);
    const result = await assignAndBroadcast(props.action, { claimId: props.claimId, version: props.version, assigneeId });
    setBusy(false);
    if (!result || !result.ok) return setError(result?.error ?? "Claimdesk could not be reached. Nothing was saved.");
    const name = result.data.assignee ? (result.data.assignee.id === props.currentUserId ? "you" : result.data.assignee.name) : "nobody";
    announce(`Assigned to ${name}.`);
    router.refresh();
  };

  return (
    <div className="assign-control" data-testid="assign-control">
      <span>
        Assigned to <strong data-testid="assignee">{owner}</strong>
      </span>
      {props.action ? (
        <>
          {props.assignee?.id !== props.currentUserId ? (
            <button type="button" onClick={() => void assign(props.currentUserId)} disabled={busy} aria-keyshortcuts="a">
              Assign to me
            </button>
          ) : null}
          <label className="muted small">
            Editor{" "}
            <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={busy}>
              <option value="">Nobody</option>
              {props.editors.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void assign(choice)} disabled={busy || choice === (props.assignee?.id ?? "")}>
            Assign
          </button>
        </>
      ) : null}
      {error ? (
        <p className="field-error" role="alert" data-testid="assign-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
