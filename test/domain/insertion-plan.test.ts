import fc from "fast-check";
import { planInsertion, rowPayloadBytes } from "../../src/domain/tables/insertion-plan";

describe("planInsertion", () => {
  it("returns consecutive chunks, each within the budget", () => {
    expect(planInsertion([3e6, 3e6, 1e6], 4e6)).toEqual({
      chunks: [
        { firstRow: 0, rows: 1, bytes: 3e6 },
        { firstRow: 1, rows: 2, bytes: 4e6 },
      ],
      syncs: 2,
      totalBytes: 7e6,
      maxSyncBytes: 4e6,
    });
  });

  it("returns one sync for a small table and none for no rows", () => {
    expect(planInsertion([10, 20, 30]).syncs).toBe(1);
    expect(planInsertion([]).syncs).toBe(0);
  });

  it("sends a row larger than the budget alone", () => {
    expect(planInsertion([1, 9, 1], 5).chunks.map((c) => c.rows)).toEqual([1, 1, 1]);
  });
});

describe("rowPayloadBytes", () => {
  it("counts the row's values and formats as UTF-8 JSON", () => {
    expect(rowPayloadBytes(["Alibaba", 6e8], ["@", "General"])).toBe(36);
    expect(rowPayloadBytes(["—"], ["@"])).toBe(12);
    expect(rowPayloadBytes(["😀é"], [])).toBe(2 + 4 + 2 + 2 + 2);
  });

  it("equals the UTF-8 length of the JSON for any text, lone surrogates included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary" })),
        fc.string({ unit: "grapheme" }),
        (values, format) => {
          const json = JSON.stringify(values) + JSON.stringify([format]);
          expect(rowPayloadBytes(values, [format])).toBe(Buffer.byteLength(json, "utf8"));
        },
      ),
    );
  });
});
