// Server-rendered SVG bar charts (d3-scale for the scales and ticks): no JavaScript reaches the
// browser. Each chart has a data table behind it, for screen readers and exact figures.
import { scaleBand, scaleLinear } from "d3-scale";

export interface Bar {
  label: string;
  value: number;
}

export function HorizontalBarChart({ title, bars, unit = "claims" }: { title: string; bars: Bar[]; unit?: string }) {
  const width = 420;
  const rowHeight = 26;
  const labelWidth = 150;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const x = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).range([0, width - labelWidth - 60]).nice();
  const y = scaleBand().domain(bars.map((b) => b.label)).range([4, height - 4]).padding(0.2);
  const id = slug(title);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ") || "none"}`}</title>
        {bars.map((b) => (
          <g key={b.label} transform={`translate(0, ${y(b.label)})`}>
            <text x={labelWidth - 8} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="12" fill="currentColor">
              {b.label}
            </text>
            <rect x={labelWidth} width={Math.max(b.value > 0 ? 2 : 0, x(b.value))} height={y.bandwidth()} fill="#0b5cad" rx="2" />
            <text x={labelWidth + x(b.value) + 6} y={y.bandwidth() / 2} dy="0.35em" fontSize="12" fill="currentColor">
              {b.value.toLocaleString("en")}
            </text>
          </g>
        ))}
      </svg>
      <DataTable caption={title} head={["", unit]} rows={bars.map((b) => [b.label, b.value])} />
    </figure>
  );
}

export function DailyColumnChart({ title, days }: { title: string; days: { day: string; count: number }[] }) {
  const width = 560;
  const height = 160;
  const margin = { top: 8, right: 8, bottom: 22, left: 34 };
  const x = scaleBand().domain(days.map((d) => d.day)).range([margin.left, width - margin.right]).padding(0.15);
  const y = scaleLinear().domain([0, Math.max(1, ...days.map((d) => d.count))]).range([height - margin.bottom, margin.top]).nice();
  const id = slug(title);
  const total = days.reduce((s, d) => s + d.count, 0);
  // A tick label every week (the first day of each 7-day stretch).
  const weekly = days.filter((_, i) => i % 7 === 0);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{`${title}: ${total} reviews from ${days[0]?.day} to ${days.at(-1)?.day}`}</title>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#d9dde3" />
            <text x={margin.left - 4} y={y(t)} dy="0.35em" textAnchor="end" fontSize="10" fill="currentColor">
              {t}
            </text>
          </g>
        ))}
        {days.map((d) => (
          <rect key={d.day} x={x(d.day)} y={y(d.count)} width={x.bandwidth()} height={y(0) - y(d.count)} fill="#1d7a3e" />
        ))}
        {weekly.map((d) => (
          <text key={d.day} x={x(d.day)} y={height - 6} fontSize="10" fill="currentColor">
            {d.day.slice(5)}
          </text>
        ))}
      </svg>
      <DataTable caption={title} head={["Day", "Reviews"]} rows={days.filter((d) => d.count > 0).map((d) => [d.day, d.count])} empty="No reviews in these weeks." />
    </figure>
  );
}

function DataTable({ caption, head, rows, empty = "Nothing yet." }: { caption: string; head: string[]; rows: (string | number)[][]; empty?: string }) {
  return (
    <details>
      <summary>Table: {caption}</summary>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((v, j) => (
                  <td key={j} className="num">
                    {typeof v === "number" ? v.toLocaleString("en") : v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

function slug(text: string): string {
  return `chart-${text.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
