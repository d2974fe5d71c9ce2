/** The bundled catalog with SenseTime's Series C reported in yuan ("600 million yuan"). */
import { rawDataset } from "../src/data/dataset";
import { loadDataset } from "../src/data/load-dataset";
import { buildCatalog, type Catalog } from "../src/domain/catalog/catalog";

export function catalogInYuan(): Catalog {
  const raw = structuredClone(rawDataset) as {
    sources: { rounds: { amount: object; postMoneyValuation?: object }[] }[];
  };
  const seriesC = raw.sources[0].rounds[1];
  seriesC.amount = { ...seriesC.amount, currency: "CNY" };
  seriesC.postMoneyValuation = { ...seriesC.postMoneyValuation, currency: "CNY" };
  return buildCatalog(loadDataset(raw).sources, { version: "1.0.0" });
}
