/** Short forms of the extractor's output for phrasing tests: each round's main fields, a role. */
import { extractRounds } from "../../src/extract";
import { findMoney } from "../../src/extract/money";
import { classifyMoney } from "../../src/extract/money-role";

/**
 * The rounds of `text` with each figure as a plain number.
 *
 * @example
 * roundSummaries("Acme raised $5 million.", "2025-01-01")[0].amount // 5000000
 */
export const roundSummaries = (text: string, published: string) =>
  extractRounds({ text, published }).rounds.map((r) => ({
    company: r.company,
    series: r.series,
    amount: r.amount?.value ?? null,
    announced: r.announced,
    leads: r.leads,
    participants: r.participants,
    valuation: r.valuation?.value ?? null,
    isCurrentRound: r.isCurrentRound,
  }));

/**
 * The role of the `at`-th money figure of `clause`: "round", "valuation", "share" or "trap:reason".
 *
 * @example
 * moneyRole("It has raised $1.6 billion so far.") // "trap:cumulative"
 */
export const moneyRole = (clause: string, at = 0): string => {
  const moneys = findMoney(clause);
  const role = classifyMoney(clause, moneys[at], moneys);
  return role.kind === "trap" ? `trap:${role.reason}` : role.kind;
};
