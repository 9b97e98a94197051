// Generated news articles for the import benchmark: ~800 words each, varied (seeded random choices
// from the shared benchmark vocabulary), with the kinds of checkable sentences real wire copy has
// (figures, percentages, money, dates, attributed statements, forecasts, rankings) between
// background sentences. Written here from word lists; no data-set text is used.
import { ARTICLE_VOCABULARY as V } from "./bench-vocabulary";

export interface GeneratedArticle {
  /** A file name whose extension matches the format. */
  name: string;
  /** The file's text: plain, Markdown with front matter, or JSON. */
  text: string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticles(count: number, seed = 20261201): GeneratedArticle[] {
  const rng = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const person = () => `${pick(V.firstNames)} ${pick(V.lastNames)}`;
  const org = () => `${pick(V.orgStems)} ${pick(V.orgSuffixes)}`;
  const year = () => int(2009, 2024);
  const amount = () => `${int(1, 99)}.${int(0, 9)} ${pick(["million", "billion"])}`;

  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const company = org();
    const ceo = person();
    const place = pick(V.places);
    const topic = pick(V.headlineTopics);
    const title = `${company} ${pick(V.headlineVerbs)} ${topic} in ${place}, ${pick(V.headlineTails)}`;
    const sentences: Array<() => string> = [
      () => `${company} ${pick(V.pastVerbs)} ${pick(V.comparators)} ${amount()} ${pick(V.products)} in ${year()}, ${pick(V.cues) === "according to" ? "the company said" : `${ceo} said`}.`,
      () => `${capitalize(pick(V.metrics))} ${pick(V.moveVerbs)} ${int(1, 60)}.${int(0, 9)} percent in ${pick(V.months)} ${year()}, up from ${int(1, 40)} percent a year earlier.`,
      () => {
        const c = pick(V.currencies);
        return `${capitalize(pick(V.moneyNouns))} reached ${c.symbol}${amount()} in the ${pick(["first", "second", "third", "fourth"])} quarter of ${year()}.`;
      },
      () => `${person()} ${pick(V.eventVerbs)} ${company} in ${pick(V.months)} ${year()}.`,
      () => `The company expects to ${pick(V.futureVerbs)} about ${amount()} ${pick(V.products)} by ${int(2025, 2032)}, ${ceo} told reporters.`,
      () => `${company} is now the ${pick(V.ordinals)} supplier of ${topic} in ${place}, according to ${org()}.`,
      () => `Its ${pick(V.products)} cost ${int(2, 9)} times less than those of ${org()}, ${person()} claimed.`,
      () => `"We ${pick(["doubled", "tripled", "halved", "grew"])} our ${pick(V.products)} in ${place} in ${int(2, 30)} months," ${ceo} said at an event in ${pick(V.places)}.`,
      () => `${company} ${pick(V.plans)} ${pick(V.places)} in ${year() + 2}.`,
      () => `Fewer than ${int(2, 40)} percent of its ${pick(V.products)} are sold outside ${place}, ${pick(["a spokesperson", "the annual report", "an analyst at " + org()])} ${pick(["said", "showed", "estimated"])}.`,
      () => pick(V.filler),
      () => pick(V.filler),
      () => pick(V.filler),
      () => pick(V.filler),
      () => `${pick(["Observers", "Rivals", "Unions", "Investors", "Officials"])} in ${place} ${pick(["welcomed", "questioned", "criticised", "played down"])} the ${pick(["plan", "figures", "decision", "forecast"])}, and ${pick(["few", "several", "some"])} expect ${pick(["changes", "a review", "delays", "more competition"])} before the ${pick(["summer", "election", "end of the year"])}.`,
    ];
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 800) {
      const paragraph = Array.from({ length: int(2, 4) }, () => pick(sentences)()).join(" ");
      words += paragraph.split(/\s+/).length;
      paragraphs.push(paragraph);
    }
    const body = paragraphs.join("\n\n");
    const date = `${year()}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    const outlet = pick(V.outlets);
    const author = person();
    const kind = i % 4;
    if (kind === 0) articles.push({ name: `article-${i}.json`, text: JSON.stringify({ title, author, outlet, publishedAt: date, body }) });
    else if (kind === 1) articles.push({ name: `article-${i}.md`, text: `---\ntitle: ${title}\nauthor: ${author}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${body}\n` });
    else articles.push({ name: `article-${i}.txt`, text: `${title}\n\nBy ${author}\n\n${body}\n` });
  }
  return articles;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
