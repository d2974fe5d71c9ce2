/**
 * Investors and their roles in a clause: "led by", "co-led by", "X led the round", "with X as
 * lead investor" (leads); "with participation from", "joined by", "followed by", "other investors
 * include", "existing investors including", "X also participated", "from X" (participants).
 */
import { briefRoles } from "./brief-roles";
import { listAt, listBefore, splitList } from "./investor-lists";
import { joinedBackers } from "./joined-backers";
import { datelineEnd } from "./lead-in";
import { nameAtEnd } from "./names";
import { roundBackers } from "./round-backers";
import { CJK } from "./sentences";
import { uniqueNames } from "./unique-names";

export { listAt } from "./investor-lists";

/** Names found in one clause, by role. */
export interface InvestorRoles {
  leads: string[];
  participants: string[];
}

/** "The Goodwin team was led by partners …": the people of an adviser, not investors. */
const ADVISER_TEAM =
  /\b(?:team|practice|counsel|lawyers|attorneys|advis[eo]rs|deal\s+team)\s+(?:was|were|is|are)\s+(?:co-)?led\s+by\b[^.;]*/gi;
const LEAD_AFTER = /\b(?:co-led|led|spearheaded|anchored)\s+by\s+/gi;
const PARTICIPANTS_AFTER =
  /\b(?:with\s+(?:the\s+)?participation\s+(?:from|of|by)|participation\s+(?:from|of|by)|joined\s+by|followed\s+by|(?:(?<!\b[Ii]ts\s)other|new|existing|previous|returning)\s+(?:investors|backers|shareholders)(?:\s+in\s+the\s+(?:round|financing|deal))?(?:\s+(?:include|included|including|are|were|such\s+as))?:?|(?<!\b[Ii]ts\s(?:other\s)?)(?:investors|backers|shareholders|participants)(?:\s+in\s+the\s+(?:round|financing|deal|funding))?\s+(?:including|include|included|such\s+as)|(?:with\s+)?(?:backing|support|investment)\s+from|(?:also\s+)?(?:included|includes)|remainder\s+(?:will\s+)?(?:come|comes|came)\s+from|(?:also\s+)?(?:participating|investing|joining)(?:\s+in\s+the\s+(?:[\w-]+\s+){0,2}(?:round|financing|deal|raise|funding))?\s+(?:were|was|are|is)|third-party\s+(?:allotment|allocation)\s+(?:of\s+(?:new\s+)?shares\s+)?to|(?:participated|took\s+part|invested|joined)(?:\s+in\s+the\s+(?:round|financing|deal))?,\s+including|(?:drew|attracted)(?<=\b(?:round|financing|funding|raise|deal)\b[^.;]{0,120}?\s(?:also\s+)?\w+)(?=\s+(?:the\s+)?[A-Z])|(?:brought|brings|bringing)\s+(?:in|on)(?=\s+[^.;]*?\bas\s+(?:a\s+|an\s+)?(?:new\s+)?(?:investors?|backers?|shareholders?)\b))\s+/gi;
const LEAD_BEFORE =
  /\s+(?:co-)?led(?=\s*,?\s+(?:and\s+(?:was|were)\s+)?(?:with|joined\s+by|followed\s+by)\b|\s*[.;]\s*$)|\s+(?:is|are|was|were)\s+(?:expected|set|likely|poised|due)\s+to\s+(?:co-)?lead(?=\s*[.;]\s*$)|\s+(?:came\s+in|joined|signed\s+on|stepped\s+in)\s+as\s+(?:the\s+)?(?:co-)?(?:lead|leading)\s+(?:investors?|backers?)\b|\s+(?:(?:has|have|had)\s+)?(?:co-led|led|spearheaded|(?:is|are|was|were)\s+(?:co-)?leading|(?:is|are|was|were)\s+(?:expected|set|likely|poised|due)\s+to\s+(?:co-)?lead|(?:is|are|was|were)\s+(?:understood|believed|said|reported|tipped|thought)\s+to\s+be\s+(?:co-)?leading|(?:is|are|was|were)\s+in\s+(?:advanced\s+|early\s+|final\s+)?(?:talks|discussions|negotiations)\s+to\s+(?:co-)?lead|(?:co-)?leads)\s+(?:the|this|a|an|its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*'s)\s+(?:[\w$€£¥₹.,+'-]+\s+){0,4}?(?:round|financing|funding|investment|deal|raise|Series\s+[A-Z]\b|equity\s+(?:portion|part|tranche))(?!\s+(?:team|arm|unit|practice|desk|group|division|committee|efforts?|strategy))/g;
