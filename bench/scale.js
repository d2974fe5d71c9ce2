/**
 * The scale measurements of `npm run bench`: the same core on a seeded synthetic catalog of 10,000
 * rounds (bench/synthetic-sources.ts), beside the bundled catalog measured in the same run.
 */
const { median, nsPerCall, msPerRun } = require("./measure");

/**
 * Measures start-up, lookups, table models and the insertion plan of the largest table.
 * `scale` is bench-entry's `scale` namespace.
 */
function measureScale(scale) {
  const synthetic = scale.generateSyntheticCatalog();
  // Start-up first, on the heap a page starts with: measured after the table models, it would
  // also pay the garbage collector for their hundreds of megabytes. As a workbook opens: every
  // source's seal verified, the catalog built. Beside it, the same sources checked in full (a
  // workbook written before seals, or whose parts were changed outside the add-in).
  // Every run meets the names for the first time, as a page does: the name memory starts over.
  const startup = scale.workbookStartup(synthetic.dataset.sources);
  const startupMs = median(Array.from({ length: 5 }, () => startup()));
  const startupFullCheckMs = msPerRun(() => {
    scale.normalizeName.forget();
    scale.createCheckingCatalogStore(synthetic.dataset);
  }, 5);
  // The floor in the same run: reading the same data from JSON once, with no check or index.
  const json = JSON.stringify(synthetic.dataset);
  const parseFloorMs = msPerRun(() => JSON.parse(json), 5);
  const startupPhasesMs = startupPhases(scale, synthetic.dataset.sources);
  const firstUseMs = firstUse(
    scale,
    () => scale.createCheckingCatalogStore(synthetic.dataset).current(),
    synthetic.roundRefs[0],
  );
  const catalog = scale.createCheckingCatalogStore(synthetic.dataset).current();
  const bundled = scale.createCatalogStore(scale.bundledSources()).current();
  const rounds = [...catalog.roundsByCompany.values()].reduce((n, list) => n + list.length, 0);

  // Misses cycle through 1,000 misspelt names, so no memo answers them from one entry.
  const refs = synthetic.roundRefs.filter((_, i) => i % 10 === 0).slice(0, 1_000);
  const misses = refs.map(([name]) => name.slice(0, 3) + name.slice(4));
  const exact = (cat, list) => (i) =>
    scale.airound(cat, list[i % list.length][0], list[i % list.length][1]);
  // Like for like: two rounds asked in turn on each catalog (the budget's ratio); then 1,000
  // different rounds in turn, which also pays for memory the two-name loop keeps in cache.
  const airoundExact = nsPerCall(exact(catalog, refs.slice(0, 2)), { calls: 5_000 });
  const airoundExact1000 = nsPerCall(exact(catalog, refs), { calls: 5_000 });
  const airoundExactBundled = nsPerCall(
    exact(bundled, [
      ["SenseTime", "C"],
      ["Megvii", "C"],
    ]),
    {
      calls: 5_000,
    },
  );
  const airoundMiss = nsPerCall((i) => scale.airound(catalog, misses[i % misses.length], "A"), {
    calls: 1_000,
    batches: 9,
  });

  const tables = {
    investorMap: () => scale.investorMap(catalog),
    roundComparison: () => scale.roundComparison(catalog),
    companyComparison: () => scale.companyComparison(catalog),
  };
  const tableMs = Object.fromEntries(
    Object.entries(tables).map(([name, build]) => [name, msPerRun(build, 5)]),
  );
  const models = Object.fromEntries(Object.entries(tables).map(([name, build]) => [name, build()]));
  const [largestName, largest] = Object.entries(models).sort(
    ([, a], [, b]) => cellsOf(b) - cellsOf(a),
  )[0];
  const block = scale.tableBlock(largest, "values");
  const plan = scale.planInsertion(
    block.cells.map((row, i) => scale.rowPayloadBytes(row, block.numberFormats[i])),
  );

  return {
    sources: catalog.sources.length,
    rounds,
    companies: catalog.companies.all.length,
    investors: catalog.investors.all.length,
    startupMs,
    startupFullCheckMs,
    datasetJsonBytes: Buffer.byteLength(json),
    parseFloorMs,
    startupPhasesMs,
    firstUseMs,
    callNs: { airoundExact, airoundExactBundled, airoundExact1000, airoundMiss },
    tableMs,
    insertion: {
      table: largestName,
      rows: block.height,
      columns: block.width,
      syncs: plan.syncs,
      payloadBytes: plan.totalBytes,
      maxSyncBytes: plan.maxSyncBytes,
      bytesPerSync: plan.chunks.map((chunk) => chunk.bytes),
    },
    ratios: {
      airoundExactOverBundled: airoundExact / airoundExactBundled,
      startupOverParseFloor: startupMs / parseFloorMs,
      fullCheckOverStartup: startupFullCheckMs / startupMs,
    },
  };
}

/**
 * Start-up in its parts, each the median of 5 runs with no name met before: checking every source
 * (`validate`), merging the checked sources (`merge`: which records make which entity and round;
 * each is made when first asked for), and the whole catalog build, merge and indexes (`build`).
 * The bare walk (`walk`) visits every value of every record once and checks nothing:
 * the floor of any check that reads each value.
 */
