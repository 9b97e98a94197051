// Who "he", "Mr. Barra" and "the company" are. News copy names a person in full once and then
// uses the surname, a title or a pronoun; companies become "the company" or "it". We resolve
// these to the most salient named entity of the right kind, which is what a reader does.
import type { Entity } from "./types";
import type { Mention } from "./entities";

interface Known {
  canonical: string;
  kind: Entity["kind"];
  count: number;
  female: boolean | null;
  /** Segment indices where it was mentioned. */
  seen: number[];
}

const CORPORATE_SUFFIX = /,?\s+(Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|PLC|plc|Limited|Corporation|Incorporated)$/;

export class EntityRegistry {
  private readonly byName = new Map<string, Known>();
  private readonly alias = new Map<string, string>();
  private lastYear: string | null = null;
  private lastPeriod: string | null = null;

  /** Dates in reading order, so "that year" and "the same period" can be resolved. */
  noteDate(text: string, specific: boolean): void {
    const year = /\b(1[5-9]|20)\d\d\b/.exec(text);
    if (year) this.lastYear = year[0];
    if (specific || /\b(quarter|half|Q[1-4])\b/i.test(text)) this.lastPeriod = text.replace(/^(in|during|for|by|since|over|of)\s+/i, "");
  }

  /** The year or period a reference ("that year", "the same period") stands for, else null. */
  periodFor(reference: string, sameSentence?: string): string | null {
    if (!/^(that|the same|this) (year|quarter|period|half)$/i.test(reference)) return null;
    const local = sameSentence?.replace(/^(in|during|for|by|since|over|of)\s+/i, "") ?? null;
    if (/year$/i.test(reference)) {
      const year = local ? /\b(1[5-9]|20)\d\d\b/.exec(local)?.[0] : undefined;
      return year ?? this.lastYear;
    }
    return local ?? this.lastPeriod;
  }

  /** First pass: learn full names and their short forms ("Barra", "Hugo") from every mention. */
  learn(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.kind !== "person") continue;
      const parts = m.text.split(/\s+/);
      if (parts.length < 2) continue;
      const canonical = m.text;
      if (!this.byName.has(canonical)) this.byName.set(canonical, newKnown(canonical, "person"));
      const surname = parts[parts.length - 1] ?? "";
      const given = parts[0] ?? "";
      if (!this.alias.has(surname)) this.alias.set(surname, canonical);
      if (!this.alias.has(given)) this.alias.set(given, canonical);
    }
  }

  /** Canonical form of a mention: a surname or given name alone becomes the full name. */
  canonical(m: Mention): { text: string; kind: Entity["kind"] } {
    const full = this.alias.get(m.text);
    if (full && (m.kind === "person" || m.text.split(/\s+/).length === 1)) return { text: full, kind: "person" };
    // "Xiaomi Inc." and "Xiaomi" are one company.
    if (m.kind === "organization") {
      const bare = m.text.replace(CORPORATE_SUFFIX, "");
      if (bare) return { text: bare, kind: m.kind };
    }
    return { text: m.text, kind: m.kind };
  }

  /** Second pass, in reading order: count mentions so salience reflects the article. */
  record(m: Mention, segmentIndex: number, female: boolean | null): Entity {
    const c = this.canonical(m);
    let k = this.byName.get(c.text);
    if (!k) {
      k = newKnown(c.text, c.kind);
      this.byName.set(c.text, k);
    }
    k.count++;
    if (female !== null) k.female = female;
    if (k.seen[k.seen.length - 1] !== segmentIndex) k.seen.push(segmentIndex);
    return { text: k.canonical, kind: k.kind };
  }

  /** The organisation the article is about: named at least twice, and more often than any other. */
  dominant(kind: Entity["kind"]): string | null {
    const ranked = [...this.byName.values()].filter((k) => k.kind === kind && k.count > 0).sort((x, y) => y.count - x.count);
    const top = ranked[0];
    if (!top || top.count < 2 || (ranked[1] && ranked[1].count === top.count)) return null;
    return top.canonical;
  }

  /**
   * "the research firm" when the article has named "Corvel Research": the organisation named with
   * one of the description's words, most mentioned first; null when no name shares one.
   */
  organizationNamedWith(words: string[]): string | null {
    let best: Known | null = null;
    for (const k of this.byName.values()) {
      if (k.kind !== "organization" || k.count === 0) continue;
      const own = k.canonical.toLowerCase().split(/\s+/);
      if (words.some((w) => own.includes(w)) && (!best || k.count > best.count)) best = k;
    }
    return best?.canonical ?? null;
  }

  /**
   * The entity a pronoun or "the company" points to at a segment: the one of that kind the
   * article has mentioned most so far, with a bonus for being mentioned just before.
   */
  salient(kind: Entity["kind"], segmentIndex: number, female: boolean | null = null): string | null {
    let best: Known | null = null;
    let bestWeight = -1;
    for (const k of this.byName.values()) {
      if (k.kind !== kind || k.count === 0) continue;
      if (female !== null && k.female !== null && k.female !== female) continue;
      const last = k.seen[k.seen.length - 1] ?? -99;
      // Frequency dominates; being named in the last two sentences is worth three mentions.
      const weight = k.count + (segmentIndex - last <= 2 ? 3 : 0);
      if (weight > bestWeight) {
        best = k;
        bestWeight = weight;
      }
    }
    return best?.canonical ?? null;
  }
}

function newKnown(canonical: string, kind: Entity["kind"]): Known {
  return { canonical, kind, count: 0, female: null, seen: [] };
}
