/**
 * Lists of investor names, read forward from where a list starts ("led by CDH Investments and
 * Sailing Capital in July") or back from where it ends ("Mitsubishi UFJ Capital and JAFCO Group
 * also invested"), each item the investor it names ("the EIC Fund of the European Commission").
 */
import { AND_IN_NAME, nameAtEnd, nameRuns } from "./names";

/** Words that end an investor list: the sentence moves on to something else. */
const LIST_END =
  /\s(?:in|at|on|for|to|as(?!\s+well\s+as\b)(?<!\bwell\s+as)|last|this|next|earlier|later|which|who|that|said|says|with|valuing|values|valued|bringing|brings|according|while|after|before|following|since|during|is|are|was|were|has|have|had|will|would|could|under|through|among|to|via|per|the company|a person|people|sources?)\b|,\s(?=(?:[\w.'’-]+\s){1,8}(?:told|said|says|learnt|learned|understands|reported)\b)|,\s(?:and\s)?(?:which|who|that|said|bringing|valuing|according|the company|it|its|as(?!\s+well\s+as\b)|while|with|led|co-led|according)\b|\s(?:and\s)?(?:also|included|includes|participated|joined|took|invested|followed|returned|came|led|co-led|participating|joining|investing|continuing|continued|increasing|saw|sees|drew)\b|,\s+and\s+(?=[^,.;]*\b(?:followed|participated|joined|invested|also|came\s+back|returned)\b)|[;:()]|\.(?:\s|$)|$/;
/** "the founders of Personio": people named by their company, not investors. */
const PEOPLE_OF =
  /\b(?:founders?|co-founders?|executives?|employees|alumni|veterans)\s+(?:of|at|from)\s/i;
/**
 * Between items of a list: a comma (not before "Inc", "Ltd"), "and", "as well as", "&", a note's
 * " + " ("YC + angels").
 */
const SPLIT =
  /,(?!\s*(?:Inc|Ltd|LLC|Co|Corp|L\.P)\b)\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*(?=[a-z])|\s+\+\s+/;

/**
 * "Sanabil Investments, the venture arm of Saudi Arabia's Public Investment Fund", "Olivier
 * Pomel, CEO of Datadog": a description of the name before it, whose owner did not join the round.
 */
/** ", known as the Big Fund II," / ", also known as X,": another name for the one before. */
const KNOWN_AS_ALIAS = /,\s+(?:also\s+)?known\s+as\s+(?:the\s+)?[A-Z][^,;.()]{0,40}(?=,)/g;
const DESCRIBED_AS_PART_OF =
  /,\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,4}|(?:former\s+)?(?:co-?founder|founder|CEO|CTO|CFO|COO|chair(?:man|woman)?|president|partner|managing\s+partner)(?:\s+and\s+(?:CEO|CTO|chair(?:man|woman)?|president))?\s+)(?:of|at)\s+[^,;.()]*/gi;

/**
 * A list split into items, keeping the "and" of "Shanghai Science and Technology …" inside.
 *
 * @example
 * splitList("Shanghai Science and Technology Venture Capital, Sequoia and Tencent")
 * // ["Shanghai Science and Technology Venture Capital", "Sequoia", "Tencent"]
 */
export const splitList = (list: string): string[] =>
  list
    .replace(AND_IN_NAME, (m) => m.replace("and", "\uE000"))
    .split(SPLIT)
    .map((item) => item.replace(/\uE000/g, "and"));

/**
 * Investor names in a list that starts at the beginning of `text` and runs until the sentence
 * moves on ("Temasek Holdings and Suning Commerce Group Co Ltd, the company said" → two names).
 *
 * @example
 * listAt("CDH Investments and Sailing Capital in July.") // ["CDH Investments", "Sailing Capital"]
 */
export function listAt(list: string): string[] {
  // "Andreessen Horowitz (a16z) and Nat Friedman": a short alias in brackets is no list end.
  const text = list
    .replace(/\s*\((?!(?:co-)?lead)[^()]{1,30}\)(?=[\s,.;]|$)/gi, "")
    .replace(DESCRIBED_AS_PART_OF, "")
    // "the … Fund Phase II, known as the Big Fund II, and …": an alias in commas is no list end.
    .replace(KNOWN_AS_ALIAS, "");
  let end = text.length;
  for (let from = 0; ;) {
    const m = LIST_END.exec(text.slice(from));
    if (!m) break;
    const at = from + m.index;
    // A legal suffix's full stop ("Tencent Holdings Ltd., according") does not end the list, nor
    // does an initial's ("J. P. Morgan and Fidelity").
    if (/^\.\s/.test(m[0]) && /\b(?:Ltd|Inc|Corp|Co|Jr|St|[A-Z])$/.test(text.slice(0, at))) {
      from = at + 1;
      continue;
    }
    end = at;
    break;
  }
  const names: string[] = [];
  for (const raw of splitList(text.slice(0, end))) {
    const item = raw.replace(/^(?:including|include|includes|such as|and|plus)\s+/i, "").trim();
    if (!item) continue;
    // "led by Tiger Global, not Coatue": the name after "not" is ruled out.
    if (/^(?:not|rather\s+than|instead\s+of)\s/i.test(item)) break;
    // "angels including the founders of Personio and Taxfix": people named by their company.
    if (PEOPLE_OF.test(item)) break;
    // "…, as well as loans from Mizuho Bank": lenders, not investors.
    if (/^(?:(?:bank\s+)?loans?|debt|credit(?:\s+lines?)?|borrowings?)\s+from\b/i.test(item)) break;
    const name = investorName(item);
    if (name) names.push(name);
  }
  return names;
}

/**
 * "Accel's growth fund": a firm's unnamed fund is the firm (an arm is most often named right after,
 * "CATL's investment arm, Ningde Era Capital").
 */
const OWNER_ARM =
  /^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:'s|(?<=s)')\s+(?:[a-z][\w-]*\s+){0,3}(?:fund|vehicle)$|^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:'s|(?<=s)')\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:programme|program)$/;

