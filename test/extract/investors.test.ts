import { findInvestors, listAt } from "../../src/extract/investors";
import { nameAtEnd } from "../../src/extract/names";

describe("findInvestors", () => {
  it.each([
    [
      "a $410 million financing led by CDH Investments and Sailing Capital in July.",
      ["CDH Investments", "Sailing Capital"],
      [],
    ],
    [
      "It does not name the investors, but Priya Raman is a partner at Riverbend Capital, which led the company's $6 million seed round in 2021.",
      ["Riverbend Capital"],
      [],
    ],
    [
      "The round was co-led by Index Ventures and Ribbit Capital.",
      ["Index Ventures", "Ribbit Capital"],
      [],
    ],
    ["Lightspeed Venture Partners led the round.", ["Lightspeed Venture Partners"], []],
    [
      "It raised $50 million last July, with Hillhouse Capital as the lead investor.",
      ["Hillhouse Capital"],
      [],
    ],
    ["led by Accel, with participation from LocalGlobe.", ["Accel"], ["LocalGlobe"]],
    [
      "The round was led by Shunwei Capital, followed by Lenovo Capital.",
      ["Shunwei Capital"],
      ["Lenovo Capital"],
    ],
    [
      "The round was led by Zhen Fund, with Future Capital and Cowin Capital participating.",
      ["Zhen Fund"],
      ["Future Capital", "Cowin Capital"],
    ],
    [
      "Other investors include Temasek Holdings and Suning Commerce Group Co Ltd.",
      [],
      ["Temasek Holdings", "Suning Commerce Group Co Ltd"],
    ],
    ["Existing investors including HV Capital also took part.", [], ["HV Capital"]],
    [
      "Mitsubishi UFJ Capital and JAFCO Group also invested.",
      [],
      ["Mitsubishi UFJ Capital", "JAFCO Group"],
    ],
    ["Temasek and Tencent also joined the round.", [], ["Temasek", "Tencent"]],
    ["The round was joined by Sequoia Capital China.", [], ["Sequoia Capital China"]],
    [
      "Alibaba's financial arm Ant Financial Services Group joined a $460 million Series C financing round",
      [],
      ["Ant Financial Services Group"],
    ],
    ["It secured $40 million from Warburg Pincus in a Series C", [], ["Warburg Pincus"]],
  ])("reads the roles in %j", (clause, leads, participants) => {
    expect(findInvestors(clause, true)).toEqual({ leads, participants });
  });

  it.each([
    [
      "Molten Ventures, Hitachi Ventures and Frontline Ventures also joined, alongside existing investors Octopus Ventures.",
      [],
      ["Octopus Ventures", "Molten Ventures", "Hitachi Ventures", "Frontline Ventures"],
    ],
    [
      "Existing backers Lerer Hippeau and Nordic Makers also put money in.",
      [],
      ["Lerer Hippeau", "Nordic Makers"],
    ],
    [
      "Seoul-based Mudang Labs closed a ₩30 billion Series B, with KB Investment leading and Samsung Ventures joining.",
      ["KB Investment"],
      ["Samsung Ventures"],
    ],
    [
      "The round was led by Qiming, with Hefei Industry Investment and existing backer Lenovo Capital following on.",
      ["Qiming"],
      ["Hefei Industry Investment", "Lenovo Capital"],
    ],
    [
      "Point Nine is leading a $6M seed round in Quillpad, alongside our friends at Kima Ventures and a group of angels including the founders of Personio and Taxfix.",
      ["Point Nine"],
      ["Kima Ventures"],
    ],
    [
      "Elevation Capital put in Rs 80 crore, while Blume Ventures and Stride Ventures invested Rs 25 crore and Rs 15 crore, respectively.",
      [],
      ["Elevation Capital", "Blume Ventures", "Stride Ventures"],
    ],
    [
      "The round was anchored by Openspace Ventures and saw participation from existing investors East Ventures.",
      ["Openspace Ventures"],
      ["East Ventures"],
    ],
    [
      "Skyfly secured its Series C+, with Shenzhen Capital Group as the lead investor and Country Garden Venture Capital following.",
      ["Shenzhen Capital Group"],
      ["Country Garden Venture Capital"],
    ],
    [
      "It saw participation from East Ventures and Wavemaker Partners, as well as new investor Genting Ventures, the people said.",
      [],
      ["East Ventures", "Wavemaker Partners", "Genting Ventures"],
    ],
    [
      "Mexico-focused fund ALLVP made its first investment in the company in the round.",
      [],
      ["ALLVP"],
    ],
    ["The investment is Toyota's first in the company.", [], ["Toyota"]],
    ["Samsung will invest $50 million in Acme Robotics.", [], ["Samsung"]],
    [
      "Toyota Motor Corp. said on Thursday it would invest $394 million in Linehaul AI.",
      [],
      ["Toyota Motor Corp."],
    ],
    [
      "to issue new shares through a third-party allotment to Chubu Electric and JAFCO Group Co., Ltd. for a total of ¥3.0 billion",
      [],
      ["Chubu Electric", "JAFCO Group Co., Ltd."],
    ],
  ])(
    "reads the roles in %j, a phrasing of press releases and newsletters",
    (clause, leads, participants) => {
      expect(findInvestors(clause, true)).toEqual({ leads, participants });
    },
  );

  it("does not read a hire, a company's founders or a plain 'with' as investors", () => {
    expect(
      findInvestors("Acme said on Monday it would invest in new factories.", true).participants,
    ).toEqual([]);
    expect(findInvestors("The acquisition is Stripe's first in Europe.", true)).toEqual({
      leads: [],
      participants: [],
    });
    expect(
      findInvestors("Acme made its first investment in robotics in 2019.", true).participants,
    ).toEqual([]);
    expect(findInvestors("Jane Doe, formerly of Stripe, also joined the board.", true)).toEqual({
      leads: [],
      participants: [],
    });
    expect(
      findInvestors(
        "It raised $2M from angels including the founders of Personio and Taxfix.",
        true,
      ).participants,
    ).toEqual([]);
    expect(
      findInvestors(
        "It works with Hitachi Rail and Siemens Mobility, joining a crowded field.",
        true,
      ),
    ).toEqual({ leads: [], participants: [] });
    for (const clause of [
      "Acme raised $5 million, and Jane Doe also joined Google as an adviser.",
      "Acme raised $5 million, with Sarah Chen leading the engineering team.",
      "Acme raised $5 million, with Jane Doe following the deal for Accel closely.",
      "Acme raised $5 million alongside launching its new product Foo.",
      "Acme raised $5 million; partner Jane Doe, who leads the investment team at Accel, said so.",
    ])
      expect(findInvestors(clause, true)).toEqual({ leads: [], participants: [] });
  });

  it("strips descriptions and titles from names", () => {
    expect(
      findInvestors("led by e-commerce giant Alibaba Group Holding Ltd, setting a record", true)
        .leads,
    ).toEqual(["Alibaba Group Holding Ltd"]);
    expect(
      findInvestors("from Precursor Ventures and former GitHub CTO Jason Warner.", true)
        .participants,
    ).toEqual(["Precursor Ventures", "Jason Warner"]);
  });

  it("names no lead when the text only describes one", () => {
    expect(
      findInvestors("from a group of investors led by the city's investment arm.", true).leads,
    ).toEqual([]);
  });

  it("does not read a company's existing backers as this round's investors", () => {
    expect(
      findInvestors("Acme, a developer backed by Tencent, is raising $300 million", true),
    ).toEqual({
      leads: [],
      participants: [],
    });
  });
});

describe("listAt", () => {
  it("stops where the sentence moves on", () => {
    expect(listAt("Temasek Holdings and Suning, the company said.")).toEqual([
      "Temasek Holdings",
      "Suning",
    ]);
    expect(listAt("Tencent Holdings Ltd., according to a statement.")).toEqual([
      "Tencent Holdings Ltd.",
    ]);
  });
});

describe("nameAtEnd", () => {
  it("keeps the name an item ends with, or none", () => {
    expect(nameAtEnd("existing shareholder Qiming Venture Partners")).toBe(
      "Qiming Venture Partners",
    );
    expect(nameAtEnd("Japan's SoftBank Vision Fund 2")).toBe("SoftBank Vision Fund 2");
    expect(nameAtEnd("China Internet Investment Fund")).toBe("China Internet Investment Fund");
    expect(nameAtEnd("a handful of angel investors")).toBeNull();
  });
});
