// Figures in a sentence: wink's CARDINAL / MONEY / PERCENT / ORDINAL / DATE entities, widened to
// the currency, scale and percent words wink leaves outside ("€5 million", "1.2 trillion yuan"),
// given a numeric value, a canonical comparator, the counted noun and a period.
import type { Analysis, EntitySpan } from "./nlp";
import { hasTag, isCurrencyWord, isMonthOrDay, wordsToNumber } from "./lexicon";
import type { Segment } from "./segment";

export type FigureKind = "money" | "percent" | "count";

export interface Figure {
  kind: FigureKind;
  /** Token span of the whole figure, comparator included. */
  first: number;
  last: number;
  value: number;
  comparator?: string;
  currency?: string;
  /** The counted noun ("handsets", "registered users"); "%" for percentages. */
  unit?: string;
  /** Last token of the counted noun phrase, when there is one. */
  unitLast?: number;
  /** Normalised wording of the figure: "about 20 million", "under 5%", "$10 billion". */
  display: string;
  /** Written in words ("five"), which in running text is often not a statistic. */
  wordy: boolean;
  /** A length of time in digits ("for 22 years", "within 28 days"): a figure, and also a period. */
  duration?: boolean;
  /** The other end of a range ("between 80 million and 90 million") or alternative ("7% or 8%"). */
  upper?: number;
  range?: "between" | "or" | "to";
}

/** The parts a whole is cut into, by the word for one of them: "two-thirds", "a quarter of". */
const DENOMINATORS: Record<string, number> = dict({ third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });

/** "two-thirds", "three quarters": the denominator after a number smaller than it. */
function fractionAfter(a: Analysis, last: number, seg: Segment, value: number): { denominator: number; last: number } | null {
  let k = last + 1;
  if (a.value[k] === "-" && a.end[last] === a.start[k]) k++;
  const denominator = DENOMINATORS[a.lower[k] ?? ""];
  return denominator && k <= seg.last && value >= 1 && value < denominator && Number.isInteger(value) ? { denominator, last: k } : null;
}

export interface DateMention {
  first: number;
  last: number;
  text: string;
  /** Has a year or a month: can be checked against a calendar. */
  specific: boolean;
  /** Names a day of the week ("on Sunday"): checkable against the article's date. */
  weekday?: boolean;
}

export interface SentenceFigures {
  figures: Figure[];
  dates: DateMention[];
  /** ORDINAL entities ("first", "third") for ranking claims. */
  ordinals: number[];
}

/** A lookup table without Object.prototype, so a token like "constructor" is never a key. */
function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const SCALE: Record<string, number> = dict({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9,
  b: 1e9, trillion: 1e12, tn: 1e12, crore: 1e7, lakh: 1e5,
});
const SCALE_WORD: Record<string, string> = dict({ k: "thousand", m: "million", mn: "million", mln: "million", bn: "billion", b: "billion", tn: "trillion" });
const PERCENT_WORDS = new Set(["%", "percent", "per cent", "pct", "percentage"]);

/** Comparator phrases, longest first, mapped to the wording the desk uses. */
const COMPARATORS: Array<[string[], string]> = [
  [["no", "fewer", "than"], "at least"], [["no", "less", "than"], "at least"], [["no", "more", "than"], "at most"],
  [["in", "excess", "of"], "over"], [["upwards", "of"], "over"], [["as", "many", "as"], "up to"],
  [["as", "much", "as"], "up to"], [["more", "than"], "over"], [["greater", "than"], "over"],
  [["less", "than"], "under"], [["fewer", "than"], "under"], [["at", "least"], "at least"],
  [["at", "most"], "at most"], [["up", "to"], "up to"], [["just", "over"], "just over"],
  [["just", "under"], "just under"], [["close", "to"], "nearly"], [["an", "estimated"], "about"],
  [["over"], "over"], [["above"], "over"], [["under"], "under"], [["below"], "under"],
  [["about"], "about"], [["around"], "about"], [["approximately"], "about"], [["roughly"], "about"],
  [["some"], "about"], [["estimated"], "about"], [["circa"], "about"], [["nearly"], "nearly"],
  [["almost"], "nearly"], [["exactly"], "exactly"], [["precisely"], "exactly"], [["only"], "only"],
];