const PARTICIPANTS_BEFORE =
  /\s+(?:also\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?(?:made\s+(?:its|their|his|her)\s+(?:first|initial|debut)\s+investment\s+in\s+(?:the|this)\s+(?:company|startup|start-up|firm|business|round)\b|participated|took\s+part|joined\s+(?:the|this)\s+(?:round|financing|deal)|(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?(?:investors|backers|participants)\b|(?:continued\s+to\s+)?increased?\s+(?:their|its)\s+(?:holdings|stakes?|commitments?|investments?|positions?)|invested|followed\s+on|returned\s+for|came\s+back(?:\s+in)?(?=\s*(?:[,.;]|$|\s+(?:for|to|as)\b))|(?:joined|came\s+in|(?:has\s+)?come\s+in|signed\s+on)\s+as\s+(?:a\s+|an\s+)?(?:new\s+)?(?:investors?|backers?|shareholders?)\b|chipped\s+in|also\s+in(?=\s*(?:[.;]|$))|(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|set|likely)|plann?(?:ed|s)?|intend(?:s|ed)?)\s+to\s+(?:invest|participate|take\s+part|join)\b|(?:also\s+)?backed(?=\s+[^.;]*?,\s+which\s+(?:has\s+|had\s+)?(?:raised|closed|secured|landed|bagged)\b)|participating|joined\s+(?:a|an|the)\s+[^.;]*?\b(?:round|financing)|also\s+joined(?=\s*(?:[,.;]|$)|\s+(?:in|alongside|as\s+(?:co-)?investors?|the\s+(?:round|financing|deal|investment|raise))\b)|(?:also\s+)?put\s+(?:money|capital|cash)\s+in(?:to)?\b|(?:put|puts|put\s+in|contributed|contributes|will\s+contribute|will\s+put\s+in|invested|(?:will|would|plans\s+to|agreed\s+to)\s+invest|made\s+an?\s+(?:[\w-]+\s+)?investment\s+of)\s+(?:(?:up\s+to|as\s+much\s+as|about|around|some|roughly|nearly|more\s+than)\s+)?(?=[$€£¥₹₩]|(?:US|HK|S|A|C)\$|(?:Rs\.?|INR|RMB|USD|EUR|GBP)\s?\d|\d))/gi;
/** "Toyota Motor Corp. said on Thursday it would invest $394 million in Linehaul AI". */
const SAID_IT_INVESTS =
  /\s+(?:said|says|announced)\b[^.;]{0,40}?\bit\s+(?:would|will|has|had|plans\s+to|agreed\s+to)\s+invest(?:ed)?\s+(?=[$€£¥₹₩]|(?:US|HK|S|A|C)\$|(?:about|around|some|up\s+to)\s)/g;
/** "The investment is Toyota's first in the company": a new investor in the round. */
const FIRST_IN =
  /\b(?:investment|round|deal|financing)\s+(?:is|was|marks)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})'s\s+first\s+(?:investment\s+)?in\b/g;
const WITH_DOING =
  /(?:\bwith|,?\s+and)\s+((?:(?!\bwith\b)(?:[^.;]|(?<=\b(?:Corp|Inc|Co|Ltd|Cos|Pte|Pty|Bhd|LLC))\.))+?[^,\s])\s+((?:co-)?leading|participating|joining|returning|following\s+on|also\s+investing|chipping\s+in|(?:also\s+)?(?:expected|set|likely)\s+to\s+(?:participate|invest|join|take\s+up\s+(?:its|their)\s+pro[\s-]rata(?:\s+(?:allocation|rights?|share))?)|following(?=\s*(?:[,.;]|$))|(?:continuing|continued)\s+to\s+(?:increase|add\s+to|raise)\s+(?:their|its)\s+(?:holdings|stakes?|investments?|positions?))(?=\s*(?:[,.;]|$)|\s+(?:and|alongside|as\s+well|the\s+(?:round|deal|financing|investment))\b|\s+as\s+(?:a\s+|an\s+)?(?:new\s+|existing\s+)?(?:investors?|backers?|shareholders?)\b)/gi;
/**
 * "alongside our friends at Kima Ventures", "alongside existing investors X and Y", "along with new
 * investor X".
 */
