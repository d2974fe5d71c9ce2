import { answerOf, CustomFunctionsError } from "./custom-functions-shim";
import * as functions from "../../src/functions/functions";

const { AIROUND, AIROUNDS, AISOURCE, COMPANY, INVESTMENTS, INVESTORS, MARKET, PROFILE } = functions;
const { TOTALRAISED, VALUATION } = functions;

/** The three ways Excel passes an empty cell: 0 (desktop), null (the web), "" (an empty string). */
const BLANKS = [0, null, ""];

const message = (call: () => unknown): string => {
  const answer = answerOf(call);
  return answer instanceof CustomFunctionsError ? answer.message : `answered ${String(answer)}`;
};

describe("blank cells", () => {
  it.each(BLANKS)("read %j as an omitted field, currency or optional round", (blank) => {
    expect(answerOf(() => AIROUND("SenseTime", "C", blank as unknown as string))).toBe(600e6);
    expect(answerOf(() => VALUATION("SenseTime", blank as unknown as number))).toBe(4.5e9);
    expect(answerOf(() => MARKET("China", 2030, blank as unknown as string))).toBe(158.4e9);
    expect(
      answerOf(() => AISOURCE("SenseTime", blank as unknown as number, blank as unknown as string)),
    ).toMatch(/^"Facial recognition startup|^"SenseTime will become/);
    expect(answerOf(() => INVESTORS("Megvii", blank as unknown as number))).toEqual(
      answerOf(() => INVESTORS("Megvii")),
    );
  });

  it.each(BLANKS)("read %j as a missing round where the round is required", (blank) => {
    expect(message(() => AIROUND("SenseTime", blank as unknown as number))).toMatch(
      /^The round is missing\./,
    );
  });

  it.each([null, ""])("read %j as omitted headers (a header row)", (blank) => {
    expect(answerOf(() => AIROUNDS("SenseTime", blank as unknown as number))).toEqual(
      answerOf(() => AIROUNDS("SenseTime")),
    );
  });

  it("keeps 0 meaningful where it is: no header row, includeAffiliates FALSE", () => {
    expect((answerOf(() => AIROUNDS("SenseTime", 0)) as unknown[][])[0][0]).toBe("Jul 2017 round");
    expect(answerOf(() => INVESTMENTS("Alibaba", 0 as unknown as boolean, 0))).toEqual([
      ["SenseTime", "Series C", 43199, 600000000, "lead"],
    ]);
  });

  it.each([0, null])("reads %j, a blank company, as missing, not as a company named 0", (blank) => {
    expect(message(() => TOTALRAISED(blank as unknown as string))).toBe(
      'The company name is missing. Use "SenseTime" or "Megvii".',
    );
    expect(message(() => INVESTMENTS(blank as unknown as string))).toMatch(
      /^The investor name is missing\./,
    );
    expect(message(() => MARKET(blank as unknown as string, 2030))).toMatch(
      /^The country is missing\./,
    );
  });
});

describe("cell values", () => {
  const entity = (text: string) => ({ type: "Entity", text, properties: {} });
  const double = (basicValue: number) => ({ type: "Double", basicValue });
  const string = (basicValue: string) => ({ type: "String", basicValue });

  it("reads an entity card by its text, in every function that takes a name", () => {
    const card = entity("SenseTime") as unknown as string;
    expect(answerOf(() => AIROUND(card, "C"))).toBe(600e6);
    expect(answerOf(() => TOTALRAISED(card))).toBe(1.01e9);
    expect(answerOf(() => COMPANY(card, "founded"))).toBe(2014);
    expect(answerOf(() => PROFILE(card))).toMatchObject({ type: "Entity", text: "SenseTime" });
    expect(
      answerOf(() => INVESTMENTS(entity("Alibaba") as unknown as string, true, 0)),
    ).toHaveLength(2);
  });

  it("reads Double and String values through their basicValue", () => {
    expect(answerOf(() => AIROUND("SenseTime", double(2) as unknown as number))).toBe(600e6);
    expect(
      answerOf(() =>
        AIROUND(
          string("SenseTime") as unknown as string,
          string("C") as unknown as string,
          string("lead") as unknown as string,
        ),
      ),
    ).toBe("Alibaba");
    expect(
      answerOf(() =>
        MARKET(string("China") as unknown as string, double(2030) as unknown as number),
      ),
    ).toBe(158.4e9);
    expect(answerOf(() => AIROUNDS("SenseTime", double(0) as unknown as number))).toHaveLength(2);
  });
});