function startupPhases(scale, sources) {
  const checked = () => sources.map((source) => scale.validateSource(source).value);
  const documents = checked();
  const walk = (node) => {
    if (Array.isArray(node)) return node.reduce((n, child) => n + walk(child), 1);
    if (typeof node === "object" && node !== null) {
      return Object.values(node).reduce((n, child) => n + walk(child), 1);
    }
    return 1;
  };
  const collections = ["companies", "investors", "rounds", "people", "macro"];
  const firstMeeting = (phase) => () => {
    scale.normalizeName.forget();
    return phase();
  };
  return {
    walk: msPerRun(() => sources.forEach((s) => collections.forEach((c) => walk(s[c]))), 5),
    validate: msPerRun(firstMeeting(checked), 5),
    merge: msPerRun(
      firstMeeting(() => scale.mergeSources(documents)),
      5,
    ),
    build: msPerRun(
      firstMeeting(() => scale.buildCatalog(documents, { version: "1.0.0" })),
      5,
    ),
  };
}

/**
 * What a catalog makes on first use rather than at start-up, each timed on its first use in a new
 * catalog (the median of 3 catalogs): the first answer (AIROUND of one company: it, its rounds and
 * their investors are made), every entity and round (what the first table of all companies makes),
 * an investor's rounds (the investor map, INVESTMENTS), the suggestion index (the first miss), the
 * issues list, and the whole first investor map (all of these it needs, and its model).
 */
function firstUse(scale, newCatalog, [company, letter]) {
  const samples = {
    firstAnswer: [],
    everyEntity: [],
    investorIndex: [],
    suggestions: [],
    issues: [],
    firstInvestorMap: [],
  };
  for (let r = 0; r < 3; r++) {
    const catalog = newCatalog();
    // One run each: the second would find it made.
    samples.firstAnswer.push(msPerRun(() => scale.airound(catalog, company, letter), 1));
    samples.everyEntity.push(
      msPerRun(() => {
        catalog.companies.all;
        catalog.investors.all;
        for (const rounds of catalog.roundsByCompany.values()) rounds.length;
        for (const person of catalog.personById.values()) person.id;
      }, 1),
    );
    samples.investorIndex.push(msPerRun(() => catalog.participationsByInvestor, 1));
    samples.suggestions.push(msPerRun(() => catalog.companies.suggest("Qxzv Labz"), 1));
    samples.issues.push(msPerRun(() => catalog.issues, 1));
    // The first table of an analyst's session, on a catalog nothing has been asked of.
    const fresh = newCatalog();
    samples.firstInvestorMap.push(msPerRun(() => scale.investorMap(fresh), 1));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, median(ms)]));
}

const cellsOf = (model) => model.rows.length * (model.rows[0]?.length ?? 0);

/** The scale section of the printed table: [name, value, budget] rows. */
function scaleRows(s) {
  const p = s.startupPhasesMs;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  return [
    [
      "scale: catalog",
      `${s.rounds} rounds, ${s.companies} companies, ${s.investors} investors, ${s.sources} sources`,
      "",
    ],
    [
      "scale: start-up (seals verified + index)",
      `${s.startupMs.toFixed(1)} ms (${s.ratios.startupOverParseFloor.toFixed(1)}× a bare JSON.parse of the same ${mb(s.datasetJsonBytes)}, ${s.parseFloorMs.toFixed(1)} ms)`,
      "≤ 100 ms",
    ],
    [
      "scale: start-up, every source checked in full",
      `${s.startupFullCheckMs.toFixed(1)} ms (${s.ratios.fullCheckOverStartup.toFixed(1)}× the sealed start-up)`,
      "",
    ],
    [
      "scale: start-up, its parts",
      `check ${p.validate.toFixed(0)} ms, merge ${p.merge.toFixed(0)} ms, merge + indexes ${p.build.toFixed(0)} ms (a bare walk of every value: ${p.walk.toFixed(0)} ms)`,
      "",
    ],
    [
      "scale: built on first use",
      `first answer ${s.firstUseMs.firstAnswer.toFixed(2)} ms, every entity ${s.firstUseMs.everyEntity.toFixed(0)} ms, an investor's rounds ${s.firstUseMs.investorIndex.toFixed(0)} ms, suggestions ${s.firstUseMs.suggestions.toFixed(0)} ms, the first investor map ${s.firstUseMs.firstInvestorMap.toFixed(0)} ms`,
      "",
    ],
    [
      "scale: AIROUND exact",
      `${s.callNs.airoundExact.toFixed(0)} ns (${s.ratios.airoundExactOverBundled.toFixed(1)}× bundled ${s.callNs.airoundExactBundled.toFixed(0)} ns)`,
      "≤ 3× bundled",
    ],
    ["scale: AIROUND, 1,000 rounds in turn", `${s.callNs.airoundExact1000.toFixed(0)} ns`, ""],
    [
      "scale: AIROUND miss (suggestions)",
      `${(s.callNs.airoundMiss / 1000).toFixed(0)} µs`,
      "≤ 1 ms",
    ],
    ["scale: investor map model", `${s.tableMs.investorMap.toFixed(0)} ms`, "≤ 250 ms"],
    ["scale: round comparison model", `${s.tableMs.roundComparison.toFixed(0)} ms`, "≤ 250 ms"],
    ["scale: company comparison model", `${s.tableMs.companyComparison.toFixed(0)} ms`, "≤ 250 ms"],
    [
      `scale: insert ${s.insertion.table} (${s.insertion.rows}×${s.insertion.columns})`,
      `${s.insertion.syncs} write syncs, ${mb(s.insertion.payloadBytes)} in all, ≤ ${mb(s.insertion.maxSyncBytes)} each`,
      "< 5 MB per sync",
    ],
  ];
}

module.exports = { measureScale, scaleRows };
