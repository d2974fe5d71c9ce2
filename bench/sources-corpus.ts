/**
 * A seeded synthetic workbook for the sources benchmark: 500 added articles reporting 10,000
 * rounds of 2,000 companies by 5,000 investors, each article built the way the pane builds one
 * (reviewed rounds through `toSourceDocument`), each fact quoting its article's sentence.
 */
import type { SourceDocument } from "../src/data/schema";
import type { ReviewedRound } from "../src/sources/review/review-round";
import { toSourceDocument } from "../src/sources/to-source-document";
import { random } from "./synthetic-sources";

export const ARTICLES = 500;
export const ROUNDS_PER_COMPANY = 5;
export const COMPANIES_PER_ARTICLE = 4;
const INVESTORS = 5_000;

const STEMS = ["Zentra", "Lumen", "Quanta", "Helio", "Orbis", "Vireo", "Nimbus", "Kestrel"];
const TRADES = ["Robotics", "Vision", "Semiconductor", "Health", "Logistics", "Fintech"];
const FIRMS = ["Capital", "Ventures", "Partners", "Investment Group", "Fund"];

/**
 * The synthetic articles as source documents (throws if the generator makes an invalid one); the
 * first `articles` of them (the benchmark's 500 by default).
 */
export function syntheticSources(articles = ARTICLES): SourceDocument[] {
  const next = random(20261128);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Investor n always has the same name: the articles name 5,000 investors, each in several.
  const investor = () => {
    const n = Math.floor(next() * INVESTORS);
    return `${STEMS[n % STEMS.length]} ${FIRMS[Math.floor(n / STEMS.length) % FIRMS.length]} ${n + 1}`;
  };
  const documents: SourceDocument[] = [];
  for (let a = 0; a < articles; a++) {
    const sentences: string[] = [];
    const rounds: ReviewedRound[] = [];
    for (let c = 0; c < COMPANIES_PER_ARTICLE; c++) {
      const number = a * COMPANIES_PER_ARTICLE + c + 1;
      const company = `${STEMS[number % STEMS.length]} ${TRADES[number % TRADES.length]} ${number}`;
      for (let r = 0; r < ROUNDS_PER_COMPANY; r++) {
        const letter = String.fromCharCode(65 + r);
        const amount = Math.round(5 + next() * 500) * 1e6;
        const lead = investor();
        const others = [investor(), investor()];
        const month = String(1 + ((a + r) % 12)).padStart(2, "0");
        const sentence = `${company} raised $${amount / 1e6} million in a Series ${letter} round led by ${lead} in ${2015 + r}-${month}, with ${others.join(" and ")} joining.`;
        sentences.push(sentence, "Analysts said the sector keeps drawing capital from funds.");
        const quote = { quote: sentence };
        rounds.push({
          company: { value: company, ...quote },
          series: { value: `Series ${letter}`, ...quote },
          amount: { value: { value: amount, currency: "USD", qualifier: null }, ...quote },
          amountUsd: null,
          announced: { value: `${2015 + r}-${month}`, ...quote },
          leads: { value: [lead], ...quote },
          participants: { value: others, ...quote },
          valuation: null,
          isCurrentRound: r === ROUNDS_PER_COMPANY - 1,
        });
      }
    }
    const article = {
      text: sentences.join(" "),
      headline: `Funding round-up ${a + 1}: four companies raise new money`,
      published: `2026-${String(1 + (a % 12)).padStart(2, "0")}-15`,
      url: `https://news.example/round-up-${a + 1}`,
    };
    const built = toSourceDocument(article, rounds, () => undefined);
    if (!built.ok) throw new Error(built.message);
    documents.push(built.value);
  }
  return documents;
}
