import { catalog } from "../../bundled-catalog";
import { formulaEvaluator } from "../../../src/taskpane/playground/evaluate-formula";
import { evaluateFormula } from "../../../src/domain/formulas/formulas";

const evaluator = formulaEvaluator();
const evaluate = (formula: string) => evaluator(catalog, formula);
const shown = (formula: string) => evaluate(formula).shown;

describe("formulaEvaluator: DEALS calls", () => {
  it("returns what the custom functions' code returns for one call", () => {
    const direct = evaluateFormula(catalog, "AIROUND", ["SenseTime", "C"]);
    expect(direct).toEqual({ kind: "ok", value: 600000000 });
    expect(shown('=DEALS.AIROUND("SenseTime","C")')).toEqual({ kind: "value", value: 600000000 });
  });

  it("returns a spilled result as rows", () => {
    const result = shown('=DEALS.AIROUNDS("SenseTime")');
    expect(result.kind).toBe("spill");
    if (result.kind !== "spill") return;
    expect(result.rows[0][0]).toBe("Round");
    expect(result.rows[2].slice(0, 3)).toEqual(["Series C", 43199, 600000000]);
  });

  it("reads a spill's lower bounds and dates as Excel shows them, beside the numbers", () => {
    const evaluation = evaluate('=DEALS.AIROUNDS("SenseTime")');
    const seriesC = evaluation.readings?.[2];
    expect(seriesC?.[1]).toBe("9 Apr 2018");
    expect(seriesC?.[2]).toBeUndefined();
    expect(seriesC?.[5]).toBe("> $4.50B");
    expect(evaluation.readings?.[0]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(evaluate('=DEALS.INVESTORS("Megvii","C",0)').readings?.[0]?.[3]).toBe("Oct 2017");
    expect(evaluate('=DEALS.AIROUND("SenseTime","C")').readings).toBeUndefined();
    expect(evaluate('=DEALS.AIROUNDS("Nobody")').readings).toBeUndefined();
  });

  it("reads function names in any case and spaces between arguments", () => {
    expect(shown('=deals.AiRound( "sensetime" , "C" , "lead" )')).toEqual({
      kind: "value",
      value: "Alibaba",
    });
  });

  it("passes an empty argument as omitted", () => {
    const result = shown('=DEALS.INVESTORS("Megvii",,0)');
    expect(result).toEqual({
      kind: "spill",
      rows: [
        ["Ant Financial", "participant", "Series C", 43009, "financial arm of Alibaba"],
        ["Others not named", "participant", "Series C", 43009, "Not reported"],
      ],
    });
  });

  it("records each call with its formula and the fact behind it", () => {
    const { calls, single } = evaluate('=DEALS.VALUATION("SenseTime")/1000000000');
    expect(single).toBeUndefined();
    expect(calls).toEqual([
      expect.objectContaining({
        formula: '=DEALS.VALUATION("SenseTime")',
        result: { kind: "ok", value: 4500000000 },
        fact: expect.objectContaining({ kind: "ok" }),
      }),
    ]);
  });

  it("marks a formula that is one DEALS call, PROFILE included", () => {
    expect(evaluate('=DEALS.AIROUND("SenseTime";"C")').single).toEqual({
      name: "AIROUND",
      args: ["SenseTime", "C"],
    });
    expect(evaluate('=DEALS.PROFILE("Face++")').single).toEqual({
      name: "PROFILE",
      args: ["Face++"],
    });
  });
});

describe("formulaEvaluator: operators and Excel functions", () => {
  it.each([
    ['=DEALS.AIROUND("SenseTime","C")+1', 600000001],
    ['=DEALS.TOTALRAISED("SenseTime")/1000000', 1010],
    ['=DEALS.AIROUND("SenseTime","C")-DEALS.AIROUND("SenseTime",1)', 190000000],
    ['=DEALS.AIROUND("SenseTime","C")>DEALS.AIROUND("Megvii","C")', true],
    ['=DEALS.AIROUND("Megvii","C")<=460000000', true],
    ['=DEALS.AIROUND("SenseTime","C","lead")="Alibaba"', true],
    ['=DEALS.AIROUND("SenseTime","C")<>600000000', false],
    ['=DEALS.COMPANY("SenseTime","ceo")&" (CEO)"', "Xu Li (CEO)"],
    ['=ROUND(DEALS.VALUATION("SenseTime")/DEALS.TOTALRAISED("SenseTime"),2)', 4.46],
    ['=SUM(DEALS.AIROUND("SenseTime",1),DEALS.AIROUND("SenseTime",2))', 1010000000],
    ['=IFERROR(DEALS.VALUATION("Megvii"),0)', 0],
    ['=IF(ISNA(DEALS.VALUATION("Megvii")),"none","some")', "none"],
    ['=DEALS.AIROUND(DEALS.COMPANY("Megvii","description")&"","C")', "#N/A"],
    ['=DEALS.AIROUND("Sense"&"Time",1+1)', 600000000],
    ["=2^3*50%", 4],
    ["=sum(1,2)", 3],
  ])("evaluates %s to %j", (formula, value) => {
    const result = shown(formula);
    if (value === "#N/A") expect(result).toMatchObject({ kind: "error", code: "#N/A" });
    else expect(result).toEqual({ kind: "value", value });
  });

  it("reads ';' as the argument separator and a comma between digits as a decimal comma", () => {
    expect(shown('=DEALS.AIROUND("SenseTime";"C";"lead")')).toEqual({
      kind: "value",
      value: "Alibaba",
    });
    expect(shown('=ROUND(DEALS.AIROUND("SenseTime";"C")*1,5;0)')).toEqual({
      kind: "value",
      value: 900000000,
    });
    expect(shown("=ROUND(2.345,2)")).toEqual({ kind: "value", value: 2.35 });
  });
});

describe("formulaEvaluator: errors, as Excel propagates them", () => {
  it("keeps a DEALS #N/A and its message through arithmetic and comparisons", () => {
    const alone = shown('=DEALS.AIROUND("Megvii","C","valuation")');
    expect(alone).toEqual({
      kind: "error",
      code: "#N/A",
      message: "Not reported in the source: Megvii Series C: valuation",
    });
    for (const formula of [
      '=DEALS.AIROUND("Megvii","C","valuation")+1',
      '=-DEALS.AIROUND("Megvii","C","valuation")',
      '=DEALS.AIROUND("Megvii","C","valuation")>1',
      '=SUM(1,DEALS.AIROUND("Megvii","C","valuation"))',
      '=ROUND(DEALS.AIROUND("Megvii","C","valuation")/1000000,1)',
    ]) {
      expect(shown(formula)).toEqual(alone);
    }
  });

  it("answers an unknown company with #N/A and the suggestion", () => {
    expect(shown('=DEALS.AIROUND("SenseTme","C")*2')).toEqual({
      kind: "error",
      code: "#N/A",
      message: "Unknown company 'SenseTme'. Did you mean SenseTime?",
    });
  });

  it("answers a malformed argument with #VALUE!", () => {
    expect(shown('=DEALS.COMPANY("SenseTime","revenue")')).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/^Unknown field 'revenue'/),
    });
  });

  it("passes an error argument on, as Excel does", () => {
    expect(shown('=DEALS.AIROUND("SenseTime",1/0)')).toMatchObject({
      kind: "error",
      code: "#DIV/0!",
    });
  });

  it("answers Excel's own errors: #DIV/0!, #VALUE!", () => {
    expect(shown('=DEALS.TOTALRAISED("SenseTime")/0')).toMatchObject({ code: "#DIV/0!" });
    expect(shown('=DEALS.AIROUND("SenseTime","C","lead")+1')).toMatchObject({ code: "#VALUE!" });
  });

  it("answers an unknown function with #NAME? and what exists", () => {
    expect(shown("=DEALS.NOPE(1)")).toEqual({
      kind: "error",
      code: "#NAME?",
      message: expect.stringMatching(
        /^Unknown function 'DEALS\.NOPE'\. DEALS functions: AIROUND, /,
      ),
    });
    expect(shown("=NOPE(1)")).toMatchObject({ kind: "error", code: "#NAME?" });
    expect(shown('=airound("SenseTime","C")')).toEqual({
      kind: "error",
      code: "#NAME?",
      message: "Unknown function 'AIROUND': write it with its namespace, =DEALS.AIROUND(…).",
    });
  });

  it("reads a number with an unsigned exponent as Excel does: =VALUATION/1e9", () => {
    expect(shown('=DEALS.VALUATION("SenseTime")/1e9')).toEqual({ kind: "value", value: 4.5 });
    expect(shown("=2E3+1")).toEqual({ kind: "value", value: 2001 });
  });

  it("names curly and single quotes around text, as in a formula pasted from a document", () => {
    const straightQuotes = {
      kind: "syntax",
      message: expect.stringMatching(/text goes in straight double quotes \("SenseTime"\)/),
    };
    expect(shown("=DEALS.AIROUND(“SenseTime”,“C”)")).toEqual(straightQuotes);
    expect(shown("=DEALS.AIROUND('SenseTime','C')")).toEqual(straightQuotes);
  });

  it("answers a cell reference with #REF!: the playground has no worksheet", () => {
    expect(shown("=A1+1")).toEqual({
      kind: "error",
      code: "#REF!",
      message: expect.stringMatching(/no worksheet/),
    });
  });

  it("answers a range argument to a DEALS function with #VALUE!", () => {
    expect(shown('=DEALS.AIROUND({"SenseTime","Megvii"},"C")')).toMatchObject({
      code: "#VALUE!",
      message: "DEALS.AIROUND takes single values, not an array or a range.",
    });
  });

  it("answers PROFILE inside a formula with #VALUE!: a card only shows in a worksheet", () => {
    expect(shown('=DEALS.PROFILE("SenseTime")&""')).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/company card/),
    });
  });

  it("says where a formula Excel would refuse goes wrong", () => {
    expect(shown('=DEALS.AIROUND("SenseTime","C"')).toEqual({
      kind: "syntax",
      message: expect.stringMatching(
        /^Excel would not accept this formula: check it near character \d+/,
      ),
    });
  });
});

