import { daysBefore, findDates, isIsoDay } from "../../src/extract/dates";

const dated = (sentence: string, published: string) =>
  findDates(sentence, published).map((d) => [d.iso, d.precision]);

describe("findDates", () => {
  it.each([
    ["announced on Monday it has raised", "2018-04-10", "2018-04-09", "day"],
    ["said on Tuesday", "2019-05-21", "2019-05-21", "day"],
    ["announced Monday that", "2018-01-16", "2018-01-15", "day"],
    ["it said yesterday", "2022-10-13", "2022-10-12", "day"],
    ["announced today", "2022-09-20", "2022-09-20", "day"],
    ["said this morning", "2022-02-23", "2022-02-23", "day"],
    ["led by CDH in July.", "2018-04-10", "2017-07", "month"],
    ["In October, Alibaba joined", "2018-04-10", "2017-10", "month"],
    ["in July, from Eclipse", "2019-09-05", "2019-07", "month"],
    ["last July, with", "2021-01-27", "2020-07", "month"],
    ["in March last year", "2021-06-15", "2020-03", "month"],
    ["in February last year.", "2024-06-12", "2023-02", "month"],
    ["in a separate deal last week,", "2019-03-12", "2019-03", "month"],
    ["closed on Dec. 31, according to", "2022-01-11", "2021-12-31", "day"],
    ["announced on August 15 that", "2022-08-16", "2022-08-15", "day"],
    ["In August 2016, the company", "2018-01-16", "2016-08", "month"],
    ["in June 2021 that", "2022-10-13", "2021-06", "month"],
    ["in 2021.", "2022-09-20", "2021", "year"],
    ["in the first quarter of 2021,", "2022-08-16", "2021", "year"],
    ["in a 2021 funding round", "2022-10-13", "2021", "year"],
    ["seed round (2022)", "2023-10-04", "2022", "year"],
    ["last spring", "2020-02-05", "2019", "year"],
  ])("resolves %j published %s to %s (%s)", (sentence, published, iso, precision) => {
    expect(dated(sentence, published)).toEqual([[iso, precision]]);
  });

  it("does not read a name that starts like a weekday as a date", () => {
    expect(dated("Mon Health raised $5 million.", "2021-06-15")).toEqual([]);
    expect(dated("The company may raise $50 million.", "2021-06-15")).toEqual([]);
    expect(dated("It is now valued at $1.2 billion, it said on Tuesday.", "2024-03-21")).toEqual([
      ["2024-03-19", "day"],
    ]);
  });

  it("ignores founding years, targets and dates after publication", () => {
    expect(dated("Founded in 2014, it employs 300.", "2018-04-10")).toEqual([]);
    expect(dated("It aims to lead the field by 2030.", "2018-04-10")).toEqual([]);
    expect(dated("It will close in 2031.", "2018-04-10")).toEqual([]);
  });

  it("returns nothing for an invalid publication date", () => {
    expect(findDates("on Monday", "2018-02-30")).toEqual([]);
    expect(isIsoDay("2018-02-30")).toBe(false);
    expect(isIsoDay("2018-04-10")).toBe(true);
  });
});

describe("daysBefore", () => {
  it("counts from the end of the period a date names", () => {
    expect(daysBefore("2018-04-09", "2018-04-10")).toBe(1);
    expect(daysBefore("2019-07", "2019-09-05")).toBe(36);
    expect(daysBefore("2017", "2018-01-01")).toBe(1);
  });
});
