/** A second source for tests: a later report on both bundled companies. */
const LATER_TEXT = `Face++ maker Megvii raised $600 million in a Series D round led by Alibaba Group in May 2018.
SenseTime's Series C, announced on 9 April 2018, brought in $620 million, the company said.`;

/** A later report on both companies: one new round, and a different figure for a known one. */
export function laterReport(changes: { date?: string; id?: string } = {}) {
  return {
    id: changes.id ?? "later-report",
    headline: "Face++ maker closes new round",
    publisher: "Example Wire",
    url: "https://example.com/face-plus-plus",
    date: changes.date ?? "2018-05-20",
    text: LATER_TEXT,
    companies: [
      {
        id: "face",
        name: "Face++",
        legalName: "Megvii Technology Inc",
        aliases: [] as string[],
        country: { text: "China", enteredByAnalyst: true },
        description: { text: "Face++ maker", quote: "Face++ maker Megvii" },
        notes: [],
      },
      {
        id: "st",
        name: "SenseTime",
        legalName: "SenseTime Group Ltd",
        aliases: [] as string[],
        country: { text: "China", enteredByAnalyst: true },
        description: { text: "AI company", enteredByAnalyst: true },
        notes: [],
      },
    ],
    investors: [
      { id: "ali", name: "Alibaba Group", legalName: "Alibaba Group Holding Ltd", aliases: [] },
    ],
    rounds: [
      {
        id: "megvii-d",
        company: "face",
        series: { letter: "D", quote: "a Series D round" },
        amount: {
          amount: 600e6,
          currency: "USD",
          bound: "exact",
          quote: "raised $600 million in a Series D round",
        },
        announced: { iso: "2018-05", precision: "month", quote: "in May 2018" },
        leads: { investors: ["ali"], complete: true, quote: "led by Alibaba Group" },
        notes: [],
      },
      {
        id: "st-c",
        company: "st",
        series: { letter: "C", quote: "SenseTime's Series C" },
        amount: {
          amount: 620e6,
          currency: "USD",
          bound: "exact",
          quote: "brought in $620 million",
        },
        announced: { iso: "2018-04-09", precision: "day", quote: "announced on 9 April 2018" },
        notes: [],
      },
    ],
    people: [],
    macro: [],
  };
}