describe("formulaEvaluator: text", () => {
  it.each(['DEALS.AIROUND("SenseTime","C")', "hello", "42", ""])(
    "keeps %j, which does not start with =, as text",
    (typed) => {
      expect(evaluate(typed)).toEqual({ shown: { kind: "text", text: typed }, calls: [] });
    },
  );
});

describe("formulaEvaluator: what analysts type from their exports", () => {
  it.each(["=", " =  ", "= "])("says what to type after %p, not the parser's words", (input) => {
    expect(shown(input)).toEqual({
      kind: "syntax",
      message: 'Type a formula after the "=", e.g. =DEALS.AIROUND("SenseTime","C").',
    });
  });

  it.each([
    ['=DEALS.AIROUND("SenseTime","C","Post Valuation")', 4_500_000_000],
    ['=DEALS.AIROUND("SenseTime","Round 2","Lead Investor(s)")', "Alibaba"],
    ['=DEALS.COMPANY("SenseTime","Total Funding Amount (in USD)")', 1_010_000_000],
    ['=DEALS.AIROUND("SenseTime","09-Apr-18")', 600_000_000],
  ])("answers %s as the function does", (formula, value) => {
    expect(shown(formula)).toEqual({ kind: "value", value });
  });

  it("reads Chinese rounds and legal forms as the function does, and refuses A股", () => {
    expect(shown('=DEALS.AIROUND("商汤集团","C轮")')).toEqual({ kind: "value", value: 600000000 });
    expect(shown('=DEALS.AIROUND("旷视科技股份有限公司","最新一轮")')).toEqual({
      kind: "value",
      value: 460000000,
    });
    expect(shown('=DEALS.AIROUND("SenseTime","A股")')).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/^Unknown round 'A股': '股' is no part of a round name/),
    });
  });

  it("refuses a quarter and a flag of -1 as the function does", () => {
    expect(shown('=DEALS.AIROUND("SenseTime","Q2 2018")')).toMatchObject({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/^Unknown round 'Q2 2018'\./),
    });
    expect(shown('=DEALS.AIROUNDS("SenseTime","-1")')).toMatchObject({
      kind: "error",
      code: "#VALUE!",
    });
  });
});
