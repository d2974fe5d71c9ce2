import { CustomFunctionsError } from "./custom-functions-shim";
import { EXCEL_ERROR, invalid, notFound, notReported, ok } from "../../src/domain/core/result";
import {
  answer,
  excelMessage,
  MAX_MESSAGE_LENGTH,
  toExcelError,
} from "../../src/functions/to-excel-error";

describe("toExcelError", () => {
  it("returns #N/A with the message when a name is not found", () => {
    expect(toExcelError(notFound("Unknown company 'X'."))).toMatchObject({
      code: "#N/A",
      message: "Unknown company 'X'.",
    });
  });

  it("returns #N/A with the message when the source does not report a value", () => {
    expect(toExcelError(notReported("Megvii Series C valuation"))).toMatchObject({
      code: "#N/A",
      message: "Not reported in the source: Megvii Series C valuation",
    });
  });

  it("returns #VALUE! with the message when an argument is invalid", () => {
    const error = toExcelError(invalid("The field is empty.", ["amount"]));
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect(error).toMatchObject({ code: "#VALUE!", message: "The field is empty." });
  });

  it("returns the code the pane shows for each kind of failure", () => {
    for (const failure of [notFound("x"), notReported("x"), invalid("x")]) {
      expect(toExcelError(failure).code).toBe(EXCEL_ERROR[failure.kind]);
    }
  });

  it("returns a message of at most 255 characters when the domain message is longer", () => {
    const error = toExcelError(invalid("word ".repeat(100)));
    expect(error.message).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(error.message).toMatch(/…$/);
  });
});

describe("excelMessage", () => {
  it("returns one line when the message spans several", () => {
    expect(excelMessage("The bundled dataset is invalid:\n- rounds[1]")).toBe(
      "The bundled dataset is invalid: - rounds[1]",
    );
  });

  it("returns a default sentence when the message is blank", () => {
    expect(excelMessage("  ")).toBe("The DEALS function could not answer.");
  });
});

describe("answer", () => {
  it("returns the value when the result is ok", () => {
    expect(answer(() => ok(42))).toBe(42);
  });

  it("throws the Excel error when the result is a failure", () => {
    expect(() => answer(() => notReported("x"))).toThrow(CustomFunctionsError);
  });

  it("throws #VALUE! with the cause when the computation throws unexpectedly", () => {
    let thrown: unknown;
    try {
      answer(() => {
        throw new TypeError("Cannot convert object to primitive value");
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CustomFunctionsError);
    expect(thrown).toMatchObject({
      code: "#VALUE!",
      message:
        "The DEALS function could not evaluate these arguments (Cannot convert object to primitive value).",
    });
  });
});
