"use client";

// The article filter: type a few headline words, pick from suggestions (a small route handler,
// not a 500-option select). Picking applies the filter at once through nuqs. Without JavaScript
// the typed words are submitted with the form and match headlines instead.
import { useEffect, useId, useRef, useState } from "react";
import { parseAsString, useQueryStates } from "nuqs";
import { formatDate } from "@/lib/format";

interface Suggestion {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

export function ArticlePicker(props: { articleId?: string; label?: string }) {
  const [text, setText] = useState(props.label ?? "");
  const [articleId, setArticleId] = useState(props.articleId ?? "");
  // A new filter from the server (a link, Clear, back and forward) replaces what the field shows.
  // Derived during render rather than by remounting: a remount under a navigation left two fields.
  const [shown, setShown] = useState({ label: props.label, articleId: props.articleId });
  if (shown.label !== props.label || shown.articleId !== props.articleId) {
    setShown({ label: props.label, articleId: props.articleId });
    setText(props.label ?? "");
    setArticleId(props.articleId ?? "");
  }
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const typed = useRef(false);
  const [, setQuery] = useQueryStates(
    { articleId: parseAsString, article: parseAsString, cursor: parseAsString },
    { shallow: false, history: "push" },
  );

  useEffect(() => {
    if (!typed.current || articleId || text.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/articles/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { articles: [] }))
        .then((data: { articles: Suggestion[] }) => {
          setSuggestions(data.articles);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, articleId]);

  const pick = (s: Suggestion) => {
    setText(s.title);
    setArticleId(s.id);
    setOpen(false);
    void setQuery({ articleId: s.id, article: null, cursor: null });
  };

  return (
    <label className="article-picker">
      Article
      <input
        type="text"
        name={articleId ? undefined : "article"}
        value={text}
        placeholder="Headline words"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && suggestions.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          setArticleId("");
          if (e.target.value.trim().length < 2) setSuggestions([]);
        }}
        onKeyDown={(e) => {
          if (!open || suggestions.length === 0) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(suggestions.length - 1, i + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            pick(suggestions[active]!);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <input type="hidden" name="articleId" value={articleId} />
      {open && suggestions.length > 0 ? (
        <ul id={listId} role="listbox" aria-label="Matching articles">
          {suggestions.map((s, i) => (
            <li
              key={s.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              title={s.title}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              {s.title} <span className="muted small">{[s.outlet, s.publishedAt ? formatDate(new Date(s.publishedAt)) : null].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </label>
  );
}
