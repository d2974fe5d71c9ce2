/**
 * The companies of one article and every name each goes by, so "Lumina", "Lumina Freight
 * Technology Co Ltd" and, for a Chinese registered name, the word after its city are one company;
 * and the aliases a clause gives a name ("Megvii Technology Inc, more commonly known as Face++").
 */
import { asName, nameKey, squashName } from "./names";

/** A company seen in the article, with every name the text gives it. */
export interface Company {
  name: string;
  aliases: string[];
}

const firstWord = (name: string) => nameKey(name).split(" ")[0] ?? "";
/**
 * "Beijing Qingneng New Energy Technology Co. Ltd.": a Chinese registered name opens with its
 * city or province; the word after it is the name the company goes by ("Qingneng").
 */
const REGISTERED_PLACE =
  /^(?:beijing|shanghai|shenzhen|hangzhou|guangzhou|suzhou|nanjing|chengdu|wuhan|tianjin|chongqing|xian|hefei|changzhou|wuxi|xiamen|qingdao|ningbo|dongguan|changsha|jiangsu|zhejiang|guangdong|anhui|shandong)\s+/;
const goesBy = (name: string) => {
  const key = nameKey(name);
  return REGISTERED_PLACE.test(key) && key.split(" ").length >= 3
    ? key.replace(REGISTERED_PLACE, "").split(" ")[0]
    : null;
};

/** The companies of one article, so "Lumina", "the company" and "Lumina Freight Technology Co Ltd" are one. */
export class CompanyRegistry {
  readonly companies: Company[] = [];

  /** The known company `name` refers to, if any (exact, alias, or first word of a longer name). */
  find(name: string): Company | undefined {
    const key = squashName(name);
    const exact = this.companies.find((c) =>
      [c.name, ...c.aliases].some((n) => squashName(n) === key),
    );
    if (exact) return exact;
    const words = nameKey(name).split(" ");
    const short = goesBy(name);
    return this.companies.find(
      (c) =>
        (words.length <= 2 &&
          firstWord(c.name) === words[0] &&
          words[0].length >= 4 &&
          !REGISTERED_PLACE.test(`${words[0]} `)) ||
        (nameKey(c.name).split(" ").length <= 2 &&
          nameKey(name).startsWith(`${nameKey(c.name)} `)) ||
        // "Qingneng" and "Beijing Qingneng New Energy Technology Co. Ltd." are one company.
        (words.length === 1 && words[0].length >= 4 && goesBy(c.name) === words[0]) ||
        (short !== null && short.length >= 4 && squashName(c.name) === short),
    );
  }

  /** The company for `name`, added if new; a longer form of a known name becomes its name. */
  add(name: string, aliases: string[] = []): Company {
    const known = this.find(name);
    if (!known) {
      const company = { name, aliases: [...aliases] };
      this.companies.push(company);
      return company;
    }
    if (
      nameKey(name).length > nameKey(known.name).length &&
      (nameKey(name).startsWith(firstWord(known.name)) || goesBy(name) === squashName(known.name))
    ) {
      known.aliases.push(known.name);
      known.name = name;
    } else if (squashName(name) !== squashName(known.name)) known.aliases.push(name);
    known.aliases.push(...aliases);
    return known;
  }
}

/** ", more commonly known as Face++", "(hereinafter referred to as …)": a company's other name. */
const ALIAS =
  /(?:,?\s+(?:more\s+commonly\s+|better\s+|also\s+)?known\s+as\s+|\s+\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?"?)([A-Z\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\w.+&\p{L}-]*(?:\s+[A-Z][\w.+&-]*){0,3})/gu;

/**
 * Aliases the clause gives a name.
 *
 * @example
 * aliasesIn("Megvii Technology Inc, more commonly known as Face++.", "Megvii Technology Inc") // ["Face++"]
 */
export function aliasesIn(clause: string, name: string): string[] {
  const at = clause.indexOf(name);
  if (at < 0) return [];
  const rest = clause.slice(at + name.length);
  ALIAS.lastIndex = 0;
  const m = ALIAS.exec(rest);
  if (!m || m.index > 2) return [];
  const alias = asName(m[1].replace(/["),.]+$/, ""));
  return alias ? [alias] : [];
}