const CURRENCY_SYMBOL: Record<string, string> = dict({
  $: "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₱": "PHP", "₫": "VND", "¥": "JPY/CNY",
  "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NT$": "TWD", rs: "INR", "rs.": "INR", rp: "IDR", rmb: "CNY",
});
/** The first symbol written for each currency code ("USD" → "$"), computed once. */
const SYMBOL_OF: Record<string, string> = dict(
  Object.fromEntries(Object.entries(CURRENCY_SYMBOL).reverse().map(([symbol, code]) => [code, symbol])),
);
const CURRENCY_WORD: Record<string, string> = dict({
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", sterling: "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY", rmb: "CNY", rupee: "INR", rupees: "INR", rupiah: "IDR", won: "KRW",
  ringgit: "MYR", baht: "THB", peso: "PHP", pesos: "PHP", dong: "VND", francs: "CHF", franc: "CHF", usd: "USD",
  eur: "EUR", gbp: "GBP", cny: "CNY", jpy: "JPY", inr: "INR",
});

/** Currency words shared by several countries: kept as written rather than guessed. */
const OTHER_CURRENCIES = new Set(["kroner", "krone", "kronor", "krona", "lira", "rand", "reais", "shekels", "zloty", "forint", "dirhams", "riyals", "dinars", "naira", "shillings"]);
const FIGURE_ENTITIES = new Set(["CARDINAL", "MONEY", "PERCENT"]);
const DATE_ENTITIES = new Set(["DATE", "DURATION", "TIME"]);

/** A sentence with more figures is a table pasted as prose; the claims use only its first ones. */
const MAX_FIGURES_READ = 16;

export function findFigures(a: Analysis, seg: Segment): SentenceFigures {
  const figures: Figure[] = [];
  const dates: DateMention[] = [];
  const ordinals: number[] = [];
  const dateTokens = new Set<number>();
  const inSegment = entitiesIn(a, seg);
  for (const e of inSegment) {
    if (!DATE_ENTITIES.has(e.type)) continue;
    for (let i = e.first; i <= e.last; i++) dateTokens.add(i);
  }
  for (const e of inSegment) {
    if (e.type === "ORDINAL") ordinals.push(e.first);
    else if (DATE_ENTITIES.has(e.type)) {
      dates.push(dateMention(a, e.first, e.last));
      const d = e.type === "DURATION" && figures.length < MAX_FIGURES_READ ? durationFigure(a, e.first, e.last, seg) : null;
      if (d) figures.push(d);
    }
    else if (FIGURE_ENTITIES.has(e.type)) {
      if (isYear(a, e.first, e.last)) dates.push(dateMention(a, e.first, e.last));
      else if (figures.length < MAX_FIGURES_READ) {
        const figure = buildFigure(a, e.first, e.last, e.type, seg, dateTokens);
        if (figure) figures.push(figure);
      }
    }
  }
  if (figures.length < MAX_FIGURES_READ) figures.push(...shareWords(a, seg, figures));
  return { figures: mergeAdjacent(a, figures.sort((x, y) => x.first - y.first)), dates, ordinals };
}

const PERIOD_BEFORE_HALF = new Set(["the", "first", "second", "last", "latter", "other", "this", "that", "each"]);

/**
 * "about half of the adults", "a quarter of those loans", "cut by a fifth": a share written as a
 * word, which wink does not read as a number. Only with "of" after it or "by" before it, so "the
 * second half", "a third term" and "half the price" (a multiplier) stay out.
 */
function shareWords(a: Analysis, seg: Segment, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = seg.first; i <= seg.last; i++) {
    const w = a.lower[i] ?? "";
    // One part, singular: "half", "a third", "a quarter".
    const denominator = w === "half" ? 2 : w.endsWith("s") ? undefined : DENOMINATORS[w];
    if (denominator === undefined || figures.some((f) => f.first <= i && f.last >= i)) continue;
    const article = a.lower[i - 1] === "a" || a.lower[i - 1] === "one";
    if (w !== "half" && !article) continue;
    const share = Math.round(1000 / denominator) / 10;
    const first = article ? i - 1 : i;
    // "the second half of the year", "the first half": a period, not a share.
    if (PERIOD_BEFORE_HALF.has(a.lower[first - 1] ?? "")) continue;
    const byBefore = a.lower[first - 1] === "by";
    if (a.lower[i + 1] !== "of" && !byBefore) continue;
    const cmp = comparatorBefore(a, first, seg.first);
    const words = a.text.slice(a.start[first], a.end[i]);
    out.push({
      kind: "percent", first: cmp ? cmp.start : first, last: i, value: share, ...(cmp ? { comparator: cmp.label } : {}),
      unit: "%", display: [cmp?.label, words].filter(Boolean).join(" "), wordy: false,
    });
  }
  return out;
}

