import { validateSource } from "../../src/data/validate-source";
import { answerOf } from "./custom-functions-shim";
import { AIROUND, AISOURCE, PROFILE } from "../../src/functions/functions";
import { catalogStore } from "../../src/functions/catalog-root";
import { sharedCatalogStore } from "../../src/runtime/shared-catalog";
import { laterReport } from "../domain/later-report";

describe("the functions' composition root", () => {
  afterEach(() => catalogStore.setCheckedSources([]));

  it("publishes its store as the page's one store, for the pane", () => {
    expect(sharedCatalogStore()).toBe(catalogStore);
  });

  it("answers from an added source at the next call, cards included", () => {
    const before = PROFILE("SenseTime");
    expect(PROFILE("SenseTime")).toBe(before);
    catalogStore.addCheckedResult(validateSource(laterReport()));
    expect(answerOf(() => AIROUND("SenseTime", "C"))).toBe(620e6);
    expect(answerOf(() => AISOURCE("SenseTime", "C"))).toContain("Newest source answers");
    const after = PROFILE("SenseTime");
    expect(after).not.toBe(before);
    expect(after.properties?.["Raised in reported rounds"]).toMatchObject({ basicValue: 1.03e9 });
    catalogStore.setCheckedSources([]);
    expect(PROFILE("SenseTime").properties?.["Raised in reported rounds"]).toMatchObject({
      basicValue: 1.01e9,
    });
  });

  it("names the source that answers and the one that differs on the card", () => {
    catalogStore.addCheckedResult(validateSource(laterReport()));
    const rounds = PROFILE("SenseTime").properties?.["Rounds"];
    const elements = rounds && "elements" in rounds ? rounds.elements : [];
    const seriesC = elements[1]?.[0];
    const amount = seriesC && "properties" in seriesC ? seriesC.properties?.["Amount"] : undefined;
    expect(amount && "propertyMetadata" in amount && amount.propertyMetadata).toEqual({
      attribution: [
        {
          sourceText: "Example Wire: Face++ maker closes new round (20 May 2018)",
          sourceAddress: "https://example.com/face-plus-plus",
        },
      ],
      sublabel:
        'Newest source answers; "New financing lifts valuation of facial recognition startup to $4.5 billion", 10 Apr 2018 gives $600M.',
    });
  });
});
