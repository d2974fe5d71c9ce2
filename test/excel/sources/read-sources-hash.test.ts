import { readSources, writeSource } from "../../../src/excel/sources/workbook-source-store";
import { entry, validate } from "./stored-doc";
import { openWorkbook, WorkbookFile } from "./workbook-parts-mock";

// The WebAssembly hash's chunk never arrives (a stalled request): it only makes seals faster.
jest.mock("../load-wasm-hash-sync", () => ({
  loadWasmHash: () => new Promise<never>(() => undefined),
}));

describe("readSources while the WebAssembly hash has not arrived", () => {
  it("reads the workbook's sources with js-xxhash instead of waiting for it", async () => {
    const file = new WorkbookFile();
    // Sealed, so the read checks the seal: with js-xxhash, as the WebAssembly hash is not there.
    const seal = { rules: "test-rules", trusted: validate };
    await writeSource(openWorkbook(file).context, entry("a"), seal);
    const read = readSources(openWorkbook(file).context, validate, seal);
    const waited = new Promise((resolve) => setTimeout(() => resolve("still waiting"), 1_000));
    const first = await Promise.race([read, waited]);
    expect(first).toMatchObject({ sources: [{ id: "a", document: entry("a").document }] });
  });
});
