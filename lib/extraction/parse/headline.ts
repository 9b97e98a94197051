// A headline for articles whose title slot holds something else (the tagged seed's <title:>
// holds the byline): the lead sentence, cut down to its main clause.
import { analyze } from "../nlp";
import { segment } from "../segment";

const MAX_CHARS = 100;

export function headlineFromLead(body: string): string {
  const lead = body.slice(0, 2000);
  if (!lead.trim()) return "Untitled";
  const a = analyze(lead);
  const first = segment(a).find((s) => !s.heading);
  if (!first) return "Untitled";
  let text = lead.slice(first.start, first.end);
  // Asides between commas or dashes ("Xiaomi Inc., the startup that …, is looking") and the
  // reporting tail (", according to …", ", officials said") are not headline material.
  text = text
    .replace(/,\s+(?:the|a|an|which|who)\b[^,]*,\s*/gi, " ")
    .replace(/\s+(?:--|—|–)\s+[^-—–]*\s+(?:--|—|–)\s+/g, " ")
    .replace(/,\s+(?:according to|said|says|\w+\s+said|\w+\s+says)\b.*$/i, "")
    .replace(/[.!?]+["”']?$/, "")
    .trim();
  if (text.length > MAX_CHARS) {
    const cut = text.lastIndexOf(" ", MAX_CHARS - 1);
    text = `${text.slice(0, cut > 40 ? cut : MAX_CHARS - 1).replace(/[,;:]$/, "")}…`;
  }
  return text || "Untitled";
}
