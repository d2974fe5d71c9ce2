/**
 * Which company a round belongs to: the subject of the funding verb ("Chinese AI startup
 * SenseTime Group Ltd announced…"), a possessive ("Hypersonic's $11 million Series A"), the
 * object of an investment ("a round in another Chinese AI unicorn, Megvii Technology Inc"), or,
 * for "it" / "the company" / "the AI startup", the company the article is about. The rest of the
 * extractor also takes the article's companies (registry, aliases, subject) and a clause's
 * dateline from here.
 */
import { stripLeadIn } from "./lead-in";
import { INVESTED_IN_PUTTING } from "./money-role";
import { asName, nameRuns } from "./names";
import { openingSegment } from "./opening-segment";

export { articleSubject } from "./article-subject";
export { aliasesIn, CompanyRegistry, type Company } from "./company-registry";
export { datelineEnd } from "./lead-in";

const COMPANY_VERB =
  /\b(?:rais(?:es|ed|ing|e)|collect(?:s|ed)|secur(?:es|ed|ing|e)|clos(?:es|ed|ing|e)|complet(?:es|ed|ing|e)|land(?:s|ed)?|receiv(?:es|ed|e)|obtain(?:s|ed)?|acquired|bag(?:s|ged)?|gets?|got|nab(?:s|bed)|snag(?:s|ged)|pull(?:s|ed)\s+in|pick(?:s|ed)\s+up|rak(?:es|ed)\s+in|haul(?:s|ed)\s+in|scoop(?:s|ed)\s+up|mop(?:s|ped)\s+up|net(?:s|ted)|pocket(?:s|ed)|grab(?:s|bed)|scor(?:es|ed)|bank(?:s|ed)|announc(?:es|ed|e|ing)|said|says|attract(?:s|ed)|won|wins|finali[sz]ed|took\s+in|has|had|is|was)\b/i;
const INVESTOR_VERB =
  /(?<!-)\b(?:joined|join|joins|led|leads|co-led|invested|invests|participated|backed|made\s+an?\s+(?:[\w-]+\s+)?investment)\b(?!\s+by\b)/i;
const ANAPHORA =
  /(?:^|\s)(?:it|its|we|our|the\s+(?:[\w-]+\s+){0,3}(?:company|startup|start-up|firm|group|unicorn|maker|developer|platform|business|provider|lender|app|operator))\s*$/i;
/**
 * "The San Jose-based designer of inference accelerators", "The Fresno, California-based maker of
 * orchard robots": a subject that only describes the company (its place is not its name).
 */
