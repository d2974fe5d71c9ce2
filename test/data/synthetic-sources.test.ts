import { generateSyntheticCatalog } from "../../bench/synthetic-sources";
import { createCheckingCatalogStore } from "../../src/domain/catalog/checking-store";

describe("generateSyntheticCatalog", () => {
  const small = { companies: 60, investors: 150, rounds: 300, roundsPerSource: 20 };

  it("returns the same data for the same seed, and other data for another seed", () => {
    const a = generateSyntheticCatalog({ seed: 7, ...small });
    expect(JSON.stringify(generateSyntheticCatalog({ seed: 7, ...small }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateSyntheticCatalog({ seed: 8, ...small }))).not.toBe(
      JSON.stringify(a),
    );
  });

  it("generates sources that pass validation and merge into the asked-for counts", () => {
    const synthetic = generateSyntheticCatalog({ seed: 7, ...small });
    const store = createCheckingCatalogStore(synthetic.dataset);
    const catalog = store.current();
    expect(store.quarantine()).toEqual([]);
    expect(catalog.companies.all).toHaveLength(60);
    expect(catalog.investors.all).toHaveLength(150);
    const rounds = [...catalog.roundsByCompany.values()].reduce((n, list) => n + list.length, 0);
    expect(rounds).toBe(300);
    expect(catalog.sources.length).toBe(synthetic.counts.sources);
    // Some rounds are reported twice with different amounts: the store keeps both.
    const disputed = [...catalog.roundsByCompany.values()].flat().filter((r) => r.disputes.amount);
    expect(disputed.length).toBeGreaterThan(0);
  });

  it("generates at least 10,000 rounds, 2,000 companies and 5,000 investors by default", () => {
    // Counted in the merged catalog, not from the generator's own tally.
    const catalog = createCheckingCatalogStore(generateSyntheticCatalog().dataset).current();
    const rounds = [...catalog.roundsByCompany.values()].reduce((n, list) => n + list.length, 0);
    expect(rounds).toBeGreaterThanOrEqual(10_000);
    expect(catalog.companies.all.length).toBeGreaterThanOrEqual(2_000);
    expect(catalog.investors.all.length).toBeGreaterThanOrEqual(5_000);
  });
});
