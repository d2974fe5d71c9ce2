import { catalog } from "../bundled-catalog";
import { normalizeName } from "../../src/domain/catalog/normalize-name";
import { resolveCompany, resolveInvestor } from "../../src/domain/catalog/resolve-entity";

const idOf = (result: { kind: string; value?: { id: string } }) =>
  result.kind === "ok" ? result.value?.id : result.kind;

describe("normalizeName", () => {
  it.each([
    ["SenseTime Group Ltd", "sensetime"],
    ["  sense-time ", "sensetime"],
    ["SENSETIME GROUP LTD.", "sensetime"],
    ["Alibaba Group Holding Ltd", "alibaba"],
    ["Face++", "face++"],
    ["ＳｅｎｓｅＴｉｍｅ", "sensetime"],
    ["Group", "group"],
  ])("normalizes %s to %s", (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe("resolveCompany", () => {
  it.each([
    "SenseTime",
    "SenseTime Group Ltd",
    "Sense-Time",
    "sensetime",
    "  SENSETIME  ",
    "SenseTime Ltd",
    "商汤",
    "商汤科技",
  ])("resolves %s to SenseTime", (name) => {
    expect(idOf(resolveCompany(catalog, name))).toBe("sensetime");
  });

  it.each(["Megvii", "Megvii Technology Inc", "Face++", "face ++", "旷视", "MEGVII INC"])(
    "resolves %s to Megvii",
    (name) => {
      expect(idOf(resolveCompany(catalog, name))).toBe("megvii");
    },
  );

  it.each([
    ["SenseTme", "SenseTime"],
    ["Sensetim", "SenseTime"],
    ["Sense", "SenseTime"],
    ["Megvi", "Megvii"],
    ["Face+", "Megvii"],
  ])("suggests a close name when %s is misspelt", (name, suggestion) => {
    expect(resolveCompany(catalog, name)).toEqual({
      kind: "notFound",
      message: `Unknown company '${name}'. Did you mean ${suggestion}?`,
      suggestions: [suggestion],
    });
  });

  it.each(["Google", "Tencent", "Baidu", "xyz", "OpenAI"])(
    "suggests nothing for the unrelated name %s and lists the companies covered",
    (name) => {
      expect(resolveCompany(catalog, name)).toEqual({
        kind: "notFound",
        message: `Unknown company '${name}'. The dataset covers: SenseTime, Megvii.`,
        suggestions: [],
      });
    },
  );

  it("says when a company name is an investor", () => {
    expect(resolveCompany(catalog, "Alibaba")).toMatchObject({
      kind: "notFound",
      message: "Unknown company 'Alibaba'. Alibaba is an investor in the dataset, not a company.",
    });
  });

  it.each([
    [undefined, "The company name is missing."],
    [null, "The company name is missing."],
    ["", "The company name is empty."],
    ["   ", "The company name is empty."],
    [42, "The company name must be text, not '42'."],
    [true, "The company name must be text, not TRUE."],
    ["x".repeat(10_000), "The company name is longer than 200 characters."],
  ])("returns invalid for %p", (value, message) => {
    const result = resolveCompany(catalog, value);
    expect(result.kind).toBe("invalid");
    expect(result.kind !== "ok" && result.message).toBe(`${message} Use "SenseTime" or "Megvii".`);
  });
});

describe("resolveInvestor", () => {
  it.each([
    ["Alibaba", "alibaba"],
    ["Alibaba Group Holding Ltd", "alibaba"],
    ["阿里巴巴", "alibaba"],
    ["Ant Financial", "ant-financial"],
    ["Ant Financial Services Group", "ant-financial"],
    ["Temasek Holdings", "temasek"],
    ["Suning Commerce Group Co Ltd", "suning"],
    ["CDH", "cdh-investments"],
    ["sailing capital", "sailing-capital"],
  ])("resolves %s", (name, id) => {
    expect(idOf(resolveInvestor(catalog, name))).toBe(id);
  });

  it("suggests Alibaba for Alibab", () => {
    expect(resolveInvestor(catalog, "Alibab")).toMatchObject({ suggestions: ["Alibaba"] });
  });

  it("says when an investor name is a company", () => {
    expect(resolveInvestor(catalog, "SenseTime")).toMatchObject({
      kind: "notFound",
      message:
        "Unknown investor 'SenseTime'. SenseTime is a company in the dataset, not an investor.",
    });
  });
});