const DESCRIBED_SUBJECT =
  /^\s*the\s+(?:[\w.'&-]+,?\s+){0,5}?(?:company|startup|start-up|firm|maker|developer|designer|provider|platform|operator|lender|manufacturer|producer|builder|creator|supplier|specialist)(?:\s+(?:of|for|behind)\s+[^,;]*)?\s*$/i;
/** "People close to the company said …", "Sources familiar with the deal said": no company. */
const SOURCES_SUBJECT =
  /^\s*(?:people|sources|persons|a\s+person|one\s+person|those|insiders)\s+(?:close|familiar|with|briefed|knowledgeable|in\s+the\s+know)\b/i;
/** "I", "Jonas and I", "my co-founder and I": the writer of a post, for the company. */
const FIRST_PERSON = /(?:^|\s)I\s*$/;
/** A list item's bullet: a dash, a dot, a number, or an emoji ("🚀 Orbitra (Toulouse) bagged …"). */
const ITEM_BULLET = /^(?:[-•*·]\s+|\d{1,2}[.)]\s+|\p{Extended_Pictographic}\uFE0F?\s+)/u;

/** "the company's $6 million seed round": the round of the company the article is about. */
const COMPANY_POSSESSIVE =
  /\b(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|firm|business)'s\s+(?:(?![A-Z])[\w-]+\s+){0,2}$/i;
const REVALUED =
  /^((?:[A-Z][\w.&'-]*\s+){1,4})(?:cut|slashed|lowered|trimmed|halved|raised|lifted|doubled|tripled)\s+its\s+valuation\b/;
/** "Aurelle's previous fundraising, a ": a possessive noun phrase, then the round in apposition. */
const POSSESSIVE_APPOSED =
  /^\s*([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3})(?:'s|(?<=s)')\s+(?:(?![A-Z])[\w-]+\s+){0,2}(?![A-Z])[\w-]+,\s+(?:a|an|its|their)\s+$/;
/** "X advised Y (, a …,) on its ": a law firm or bank and its client, whose round it is. */
const ADVISED_CLIENT =
  /\b(?:[Aa]dvis(?:ed|es|ing)|[Rr]epresent(?:ed|s|ing)|[Cc]ounsel(?:ed|led|s))\s+([A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,3})(?:,[^,;]{0,120},)?\s+(?:[Oo]n|[Ii]n|[Ww]ith)\s+(?:(?:its|their|the|a|an)\s+)?(?:[^\s,;]+\s+){0,3}$/;
/** "X said on Thursday it would invest …": the subject is an investor. */
const SAID_IT_INVESTS =
  /\b(?:said|says|announced)\b[^.;]{0,40}?\bit\s+(?:would|will|has|had|is\s+to|plans\s+to|agreed\s+to)\s+invest(?:ed)?\s+(?:[a-z]+\s+)?$/i;
/** "X announced that it has led the $18 million Series A of Y": the subject is the lead. */
const IT_LED_FIGURE = /\b(?:it|we|they)\s+(?:(?:has|have|had)\s+)?(?:co-)?led\s+(?:the|a|an)\s+$/i;
/** "Rover Labs, which had raised ": the name a relative clause about raising money refers to. */
const RELATIVE_RAISER =
  /([A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,3}),\s+which\s+(?:had\s+|has\s+|have\s+)?(?:previously\s+|recently\s+|also\s+|last\s+|already\s+)?(?:raised|secured|closed|received|landed|bagged)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}$/;

/**
 * "36Kr has learned that Lingxi Dynamics … completed": the outlet reports, the company after
 * "that" raised.
 */
const REPORTED_THAT =
  /\b(?:has\s+|have\s+|had\s+)?(?:exclusively\s+)?(?:learned|learnt|understands|understood|heard|confirmed|reported|reports|(?:was|were|has\s+been)\s+told)\s+that\s+/g;
/**
 * A post that opens on a feeling with no subject ("🚀 Thrilled to announce that Lumen Grid has
 * raised …"): the company is the one after "that", never the feeling.
 */
const FEELING_OPENING =
  /^[^\p{L}]*(?:(?:so|beyond|very|super|incredibly)\s+)?\p{Lu}\p{Ll}+\s+to\s+(?:announce|share)\s+that\s+(?!(?:it|we|they)\b)/u;
/** "Stackyard went through Y Combinator's batch and raised": the subject of both verbs. */
const COORDINATED = /^\s*([A-Z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*){0,3})\s+[a-z][^,]*\band\s*$/;

/**
 * The head of a round-up item up to its figure: "Fernhill Bio (Cambridge, UK) - ", or a name
 * and a descriptor between dashes ("Krishiyantra - Bengaluru, agri-robotics - ").
 */
const ITEM_HEAD = /^([A-Z][^():,;-]*?)\s*(?:\([^)]*\)\s*)?(?:\s-\s[^()]*?)?(?:-|:)\s+$/;

/** Commas that do not separate: "Co., Ltd.", "Inc., …" keep the name whole. */
const splitSegments = (text: string) =>
  text
    .split(/,(?!\s*(?:Ltd|Inc|LLC|Limited|L\.P)\b)|:\s|\s-\s/)
    .map((s) => s.replace(/\([^)]*\)/g, " "));

/** The last name in a run of words, or null. */
function lastName(segment: string): string | null {
  const runs = nameRuns(segment);
  for (let i = runs.length - 1; i >= 0; i--) {
    const name = asName(runs[i].text.replace(/^[A-Z][\w.-]*'s\s+/, ""));
    if (name) return name;
  }
  return null;
}

/** Result of looking for a round's company in a clause. */
export type CompanyCue = { kind: "name"; name: string } | { kind: "anaphora" } | { kind: "none" };

/**
 * The company a money figure at `at` (or a round name) in `clause` is raised by.
 *
 * @example
 * companyCue("Chinese AI startup Momenta raised $50 million in a Series B round.", 35)
 * // { kind: "name", name: "Momenta" }
 */
export function companyCue(clause: string, at: number): CompanyCue {
  const leadIn = stripLeadIn(clause);
  const reported = [...clause.slice(leadIn, at).matchAll(REPORTED_THAT)].pop();
  const feeling = FEELING_OPENING.exec(clause.slice(leadIn, at))?.[0].length ?? 0;
  const from = leadIn + (reported ? (reported.index ?? 0) + reported[0].length : feeling);
  const head = clause.slice(from, at);
  // "Hypersonic's $11 million", "Quillpad's seed round", "Foo Robotics' $10 million Series A",
  // not "Vietnam's FinFlow bags $12m".
  // "Plaidly acquired Rover Labs, which had raised $30 million": the relative clause's company.
  // "Riverbend Capital, which led the company's $6 million seed round": the company of the article.
  if (COMPANY_POSSESSIVE.test(head)) return { kind: "anaphora" };
  // "Goodwin advised Tidewell, a developer of …, on its $60 million Series B": the client raised.
  const client = ADVISED_CLIENT.exec(head);
  const clientName = client ? asName(client[1]) : null;
  if (clientName) return { kind: "name", name: clientName };
  const relative = RELATIVE_RAISER.exec(head);
  const relativeName = relative ? lastName(relative[1]) : null;
  if (relativeName) return { kind: "name", name: relativeName };
  const possessive =
    /([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3})(?:'s|(?<=s)')\s+(?:(?:(?![A-Z])[\w-]+|Series\s+[A-Z]\d?\+*)\s+){0,2}$/.exec(
      head,
    );
  if (possessive) {
    const name = asName(possessive[1]);
    if (name) return { kind: "name", name };
  }
  // "Aurelle's previous fundraising, a €105mn seed round": the round in apposition is hers.
  const apposed = POSSESSIVE_APPOSED.exec(head);
  const apposedName = apposed ? asName(apposed[1]) : null;
  if (apposedName) return { kind: "name", name: apposedName };
  // "The acquisition is Fleetwise's third since its $60 million Series B": "its" is Fleetwise.
  const owner =
    /([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3})'s\s+(?:(?![A-Z])[\w-]+\s+){1,3}(?:since|after|before|following)\s+(?:its|it\s+(?:raised|closed|secured|landed)(?:\s+an?)?)\s+$/.exec(
      head,
    );
  const ownerOfIts = owner ? asName(owner[1]) : null;
  if (ownerOfIts) return { kind: "name", name: ownerOfIts };
  // "Neobank Fenwick cut its valuation to $450mn in a $60mn Series C": a down round's subject.
  const revalued = REVALUED.exec(head);
  const revaluedName = revalued ? lastName(revalued[1]) : null;
  if (revaluedName) return { kind: "name", name: revaluedName };
  // "Intel has also invested in Corvex, putting in $80 million": the company invested in.
  const putInto = INVESTED_IN_PUTTING.exec(head);
  const putIntoName = putInto ? asName(putInto[1]) : null;
  if (putIntoName) return { kind: "name", name: putIntoName };
  const verb = COMPANY_VERB.exec(head);
  const investorVerb = INVESTOR_VERB.exec(head);
  // "Tencent has invested $150 million in Kuaishou": the subject is the investor.
  // "Toyota Motor Corp. said on Thursday it would invest $394 million in Linehaul AI": likewise.
  const investorFirst =
    (investorVerb && verb && investorVerb.index < verb.index + 16) ||
    SAID_IT_INVESTS.test(head) ||
    IT_LED_FIGURE.test(head);
  if (verb && !investorFirst && !SOURCES_SUBJECT.test(head)) {
    const subject = head.slice(0, verb.index);
    const segments = splitSegments(subject);
    if (DESCRIBED_SUBJECT.test(subject.replace(/\([^)]*\)/g, " "))) return { kind: "anaphora" };
    for (const [k, whole] of segments.entries()) {
      // "According to Tianyancha, the firm has completed …": the source is not the subject.
      if (/^\s*(?:according\s+to|citing|(?:as\s+)?per|as\s+reported\s+by)\s/i.test(whole)) continue;
      // "In a pitch deck seen by Business Insider, Tallyfox said …": the outlet saw, not raised.
      if (/\b(?:(?:seen|reviewed|obtained|viewed)\s+by|shared\s+with)\s/i.test(whole)) continue;
      // "In its Series C round in 2022, led by Tencent, the company raised …": the round's lead.
      if (/^\s*(?:co-)?(?:led|backed|joined)\s+by\s/i.test(whole)) continue;
      // "In Mexico, payroll startup X raised", "Austin, Texas-based X raised": scene, not subject.
      if (openingSegment(whole, segments[k + 1])) continue;
      const cut = Math.max(whole.lastIndexOf(" that "), whole.lastIndexOf(" after "));
      const segment = cut >= 0 ? whole.slice(cut + 6) : whole;
      const bare = segment.replace(
        /\s+(?:also|recently|previously|last|first|now|just|has|had|have)\s*$/i,
        "",
      );
      // "Jonas and I raised …", "I raised …": a first-person post's own company.
      if (ANAPHORA.test(bare) || FIRST_PERSON.test(bare)) {
        // "The San Francisco company, Anysphere, closed …": the name in apposition.
        const next = segments[k + 1]?.trim() ?? "";
        const runs = nameRuns(next);
        const apposed = runs.length === 1 && runs[0].text === next ? asName(next) : null;
        return apposed ? { kind: "name", name: apposed } : { kind: "anaphora" };
      }
      const coordinated = COORDINATED.exec(segment);
      const subjectName = coordinated ? asName(coordinated[1]) : null;
      if (subjectName) return { kind: "name", name: subjectName };
      const name = lastName(segment);
      if (name) return { kind: "name", name };
    }
  }
  // "Sentry Forge, $150M, defense tech: …": a list item headed by the name and its figure.
  const headed = /^(?:\([^)]*\)\s*)?([A-Z][^,:;()]*?),\s*$/.exec(head);
  const headRuns = headed ? nameRuns(headed[1]) : [];
  const headName =
    headRuns.length === 1 && headRuns[0].text === headed?.[1] ? asName(headRuns[0].text) : null;
  if (headName) return { kind: "name", name: headName };
  // A round-up item "• Fernhill Bio (Cambridge, UK) - £6.5m seed, led by …": the name heads it.
  // "Zolve (fintech): $15M Series A": an unbulleted line headed by a name and its sector.
  const sectorHead = /^[A-Z][^():,;-]*?\s*\([^)]*\)\s*:\s+$/.test(head);
  const itemHead = ITEM_BULLET.test(clause) || sectorHead ? ITEM_HEAD.exec(head) : null;
  const itemRun = itemHead ? nameRuns(itemHead[1]) : [];
  const itemName =
    itemRun.length === 1 && itemRun[0].text === itemHead?.[1] ? asName(itemRun[0].text) : null;
  if (itemName) return { kind: "name", name: itemName };
  const rest = clause.slice(at);
  const roundIn =
    /\b(?:round|financing|funding|investment|stake|Series\s+[A-H]\+*)\s+(?:in|into|for|of(?=\s+[A-Z]))\s+(.{0,90})/i.exec(
      rest,
    );
  // "invested $150 million in Kuaishou": the name must follow at once, not after a comma.
  const moneyIn =
    /^[^\s]*(?:\s+(?:million|billion|mn|bn|m|yuan|yen|euros?|pounds?|crore|dollars?))*(?:\s+\([^()]{1,30}\))?\s+in(?:to)?\s+([^,;.]{0,90})/i.exec(
      rest,
    );
  for (const object of [roundIn, moneyIn]) {
    if (!object) continue;
    for (const whole of splitSegments(object[1])) {
      // "a $150 million Series C in 2022 led by Coatue": the investor is not the company.
      // "the €6M seed round of Madrid's Claimbot": a place's possessive is not the name.
      const segment = whole
        .split(/\b(?:led|co-led|with|from|by)\b/)[0]
        .replace(/^\s*[A-Z][\w.-]*'s\s+/, "");
      const runs = nameRuns(segment);
      const name = runs.map((r) => asName(r.text)).find((n) => n !== null);
      if (name) return { kind: "name", name };
      if (segment !== whole) break;
    }
  }
  // "Acme's valuation jumped to $2 billion after a $200 million Series D": the clause's subject.
  const subjectOwner =
    /^([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3})'s\s+(?:valuation|investors|backers)\b/.exec(
      clause.slice(from),
    );
  const ownerName = subjectOwner ? asName(subjectOwner[1]) : null;
  if (ownerName) return { kind: "name", name: ownerName };
  // "Our first money was a $500,000 convertible note": a first-person post's own company.
  if (/(?:^|\s)(?:it|its|our|the\s+company|the\s+startup)\b/i.test(head))
    return { kind: "anaphora" };
  return { kind: "none" };
}