const ALONGSIDE =
  /\b(?:alongside|along\s+with)\s+(?:(?:our|their)\s+(?:good\s+)?(?:friends|partners)\s+at\s+)?(?=[A-Z]|(?:existing|new|other|returning)\s+(?:investors?|backers?|shareholders?)\b)/g;
const SOLE = /\bwith\s+([^,.;]+?)\s+as\s+(?:the\s+)?(?:sole|only|single)\s+(?:investor|backer)\b/gi;
const CO_LED_WITH =
  /\bco-led\s+(?:a|an|the|its)\s+[^.;]*?\bwith\s+(?!(?:the\s+)?(?:participation|backing|support|help)\b)(?=[A-Z])/g;
const LEAD_AS = /\bwith\s+([^,.;]+?)\s+as\s+(?:the\s+)?(?:lead|leading)\s+investor\b/gi;
const FROM =
  /\b(?:from|(?:invested|funded|financed|provided)\s+by)\s+(?!investors\s+led|a\s+group|the\s+round)/gi;

/**
 * "Felicis, which led the company's Series A, also participated": an aside about an investor's
 * part in an earlier round; the clause is about the round at hand.
 */
export const INVESTOR_ASIDE =
  /,\s*(?:which|who)\s+(?:had\s+|has\s+)?(?:previously\s+|also\s+|earlier\s+)?(?:co-led|led|backed|invested\s+in)\s+(?:[^,;.]|\.(?=\d))*(?:,|(?=\.?\s*$))/g;
/**
 * The clause without its asides about earlier rounds: "Felicis also participated".
 *
 * @example
 * withoutInvestorAsides("Felicis, which led the company's Series A, also participated.")
 * // "Felicis also participated."
 */
export const withoutInvestorAsides = (clause: string): string => clause.replace(INVESTOR_ASIDE, "");
/** ", as did Y Combinator and Initialized Capital": more investors in the role just named. */
const AS_DID = /,?\s+as\s+did\s+/g;
const JOINED_BEFORE =
  /\b(?:participated|invested|joined|took\s+part|chipped\s+in|followed\s+on|returned|put\s+(?:money|capital|cash)\s+in(?:to)?)\b[^.;]*$/i;

/**
 * A labelled list of a digest or a deal card: "Investors: Hoxton Ventures (lead), Seedcamp",
 * "Lead: Stellaris Venture Partners", "Also in: Omnivore, Better Capital".
 */
const LABELLED =
  /(?:^|[.;]\s+)(?:[-•*·]\s+)?(leads?|lead\s+investors?|led\s+by|also(?:\s+in(?:\s+the\s+(?:round|deal|raise|financing))?|\s+participating)?|other\s+investors|co-investors|investors|backers|participants)\s*:\s*([^.;]+)/gi;
const LEAD_MARK = /\s*\((?:co-)?lead(?:s|er)?\)/i;

/** Names of a labelled list, by role: the label's, or "(lead)" after a name. */
function labelledList(clause: string, leads: string[], participants: string[]) {
  for (const m of clause.matchAll(LABELLED)) {
    const labelLeads = /^(?:lead|led)/i.test(m[1]);
    for (const item of splitList(m[2])) {
      const name = nameAtEnd(item.replace(LEAD_MARK, ""));
      if (!name) continue;
      if (labelLeads || LEAD_MARK.test(item)) leads.push(name);
      else participants.push(name);
    }
  }
}

/** Names equal but for case are one investor. */
const caseless = (name: string) => name.toLowerCase();

const CJK_BRACKET = new RegExp(`\\s*\\((?:${CJK.source}|\\s)+\\)`, "gu");

/** A social handle ("led by @Creandum", "from @Antler_Nordic"): the name it stands for. */
const HANDLE = /(?<![\w@.])@([A-Za-z][A-Za-z0-9_]*)/g;
/** Emoji right after a word ("East Ventures 🙏", "Antler 🇸🇬"): the end of a name. */
const EMOJI_AFTER_NAME =
  /(?<=[\w.)])[ \t]*(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u200D)+/gu;

/**
 * Investors named in `clause` with their roles. `fundingContext` says the clause is about a
 * round (it lets "from X" and "X invested" count as participants).
 *
 * @example
 * findInvestors("a $410 million financing led by CDH Investments and Sailing Capital in July.", true)
 * // { leads: ["CDH Investments", "Sailing Capital"], participants: [] }
 */