const TIME_UNITS = new Set(["years", "months", "weeks", "days", "hours", "minutes", "decades"]);

/**
 * "has worked there for 22 years", "must be paid within 28 days", "in more than 30 years": a
 * length of time written in digits is a figure an editor checks (tenure, deadlines, durations);
 * one in words ("four hours") is not, as with other counts.
 */
function durationFigure(a: Analysis, first: number, last: number, seg: Segment): Figure | null {
  let n = first;
  while (n < last && a.kind[n] !== "number") n++;
  if (a.kind[n] !== "number" || n + 1 !== last || !TIME_UNITS.has(a.lower[last] ?? "") || !/^\d[\d,]*$/.test(a.value[n] ?? "")) return null;
  const value = Number((a.value[n] ?? "").replace(/,/g, ""));
  if (!Number.isFinite(value) || value < 2) return null;
  const cmp = comparatorBefore(a, n, seg.first);
  const display = [cmp?.label, formatNumber(value)].filter(Boolean).join(" ");
  return {
    kind: "count", first: cmp ? cmp.start : n, last: n, value, ...(cmp ? { comparator: cmp.label } : {}),
    unit: a.value[last] ?? "", unitLast: last, display, wordy: false, duration: true,
  };
}

/** Entities inside a segment, found by binary search (wink lists them in text order). */
function entitiesIn(a: Analysis, seg: Segment): EntitySpan[] {
  let lo = 0;
  let hi = a.entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a.entities[mid]?.first ?? 0) < seg.first) lo = mid + 1;
    else hi = mid;
  }
  const out: EntitySpan[] = [];
  for (let i = lo; i < a.entities.length; i++) {
    const e = a.entities[i]!;
    if (e.first > seg.last) break;
    if (e.last <= seg.last) out.push(e);
  }
  return out;
}

/**
 * Month names, written out: the lexicon tags "May" as a modal and "March" as a verb, so inside a
 * date ("in May 2023", "on March 4") they are looked up here as well.
 */
const MONTHS = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

function dateMention(a: Analysis, first: number, last: number): DateMention {
  const text = a.text.slice(a.start[first], a.end[last]);
  let specific = false;
  for (let i = first; i <= last; i++) {
    const v = a.value[i] ?? "";
    // A year or a month name pins an event to the calendar; "Monday" or "yesterday" does not.
    if (/^(1[5-9]|20)\d\d$/.test(v) || ((hasTag(v, "Month") || MONTHS.has(v)) && /^[A-Z]/.test(v) && v.length > 2)) specific = true;
  }
  return { first, last, text, specific, ...(!specific && weekday(a, first, last) ? { weekday: true } : {}) };
}

/** "on Sunday", "late on Saturday night", "next Thursday": a day of the week, datable from the article's date. */
function weekday(a: Analysis, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (hasTag(a.value[i] ?? "", "WeekDay") && /^[A-Z]/.test(a.value[i] ?? "")) return true;
  return false;
}

/** A bare four-digit number between 1500 and 2099 that is not followed by a counted noun. */
function isYear(a: Analysis, first: number, last: number): boolean {
  if (first !== last || !/^(1[5-9]|20)\d\d$/.test(a.value[first] ?? "")) return false;
  const next = a.pos[last + 1];
  return next !== "NOUN" || /^[A-Z]/.test(a.value[last + 1] ?? "");
}

