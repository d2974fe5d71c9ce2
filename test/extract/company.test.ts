import { aliasesIn, companyCue, CompanyRegistry } from "../../src/extract/company";

const cueAt = (clause: string, marker = "$") => companyCue(clause, clause.indexOf(marker));

describe("companyCue", () => {
  it.each([
    [
      "Chinese facial recognition startup SenseTime Group Ltd announced on Monday it has acquired $600 million",
      "SenseTime Group Ltd",
    ],
    [
      "BEIJING, June 15 (Wire) - Chinese startup Lumina Freight Technology Co Ltd said on Tuesday it had raised $220 million",
      "Lumina Freight Technology Co Ltd",
    ],
    [
      "Ledgerly, a San Francisco-based startup that builds accounting APIs for marketplaces, has raised $45 million",
      "Ledgerly",
    ],
    [
      "36Kr learned that Shenzhen Yunmai Intelligent Technology Co., Ltd. recently completed a B+ round of $30 million",
      "Shenzhen Yunmai Intelligent Technology Co., Ltd.",
    ],
    ["Bengaluru-based Dhruva Robotics raised Rs 120 crore", "Dhruva Robotics"],
    ["- Indonesian logistics startup Kirimin raised $25 million", "Kirimin"],
    [
      "In a separate deal last week, Beijing-based startup Lumimed Imaging received $70 million",
      "Lumimed Imaging",
    ],
    ["The round comes eight months after Stackwise's $30 million Series B.", "Stackwise"],
    ["The fresh capital comes nine months after Shiksha Labs raised $8 million", "Shiksha Labs"],
    [
      "Ant Financial Services Group joined a $460 million Series C financing round in another Chinese AI unicorn, Megvii Technology Inc, more commonly known as Face++.",
      "Megvii Technology Inc",
    ],
    [
      "SAN FRANCISCO, May 3, 2022 /PRNewswire/ -- Tallyworks, the leading provider of software, today announced it has closed a $30 million Series B",
      "Tallyworks",
    ],
    [
      'LONDON--(BUSINESS WIRE)--Ferrovia Analytics ("Ferrovia"), the rail asset-intelligence company, today announced it has secured Series C funding of $75M.',
      "Ferrovia Analytics",
    ],
    ["BOSTON -- Kelpie Robotics said on Monday it raised $40 million", "Kelpie Robotics"],
    ["Big news: Pebble Analytics has raised a $4M seed round!", "Pebble Analytics"],
    [
      "• Fernhill Bio (Cambridge, UK) - £6.5m seed, led by Ahren Innovation Capital",
      "Fernhill Bio",
    ],
    [
      "Today we're thrilled to announce that Point Nine is leading a $6M seed round in Quillpad",
      "Quillpad",
    ],
    ["Vietnam's FinFlow bags $12m Series A to expand B2B payments", "FinFlow"],
    ["Hypersonic's Series A of $11 million was led by Lux", "Hypersonic"],
    [
      "Freshwater Labs, a Y Combinator-backed startup, said it closed a $3.5 million seed round",
      "Freshwater Labs",
    ],
    [
      "Plaidly acquired Rover Labs, which had raised $30 million in a Series A round led by Accel",
      "Rover Labs",
    ],
    ["2. Berlin's Kontor Labs raised €12 million in seed funding", "Kontor Labs"],
    [
      "The firm co-led a $35 million Series B in payments company Paybridge with Tiger Global",
      "Paybridge",
    ],
    [
      "Toyota Motor Corp. said on Thursday it would invest $394 million in Linehaul AI, a developer",
      "Linehaul AI",
    ],
    [
      "Sentry Forge, $150M, defense tech: Autonomous drone maker Sentry Forge closed",
      "Sentry Forge",
    ],
    ["In 2021 Loopwise raised $200mn in a Series D led by Tiger Global", "Loopwise"],
    ["Insurer Harbourline raised £40mn from existing backers in April", "Harbourline"],
    ["Neobank Fenwick cut its valuation to $450mn in a $60mn Series C extension", "Fenwick"],
    ["Acme's valuation jumped to $2 billion after a $200 million Series D led by Coatue", "Acme"],
    ["3. (tie) Halcyon Health, $75M, health care: Halcyon Health raised", "Halcyon Health"],
  ])("finds the company in %j", (clause, name) => {
    expect(cueAt(clause, /[$£]/.exec(clause)?.[0])).toEqual({ kind: "name", name });
  });

  it("does not take a cited source for the company", () => {
    expect(
      cueAt("According to Tianyancha, the firm has completed a 500-million-yuan C round", "500"),
    ).toEqual({ kind: "anaphora" });
    expect(cueAt("According to filings, Zipkart has raised $14 million")).toEqual({
      kind: "name",
      name: "Zipkart",
    });
  });

  it("does not take the investor named after a round for its company", () => {
    expect(cueAt("most recently a $150 million Series C in 2022 led by Coatue.").kind).toBe("none");
    expect(cueAt("a $150 million Series C in Kite Robotics led by Coatue.")).toEqual({
      kind: "name",
      name: "Kite Robotics",
    });
  });

  it("does not take an investor that says it will invest for the company", () => {
    expect(cueAt("Toyota said on Thursday it would invest $394 million.")).not.toEqual({
      kind: "name",
      name: "Toyota",
    });
  });

  it("does not take a numbered field's label for the company", () => {
    expect(cueAt("(4) Amount of funds to be raised: ¥3,000,000,000", "¥").kind).not.toBe("name");
  });

  it("reads a name heading a line only in a bulleted round-up item", () => {
    expect(cueAt("Fernhill Bio (Cambridge, UK) - £6.5m seed, led by Ahren", "£").kind).toBe("none");
    expect(cueAt("• Elsewhere in fintech - £6.5m for a clinic, the fund said", "£").kind).toBe(
      "none",
    );
  });

  it("sends 'it', 'the company' and 'the AI startup' to the company the article is about", () => {
    expect(cueAt("It raised $90 million in a Series B round").kind).toBe("anaphora");
    expect(
      cueAt("The move came after the AI startup completed a $410 million financing").kind,
    ).toBe("anaphora");
    expect(cueAt("The company last raised a $20 million Series A").kind).toBe("anaphora");
    expect(cueAt("Our first money was a $500,000 convertible note").kind).toBe("anaphora");
    expect(
      cueAt(
        "Priya Raman is a partner at Riverbend Capital, which led the company's $6 million seed",
      ).kind,
    ).toBe("anaphora");
    expect(cueAt("Meanwhile, $40 million went to Gridline's rivals").kind).not.toBe("name");
    expect(cueAt("Sequoia Capital backed its valuation of $450mn").kind).not.toBe("name");
    expect(cueAt("I'm thrilled to share that we just closed our $4M seed round").kind).toBe(
      "anaphora",
    );
  });
});

