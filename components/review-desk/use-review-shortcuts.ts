"use client";

// The review shortcuts of the claim page's review form: 1–7 choose a verdict, v verifies and d
// dismisses (each saves through the normal review action, then opens the next claim), a assigns
// the claim to me, e and n jump to the evidence and finding fields, Esc leaves a field.
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { VERDICT_LABELS } from "@/lib/claims/labels";
import type { ClaimReviewFormValues, ClaimReviewInput } from "@/lib/validation/claim-review";
import { announce } from "./announcer";
import { assignAndBroadcast, CLAIM_VERSION_EVENT, type AssignAction, type ClaimVersionChange } from "./assign-to-me";
import { focusField } from "./claim-keyboard";
import { VERDICT_KEYS } from "./shortcut-list";
import { isTyping, useShortcuts, type ShortcutMap } from "./use-shortcuts";

export interface ReviewKeyboard {
  /** Where "save and next" goes; null when there is no next claim. */
  nextHref: string | null;
  currentUserId: string;
  assignAction: AssignAction;
}

export function useReviewShortcuts(options: {
  form: UseFormReturn<ClaimReviewFormValues, unknown, ClaimReviewInput>;
  keyboard: ReviewKeyboard | undefined;
  /** Saves the form; with `advance`, opens the next claim once saved. */
  save: (advance: boolean) => Promise<void>;
  enabled: boolean;
}) {
  const { form, keyboard, save, enabled } = options;
  const router = useRouter();

  const decide = (status: "VERIFIED" | "DISMISSED") => {
    if (status === "VERIFIED" && !form.getValues("verdict")) {
      return announce("Choose a verdict first: keys 1 to 7.");
    }
    form.setValue("status", status, { shouldDirty: true });
    if (status === "DISMISSED") form.setValue("verdict", "", { shouldDirty: true });
    announce(status === "VERIFIED" ? "Saving as verified…" : "Saving as dismissed…");
    void save(Boolean(keyboard?.nextHref));
  };

  const map: ShortcutMap = {
    v: () => decide("VERIFIED"),
    d: () => decide("DISMISSED"),
    e: () => void (focusField("evidence") || announce("There is no evidence field here.")),
    n: () => void (focusField("note") || announce("There is no finding field here.")),
  };
  for (const [key, verdict] of Object.entries(VERDICT_KEYS)) {
    map[key] = () => {
      form.setValue("verdict", verdict, { shouldDirty: true });
      form.clearErrors("verdict");
      announce(`Verdict: ${VERDICT_LABELS[verdict]}.`);
    };
  }
  if (keyboard) {
    map.a = async () => {
      const version = Number(form.getValues("version"));
      const result = await assignAndBroadcast(keyboard.assignAction, { claimId: form.getValues("claimId"), version, assigneeId: keyboard.currentUserId });
      if (!result) return announce("Claimdesk could not be reached. Nothing was saved.");
      if (!result.ok) return announce(result.error);
      announce("Assigned to you.");
      router.refresh();
    };
  }
  useShortcuts(map, enabled);

  // An assignment made elsewhere on the page moved the version on: the next save names it.
  useEffect(() => {
    const onVersion = (event: Event) => {
      const change = (event as CustomEvent<ClaimVersionChange>).detail;
      if (change.claimId === form.getValues("claimId") && Number(form.getValues("version")) === change.from) {
        form.setValue("version", change.to);
      }
    };
    window.addEventListener(CLAIM_VERSION_EVENT, onVersion);
    return () => window.removeEventListener(CLAIM_VERSION_EVENT, onVersion);
  }, [form]);

  // Esc in a field of the form leaves it (to the form), so the shortcuts work again.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !isTyping(event.target)) return;
      const field = event.target as HTMLElement;
      const formElement = field.closest<HTMLFormElement>("form[data-review-form]");
      if (!formElement) return;
      field.blur();
      formElement.tabIndex = -1;
      formElement.focus();
      announce("Left the field. Shortcuts are on.");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