function buildFigure(a: Analysis, first: number, last: number, type: string, seg: Segment, dateTokens: Set<number>): Figure | null {
  // Peel comparator words wink put inside the entity ("about 20 million"), then look for more
  // right before it ("more than five million" arrives as "five million").
  let coreFirst = first;
  let comparator: string | undefined;
  const inner = matchComparator(a, coreFirst, last + 1);
  if (inner) {
    comparator = inner.label;
    coreFirst = inner.end;
  }
  let spanFirst = first;
  if (!comparator) {
    const before = comparatorBefore(a, first, seg.first);
    if (before) {
      comparator = before.label;
      spanFirst = before.start;
    }
  }
  let coreLast = last;
  // Widen to the right: scale words, currency words and percent words wink leaves out.
  while (coreLast + 1 <= seg.last) {
    const next = a.lower[coreLast + 1] ?? "";
    if (SCALE[next] !== undefined && a.start[coreLast + 1] !== undefined) coreLast++;
    else break;
  }
  let currency: string | undefined;
  let percent = type === "PERCENT";
  for (let i = coreFirst; i <= coreLast; i++) {
    if (a.kind[i] === "currency" || CURRENCY_SYMBOL[a.lower[i] ?? ""]) currency ??= symbolCode(a, i);
    // wink's MONEY entity often holds the currency word itself ("3 billion euros", "4,999 rupees").
    else if (i > coreFirst && (CURRENCY_WORD[a.lower[i] ?? ""] || OTHER_CURRENCIES.has(a.lower[i] ?? ""))) currency ??= CURRENCY_WORD[a.lower[i] ?? ""] ?? a.lower[i];
    if (PERCENT_WORDS.has(a.lower[i] ?? "")) percent = true;
  }
  // A currency sign just before the entity ("€" + "5 million").
  if (!currency && coreFirst - 1 >= seg.first && (a.kind[coreFirst - 1] === "currency" || CURRENCY_SYMBOL[a.lower[coreFirst - 1] ?? ""])) {
    currency = symbolCode(a, coreFirst - 1);
    if (spanFirst === first) spanFirst = coreFirst - 1;
    coreFirst--;
    // "(about £19 million)": the comparator stands before the sign, not before the digits.
    if (!comparator) {
      const before = comparatorBefore(a, coreFirst, seg.first);
      if (before) {
        comparator = before.label;
        spanFirst = before.start;
      }
    }
  }
  const after = a.lower[coreLast + 1] ?? "";
  if (!currency && !percent && coreLast + 1 <= seg.last) {
    if (CURRENCY_WORD[after] || OTHER_CURRENCIES.has(after) || isCurrencyWord(after)) {
      currency = CURRENCY_WORD[after] ?? after;
      coreLast++;
    } else if (PERCENT_WORDS.has(after)) {
      percent = true;
      coreLast++;
    } else if (after === "per" && a.lower[coreLast + 2] === "cent") {
      percent = true;
      coreLast += 2;
    }
  }
  if (percent && a.lower[coreLast + 1] === "points") coreLast++;
  if (percent && a.lower[coreLast] === "percentage" && a.lower[coreLast + 1] === "points") coreLast++;

  const numeric = numericValue(a, coreFirst, coreLast);
  if (!numeric) return null;
  const ratio = ratioBefore(a, coreFirst, seg);
  if (ratio && !currency && !percent) {
    // "one in three adults": a share, stated as a ratio.
    const unit = countedNoun(a, coreLast + 1, seg.last, dateTokens);
    const cmp = comparatorBefore(a, ratio.first, seg.first);
    const display = [cmp?.label, `${formatNumber(ratio.value)} in ${formatNumber(numeric.value)}`].filter(Boolean).join(" ");
    return {
      kind: "percent", first: cmp ? cmp.start : ratio.first, last: coreLast, value: Math.round((ratio.value / numeric.value) * 1000) / 10,
      ...(cmp ? { comparator: cmp.label } : {}), unit: unit?.text ?? "%", display, wordy: false,
    };
  }
  const fraction = !currency && !percent ? fractionAfter(a, coreLast, seg, numeric.value) : null;
  if (fraction) {
    // "two-thirds of that fall", "three quarters of homes": a share written as a fraction, kept
    // in its own words (2-thirds reads as a misprint) and valued as a percentage.
    const words = a.text.slice(a.start[coreFirst], a.end[fraction.last]);
    return {
      kind: "percent", first: spanFirst, last: fraction.last, value: Math.round((numeric.value / fraction.denominator) * 1000) / 10,
      ...(comparator ? { comparator } : {}), unit: "%", display: [comparator, words].filter(Boolean).join(" "), wordy: false,
    };
  }
  if (!currency && !percent && (isPartOfName(a, coreFirst, seg) || isLabel(a, coreFirst, seg) || isAge(a, spanFirst, coreLast, seg))) return null;
  const kind: FigureKind = currency ? "money" : percent ? "percent" : "count";
  // "one of the …", "one day": a count only when it counts something.
  const unit = kind === "count" ? countedNoun(a, coreLast + 1, seg.last, dateTokens) : kind === "percent" ? { text: "%", last: coreLast } : null;
  if (kind === "count" && numeric.value === 1 && numeric.wordy && !unit) return null;
  const display = [comparator, displayNumber(a, coreFirst, coreLast, numeric, kind, currency)].filter(Boolean).join(" ");
  return {
    kind,
    first: Math.min(spanFirst, coreFirst),
    last: coreLast,
    value: numeric.value,
    ...(comparator ? { comparator } : {}),
    ...(currency ? { currency } : {}),
    ...(unit ? { unit: unit.text, unitLast: kind === "count" ? unit.last : undefined } : {}),
    display,
    wordy: numeric.wordy,
  };
}

