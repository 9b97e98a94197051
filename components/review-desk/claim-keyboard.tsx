"use client";

// The claim page's keyboard layer for everyone: j/k to the next/previous claim (through My queue
// when the page was opened from it, else through the article), "?" for the shortcuts, the live
// region, and predictable focus on arrival: the claim's heading, or the field asked for (e/n
// pressed on the queue).
import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReviewSteps } from "@/lib/queue/review-steps";
import { Announcer, announce } from "./announcer";
import { ShortcutHelp } from "./shortcut-help";
import { useShortcuts } from "./use-shortcuts";
import "./review-desk.css";

export const FIELD_SELECTORS = {
  evidence: "[data-shortcut-target='evidence'], #evidenceUrl",
  note: "[data-shortcut-target='note'], #note",
} as const;

export function focusField(which: keyof typeof FIELD_SELECTORS): boolean {
  const field = document.querySelector<HTMLElement>(FIELD_SELECTORS[which]);
  if (!field) return false;
  field.focus();
  return true;
}

export function ClaimKeyboard({ steps, focus }: { steps: ReviewSteps; focus?: "evidence" | "note" }) {
  const router = useRouter();
  const go = (href: string | null, what: string) => {
    if (!href) return announce(`No ${what} claim in this ${steps.context}.`);
    router.push(href);
  };
  useShortcuts({ j: () => go(steps.next, "next"), k: () => go(steps.previous, "previous") });

  useEffect(() => {
    if (focus && focusField(focus)) return;
    // Arriving by j/k or "save and next", the claim itself has the focus, so reading goes on from it.
    const heading = document.querySelector<HTMLElement>("[data-testid='claim-text']");
    if (heading && document.activeElement === document.body) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [focus]);

  const label = steps.context === "queue" ? "in My queue" : "in this article";
  return (
    <nav className="review-steps" aria-label="Review navigation">
      {steps.previous ? (
        <Link href={steps.previous} aria-keyshortcuts="k" prefetch={false}>
          ← Previous {label}
        </Link>
      ) : null}
      {steps.next ? (
        <Link href={steps.next} aria-keyshortcuts="j" prefetch={false}>
          Next {label} →
        </Link>
      ) : null}
      {steps.context === "queue" ? <Link href="/queue">Back to My queue</Link> : null}
      <ShortcutHelp />
      <Announcer />
    </nav>
  );
}
