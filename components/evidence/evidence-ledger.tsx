"use client";

// A claim's evidence ledger: every source with its citation, stance, strength and who added it.
import { useState } from "react";
import { removeEvidenceAction } from "@/app/(desk)/claims/[id]/mend-actions";
import { ActionButton } from "@/components/annotate/note-thread";
import "@/components/annotate/annotate.css";
import { EvidenceForm } from "./evidence-form";
import { STANCE_LABELS, STRENGTH_LABELS } from "./labels";
import type { EvidenceStance, EvidenceStrength } from "@/lib/generated/prisma/enums";

export interface LedgerItem {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  accessedOn: string | null;
  stance: EvidenceStance;
  strength: EvidenceStrength;
  addedBy: string;
  added: string;
  edited: string | null;
}

export function EvidenceLedger({ claimId, items, canWrite }: { claimId: string; items: LedgerItem[]; canWrite: boolean }) {
  const [editing, setEditing] = useState<string | "new" | null>(null);
  return (
    <div className="stack">
      {items.length === 0 ? <p className="empty">No evidence yet.</p> : null}
      <ul className="ledger evidence" data-testid="evidence-list">
        {items.map((e) => (
          <li key={e.id} data-testid="evidence-item">
            {editing === e.id ? (
              <EvidenceForm
                mode="edit"
                onDone={() => setEditing(null)}
                defaults={{
                  evidenceId: e.id,
                  url: e.url,
                  title: e.title ?? "",
                  publisher: e.publisher ?? "",
                  excerpt: e.excerpt ?? "",
                  accessedOn: e.accessedOn ?? "",
                  stance: e.stance,
                  strength: e.strength,
                }}
              />
            ) : (
              <>
                <a href={e.url} rel="noreferrer noopener" target="_blank">
                  {e.title ?? e.url}
                </a>
                {e.publisher ? <span className="muted"> — {e.publisher}</span> : null}
                <div className="badges">
                  <span className={`badge stance-${e.stance.toLowerCase()}`}>{STANCE_LABELS[e.stance]}</span>
                  <span className="badge">{STRENGTH_LABELS[e.strength]}</span>
                </div>
                {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
                <p className="muted small">
                  {e.accessedOn ? `Accessed ${e.accessedOn} · ` : ""}added by {e.addedBy}, {e.added}
                  {e.edited ? ` · edited ${e.edited}` : ""}
                </p>
                {canWrite ? (
                  <div className="inline-actions">
                    <button type="button" className="button-link" onClick={() => setEditing(e.id)}>
                      Edit
                    </button>
                    <ActionButton label="Remove" confirm="Remove this evidence?" run={() => removeEvidenceAction({ evidenceId: e.id })} />
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canWrite ? (
        editing === "new" ? (
          <EvidenceForm
            mode="add"
            onDone={() => setEditing(null)}
            defaults={{ claimId, url: "", title: "", publisher: "", excerpt: "", accessedOn: "", stance: "SUPPORTS", strength: "PRIMARY" }}
          />
        ) : (
          <p>
            <button type="button" onClick={() => setEditing("new")}>
              Add evidence
            </button>
          </p>
        )
      ) : null}
    </div>
  );
}
