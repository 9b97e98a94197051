"use client";

// Bulk triage on the claims list. Tick rows (shift-click ticks the range from the last one
// ticked), tick the header for the whole page, then "select all N matching this filter"; act
// with the bar: assign to an editor, mark in review, dismiss. The selection is sent as ids, or
// as the list's own filter so the server applies exactly what the list shows, in SQL. The input
// is checked against the same zod schema the action uses.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { BulkResult } from "@/lib/claims/bulk-update-claims";
import type { EditorOption } from "@/lib/users/list-editors";
import type { BulkClaimsValues } from "@/lib/validation/bulk-claims";
import { formatBoundedCount, type BoundedCount } from "@/lib/lists/bounded-count";
import { MAX_SELECTED_IDS } from "@/lib/validation/limits";
import { lazyLoad } from "@/components/forms/lazy-zod-resolver";
import { FormMessage } from "@/components/forms/field";
import "./review-desk.css";

const loadBulkSchema = lazyLoad(() => import("@/lib/validation/bulk-claims").then((m) => m.bulkClaimsSchema));

type BulkAction = (values: BulkClaimsValues) => Promise<ActionResult<BulkResult>>;

interface SelectionState {
  pageIds: string[];
  selected: ReadonlySet<string>;
  allMatching: boolean;
  toggle: (index: number, checked: boolean, range: boolean) => void;
  togglePage: (checked: boolean) => void;
}

const SelectionContext = createContext<SelectionState | null>(null);

export function BulkSelection(props: {
  /** Ids of the rows on this page, in display order (for shift-click ranges). */
  pageIds: string[];
  /** How many claims match the filter (what "all matching" will act on), as the list counts them. */
  total: BoundedCount;
  /** The list's filter as query parameters, without the page. */
  params: Record<string, string>;
  editors: EditorOption[];
  currentUserId: string;
  /** null for viewers: no selection at all. */
  action: BulkAction | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [assignee, setAssignee] = useState(props.currentUserId);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  // A change to "all matching" waits here for the editor's yes: it can touch thousands of claims.
  const [pending, setPending] = useState<PendingChange | null>(null);

  if (!props.action) return <>{props.children}</>;
  const action = props.action;

  const clear = () => {
    setSelected(new Set());
    setAllMatching(false);
    setAnchor(null);
    setPending(null);
  };
  const toggle = (index: number, checked: boolean, range: boolean) => {
    const next = new Set(selected);
    const [from, to] = range && anchor !== null ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
    for (let i = from; i <= to; i++) {
      const id = props.pageIds[i];
      if (id === undefined) continue;
      if (checked) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    setAnchor(index);
    if (!checked) setAllMatching(false);
  };
  const togglePage = (checked: boolean) => {
    setSelected(checked ? new Set(props.pageIds) : new Set());
    setAllMatching(false);
    setAnchor(null);
  };

  const run = async ({ change, done }: PendingChange) => {
    setPending(null);
    const values: BulkClaimsValues = {
      selection: allMatching ? { kind: "filter", params: props.params } : { kind: "ids", ids: [...selected] },
      change,
    };
    setBusy(true);
    // The schema (and zod) loads on the first bulk change. Unreachable, the server's check of the
    // same schema answers instead.
    const schema = await loadBulkSchema().catch(() => null);
    const checked = schema?.safeParse(values);
    if (checked && !checked.success) {
      setBusy(false);
      return setNotice({ kind: "error", text: checked.error.issues[0]?.message ?? "Check the selection." });
    }
    setNotice(null);
    const result = await action(values).catch(() => null);
    setBusy(false);
    if (!result) return setNotice({ kind: "error", text: "Claimdesk could not be reached. Nothing was saved; try again." });
    if (!result.ok) return setNotice({ kind: "error", text: result.error });
    const asked = allMatching ? null : selected.size;
    const passed = asked !== null && asked > result.data.changed ? ` ${asked - result.data.changed} already so (or verified) and left as they were.` : "";
    setNotice({ kind: "success", text: `${done(result.data.changed)}${passed}` });
    clear();
    router.refresh();
  };
  const claims = (n: number) => formatBoundedCount({ count: n, more: false }, "claim", "claims");
  const allClaims = formatBoundedCount(props.total, "claim", "claims");
  // Ticked rows change at once; "all matching" asks first, naming how many.
  const ask = (next: PendingChange) => (allMatching ? setPending(next) : void run(next));
  const editorName = (id: string) => (id === props.currentUserId ? "you" : (props.editors.find((e) => e.id === id)?.name ?? "nobody"));

  const count = allMatching ? props.total.count : selected.size;
  const wholePage = props.pageIds.length > 0 && props.pageIds.every((id) => selected.has(id));
  const state: SelectionState = { pageIds: props.pageIds, selected, allMatching, toggle, togglePage };

  return (
    <SelectionContext.Provider value={state}>
      {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
      {count > 0 ? (
        <div className="bulk-bar" role="region" aria-label="Bulk actions" data-testid="bulk-bar">
          <span className="bulk-count" data-testid="bulk-count" aria-live="polite">
            {allMatching ? `All ${allClaims} matching this filter selected` : `${claims(selected.size)} selected`}
          </span>
          {wholePage && !allMatching && props.total.count > props.pageIds.length ? (
            <button type="button" className="button-link" onClick={() => setAllMatching(true)}>
              Select all {allClaims} matching this filter
            </button>
          ) : null}
          {!allMatching && selected.size > MAX_SELECTED_IDS ? <span className="field-error">At most {MAX_SELECTED_IDS} ticked at once.</span> : null}
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)} disabled={busy} aria-label="Assign to">
            <option value="">Nobody (unassign)</option>
            {props.editors.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id === props.currentUserId ? `${e.name} (me)` : e.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              ask({
                change: { kind: "assign", assigneeId: assignee },
                verb: assignee ? `Assign to ${editorName(assignee)}` : "Unassign",
                done: (n) => `Assigned ${claims(n)} to ${editorName(assignee)}.`,
              })
            }
          >
            Assign
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => ask({ change: { kind: "status", status: "IN_REVIEW" }, verb: "Mark in review", done: (n) => `Marked ${claims(n)} in review.` })}
          >
            Mark in review
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => ask({ change: { kind: "status", status: "DISMISSED" }, verb: "Dismiss", done: (n) => `Dismissed ${claims(n)}.` })}
          >
            Dismiss
          </button>
          <button type="button" className="button-link" disabled={busy} onClick={clear}>
            Clear selection
          </button>
          {busy ? <span className="muted small">Saving…</span> : null}
          {pending ? (
            <ConfirmAllMatching
              question={`${pending.verb}: all ${allClaims} matching this filter?`}
              confirmLabel={`${pending.verb}: ${allClaims}`}
              onConfirm={() => void run(pending)}
              onCancel={() => setPending(null)}
            />
          ) : null}
        </div>
      ) : null}
      {props.children}
    </SelectionContext.Provider>
  );
}

