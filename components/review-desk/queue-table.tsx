"use client";

// My queue, driven by keyboard: j/k select a claim (its link takes the focus, so Enter opens it),
// 1–7 choose a verdict for it, v verifies and d dismisses it right here (through the normal
// review action, with the version this page loaded), and the selection moves on to the next
// claim. e/n open the selected claim at its evidence or finding field.
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { QueueItem } from "@/lib/queue/list-queue";
import type { ClaimReviewFormValues } from "@/lib/validation/claim-review";
import { VERDICT_LABELS } from "@/lib/claims/labels";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { StatusBadge, TypeBadge, VerdictBadge } from "@/components/badges";
import { Announcer, announce } from "./announcer";
import { ShortcutHelp } from "./shortcut-help";
import { VERDICT_KEYS } from "./shortcut-list";
import { useShortcuts, type ShortcutMap } from "./use-shortcuts";
import "./review-desk.css";

type ReviewAction = (values: ClaimReviewFormValues) => Promise<ActionResult<{ version: number }>>;

export function QueueTable({ items, reviewAction }: { items: QueueItem[]; reviewAction: ReviewAction }) {
  const router = useRouter();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<number | null>(null);
  const [verdicts, setVerdicts] = useState<Record<string, Verdict>>({});
  const [busy, setBusy] = useState(false);
  // A claim with no evidence is verified only on a second v: the editor has heard that it has none.
  const [confirmedNoEvidence, setConfirmedNoEvidence] = useState<string | null>(null);
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const rows = items.filter((item) => !removed.has(item.id));
  const current = selected === null ? null : (rows[Math.min(selected, rows.length - 1)] ?? null);

  const select = (index: number) => {
    if (rows.length === 0) return announce("Your queue is empty.");
    const clamped = Math.max(0, Math.min(index, rows.length - 1));
    if (clamped !== index) announce(index < 0 ? "First claim on this page." : "Last claim on this page.");
    setSelected(clamped);
    links.current.get(rows[clamped]!.id)?.focus();
  };

  // A claim reviewed here leaves the list; the claim that took its place gets the focus.
  useEffect(() => {
    if (selected === null || !current) return;
    if (document.activeElement === document.body) links.current.get(current.id)?.focus();
  }, [selected, current]);

  const decide = async (status: "VERIFIED" | "DISMISSED") => {
    if (!current || busy) return announce(current ? "Still saving…" : "Select a claim first: j.");
    const verdict = status === "VERIFIED" ? (verdicts[current.id] ?? current.verdict) : null;
    if (status === "VERIFIED" && !verdict) return announce("Choose a verdict first: keys 1 to 7.");
    setBusy(true);
    const result = await reviewAction({
      claimId: current.id,
      version: current.version,
      status,
      verdict: verdict ?? "",
      note: current.reviewNote ?? "",
      confirmNoEvidence: confirmedNoEvidence === current.id,
    }).catch(() => null);
    setBusy(false);
    if (!result) return announce("Claimdesk could not be reached. Nothing was saved.");
    if (!result.ok && result.fieldErrors?.confirmNoEvidence) {
      setConfirmedNoEvidence(current.id);
      return announce("This claim has no evidence yet. Press v again to verify it without any, or e to add evidence.");
    }
    if (!result.ok) return announce(result.error);
    setRemoved((prev) => new Set(prev).add(current.id));
    const next = rows[rows.indexOf(current) + 1];
    announce(`${status === "VERIFIED" ? `Verified as ${VERDICT_LABELS[verdict!]}` : "Dismissed"}. ${next ? `Next: ${next.text}` : "End of this page."}`);
    router.refresh();
  };

  const open = (focus?: "evidence" | "note") => {
    if (!current) return announce("Select a claim first: j.");
    router.push(`/claims/${current.id}?from=queue${focus ? `&focus=${focus}` : ""}`);
  };

  const map: ShortcutMap = {
    j: () => select(selected === null ? 0 : selected + 1),
    k: () => select(selected === null ? 0 : selected - 1),
    o: () => open(),
    e: () => open("evidence"),
    n: () => open("note"),
    v: () => void decide("VERIFIED"),
    d: () => void decide("DISMISSED"),
    a: () => announce("Every claim in My queue is already yours."),
  };
  for (const [key, verdict] of Object.entries(VERDICT_KEYS)) {
    map[key] = () => {
      if (!current) return announce("Select a claim first: j.");
      setVerdicts((prev) => ({ ...prev, [current.id]: verdict }));
      announce(`Verdict: ${VERDICT_LABELS[verdict]}.`);
    };
  }
  useShortcuts(map);

  return (
    <>
      <p className="review-steps">
        <span className="muted small">
          <kbd>j</kbd>/<kbd>k</kbd> select, <kbd>Enter</kbd> open, <kbd>1</kbd>–<kbd>7</kbd> verdict, <kbd>v</kbd> verify, <kbd>d</kbd> dismiss
        </span>
        <ShortcutHelp />
      </p>
      <Announcer />
      {rows.length === 0 ? (
        <p className="empty" data-testid="queue-empty">
          Nothing open on this page of your queue.
        </p>
      ) : (
        <table className="table queue-table" data-testid="queue-table">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Check-worthiness
              </th>
              <th scope="col">Article</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => {
              const isSelected = current?.id === item.id;
              const pending = verdicts[item.id];
              return (
                <tr key={item.id} className={isSelected ? "is-selected" : undefined} aria-current={isSelected ? "true" : undefined} data-testid="queue-row">
                  <td>
                    <Link
                      href={`/claims/${item.id}?from=queue`}
                      prefetch={false}
                      ref={(el) => {
                        if (el) links.current.set(item.id, el);
                        else links.current.delete(item.id);
                      }}
                      onFocus={() => setSelected(rows.indexOf(item))}
                    >
                      {item.text}
                    </Link>
                    <div className="muted small quote-preview">“{item.quote}”</div>
                  </td>
                  <td>
                    <TypeBadge type={item.type} />
                  </td>
                  <td>
                    <StatusBadge status={item.status} />{" "}
                    {pending ? <span className="badge queue-pending-verdict">{VERDICT_LABELS[pending]} (not saved)</span> : <VerdictBadge verdict={item.verdict} />}
                  </td>
                  <td className="num">{item.checkworthiness.toFixed(2)}</td>
                  <td className="article-cell">
                    <Link href={`/articles/${item.articleId}`} prefetch={false}>
                      {item.articleTitle}
                    </Link>
                    {item.outlet ? <div className="muted small">{item.outlet}</div> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
