// ", up from 120,000 a year ago", ", less than the 20% charged by rivals", ", double the number it
// reported in January": after a comma, these phrases compare with the figure just stated. They are
// part of that clause, not a new one, so the claim keeps the comparison and the date in it.
import type { Analysis } from "./nlp";

const OPENERS: string[][] = [
  ["up", "from"], ["down", "from"], ["compared", "with"], ["compared", "to"], ["versus"], ["vs"], ["vs."],
  ["less", "than"], ["more", "than"], ["fewer", "than"], ["higher", "than"], ["lower", "than"],
  ["double"], ["triple"], ["twice"], ["half"], ["almost", "double"], ["nearly", "double"],
  ["an", "increase", "of"], ["a", "rise", "of"], ["a", "drop", "of"], ["a", "decline", "of"], ["a", "fall", "of"],
  ["from"], ["up"], ["down"],
];

/** Does the text at token `i` open a comparison with the preceding figure? */
export function opensRelation(a: Analysis, i: number): boolean {
  for (const words of OPENERS) {
    if (!words.every((w, k) => a.lower[i + k] === w)) continue;
    // Bare "from", "up" and "down" only count before a number ("from 870 billion won").
    if (words.length === 1 && ["from", "up", "down"].includes(words[0]!)) {
      const next = i + 1;
      return a.kind[next] === "number" || a.kind[next] === "currency" || a.pos[next] === "NUM";
    }
    return true;
  }
  return false;
}

/** A comma that glues a comparison to the clause before it. */
export function relationalComma(a: Analysis, i: number): boolean {
  return a.value[i] === "," && opensRelation(a, i + 1);
}
