import { rawDataset } from "../../src/data/dataset";
import { createCheckingCatalogStore } from "../../src/domain/catalog/checking-store";
import { validateDocument } from "../../src/sources/validate-document";
import { resolveCompany, resolveInvestor } from "../../src/domain/catalog/names/resolve-entity";
import { companyProfile } from "../../src/domain/facts/company-profile";
import { investmentsOf } from "../../src/domain/facts/investments";
import { aisource, airound } from "../../src/domain/formulas/formulas";
import { laterReport } from "./later-report";

describe("createCatalogStore", () => {
  it("builds the bundled catalog with no record set aside", () => {
    const store = createCheckingCatalogStore(rawDataset);
    expect(store.quarantine()).toEqual([]);
    expect(store.current().companies.names).toEqual(["SenseTime", "Megvii"]);
    expect(store.listSources()).toEqual([
      {
        id: "article-2018-04-10",
        headline: "New financing lifts valuation of facial recognition startup to $4.5 billion",
        date: "2018-04-10",
        rounds: 3,
        bundled: true,
      },
    ]);
  });

  it("merges an added source's entities with the bundled ones by name and alias", () => {
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(laterReport());
    const catalog = store.current();
    expect(catalog.companies.names).toEqual(["SenseTime", "Megvii"]);
    const megvii = resolveCompany(catalog, "Face++");
    expect(megvii.kind === "ok" && megvii.value.sources.map((s) => s.id)).toEqual([
      "article-2018-04-10",
      "later-report",
    ]);
    const rounds = catalog.roundsByCompany.get("megvii") ?? [];
    expect(rounds.map((r) => `${r.series?.letter} ${r.amount.amount}`)).toEqual([
      "C 460000000",
      "D 600000000",
    ]);
    const alibaba = resolveInvestor(catalog, "Alibaba");
    const taken = alibaba.kind === "ok" ? investmentsOf(catalog, alibaba.value, true) : [];
    expect(taken.map((p) => `${p.company.name} ${p.round.series?.letter} ${p.role}`)).toEqual([
      "Megvii C participant",
      "SenseTime C lead",
      "Megvii D lead",
    ]);
    expect(store.listSources().map((s) => [s.id, s.rounds, s.bundled])).toEqual([
      ["article-2018-04-10", 3, true],
      ["later-report", 2, false],
    ]);
  });

  it("answers with the newer source when two disagree, and says that another differs", () => {
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(laterReport());
    const catalog = store.current();
    expect(airound(catalog, "SenseTime", "C")).toEqual({ kind: "ok", value: 620e6 });
    const cited = aisource(catalog, "SenseTime", "C", "amount");
    expect(cited.kind === "ok" && cited.value).toBe(
      '"brought in $620 million" — Face++ maker closes new round, 2018-05-20, https://example.com/face-plus-plus Newest source answers; "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018 gives $600M.',
    );
    // The fields the later source does not give still come from the article.
    expect(airound(catalog, "SenseTime", "C", "lead")).toEqual({ kind: "ok", value: "Alibaba" });
  });

  it("answers with the newer source whichever order the sources come in", () => {
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(laterReport({ date: "2018-01-02" }));
    expect(airound(store.current(), "SenseTime", "C")).toEqual({ kind: "ok", value: 600e6 });
    const cited = aisource(store.current(), "SenseTime", "C");
    expect(cited.kind === "ok" && cited.value).toContain(
      '"Face++ maker closes new round", Example Wire, 2 Jan 2018 gives $620M.',
    );
  });

  it("marks an analyst's entry as such, with no passage", () => {
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(laterReport({ date: "2019-01-01" }));
    const cited = aisource(store.current(), "SenseTime", undefined, "description");
    expect(cited.kind === "ok" && cited.value).toMatch(
      /^Entered by an analyst — Face\+\+ maker closes new round, 2019-01-01, https:\/\/example\.com\/face-plus-plus Newest source answers;/,
    );
  });

  it("sets a bad record aside with its reason and keeps the rest of the source", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const report = laterReport();
    report.rounds[0].amount.amount = -1;
    report.rounds[1].amount.quote = "raised $999 million";
    const check = store.addSource(report);
    expect(check.ok).toBe(true);
    expect(store.quarantine()).toEqual([
      {
        source: "later-report",
        record: "rounds[0] (megvii-d)",
        path: "rounds[0] (megvii-d).amount.amount",
        message: "must be more than 0",
      },
      {
        source: "later-report",
        record: "rounds[1] (st-c)",
        path: "rounds[1] (st-c).amount.quote",
        message: 'not a passage of the source text: "raised $999 million"',
      },
    ]);
    expect(store.current().roundsByCompany.get("megvii")?.length).toBe(1);
    expect(airound(store.current(), "SenseTime", "C")).toEqual({ kind: "ok", value: 600e6 });
  });

  it("sets aside a record that points at a record set aside", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const report = laterReport();
    report.companies[0].description.quote = "not in the text";
    store.addSource(report);
    expect(store.quarantine().map((issue) => [issue.record, issue.message])).toEqual([
      ["companies[0] (face)", 'not a passage of the source text: "not in the text"'],
      ["rounds[0] (megvii-d)", "unknown company 'face'"],
    ]);
  });

  it("refuses a source it cannot read, and one that reuses a bundled id", () => {
    const store = createCheckingCatalogStore(rawDataset);
    expect(store.addSource({ headline: "No id" })).toMatchObject({ ok: false });
    expect(store.addSource(laterReport({ id: "article-2018-04-10" }))).toEqual({
      ok: false,
      issues: [
        {
          source: "article-2018-04-10",
          path: "id",
          message: "is the id of a bundled source; give the added source another id",
        },
      ],
    });
    expect(store.listSources()).toHaveLength(1);
  });

  it("reports a name two companies share, and answers it with both candidates", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const report = laterReport();
    report.companies[0] = { ...report.companies[0], name: "Deep Face", aliases: ["Deep"] };
    report.companies[0].legalName = "Deep Face Ltd";
    report.companies[1] = { ...report.companies[1], name: "Deep Vision", aliases: ["Deep"] };
    report.companies[1].legalName = "Deep Vision Ltd";
    store.addSource(report);
    const result = resolveCompany(store.current(), "Deep");
    expect(result).toEqual({
      kind: "notFound",
      message:
        "'Deep' names more than one company in the sources: Deep Face (Deep Face Ltd) or Deep Vision (Deep Vision Ltd). Use a name only one of them has.",
      suggestions: ["Deep Face", "Deep Vision"],
    });
    expect(store.quarantine()).toContainEqual({
      source: "later-report",
      path: "company name 'Deep'",
      message: "names Deep Face and Deep Vision; a lookup by it answers #N/A with both",
    });
    expect(resolveCompany(store.current(), "Deep Vision").kind).toBe("ok");
  });

  it("sets aside a record whose names match two different entities", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const report = laterReport();
    report.companies[0].aliases = ["SenseTime Group"];
    store.addSource(report);
    expect(store.quarantine()).toContainEqual({
      source: "later-report",
      record: "companies[0] (face)",
      path: "companies[0] (face).name",
      message: "its names match more than one company (Megvii and SenseTime); set aside",
    });
  });

  it("tells its listeners about each change until they unsubscribe", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const seen: number[] = [];
    const stop = store.subscribe((catalog) => seen.push(catalog.sources.length));
    store.addSource(laterReport());
    store.removeSource("later-report");
    expect(store.removeSource("later-report")).toBe(false);
    store.setAddedSources([laterReport(), laterReport({ id: "another", date: "2018-06-01" })]);
    stop();
    store.setAddedSources([]);
    expect(seen).toEqual([2, 1, 3]);
  });

  it("takes checked sources as they are, refusing only one that reuses a bundled id", () => {
    const checkedOnce = (raw: unknown) => {
      const check = validateDocument(raw);
      if (!check.ok) throw new Error(check.issues.join("; "));
      return check.value;
    };
    const store = createCheckingCatalogStore(rawDataset);
    const later = checkedOnce(laterReport());
    const clash = checkedOnce(laterReport({ id: "article-2018-04-10" }));
    expect(store.setCheckedSources([later, clash])).toEqual([
      {
        source: "article-2018-04-10",
        path: "id",
        message: "is the id of a bundled source; give the added source another id",
      },
    ]);
    expect(store.listSources().map((s) => [s.id, s.bundled])).toEqual([
      ["article-2018-04-10", true],
      ["later-report", false],
    ]);
    const rounds = store.current().roundsByCompany.get("megvii") ?? [];
    expect(rounds.map((r) => r.series?.letter)).toEqual(["C", "D"]);
    store.setCheckedSources([]);
    expect(store.listSources()).toHaveLength(1);
  });

  it("builds a new company profile after a change, never serving the old one", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const before = companyProfile(store.current(), "Megvii");
    store.addSource(laterReport());
    const after = companyProfile(store.current(), "Megvii");
    expect(before.kind === "ok" && before.value.totalRaised?.display).toBe("$460M");
    expect(after.kind === "ok" && after.value.totalRaised?.display).toBe("$1.06B");
  });

  it("leaves the sources as they were after a rebuild: names and notes do not pile up", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const before = JSON.stringify(store.current().companies.all);
    const report = laterReport();
    report.companies[0].aliases = ["Megvii Face++"];
    store.addSource(report);
    store.addSource(laterReport({ id: "third-report", date: "2018-06-01" }));
    const megvii = store.current().companyById.get("megvii");
    expect(megvii?.aliases.filter((alias) => alias === "Megvii Face++")).toHaveLength(1);
    store.removeSource("later-report");
    store.removeSource("third-report");
    expect(JSON.stringify(store.current().companies.all)).toBe(before);
  });

  it("names the list item whose passage is not in the text", () => {
    const store = createCheckingCatalogStore(rawDataset);
    const report = laterReport();
    report.companies[0].notes = [
      { text: "listed", quote: "Face++ maker Megvii" },
      { text: "made up", quote: "a sentence the article lacks" },
    ] as never[];
    store.addSource(report);
    expect(store.quarantine()[0]).toMatchObject({
      record: "companies[0] (face)",
      path: "companies[0] (face).notes[1].quote",
    });
  });

  it("keeps an older figure as a dispute only when it states something else", () => {
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(laterReport());
    const same = laterReport({ id: "same-again", date: "2018-06-01" });
    store.addSource(same);
    const round = store
      .current()
      .roundsByCompany.get("megvii")
      ?.find((r) => r.series?.letter === "D");
    expect(round?.sources.map((s) => s.id)).toEqual(["later-report", "same-again"]);
    expect(round?.disputes.amount).toBeUndefined();
    const sensetimeC = store
      .current()
      .roundsByCompany.get("sensetime")
      ?.find((r) => r.series?.letter === "C");
    expect(sensetimeC?.disputes.amount?.map((fact) => fact.amount)).toEqual([600e6]);
  });

  it("knows a round by the series a later report gives it, even when a third moves its date", () => {
    const report = (id: string, date: string, series: string | undefined, month: string) => {
      const text = `Face++ raised $600 million${series ? ` in a Series ${series} round` : ""} in ${month}.`;
      const quote = text.slice(0, -1);
      return {
        id,
        headline: "Face++ round",
        date,
        text,
        companies: [{ id: "face", name: "Face++", legalName: "Face++", aliases: [], notes: [] }],
        investors: [],
        rounds: [
          {
            id: "r",
            company: "face",
            ...(series ? { series: { letter: series, quote } } : {}),
            amount: { amount: 6e8, currency: "USD", bound: "exact", quote },
            announced: { iso: month, precision: "month", quote },
            notes: [],
          },
        ],
        people: [],
        macro: [],
      };
    };
    const store = createCheckingCatalogStore(rawDataset);
    store.addSource(report("first", "2018-05-20", undefined, "2018-05"));
    store.addSource(report("second", "2018-06-01", "D", "2018-05"));
    store.addSource(report("third", "2018-07-01", "D", "2018-06"));
    const rounds = store.current().roundsByCompany.get("megvii") ?? [];
    const d = rounds.filter((round) => round.amount.amount === 6e8);
    expect(d.map((round) => round.sources.map((source) => source.id))).toEqual([
      ["first", "second", "third"],
    ]);
    expect(d[0]?.announced.iso).toBe("2018-06");
  });
});