describe("ranges and TRUE/FALSE where one value belongs", () => {
  const cells = (...values: unknown[]) => [values] as unknown as string;

  it("reads a one-cell range as its cell", () => {
    expect(answerOf(() => AIROUND(cells("SenseTime"), cells("C"), cells("lead")))).toBe("Alibaba");
    expect(answerOf(() => TOTALRAISED(cells("SenseTime")))).toBe(1_010_000_000);
  });

  it("says a range of several cells is not one value, in plain words", () => {
    expect(message(() => AIROUND("SenseTime", cells("C", "A")))).toMatch(
      /^The round must be text or a number, not a range of several cells\./,
    );
    expect(message(() => TOTALRAISED(cells("SenseTime", "Megvii")))).toMatch(
      /^The company name must be text, not a range of several cells\./,
    );
  });

  it("shows TRUE and FALSE as Excel does", () => {
    expect(message(() => AIROUND("SenseTime", true as unknown as string))).toMatch(
      /^The round must be text or a number, not TRUE\./,
    );
    expect(message(() => COMPANY("SenseTime", false as unknown as string))).toMatch(
      /^The field must be text, not FALSE\./,
    );
  });
});

describe("error values passed as cell values", () => {
  it("name the error, so that the analyst knows which cell to fix", () => {
    const notAvailable = { type: "Error", errorType: "NotAvailable" } as unknown as string;
    expect(message(() => TOTALRAISED(notAvailable))).toMatch(
      /^The company name must be text, not the error #N\/A\./,
    );
    const div0 = { type: "Error", errorType: "Div0" } as unknown as number;
    expect(message(() => AIROUND("SenseTime", div0))).toMatch(
      /^The round must be text or a number, not the error #DIV\/0!\./,
    );
  });

  it("name the error as Excel shapes it, with its basic value, never as text typed", () => {
    const notAvailable = {
      type: "Error",
      basicType: "Error",
      basicValue: "#N/A",
      errorType: "NotAvailable",
    } as unknown as string;
    expect(message(() => TOTALRAISED(notAvailable))).toMatch(
      /^The company name must be text, not the error #N\/A\./,
    );
    expect(message(() => AIROUND("SenseTime", notAvailable))).toMatch(
      /^The round must be text or a number, not the error #N\/A\./,
    );
    expect(message(() => AIROUND("SenseTime", "C", notAvailable))).toMatch(
      /^The field must be text, not the error #N\/A\./,
    );
  });

  it.each([
    {
      type: "WebImage",
      basicType: "Error",
      basicValue: "#VALUE!",
      address: "https://x.test/a.png",
    },
    { type: "Entity", basicValue: "#VALUE!", properties: {} },
    { type: "Reference", basicValue: "#VALUE!" },
    { type: "Array", basicValue: "#VALUE!", elements: [["SenseTime"], ["Megvii"]] },
  ])("describe %j, which Excel shows as an error, rather than quote '#VALUE!'", (value) => {
    expect(message(() => TOTALRAISED(value as unknown as string))).toBe(
      'The company name must be text, not a value that is not text, a number or TRUE/FALSE. Use "SenseTime" or "Megvii".',
    );
  });
});

describe("a year that is no year, as a cell passes it", () => {
  const year = (value: unknown) => message(() => MARKET("China", value as number));

  it.each([
    [{ type: "String", basicValue: "C" }, "'C'"],
    [{ type: "Double", basicValue: 0 }, "'0'"],
    [[["C"]], "'C'"],
    [[[null]], "an empty cell"],
    [[[""]], "''"],
    [{ type: "Boolean", basicValue: true }, "TRUE"],
  ])("quotes %j as its value, not as a range or an object", (value, shown) => {
    expect(year(value)).toBe(`The year must be a whole number from 1, such as 2030, not ${shown}.`);
  });
});
