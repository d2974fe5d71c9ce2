import { columnLetters, firstOccupiedCell, offsetAddress } from "../../src/taskpane/cell-address";

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("returns the letters of column %i", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });
});

describe("offsetAddress", () => {
  it("returns the cell below and right of a range's top-left, keeping the sheet", () => {
    expect(offsetAddress("Sheet1!C4:I8", 1, 2)).toBe("Sheet1!E5");
    expect(offsetAddress("'Deal memo'!$Z$9", 0, 1)).toBe("'Deal memo'!AA9");
  });
});

describe("firstOccupiedCell", () => {
  const blank = [
    ["", ""],
    ["", ""],
  ];

  it("returns undefined when every cell is empty", () => {
    expect(firstOccupiedCell({ address: "Sheet1!C4:D5", formulas: blank, values: blank })).toBe(
      undefined,
    );
  });

  it("returns the first filled cell row by row, from formulas or values", () => {
    const formulas = [
      ["", ""],
      ["=1+1", ""],
    ];
    const values = [
      ["", ""],
      ["", 0],
    ];
    expect(firstOccupiedCell({ address: "Sheet1!C4:D5", formulas })).toBe("Sheet1!C5");
    expect(firstOccupiedCell({ address: "Sheet1!C4:D5", formulas: blank, values })).toBe(
      "Sheet1!D5",
    );
  });
});