/** "EIC Fund of the European Commission": the fund, named before its owner. */
const FUND_OF_THE =
  /^(.*\b(?:Fund|Capital|Ventures|Partners|Investments?|Foundation|Trust|Office))\s+of\s+the\s+[A-Z][^,]*$/;

/**
 * The investor an item of a list names: the name it ends with, or the fund before "of the".
 *
 * @example
 * investorName("The EIC Fund of the European Commission") // "EIC Fund"
 */
export function investorName(item: string): string | null {
  const owner = OWNER_ARM.exec(item.trim().replace(/[.,;:]+$/, ""));
  const ownerName = owner ? nameAtEnd(owner[1] ?? owner[2]) : null;
  if (ownerName) return ownerName;
  const fundOf = FUND_OF_THE.exec(item.trim());
  return (fundOf && nameAtEnd(fundOf[1])) ?? nameAtEnd(item);
}

/**
 * Names in the list that ends right before `at`.
 *
 * @example
 * const clause = "Mitsubishi UFJ Capital and JAFCO Group also invested.";
 * listBefore(clause, clause.indexOf(" also")) // ["Mitsubishi UFJ Capital", "JAFCO Group"]
 */
export function listBefore(text: string, at: number): string[] {
  // "Airtree Ventures, which led …": the relative pronoun points back at the list.
  const head = text
    .slice(0, at)
    .replace(/\s+$/, "")
    // "Jada Fund of Funds, which was set up by the Public Investment Fund, joined": the aside
    // describes the last name; the list ends before it.
    .replace(/,\s*(?:which|who)\s+(?:was|were|is|are|has|had)\b[^,;.]*,?$/, "")
    // "Sequoia China – now known as HongShan – also invested": an aside between dashes.
    .replace(/\s+[-–—]\s+[^.;]*?\s[-–—]$/, "")
    .replace(/,\s*(?:which|who|that)$/, "")
    // "X and Y are also participating": the verb's auxiliary is no part of the last name.
    .replace(/\s+(?:are|is|were|was)$/, "");
  // "Tencent Holdings Ltd. and Alibaba led": a legal suffix's full stop ends no sentence.
  const stops = [...head.matchAll(/(?<!\b(?:Ltd|Inc|Corp|Co|Jr|St))\.\s/g)];
  // "… Korea, today announced that Harbour Peak Capital has led": the list starts after "that".
  // "…, alongside returning investor Saltmarsh Capital, which led": it starts after "alongside".
  const that = /\b(?:that|alongside)\s+(?=[^,;]*$)/.exec(head);
  const start = Math.max(
    (stops.pop()?.index ?? -1) + 1,
    that ? that.index + that[0].length : 0,
    head.lastIndexOf("; ") + 1,
    head.search(/(?:,\s*and|,\s*while|\bwhile|\band)\s+[^,]*$/) >= 0
      ? head.search(/(?:,\s*and|,\s*while|\bwhile)\s+[^,]*$/)
      : 0,
    0,
  );
  const segment = head.slice(start).replace(/^(?:,\s*)?(?:and|while)\s+/, "");
  // Keep only the trailing part made of names, commas, "and" and descriptors of investors.
  const items = splitList(segment);
  const names: string[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i].replace(
      /^(?:previous|existing|other|new|returning|old|prior)\s+(?:investors?|backers?|shareholders?)\s+/i,
      "",
    );
    const name = investorName(item);
    if (!name) break;
    const runs = nameRuns(item);
    // The first item may carry a lead-in ("Separately, X"): take only its last name run.
    // "Abu Dhabi's ADQ": a place's possessive is no lead-in.
    const placed = /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}'s\s+[A-Z]/.test(item);
    if (i === 0 && runs.length > 1 && !placed && /[a-z]{3,}\s+[A-Z]/.test(item) === false) break;
    names.unshift(name);
  }
  return names;
}