interface PendingChange {
  change: BulkClaimsValues["change"];
  /** The button's words, for the question ("Dismiss", "Assign to Sam"). */
  verb: string;
  done: (changed: number) => string;
}

/**
 * The question before a change to every claim matching the filter. The confirm button takes focus,
 * so Enter confirms and Escape (or Cancel) changes nothing; screen readers hear the question.
 */
function ConfirmAllMatching(props: { question: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      className="bulk-confirm"
      role="alertdialog"
      aria-labelledby="bulk-confirm-question"
      aria-describedby="bulk-confirm-detail"
      data-testid="bulk-confirm"
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onCancel();
      }}
    >
      <p id="bulk-confirm-question">
        <strong>{props.question}</strong>
      </p>
      <p id="bulk-confirm-detail" className="muted small">
        Every one of them changes, not only this page; each change is recorded in its history.
      </p>
      <button type="button" ref={confirm} onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>
      <button type="button" className="button-link" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** The header cell: ticks every row on this page (and shows a partial tick). */
export function SelectPageHeader() {
  const state = useContext(SelectionContext);
  if (!state) return null;
  const onPage = state.pageIds.filter((id) => state.selected.has(id)).length;
  const all = onPage > 0 && onPage === state.pageIds.length;
  return (
    <th scope="col" className="select-cell">
      <input
        type="checkbox"
        aria-label="Select every claim on this page"
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = onPage > 0 && !all;
        }}
        onChange={(e) => state.togglePage(e.target.checked)}
      />
    </th>
  );
}

/** A row's cell: a checkbox; shift-click ticks (or unticks) the range from the last one clicked. */
export function SelectRowCell({ index, label }: { index: number; label: string }) {
  const state = useContext(SelectionContext);
  if (!state) return null;
  const id = state.pageIds[index]!;
  return (
    <td className="select-cell">
      <input
        type="checkbox"
        aria-label={`Select: ${label}`}
        checked={state.allMatching || state.selected.has(id)}
        onChange={(e) => state.toggle(index, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)}
        data-testid="select-claim"
      />
    </td>
  );
}
