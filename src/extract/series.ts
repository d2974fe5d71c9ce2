/**
 * Round names: "Series B", "B round", "Series B+", "pre-A", "angel", "seed", "strategic",
 * "pre-IPO", each normalised to one label ("Series B", "Series B+", "Pre-A", "Angel", "Seed",
 * "Pre-seed", "Strategic", "Pre-IPO").
 */

/** A round name at [start, end) of the text, with its normalised label. */
export interface SeriesMention {
  start: number;
  end: number;
  label: string;
}

const ROUND_WORD = "(?:round|funding|financing|fundraising|investment|raise|deal|tranche)";
const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\bpre-?\s?(?:Series\s)?([A-H])\b(\+*)/gi, (m) => `Pre-${m[1].toUpperCase()}${m[2]}`],
  [/\bpre-?IPO\b/gi, () => "Pre-IPO"],
  // "Series B-1" is "Series B1", the label a tranche of a lettered round is filed under.
  [/\bSeries\s([A-H])(?:-?(\d))?(?![a-z])(\+*)/g, (m) => `Series ${m[1]}${m[2] ?? ""}${m[3]}`],
  // "a $112 million series B financing": trade-press house style writes the word in lower case.
  [/\bseries\s([A-H])(?:-?(\d))?(?![\w'’])(\+*)/g, (m) => `Series ${m[1]}${m[2] ?? ""}${m[3]}`],
  // "new shares of Class C preferred stock": the class of preferred shares a round issues.
  [
    /\bClass\s([A-H])(\d?)\s+(?:preferred|preference)\s+(?:shares|stock)\b/g,
    (m) => `Series ${m[1]}${m[2]}`,
  ],
  [
    new RegExp(
      `(?<=\\b(?:a|an|the|its|their|this|that|latest|new)\\s)([A-H])(\\d?)(\\+*)(?:-|\\s)${ROUND_WORD}\\b`,
      "g",
    ),
    (m) => `Series ${m[1]}${m[2]}${m[3]}`,
  ],
  // "a $120 million B2 round": a tranche's number after the letter ("A" only with one).
  [
    new RegExp(`\\b(?:([B-H])(\\d?)|(A)(\\d))(\\+*)(?:-|\\s)round\\b`, "g"),
    (m) => `Series ${m[1] ?? m[3]}${m[2] ?? m[4]}${m[5]}`,
  ],
  // "RMB100 million yuan A+ round financing": a letter with its "+" is a round wherever it stands.
  [
    new RegExp(`\\b([A-H])(\\d?)(\\++)(?:-|\\s)${ROUND_WORD}\\b`, "g"),
    (m) => `Series ${m[1]}${m[2]}${m[3]}`,
  ],
  [new RegExp(`\\bpre[- ]?seed\\b`, "gi"), () => "Pre-seed"],
  [new RegExp(`\\bseed(?:-stage)?\\s${ROUND_WORD}`, "gi"), () => "Seed"],
  // "Our seed was $3.5 million": the word alone as the subject of a company's round.
  [/(?<=\b(?:our|its|their)\s)seed(?=\s+(?:was|is|had|came|closed)\b)/gi, () => "Seed"],
  // "their seed back in 2023 ($3M from YC)": the word alone, its figure in brackets.
  [
    /(?<=\b(?:our|its|their)\s)seed(?=(?:\s+(?:back\s+)?in\s+(?:19|20)\d\d)?\s+\((?:[A-Z]{1,3})?[$€£¥₹]\s?\d)/gi,
    () => "Seed",
  ],
  // "The company's original seed, C$5 million, closed in 2025": the figure in apposition.
  [/\bseed(?=,\s+(?:about\s+|around\s+)?(?:[A-Z]{1,3})?[$€£¥₹]\s?\d)/gi, () => "Seed"],
  // A memo's history item "– Seed (2021): €2.5M": the round its line opens on.
  [
    /(?<=^\s*(?:[-•*·]\s*)?)seed(?=\s*(?:\((?:19|20)\d\d\)\s*)?:\s*(?:[A-Z]{1,3})?[$€£¥₹]\s?\d)/gi,
    () => "Seed",
  ],
  [
    new RegExp(`\\b(angel|seed)[- ]?(?:plus|\\+)(?:\\s${ROUND_WORD})?`, "gi"),
    (m) => `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}+`,
  ],
  [new RegExp(`\\bangel\\s${ROUND_WORD}`, "gi"), () => "Angel"],
  [new RegExp(`\\bstrategic\\s${ROUND_WORD}`, "gi"), () => "Strategic"],
  // "raised CHF 9m (Seed) from …": a digest's round name in brackets after the figure.
  [/(?<=\d(?:[.,]\d+)?\s?(?:k|m|mn|bn|million|billion)?\s\()seed(?=\))/gi, () => "Seed"],
  // "a £6.5m seed, led by …", "our $4M seed": the word alone, right after the figure.
  [
    /(?<=\d(?:[.,]\d+)?\s?(?:k|m|mn|bn|million|billion)\s)seed\b(?!-|\s+(?:funds?|investors?|programme|program|vehicle)\b)/gi,
    () => "Seed",
  ],
];

/**
 * "Ireland Strategic Investment Fund", "Seed Round Capital": a capitalised match followed by the
 * word that ends an investor's name is part of that name, not a round.
 */
const insideName = (text: string, start: number, end: number) =>
  /^[A-Z]/.test(text.slice(start)) &&
  /^\s+(?:Funds?|Capital|Partners|Ventures|Group|Corporation|Corp|Holdings|Management|Trust)\b/.test(
    text.slice(end),
  );

/**
 * Every round name in `text`, in order; overlapping matches keep the first rule's reading
 * ("pre-Series A" is "Pre-A", not "Series A").
 *
 * @example
 * findSeries("closed a B+ round of financing")[0].label // "Series B+"
 */
export function findSeries(text: string): SeriesMention[] {
  const found: SeriesMention[] = [];
  for (const [re, label] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (insideName(text, start, end)) continue;
      found.push({ start, end, label: label(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
