"use client";

// Links this claim to a claim of another article. The search box is a combobox: type to search,
// ↓/↑ to move through the results, Enter to choose, Escape to close; then pick the relation.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import type { CreateLinkFormValues } from "@/lib/validation/claim-link";
import { LINK_RELATION_LABELS } from "@/lib/validation/claim-link-relations";
import { describedBy, Field, FormMessage, SubmitButton } from "@/components/forms/field";
import { SelectOptions } from "@/components/forms/select-options";
import { useActionForm } from "@/components/forms/use-action-form";

interface Target {
  id: string;
  text: string;
  articleTitle: string;
}

export function LinkPicker(props: {
  claimId: string;
  action: (values: CreateLinkFormValues) => Promise<ActionResult<{ linkId: string; created: boolean }>>;
}) {
  const router = useRouter();
  const { form, notice, onSubmit, hydrated, pending, errorOf } = useActionForm({
    schema: () => import("@/lib/validation/claim-link").then((m) => m.createLinkSchema),
    defaultValues: { claimId: props.claimId, targetClaimId: "", relation: "SAME_CLAIM", note: "" },
    action: props.action,
    onSuccess: (_data, { reset }) => {
      reset({ claimId: props.claimId, targetClaimId: "", relation: "SAME_CLAIM", note: "" });
      setQuery("");
      setChosen(null);
      router.refresh();
      return "Linked.";
    },
  });
  const { register, setValue, clearErrors } = form;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Target[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Target | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2 || chosen) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/claims/link-targets?claimId=${encodeURIComponent(props.claimId)}&q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const found = (await response.json()) as Target[];
        setResults(found);
        setActive(found.length > 0 ? 0 : -1);
        setOpen(true);
        setSearchError(null);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setSearchError("The search failed; try again.");
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen, props.claimId]);

  function choose(target: Target) {
    setChosen(target);
    setQuery(target.text);
    setValue("targetClaimId", target.id);
    clearErrors("targetClaimId");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(shown.length - 1, i + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && shown[active]) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const targetError = errorOf("targetClaimId");
  // Results of an older search are hidden once the text is too short or a claim is chosen.
  const searching = query.trim().length >= 2 && !chosen;
  const shown = searching ? results : [];
  const expanded = open && shown.length > 0;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack crossref-picker" aria-label="Link to a claim in another article">
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
        <input type="hidden" {...register("claimId")} />
        <input type="hidden" {...register("targetClaimId")} />
        <Field id="link-target" label="Claim in another article" error={targetError} hint="Type words of the claim, then choose with ↓ and Enter">
          <div className="crossref-combobox">
            <input
              ref={inputRef}
              {...describedBy("link-target", targetError, "hint")}
              type="text"
              role="combobox"
              autoComplete="off"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                if (chosen) {
                  setChosen(null);
                  setValue("targetClaimId", "");
                }
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setTimeout(() => setOpen(false), 150)}
            />
            {expanded ? (
              <ul id={listId} role="listbox" className="crossref-options" aria-label="Matching claims">
                {shown.map((r, i) => (
                  <li
                    key={r.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? "crossref-option crossref-option-active" : "crossref-option"}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(r);
                    }}
                  >
                    <span>{r.text}</span>
                    <span className="muted small">{r.articleTitle}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {open && searching && shown.length === 0 && !searchError ? (
              <p className="field-hint" role="status">
                No claims of other articles match.
              </p>
            ) : null}
            {searchError ? <p className="field-error">{searchError}</p> : null}
          </div>
        </Field>
        <Field id="link-relation" label="This claim…" error={errorOf("relation")}>
          <select {...describedBy("link-relation", errorOf("relation"))} {...register("relation")}>
            <SelectOptions labels={LINK_RELATION_LABELS} />
          </select>
        </Field>
        <Field id="link-note" label="Note (optional)" error={errorOf("note")}>
          <input type="text" {...describedBy("link-note", errorOf("note"))} {...register("note")} />
        </Field>
        <SubmitButton pending={pending} pendingLabel="Linking…">
          Link claims
        </SubmitButton>
      </fieldset>
    </form>
  );
}
