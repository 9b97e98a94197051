"use client";

import { archiveOrphanAction } from "@/app/(desk)/articles/[id]/annotate-actions";
import { ActionButton } from "./note-thread";

export function ArchiveButton({ kind, id }: { kind: "claim" | "note"; id: string }) {
  return <ActionButton label="Archive" confirm={`Archive this orphaned ${kind}?`} run={() => archiveOrphanAction({ kind, id })} />;
}
