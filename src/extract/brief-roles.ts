/**
 * Investors in the clipped present tense of headlines and one-line briefs: "Fernpay lands £3m
 * pre-seed; Seedcamp leads", "… led by Chiratae Ventures, Blume Ventures joins", "Kestrel Defence
 * pockets €8M as Plural leads round", "…; F-Prime Capital participates"; a note's "$18M Series A,
 * Lightspeed leading. Accel also in it per their blog".
 */
import { nameAtEnd } from "./names";

/** A name (capitalised words, "of", "and", "&" inside) and its verb, ending the clause. */
const BRIEF_ROLE =
  /(?:^\s*|[;,]\s*|\s(?:as|while|with)\s+)([A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&)){0,6})\s+(co-leads|leads|joins|participates|invests|chips\s+in|co-leading|leading|joining|participating|investing|also\s+in(?=\s+it\b))(?:\s+(?:the\s+|this\s+)?(?:round|deal|raise|investment)|\s+it)?(?=\s*(?:[,.;]|$)|\s+(?:per|according\s+to)\s)/g;

/** True when `clause` names an investor in a headline's present tense ("Seedcamp leads"). */
export const hasBriefRole = (clause: string): boolean => clause.match(BRIEF_ROLE) !== null;

/**
 * Leads and participants named in a headline's present tense.
 *
 * @example
 * briefRoles("Fernpay lands £3m pre-seed; Seedcamp leads")
 * // { leads: ["Seedcamp"], participants: [] }
 */
export function briefRoles(clause: string): { leads: string[]; participants: string[] } {
  const leads: string[] = [];
  const participants: string[] = [];
  for (const m of clause.matchAll(BRIEF_ROLE)) {
    const names = m[1]
      .split(/\s+(?:and|&)\s+/)
      .map((item) => nameAtEnd(item))
      .filter((n): n is string => n !== null);
    (/lead/.test(m[2]) ? leads : participants).push(...names);
  }
  return { leads, participants };
}
