import { editReaders } from "../../../src/sources/review/edit-readers";

describe("editReaders.series", () => {
  it("reads a round typed in any case, as analysts type it", () => {
    expect(
      ["series c", "SERIES C", "Series C", "c", "C round", "b+", "Series B+"].map(
        editReaders.series,
      ),
    ).toEqual([
      "Series C",
      "Series C",
      "Series C",
      "Series C",
      "Series C",
      "Series B+",
      "Series B+",
    ]);
  });

  it("still refuses what is not a round", () => {
    expect(["IPO", "Series 2", "Round C banana"].map(editReaders.series)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("editReaders.date", () => {
  it("reads a date written in words with its year, at the precision it gives", () => {
    expect(
      ["April 2018", "10 April 2018", "Apr 10, 2018", "Sept 2017"].map(editReaders.date),
    ).toEqual(["2018-04", "2018-04-10", "2018-04-10", "2017-09"]);
  });

  it("refuses a date without its year, an ambiguous one, or one with more words", () => {
    expect(
      ["Monday", "April", "last spring", "10/04/2018", "April 2018 or May 2018"].map(
        editReaders.date,
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
