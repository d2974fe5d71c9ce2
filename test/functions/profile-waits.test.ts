import "./custom-functions-shim";
import { PROFILE } from "../../src/functions/functions";
import { releaseSources, SOURCES_READY_KEY } from "../../src/runtime/sources-ready";

const host = globalThis as Record<string, unknown>;

afterEach(() => {
  delete host[SOURCES_READY_KEY];
  delete host.Office;
});

describe("PROFILE", () => {
  it("returns the card once the workbook's sources are in, not a card built from a wait", async () => {
    delete host[SOURCES_READY_KEY];
    host.Office = {};
    const pending = PROFILE("SenseTime") as unknown as Promise<Excel.EntityCellValue>;
    expect(pending).toBeInstanceOf(Promise);
    releaseSources();
    const card = await pending;
    expect(card.type).toBe("Entity");
    expect(card.text).toBe("SenseTime");
    expect(PROFILE("SenseTime")).toBe(card);
  });
});
