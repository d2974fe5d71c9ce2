/**
 * `context.sync()` calls per table insertion, counted on the writer tests' office-addin-mock
 * workbook for each of the three tables; the maximum per placement is reported.
 */
import { bundledSources } from "../src/runtime/bundled-sources";
import { createCatalogStore } from "../src/domain/catalog/catalog-store";
import { companyComparison } from "../src/domain/tables/table-companies";
import { investorMap } from "../src/domain/tables/table-investors";
import { roundComparison } from "../src/domain/tables/table-rounds";
import { tableBlock } from "../src/taskpane/table-block";
import { writeAtSelection, writeOnNewSheet } from "../src/taskpane/excel-writer";
import { mockWorkbook } from "../test/taskpane/excel-mock";

// The mock module spies on sync with jest; outside jest the bench counts calls itself.
Object.assign(globalThis, {
  jest: { spyOn: (target: object, key: string) => Reflect.get(target, key) },
});

const writers = { newSheet: writeOnNewSheet, atSelection: writeAtSelection };

export async function countSyncs(): Promise<{ newSheet: number; atSelection: number }> {
  const catalog = createCatalogStore(bundledSources()).current();
  const models = [roundComparison(catalog), companyComparison(catalog), investorMap(catalog)];
  const counts = { newSheet: 0, atSelection: 0 };
  for (const model of models) {
    for (const [placement, write] of Object.entries(writers) as [
      keyof typeof writers,
      typeof writeOnNewSheet,
    ][]) {
      const block = tableBlock(model, "values");
      const { context } = mockWorkbook(block.height, block.width);
      let syncs = 0;
      const sync = context.sync.bind(context);
      context.sync = () => {
        syncs += 1;
        return sync();
      };
      const options = {
        mode: "values",
        placement: placement === "newSheet" ? "newSheet" : "selection",
        chart: false,
      } as const;
      const outcome = await write(context, model, options);
      if (!outcome.ok) throw new Error(`${model.title} on ${placement}: ${outcome.message}`);
      counts[placement] = Math.max(counts[placement], syncs);
    }
  }
  return counts;
}