export function findInvestors(text: string, fundingContext: boolean): InvestorRoles {
  // "Matrix Partners China (经纬创投) also invested": a name's Chinese form in brackets is read
  // past, so the English name still ends where the verb starts.
  // "co-led by Jungle Ventures and East Ventures 🙏 with participation from Antler": an emoji
  // after a name ends the name, as a comma would; a handle is read as the name it spells.
  // "May 4 (Reuters) - Oracle Corp. will invest …": the dateline is no part of the name.
  const dateline = datelineEnd(text);
  const clause = (" ".repeat(dateline) + text.slice(dateline))
    .replace(ADVISER_TEAM, (m) => " ".repeat(m.length))
    .replace(CJK_BRACKET, (m) => " ".repeat(m.length))
    .replace(EMOJI_AFTER_NAME, ",")
    .replace(HANDLE, (_m, name: string) => name.replace(/_/g, " "));
  const leads: string[] = [];
  const participants: string[] = [];
  labelledList(clause, leads, participants);
  for (const m of clause.matchAll(LEAD_AFTER))
    leads.push(...listAt(clause.slice((m.index ?? 0) + m[0].length)));
  for (const m of clause.matchAll(LEAD_BEFORE)) leads.push(...listBefore(clause, m.index ?? 0));
  // "it co-led the €6M seed round of Claimbot with Seaya Ventures": the co-lead after "with".
  for (const m of clause.matchAll(CO_LED_WITH))
    leads.push(...listAt(clause.slice((m.index ?? 0) + m[0].length)));
  for (const m of clause.matchAll(LEAD_AS)) {
    const name = nameAtEnd(m[1]);
    if (name) leads.push(name);
  }
  for (const m of clause.matchAll(SOLE)) {
    const name = nameAtEnd(m[1]);
    if (name) participants.push(name);
  }
  for (const m of clause.matchAll(PARTICIPANTS_AFTER))
    participants.push(...listAt(clause.slice((m.index ?? 0) + m[0].length)));
  if (fundingContext) {
    for (const m of clause.matchAll(PARTICIPANTS_BEFORE))
      participants.push(...listBefore(clause, m.index ?? 0));
    // "with Tiger Global participating", "with KB Investment leading and Samsung Ventures joining".
    for (const m of clause.matchAll(WITH_DOING)) {
      // "with X as the lead investor and Y following": X is read by LEAD_AS, Y joins.
      const asLead = /\bas\s+(?:the\s+)?(?:lead|leading)\s+investors?\s+and\s+/i.exec(m[1]);
      const names = listAt(asLead ? m[1].slice(asLead.index + asLead[0].length) : m[1]);
      if (/lead/i.test(m[2])) leads.push(...names);
      else participants.push(...names);
    }
    for (const m of clause.matchAll(SAID_IT_INVESTS)) {
      const name = nameAtEnd(clause.slice(0, m.index));
      if (name) participants.push(name);
    }
    for (const m of clause.matchAll(FIRST_IN)) {
      const name = nameAtEnd(m[1]);
      if (name) participants.push(name);
    }
    for (const m of clause.matchAll(AS_DID)) {
      const before = clause.slice(0, m.index ?? 0);
      const names = listAt(clause.slice((m.index ?? 0) + m[0].length));
      if (JOINED_BEFORE.test(before)) participants.push(...names);
      else if (/\b(?:co-)?led\b[^.;]*$/i.test(before)) leads.push(...names);
    }
    for (const m of clause.matchAll(ALONGSIDE))
      participants.push(...listAt(clause.slice((m.index ?? 0) + m[0].length)));
    participants.push(...roundBackers(clause), ...joinedBackers(clause));
    const brief = briefRoles(clause);
    leads.push(...brief.leads);
    participants.push(...brief.participants);
    if (leads.length === 0 && participants.length === 0) {
      for (const m of clause.matchAll(FROM)) {
        const rest = clause.slice((m.index ?? 0) + m[0].length);
        if (/^(?:the|a|an|its)\s+(?:\w+\s+){0,3}(?:round|funding|financing)/i.test(rest)) continue;
        participants.push(...listAt(rest));
      }
    }
  }
  const leadKeys = new Set(leads.map((n) => n.toLowerCase()));
  return {
    leads: uniqueNames(leads, caseless),
    participants: uniqueNames(participants, caseless).filter((n) => !leadKeys.has(n.toLowerCase())),
  };
}