function ratioBefore(a: Analysis, coreFirst: number, seg: Segment): { first: number; value: number } | null {
  if (a.lower[coreFirst - 1] !== "in" || coreFirst - 2 < seg.first) return null;
  const w = a.lower[coreFirst - 2] ?? "";
  const n = /^\d+$/.test(w) ? Number(w) : a.pos[coreFirst - 2] === "NUM" ? wordsToNumber(w) : null;
  return n === null ? null : { first: coreFirst - 2, value: n };
}

function symbolCode(a: Analysis, i: number): string {
  const v = a.value[i] ?? "";
  const prev = a.value[i - 1] ?? "";
  const joined = a.end[i - 1] === a.start[i] ? prev + v : v;
  return CURRENCY_SYMBOL[joined] ?? CURRENCY_SYMBOL[v] ?? CURRENCY_SYMBOL[v.toLowerCase()] ?? v;
}

function matchComparator(a: Analysis, from: number, limit: number): { label: string; end: number } | null {
  for (const [words, label] of COMPARATORS) {
    if (from + words.length >= limit) continue;
    if (words.every((w, k) => a.lower[from + k] === w)) return { label, end: from + words.length };
  }
  return null;
}

function comparatorBefore(a: Analysis, first: number, floor: number): { label: string; start: number } | null {
  for (const [words, label] of COMPARATORS) {
    const s = first - words.length;
    if (s < floor) continue;
    if (words.every((w, k) => a.lower[s + k] === w)) return { label, start: s };
  }
  return null;
}

interface Numeric {
  value: number;
  wordy: boolean;
}

/** Digits are read directly; number words go to compromise's parser; scale words multiply. */
function numericValue(a: Analysis, first: number, last: number): Numeric | null {
  let digits: number | null = null;
  const words: string[] = [];
  let scale = 1;
  for (let i = first; i <= last; i++) {
    const v = a.lower[i] ?? "";
    if (a.kind[i] === "number" || /^\d[\d,]*(\.\d+)?$/.test(v)) {
      const n = Number(v.replace(/,/g, ""));
      if (Number.isFinite(n)) digits = n;
    } else if (SCALE[v] !== undefined && (digits !== null || words.length > 0)) {
      scale *= SCALE[v] ?? 1;
    } else if (a.pos[i] === "NUM" || v === "a" || v === "and" || v === "half" || v === "dozen") {
      words.push(v);
    }
  }
  if (digits !== null) return { value: digits * scale, wordy: false };
  if (words.length === 0) return null;
  const w = wordsToNumber(words.join(" "));
  return w === null ? null : { value: w * scale, wordy: true };
}

