/**
 * Round names as Chinese-speaking analysts type them ("A轮", "天使轮", "第二轮", "最新一轮"), read as
 * the English words the round reader knows, and the letters it does not read, which are refused
 * rather than dropped: "A股" (A-shares) is no Series A.
 */

/** A round's number in Chinese, "一" (1) to "十" (10), or in digits ("第2轮"). */
const NUMERALS = "一二三四五六七八九十";

/**
 * The Chinese words of a round name, simplified and traditional: "第二轮" (round 2), "首轮" (the
 * first round), "轮" (round, also in "最新一轮"), "融资"/"投资" (financing, read as "round"), the
 * stages and "最新".
 */
const WORDS =
  /第([一二三四五六七八九十]|\d+)[轮輪]|首[轮輪]|一?[轮輪]|[融投][资資]|天使|[种種]子|[战戰]略|最[新近]/g;

/**
 * Each stage or word in English, by its first character; any other word is "round". A list, not an
 * object: the bundle would write Chinese keys as identifiers, which a page read as Latin-1 rejects.
 */
const FIRST_CHARACTERS = "天种種战戰最首";
const ENGLISH = ["angel", "seed", "seed", "strategic", "strategic", "latest", "first round"];

/**
 * Typed round text (lower case, NFKC) with its Chinese round words in English; other text is kept
 * as it is, so what is not a round word stays for `unreadLetters` to find.
 * @example englishRoundWords("b+轮")     // "b+ round"
 * @example englishRoundWords("第二轮")   // "round 2"
 * @example englishRoundWords("战略融资") // "strategic round"
 * @example englishRoundWords("a股")      // "a股"
 */
export function englishRoundWords(text: string): string {
  return text
    .replace(WORDS, (word: string, position?: string) => {
      const english = position
        ? `round ${NUMERALS.indexOf(position) + 1 || position}`
        : (ENGLISH[FIRST_CHARACTERS.indexOf(word[0])] ?? "round");
      return ` ${english} `;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The runs of letters in typed text that no round name has: any letter but a–z, so that "A股" or a
 * Cyrillic "А" is never read as a letter once the others are dropped.
 * @example unreadLetters("a股")   // ["股"]
 * @example unreadLetters("a round") // []
 */
export const unreadLetters = (text: string): string[] => text.match(/[^\P{L}a-z]+/gu) ?? [];
