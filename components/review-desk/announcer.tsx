"use client";

// One polite live region for the review desk: what a shortcut did ("Verdict: mostly true",
// "Verified. Next claim.") is read out by screen readers and shown briefly on screen. A message
// meant for the next page (after "save and next") survives the navigation in sessionStorage.
import { useEffect } from "react";

const REGION_ID = "review-desk-announcer";
const CARRY_KEY = "claimdesk.review-desk.announce";

export function announce(message: string): void {
  const region = document.getElementById(REGION_ID);
  if (!region) return;
  // Clearing first makes the same message twice in a row be read twice.
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = message;
  }, 30);
}

/** Says `message` on the next page this tab shows. */
export function announceOnNextPage(message: string): void {
  try {
    sessionStorage.setItem(CARRY_KEY, message);
  } catch {
    // Private mode without storage: the next page's own title is still announced by Next.
  }
}

function takeCarriedMessage(): string | null {
  try {
    const message = sessionStorage.getItem(CARRY_KEY);
    sessionStorage.removeItem(CARRY_KEY);
    return message;
  } catch {
    return null;
  }
}

export function Announcer() {
  useEffect(() => {
    const carried = takeCarriedMessage();
    if (carried) announce(carried);
  }, []);
  return <div id={REGION_ID} className="review-announcer" role="status" aria-live="polite" aria-atomic="true" data-testid="review-announcer" />;
}
