import { catalog } from "../bundled-catalog";
import { investmentsOf, investorsOf } from "../../src/domain/facts/investments";
import type { Company, Investor } from "../../src/domain/catalog/entities";

const investor = (id: string) => catalog.investorById.get(id) as Investor;
const sensetime = catalog.companyById.get("sensetime") as Company;

describe("investorsOf", () => {
  it("lists SenseTime's investors oldest round first, leads first", () => {
    expect(
      investorsOf(catalog, sensetime).map((p) => [p.investor.name, p.role, p.round.id]),
    ).toEqual([
      ["CDH Investments", "lead", "sensetime-2017-07"],
      ["Sailing Capital", "lead", "sensetime-2017-07"],
      ["Alibaba", "lead", "sensetime-c"],
      ["Temasek", "participant", "sensetime-c"],
      ["Suning Commerce", "participant", "sensetime-c"],
    ]);
  });
});

describe("investmentsOf", () => {
  it("includes Megvii's round through Ant Financial when affiliates are included", () => {
    const rows = investmentsOf(catalog, investor("alibaba"), true);
    expect(rows.map((p) => [p.company.name, p.role, p.via?.name])).toEqual([
      ["Megvii", "participant", "Ant Financial"],
      ["SenseTime", "lead", undefined],
    ]);
  });

  it("leaves affiliates out when asked", () => {
    const rows = investmentsOf(catalog, investor("alibaba"), false);
    expect(rows.map((p) => p.round.id)).toEqual(["sensetime-c"]);
  });

  it("lists Ant Financial's own participation", () => {
    const rows = investmentsOf(catalog, investor("ant-financial"), true);
    expect(rows.map((p) => [p.round.id, p.role, p.via])).toEqual([
      ["megvii-c", "participant", undefined],
    ]);
  });
});
