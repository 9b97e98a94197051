// English irregular verb forms. PostgreSQL's English stemmer (Snowball) folds "sells", "selling"
// and "sales" to one stem but not "sold" to "sell"; a thesaurus dictionary would need files on the
// database server, so the search query names the other forms instead ("sold" → sold | sell).
// Verbs that news claims use for quantities and events; a word in two groups takes the first.
const GROUPS = [
  "sell sold",
  "buy bought",
  "rise rose risen",
  "fall fell fallen",
  "grow grew grown",
  "win won",
  "lose lost",
  "pay paid",
  "spend spent",
  "make made",
  "hold held",
  "lead led",
  "say said",
  "tell told",
  "give gave given",
  "take took taken",
  "bring brought",
  "build built",
  "keep kept",
  "meet met",
  "run ran",
  "see saw seen",
  "send sent",
  "stand stood",
  "think thought",
  "seek sought",
  "find found",
  "become became",
  "begin began begun",
  "break broke broken",
  "choose chose chosen",
  "drive drove driven",
  "go went gone",
  "know knew known",
  "shrink shrank shrunk",
  "sink sank sunk",
  "speak spoke spoken",
  "steal stole stolen",
  "throw threw thrown",
  "write wrote written",
  "lend lent",
  "feel felt",
  "get got gotten",
  "teach taught",
  "fly flew flown",
  "forecast forecasted",
];

const FORMS = new Map<string, string[]>();
for (const group of GROUPS) {
  const forms = group.split(" ");
  for (const form of forms) if (!FORMS.has(form)) FORMS.set(form, forms);
}

/** The other forms of an irregular verb, lower case, including the word itself; null for any other word. */
export function irregularForms(word: string): string[] | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}