function displayNumber(a: Analysis, first: number, last: number, n: Numeric, kind: FigureKind, currency?: string): string {
  let scaleWord = "";
  let base = n.value;
  for (let i = first; i <= last; i++) {
    const v = a.lower[i] ?? "";
    if (SCALE[v] !== undefined && SCALE[v] >= 1e6) {
      scaleWord = SCALE_WORD[v] ?? v;
      base = n.value / (SCALE[v] ?? 1);
    }
  }
  let digits = "";
  for (let i = first; i <= last; i++) if (a.kind[i] === "number") digits = a.value[i] ?? "";
  const number = (digits && !n.wordy ? digits : formatNumber(base)) + (scaleWord ? ` ${scaleWord}` : "");
  if (kind === "percent") {
    const points = a.lower[last] === "points";
    return points ? `${number} percentage points` : `${number}%`;
  }
  if (kind === "money" && currency) {
    const symbol = SYMBOL_OF[currency];
    const firstIsSign = a.kind[first] === "currency" || CURRENCY_SYMBOL[a.lower[first] ?? ""] !== undefined;
    const sign = a.value[first] ?? "";
    if (firstIsSign) return /[a-z]$/i.test(sign) ? `${sign} ${number}` : `${sign}${number}`;
    return symbol === "$" ? `$${number}` : `${number} ${a.value[last]}`;
  }
  return number;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? groupThousands(n) : String(Math.round(n * 1e6) / 1e6);
}