describe("aliasesIn", () => {
  it("reads 'more commonly known as' and bracketed short names", () => {
    expect(
      aliasesIn("Megvii Technology Inc, more commonly known as Face++.", "Megvii Technology Inc"),
    ).toEqual(["Face++"]);
    expect(
      aliasesIn(
        "Hangzhou Qiyuan Biotech Co., Ltd. (Qiyuan Bio) announced",
        "Hangzhou Qiyuan Biotech Co., Ltd.",
      ),
    ).toEqual(["Qiyuan Bio"]);
  });
});

describe("CompanyRegistry", () => {
  it("treats a short form, an alias and a hyphenated spelling as the same company", () => {
    const registry = new CompanyRegistry();
    const lumina = registry.add("Lumina Freight Technology Co Ltd");
    expect(registry.find("Lumina")).toBe(lumina);
    const sense = registry.add("SenseTime Group Ltd");
    expect(registry.find("Sense-Time")).toBe(sense);
    const megvii = registry.add("Megvii Technology Inc", ["Face++"]);
    expect(registry.find("Face++")).toBe(megvii);
    expect(registry.find("Tencent")).toBeUndefined();
  });

  it("keeps the fuller name when a short form came first", () => {
    const registry = new CompanyRegistry();
    const didao = registry.add("Didao");
    registry.add("Didao Chuxing");
    expect(didao.name).toBe("Didao Chuxing");
    expect(didao.aliases).toContain("Didao");
  });
});
