import fc from "fast-check";
import { catalog } from "../bundled-catalog";
import { normalizeName } from "../../src/domain/catalog/names/normalize-name";
import { resolveCompany, resolveInvestor } from "../../src/domain/catalog/names/resolve-entity";

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
    ["Temasek Holdings (Private) Limited", "temasek"],
    ["Temasek Holdings Pte Ltd", "temasek"],
    ["商汤集团", "商汤"],
    ["商湯集團", "商湯"],
    ["旷视科技股份有限公司", "旷视科技"],
    ["旷视科技有限责任公司", "旷视科技"],
    ["商汤集团有限公司", "商汤"],
    ["阿里巴巴集团控股有限公司", "阿里巴巴"],
    ["中国平安保险（集团）股份有限公司", "中国平安保险"],
    ["SenseTime 集团", "sensetime"],
    ["SenseTime集团", "sensetime"],
    // A legal form alone, or with one character left, is kept: it names nothing apart.
    ["有限公司", "有限公司"],
    ["集团公司", "集团"],
    ["中集团", "中集团"],
    // A city before a registered name is kept: 北京银行 is not 上海银行.
    ["北京银行股份有限公司", "北京银行"],
    ["北京旷视科技有限公司", "北京旷视科技"],
  ])("normalizes %s to %s", (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it("reads plain ASCII as the Unicode path reads the same name in full-width letters", () => {
    // Full-width forms (U+FF01–FF5E, the ideographic space) are no ASCII, and NFKC makes them ASCII.
    const fullWidth = (text: string) =>
      text.replace(/[\x20-\x7e]/g, (c) =>
        String.fromCharCode(c === " " ? 0x3000 : c.charCodeAt(0) + 0xfee0),
      );
    const plain = fc.string({ unit: fc.constantFrom(..."Aa Zz09+-.&'(),Ltd Co Group".split("")) });
    fc.assert(
      fc.property(fc.oneof(plain, fc.string()), (name) => {
        expect(normalizeName(name)).toBe(normalizeName(fullWidth(name)));
      }),
      { numRuns: 2000 },
    );
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
    "商汤集团",
    "商汤科技有限公司",
    "商湯科技股份有限公司",
  ])("resolves %s to SenseTime", (name) => {
    expect(idOf(resolveCompany(catalog, name))).toBe("sensetime");
  });

  it.each([
    "Megvii",
    "Megvii Technology Inc",
    "Face++",
    "face ++",
    "旷视",
    "MEGVII INC",
    "旷视科技股份有限公司",
    "旷视科技有限公司",
    "曠視科技有限公司",
  ])("resolves %s to Megvii", (name) => {
    expect(idOf(resolveCompany(catalog, name))).toBe("megvii");
  });

  it.each([
    ["Megvii (Face++)", "megvii"],
    ["Face++ (Megvii Technology Inc)", "megvii"],
    ["SenseTime (商汤)", "sensetime"],
    ["SenseTime（商汤）", "sensetime"],
    ["The SenseTime", "sensetime"],
    ["SenseTime's", "sensetime"],
    ["Megvii’s", "megvii"],
    ["Megvii/Face++", "megvii"],
    ["Face++ / Megvii", "megvii"],
    ["SenseTime Inc.", "sensetime"],
    ["SenseTime Group Limited", "sensetime"],
    ["SenseTime Co., Ltd.", "sensetime"],
    ["Sense\u00a0Time", "sensetime"],
    ["\u00a0SenseTime\u00a0", "sensetime"],
    ["Sense\u200bTime", "sensetime"],
    ["\ufeffMegvii\u200d", "megvii"],
    ["“SenseTime”", "sensetime"],
    ["SenseTime.", "sensetime"],
    ["SenseTime\r\nGroup Ltd", "sensetime"],
    ["Megvii\n", "megvii"],
    ["The Megvii’s (Face++)", "megvii"],
  ])("reads the analyst's form %j as the company", (name, id) => {
    expect(idOf(resolveCompany(catalog, name))).toBe(id);
  });

  it.each(["Megvii (SenseTime)", "Megvii/SenseTime", "SenseTime / Face++", "商汤 (旷视)"])(
    "refuses %s, which names two different companies, naming both",
    (name) => {
      expect(resolveCompany(catalog, name)).toEqual({
        kind: "notFound",
        message: expect.stringMatching(
          /^'.*' names more than one company in the sources: (Megvii \(Megvii Technology Inc\) or SenseTime \(SenseTime Group Ltd\)|SenseTime \(SenseTime Group Ltd\) or Megvii \(Megvii Technology Inc\))\. Use a name only one of them has\.$/,
        ),
        suggestions: expect.arrayContaining(["SenseTime", "Megvii"]),
      });
    },
  );

  it("refuses a bracket that is no name of the company, rather than ignore it", () => {
    expect(resolveCompany(catalog, "Megvii (Tencent)")).toEqual({
      kind: "notFound",
      message:
        "Unknown company 'Megvii (Tencent)': 'Tencent' is not a name of Megvii in the sources. Use \"Megvii\" alone if it is the company meant.",
      suggestions: ["Megvii"],
    });
  });

  it("reads a form before suggesting, and suggests from its parts", () => {
    expect(resolveCompany(catalog, "The SenseTme")).toMatchObject({
      message: "Unknown company 'The SenseTme'. Did you mean SenseTime?",
    });
    expect(resolveCompany(catalog, "Alibaba's")).toMatchObject({
      message: "Unknown company 'Alibaba's'. Alibaba is an investor in the dataset, not a company.",
    });
  });

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

  it.each([
    ["Ant Financial (Ant Group)", "ant-financial"],
    ["Ant Financial (蚂蚁金服)", "ant-financial"],
    ["The Alibaba Group's", "alibaba"],
    ["Temasek’s", "temasek"],
    ["CDH / CDH Investments", "cdh-investments"],
  ])("reads the analyst's form %s as the investor", (name, id) => {
    expect(idOf(resolveInvestor(catalog, name))).toBe(id);
  });

  it("refuses a bracket naming another investor, naming both", () => {
    expect(resolveInvestor(catalog, "Alibaba (Ant Financial)")).toEqual({
      kind: "notFound",
      message:
        "'Alibaba (Ant Financial)' names more than one investor in the sources: Alibaba (Alibaba Group Holding Ltd) or Ant Financial (Ant Financial Services Group). Use a name only one of them has.",
      suggestions: ["Alibaba", "Ant Financial"],
    });
    expect(resolveInvestor(catalog, "Ant Group (Alibaba)")).toMatchObject({
      kind: "notFound",
      message:
        "Unknown investor 'Ant Group (Alibaba)': 'Ant Group' is not a name of Alibaba in the sources. Use \"Alibaba\" alone if it is the investor meant.",
    });
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
