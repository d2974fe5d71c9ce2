/**
 * How a field is named where fields are offered (the pane's builder): what the short field name
 * stands for, in the words the tables and cards use. Kept apart from the fields themselves, so
 * that the functions bundle does not carry the pane's words.
 * @example fieldLabel("raised") // "raised (in reported rounds)"
 * @example fieldLabel("ceo")    // "ceo"
 */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  raised: "raised (in reported rounds)",
  "raised qualifier": "raised (in reported rounds) qualifier",
  rounds: "rounds (reported in the source)",
  sectors: "sectors (of its partnerships)",
};
