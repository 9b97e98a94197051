// Spreadsheet formula injection ("CSV injection"): article text and editors' notes are untrusted,
// and a cell a spreadsheet reads as a formula can run it. A leading apostrophe makes it plain text.
//
// What counts as "starts with": after any invisible or blank characters a spreadsheet skips
// (spaces, zero-width spaces/joiners, BOM, bidi marks), the first character is one of = + - @
// (or their full-width forms ＝ ＋ － ＠, which spreadsheets in East Asian locales accept), or
// the cell starts with a tab or carriage return. One function for every export.

const INVISIBLE = "\\s\\u00A0\\u200B-\\u200F\\u2028-\\u202F\\u2060-\\u2064\\u206A-\\u206F\\uFEFF\\u3000";
const FORMULA_START = new RegExp(`^[${INVISIBLE}]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20]|^[\\t\\r]`);

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
