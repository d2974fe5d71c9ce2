import type { Named, NameIndex } from "./name-index";
import { normalizeName } from "./normalize-name";

/**
 * What the names in a typed form denote together: one entity; several (the names denote
 * different entities, or all of them are shared by the same few); or one entity beside a part
 * that is not one of its names, nor close to one (`stray`).
 */
export type FormMatch<T> =
  | { kind: "one"; entity: T }
  | { kind: "several"; entities: readonly T[] }
  | { kind: "stray"; entity: T; part: string };

/**
 * Signs of a form the exact lookup cannot read: brackets, a slash, an apostrophe (a possessive)
 * or a leading article. Checked first, so that a plain misspelling costs one test.
 */
const FORM_MARK = /[()[\]（）【】/／'’]|^\s*the\s/iu;
/** What separates the names in a form: brackets and slashes (full-width ones become ASCII in NFKC). */
const SEPARATORS = /[()[\]【】/]/u;
/** "The" before a name ("The SenseTime"), when a name follows it. */
const ARTICLE = /^the\s+(?=\S)/iu;
/** A possessive ending ("SenseTime's", "Megvii’s", "Sailings'"), before any trailing punctuation. */
const POSSESSIVE = /(?<=[\p{L}\p{N}+])['’](?:s)?(?=[^\p{L}\p{N}]*$)/iu;

/**
 * Reads a name typed in a form the exact lookup misses: an alias in brackets (`"Megvii (Face++)"`),
 * names joined by a slash (`"Megvii/Face++"`), a leading "The", a possessive (`"SenseTime's"`).
 * Every name in it must denote the same entity: an alias, or a name that merely resembles one of
 * its names (`"Ant Financial (Ant Group)"`), but never a name of another entity. Undefined when
 * no part of the form is a name in the index. Run only after the exact lookup fails.
 * @example
 * matchForms(companies, "Megvii (Face++)")    // { kind: "one", entity: <Megvii> }
 * matchForms(companies, "The SenseTime")      // { kind: "one", entity: <SenseTime> }
 * matchForms(companies, "Megvii / SenseTime") // { kind: "several", entities: [<Megvii>, <SenseTime>] }
 * matchForms(companies, "Megvii (Tencent)")   // { kind: "stray", entity: <Megvii>, part: "Tencent" }
 */
export function matchForms<T extends Named>(
  index: NameIndex<T>,
  name: string,
): FormMatch<T> | undefined {
  if (!FORM_MARK.test(name)) return undefined;
  const named = nameParts(name).map((part) => ({ part, entities: denoted(index, part) }));
  const known = named.flatMap(({ entities }) => (entities ? [entities] : []));
  if (known.length === 0) return undefined;
  const common = known.reduce((shared, entities) => shared.filter((e) => entities.includes(e)));
  if (common.length !== 1) {
    return { kind: "several", entities: common.length > 1 ? common : [...new Set(known.flat())] };
  }
  const [entity] = common;
  const stray = named.find(
    ({ part, entities }) => !entities && !index.suggest(bare(part)).includes(entity.name),
  );
  return stray ? { kind: "stray", entity, part: stray.part } : { kind: "one", entity };
}

/**
 * Close names for a form no part of which is a name in the index: each part's suggestions, in
 * order, each once.
 * @example suggestForForms(companies, "The SenseTme") // ["SenseTime"]
 */
export function suggestForForms<T extends Named>(index: NameIndex<T>, name: string): string[] {
  if (!FORM_MARK.test(name)) return [];
  const names = nameParts(name).flatMap((part) => index.suggest(bare(part)));
  return [...new Set(names)].slice(0, 3);
}

/**
 * The names in a form, trimmed, without invisible format characters (zero-width spaces, a
 * byte-order mark), and without parts that hold no letter or digit.
 * @example nameParts("Face++ / Megvii") // ["Face++", "Megvii"]
 */
export function nameParts(name: string): string[] {
  return name
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => normalizeName(part).length > 0);
}

/** A part without its leading "The" and possessive ending. */
function bare(part: string): string {
  return part.replace(ARTICLE, "").replace(POSSESSIVE, "");
}

/**
 * The entities a part names: as typed first, then without its possessive, its "The" (unless a
 * name begins with it, as "The Trade Desk" does), or both; undefined when it names none.
 */
function denoted<T extends Named>(index: NameIndex<T>, part: string): readonly T[] | undefined {
  const forms = new Set([
    part,
    part.replace(POSSESSIVE, ""),
    part.replace(ARTICLE, ""),
    bare(part),
  ]);
  for (const form of forms) {
    const found = index.find(form);
    if (found) return [found];
    const shared = index.candidates(form);
    if (shared.length > 0) return shared;
  }
  return undefined;
}
