"use client";

// The list order: submitted with the filter form, and applied at once when changed (nuqs keeps
// the other filters in the URL and drops the position, which belongs to the old order).
import { parseAsString, useQueryStates } from "nuqs";

/** `value` "" is the default order (best match with a search, else the list's usual order), so a
 * search typed later is still ranked. */
export function SortSelect(props: { value: string; labels: Record<string, string>; defaultLabel: string }) {
  const [, setQuery] = useQueryStates({ sort: parseAsString, cursor: parseAsString }, { shallow: false, history: "push" });
  return (
    // Not wrapped in its label: a wrapping label's name would include every option's words.
    <span className="filter-field">
      <label htmlFor="claims-order">Order</label>
      <select id="claims-order" name="sort" defaultValue={props.value} onChange={(e) => void setQuery({ sort: e.target.value || null, cursor: null })}>
        <option value="">{props.defaultLabel}</option>
        {Object.entries(props.labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </span>
  );
}
