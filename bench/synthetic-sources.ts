/**
 * A synthetic catalog for the scale benchmark: many short articles (sources), each reporting a few
 * funding rounds in sentences the facts quote verbatim, so the data passes the same validation as
 * the bundled article. Seeded: the same seed gives the same data, byte for byte.
 *
 * Realism that matters for cost: company and investor names of ordinary length with legal names
 * and aliases (so lookups normalise), entities repeated across sources (so they merge), some
 * rounds reported twice with different amounts (so disputes are kept), and rounds spread over
 * years and series letters.
 */

export type SyntheticOptions = {
  seed?: number;
  companies?: number;
  investors?: number;
  rounds?: number;
  roundsPerSource?: number;
};

/** The generated dataset (raw, as the store reads it) and the names a benchmark asks for. */
export type SyntheticCatalog = {
  dataset: { version: string; sources: unknown[] };
  companyNames: string[];
  /** [company name, series letter] of rounds that exist. */
  roundRefs: [string, string][];
  counts: { sources: number; companies: number; investors: number; rounds: number };
};

const FIRST = [
  "Sense",
  "Deep",
  "Mega",
  "Yi",
  "Cloud",
  "Horizon",
  "Quantum",
  "Bright",
  "Nova",
  "Zhi",
  "Tu",
  "Hua",
  "Xin",
  "Lumi",
  "Orbit",
  "Vector",
  "Pixel",
  "Neuro",
  "Cogni",
  "Astra",
  "Blue",
  "Red",
  "Golden",
  "Silver",
  "Jade",
  "Dragon",
  "Phoenix",
  "Panda",
  "Lotus",
  "Summit",
  "River",
  "Stone",
];
const SECOND = [
  "Time",
  "Vision",
  "Mind",
  "Brain",
  "Logic",
  "Sight",
  "Wave",
  "Path",
  "Core",
  "Link",
  "Scope",
  "Matrix",
  "Signal",
  "Spark",
  "Forge",
  "Pulse",
  "Grid",
  "Stack",
  "Mesh",
  "Lens",
  "Field",
  "Gate",
];
const SECTOR = ["AI", "Robotics", "Technology", "Intelligence", "Vision", "Semiconductor", "Labs"];
// No legal-form words ("Group", "Holdings"): names are told apart as the index normalises them.
const FUND_WORD = ["Capital", "Ventures", "Partners", "Investments", "Fund", "Management"];
const FUND_FIRST = [
  "Sequoia",
  "Hillhouse",
  "Qiming",
  "Matrix",
  "Legend",
  "Northern",
  "Eastern",
  "Pacific",
  "Summit",
  "Harbor",
  "Granite",
  "Cedar",
  "Maple",
  "Bamboo",
  "Crane",
  "Falcon",
  "Kunlun",
  "Yangtze",
  "Pearl",
  "Lion",
  "Tiger",
  "Orchid",
  "Meridian",
  "Aurora",
  "Beacon",
  "Compass",
  "Anchor",
  "Vertex",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** mulberry32: a small, well-known seeded generator (deterministic across platforms). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Company = { id: string; name: string; legalName: string; aliases: string[] };
type Investor = Company;
type Round = {
  company: Company;
  letter: string;
  year: number;
  month: number;
  millions: number;
  leads: Investor[];
  others: Investor[];
};

/**
 * Generates the synthetic dataset.
 * @example generateSyntheticCatalog({ seed: 1 }).counts // { sources: 334, companies: 2000, investors: 5000, rounds: 10000 }
 */
export function generateSyntheticCatalog(options: SyntheticOptions = {}): SyntheticCatalog {
  const {
    seed = 20180410,
    companies: companyCount = 2_000,
    investors: investorCount = 5_000,
    rounds: roundCount = 10_000,
    roundsPerSource = 30,
  } = options;
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const taken = new Set<string>();
  const uniqueName = (make: () => string): string => {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 20 ? make() : `${make()} ${attempt}`;
      const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
  const companies: Company[] = Array.from({ length: companyCount }, (_, i) => {
    const brand = uniqueName(() => `${pick(FIRST)}${pick(SECOND)}`);
    const sector = pick(SECTOR);
    const short = uniqueName(() => `${brand} ${sector}`);
    return {
      id: `c${i}`,
      name: brand,
      legalName: `${short} Co Ltd`,
      aliases: [short],
    };
  });
  const investors: Investor[] = Array.from({ length: investorCount }, (_, i) => {
    const name = uniqueName(() => `${pick(FUND_FIRST)} ${pick(FIRST)}${pick(FUND_WORD)}`);
    return { id: `i${i}`, name, legalName: `${name} Ltd`, aliases: [] };
  });
  // Each company's rounds in order: Series A, B, C… a year or so apart.
  const rounds: Round[] = [];
  for (let i = 0; rounds.length < roundCount; i++) {
    const company = companies[i % companyCount];
    const nth = Math.floor(i / companyCount);
    // Stepping through the investors by a number prime to their count names each at least once.
    const leads = [investors[(i * 7) % investorCount], ...(next() < 0.3 ? [pick(investors)] : [])];
    const others = Array.from({ length: Math.floor(next() * 4) }, () => pick(investors)).filter(
      (inv) => !leads.includes(inv),
    );
    rounds.push({
      company,
      letter: String.fromCharCode(65 + nth),
      year: 2012 + nth + Math.floor(next() * 2),
      month: 1 + Math.floor(next() * 12),
      millions: 5 + Math.floor(next() * 995),
      leads: [...new Set(leads)],
      others: [...new Set(others)],
    });
  }
  rounds.sort((a, b) => a.year - b.year || a.month - b.month);
  const sources: unknown[] = [];
  for (let start = 0; start < rounds.length; start += roundsPerSource) {
    const batch = rounds.slice(start, start + roundsPerSource);
    // Every fifth article also reports the previous article's last round again, with a revised amount.
    const revised = sources.length > 0 && start >= roundsPerSource ? rounds[start - 1] : undefined;
    sources.push(article(sources.length, batch, revised));
  }
  return {
    dataset: { version: "1.0.0", sources },
    companyNames: companies.map((c) => c.name),
    roundRefs: rounds.map((r) => [r.company.name, r.letter]),
    counts: {
      sources: sources.length,
      companies: companyCount,
      investors: investorCount,
      rounds: rounds.length,
    },
  };
}

/** One article: a sentence per round, each fact quoting its sentence. */
function article(index: number, batch: readonly Round[], revised?: Round): unknown {
  const last = batch[batch.length - 1];
  const date = `${last.year}-${String(last.month).padStart(2, "0")}-28`;
  const reported =
    revised && index % 5 === 1 ? [...batch, { ...revised, millions: revised.millions + 5 }] : batch;
  const sentences = reported.map((round) => {
    const leads = round.leads.map((inv) => inv.legalName).join(" and ");
    const others = round.others.map((inv) => inv.name).join(", ");
    return (
      `${round.company.legalName} raised $${round.millions} million in a Series ${round.letter} round led by ${leads} in ${MONTHS[round.month - 1]} ${round.year}.` +
      (others ? ` Other investors include ${others}.` : "")
    );
  });
  const companyRecords = new Map<string, unknown>();
  const investorRecords = new Map<string, unknown>();
  const rounds = reported.map((round, i) => {
    const sentence = sentences[i].split(" Other investors include")[0];
    const other = sentences[i].includes(" Other investors include")
      ? `Other investors include ${round.others.map((inv) => inv.name).join(", ")}.`
      : undefined;
    const { company } = round;
    companyRecords.set(company.id, {
      ...company,
      country: { text: "China", enteredByAnalyst: true },
      description: { text: "Company that raised funds", quote: `${company.legalName} raised` },
      notes: [],
    });
    for (const inv of [...round.leads, ...round.others]) investorRecords.set(inv.id, inv);
    const month = `${round.year}-${String(round.month).padStart(2, "0")}`;
    return {
      id: `r-${company.id}-${round.letter.toLowerCase()}`,
      company: company.id,
      series: { letter: round.letter, quote: `Series ${round.letter}` },
      amount: { amount: round.millions * 1e6, currency: "USD", bound: "exact", quote: sentence },
      announced: {
        iso: month,
        precision: "month",
        quote: `${MONTHS[round.month - 1]} ${round.year}`,
      },
      leads: { investors: round.leads.map((inv) => inv.id), complete: true, quote: sentence },
      ...(other
        ? {
            others: { investors: round.others.map((inv) => inv.id), complete: false, quote: other },
          }
        : {}),
      notes: [],
    };
  });
  return {
    id: `synthetic-${index}`,
    headline: `Funding roundup ${index + 1}`,
    publisher: "Synthetic Wire",
    date,
    text: sentences.join("\n\n"),
    companies: [...companyRecords.values()],
    investors: [...investorRecords.values()],
    rounds,
    people: [],
    macro: [],
  };
}