/** `n.toLocaleString("en-US")` for an integer, without a call into ICU (slow, and run per figure). */
function groupThousands(n: number): string {
  if (Math.abs(n) >= 1e21 || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "Mi 3", "Windows 10", "Startup Asia Jakarta 2014": a number glued to a proper name. */
function isPartOfName(a: Analysis, first: number, seg: Segment): boolean {
  // "7-Eleven", "Covid-19", "F-35": a number glued by a hyphen to a capitalised word.
  const glued = (i: number) => a.value[i] === "-" && a.end[i - 1] === a.start[i] && a.end[i] === a.start[i + 1];
  const capital = (i: number) => /^[A-Z]/.test(a.value[i] ?? "");
  if (glued(first + 1) && (capital(first + 2) || capital(first))) return true;
  if (glued(first - 1) && (capital(first - 2) || capital(first))) return true;
  const prev = first - 1;
  if (prev < seg.first) return false;
  const name = a.value[prev] ?? "";
  if (isMonthOrDay(name)) return false;
  // "iPhone 6", "Mi 4", "Galaxy S9 5G": a small whole number right after a capitalised or camel-case
  // word names a product or version; it counts nothing.
  const small = /^\d{1,3}$/.test(a.value[first] ?? "") && !CURRENCY_SYMBOL[a.lower[first + 1] ?? ""];
  if (small && /^[a-z]*[A-Z]/.test(name) && a.kind[prev] === "word" && !(prev === seg.first && a.pos[prev] !== "PROPN") && !countsNoun(a, first + 1)) {
    return true;
  }
  return a.pos[prev] === "PROPN" && /^[A-Z]/.test(name);
}

/** Nouns a small number after them labels rather than counts: "phase 3 trial", "stage 2", "Type 1 diabetes". */
const LABEL_NOUNS = new Set(["phase", "stage", "tier", "grade", "level", "type", "category", "class", "round", "step", "article", "section", "chapter", "clause"]);

/** "The phase 3 study", "a category 4 storm": the number names a step of a scale; it counts nothing. */
function isLabel(a: Analysis, first: number, seg: Segment): boolean {
  const prev = first - 1;
  if (prev < seg.first || !LABEL_NOUNS.has(a.lower[prev] ?? "")) return false;
  return /^\d{1,2}[a-z]?$/i.test(a.value[first] ?? "") || /^(i{1,3}|iv|v)$/i.test(a.value[first] ?? "");
}

/**
 * "said Ilse Marten, 71, a retired teacher", "Davor Ilic, 54, a crane operator": a bare number set
 * off by commas right after a name is the person's age, which only identifies the speaker.
 */
function isAge(a: Analysis, first: number, last: number, seg: Segment): boolean {
  if (first !== last || !/^\d{1,3}$/.test(a.value[first] ?? "")) return false;
  if (a.value[first - 1] !== "," || a.value[last + 1] !== "," || first - 2 < seg.first) return false;
  const name = a.value[first - 2] ?? "";
  return a.pos[first - 2] === "PROPN" && /^[A-Z]/.test(name) && Number(a.value[first]) < 120;
}

/** "6 million units" or "4 stores": the number is followed by what it counts. */
function countsNoun(a: Analysis, i: number): boolean {
  // "Mi 4 costs 1,999 yuan": a word followed by a figure is the verb, whatever the tagger says.
  // "16 and older", "50 and over": an age.
  if ((a.lower[i] === "and" || a.lower[i] === "or") && ["older", "over", "up", "above", "under", "younger"].includes(a.lower[i + 1] ?? "")) return true;
  const verbBeforeFigure = a.kind[i + 1] === "number" || a.kind[i + 1] === "currency" || hasTag(a.lower[i] ?? "", "PresentTense");
  return (a.pos[i] === "NOUN" && /^[a-z]/.test(a.value[i] ?? "") && !verbBeforeFigure) || SCALE[a.lower[i] ?? ""] !== undefined || PERCENT_WORDS.has(a.lower[i] ?? "");
}

const UNIT_POS = new Set(["NOUN", "ADJ", "PROPN"]);

/** The noun a count counts: up to four modifier/noun tokens ending on a noun. */
function countedNoun(a: Analysis, from: number, limit: number, dateTokens: Set<number>): { text: string; last: number } | null {
  let last = -1;
  for (let i = from; i <= limit && i < from + 4; i++) {
    if (dateTokens.has(i)) break;
    const pos = a.pos[i] ?? "";
    // Participles modify the noun in "five million registered users", "300 trained staff".
    const participle =
      (pos === "VERB" && /(ed|ing)$/.test(a.lower[i] ?? "") && UNIT_POS.has(a.pos[i + 1] ?? "")) ||
      (pos === "ADV" && /ly$/.test(a.lower[i] ?? "") && a.pos[i + 1] === "ADJ");
    if ((!UNIT_POS.has(pos) && !participle) || a.kind[i] !== "word") break;
    if (pos === "NOUN" || pos === "PROPN") last = i;
  }
  if (last < 0) return null;
  return { text: a.text.slice(a.start[from], a.end[last]), last };
}

/** wink sometimes splits "2 m" or "3 bn" into two entities; keep one figure per expression. */
function mergeAdjacent(a: Analysis, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    if (prev && f.first <= prev.last) continue;
    const range = prev ? joinRange(a, prev, f) : null;
    if (range) out[out.length - 1] = range;
    else out.push(f);
  }
  return out;
}

/**
 * "between 80 million and 90 million", "7% or 8%", "300 to 400 jobs": one claim about a range or
 * a pair of alternatives, not two. "rose from 5% to 7%" is a change (baseline and level), and
 * "4,999 rupees, or about $60" a conversion: neither is merged.
 */
function joinRange(a: Analysis, x: Figure, y: Figure): Figure | null {
  if (y.first !== x.last + 2) return null;
  const joiner = a.lower[x.last + 1] ?? "";
  const between = a.lower[x.first - 1] === "between" || a.lower[x.first] === "between";
  let range: Figure["range"];
  if (joiner === "and" && between) range = "between";
  else if (joiner === "or") range = "or";
  else if ((joiner === "to" || joiner === "-" || joiner === "–") && a.lower[x.first - 1] !== "from" && x.value < y.value) range = "to";
  else return null;
  const kindOk = x.kind === y.kind || (x.kind === "count" && !x.unit);
  if (!kindOk || (x.currency && y.currency && x.currency !== y.currency)) return null;
  // "between 40 and 45 million": the low end shares the high end's scale word.
  let low = x.value;
  const yScale = scaleOf(a, y.first, y.last);
  if (yScale > 1 && scaleOf(a, x.first, x.last) === 1 && low < 1000) low *= yScale;
  const first = range === "between" && a.lower[x.first - 1] === "between" ? x.first - 1 : x.first;
  const lowDisplay = x.kind === "count" && y.kind !== "count" ? x.display : x.display;
  const display = range === "between" ? `between ${lowDisplay.replace(/^between /, "")} and ${y.display}` : `${lowDisplay} ${joiner === "or" ? "or" : "to"} ${y.display}`;
  return {
    ...y,
    first,
    value: low,
    upper: y.value,
    range,
    display,
    ...(x.comparator ? { comparator: x.comparator } : {}),
    wordy: x.wordy && y.wordy,
  };
}

function scaleOf(a: Analysis, first: number, last: number): number {
  let scale = 1;
  for (let i = first; i <= last; i++) {
    const v = a.lower[i] ?? "";
    if (SCALE[v] !== undefined && i > first) scale *= SCALE[v] ?? 1;
  }
  return scale;
}
