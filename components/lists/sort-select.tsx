"use client";

// The list order: submitted with the filter form, and applied at once when changed (nuqs keeps
// the other filters in the URL and drops the position, which belongs to the old order).
import { parseAsString, useQueryStates } from "nuqs";

export function SortSelect(props: { value: string; labels: Record<string, string> }) {
  const [, setQuery] = useQueryStates({ sort: parseAsString, cursor: parseAsString }, { shallow: false, history: "push" });
  return (
    <label>
      Order
      <select name="sort" defaultValue={props.value} onChange={(e) => void setQuery({ sort: e.target.value, cursor: null })}>
        {Object.entries(props.labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
