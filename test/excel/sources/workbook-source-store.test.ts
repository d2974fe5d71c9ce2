import {
  PARTS_PER_SYNC,
  payloadBytes,
  SYNC_BUDGET_BYTES,
} from "../../../src/excel/sources/payload-size";
import { encodeEntry, SOURCES_NAMESPACE } from "../../../src/excel/sources/source-parts";
import {
  addWorkbookSources,
  loadWorkbookSources,
  readSources,
  removeWorkbookSource,
  writeSource,
} from "../../../src/excel/sources/workbook-source-store";
import { entry, validate } from "./stored-doc";
import { installExcel, openWorkbook, WorkbookFile } from "./workbook-parts-mock";

async function reload(file: WorkbookFile) {
  const { context, stats } = openWorkbook(file);
  return { ...(await readSources(context, validate)), stats };
}

describe("workbook source store", () => {
  it("reads back what it wrote, after the workbook is opened again", async () => {
    const file = new WorkbookFile();
    const { context } = openWorkbook(file);
    await writeSource(context, entry("a"));
    await writeSource(
      context,
      entry("b", "Beta closed a €20mn Series A. <b>&amp;</b> \u{1F680} 商汤"),
    );
    const { sources, quarantined, orphanPartIds } = await reload(file);
    expect(sources.map(({ id, document }) => [id, document])).toEqual([
      ["a", entry("a").document],
      ["b", entry("b", "Beta closed a €20mn Series A. <b>&amp;</b> \u{1F680} 商汤").document],
    ]);
    expect(quarantined).toEqual([]);
    expect(orphanPartIds).toEqual([]);
  });

  it("splits a 1 MB article into parts within budget and reads it in syncs under 4 MB", async () => {
    const file = new WorkbookFile();
    // 1 MB of UTF-8, mostly CJK: the worst case for the payload estimate.
    const article = "商汤科技融资六亿美元。SenseTime ".repeat(30_000).slice(0, 400_000);
    const { context, stats: writeStats } = openWorkbook(file);
    const partIds = await writeSource(context, entry("big", article));
    expect(partIds.length).toBeGreaterThan(10);
    for (const { xml } of file.parts.values()) expect(payloadBytes(xml)).toBeLessThanOrEqual(65536);
    const { sources, stats } = await reload(file);
    expect(sources[0]?.document.text).toBe(article);
    expect(sources[0]?.partIds).toEqual(partIds);
    for (const payload of [...stats.payloads, ...writeStats.payloads]) {
      expect(payload).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    }
  });

  it("reads many sources in batches of parts, one sync per batch", async () => {
    const file = new WorkbookFile();
    const { context } = openWorkbook(file);
    const count = 2 * PARTS_PER_SYNC + 3;
    for (let i = 0; i < count; i++) await writeSource(context, entry(`s${i}`));
    const { sources, stats } = await reload(file);
    expect(sources).toHaveLength(count);
    expect(stats.syncs).toBe(1 + 3);
  });

  it("quarantines bad stored entries with a reason and still loads the others", async () => {
    const file = new WorkbookFile();
    await writeSource(openWorkbook(file).context, entry("good"));
    const [head] = encodeEntry(entry("newer"));
    file.plant((head ?? "").replace('schemaVersion="1"', 'schemaVersion="2"'));
    file.plant(`<piece xmlns="${SOURCES_NAMESPACE}" schemaVersion="1"`);
    file.plant(
      `<piece xmlns="${SOURCES_NAMESPACE}" schemaVersion="1" source="corrupt" index="0" of="1">{"id":</piece>`,
    );
    const [invalidHead] = encodeEntry({ ...entry("invalid"), document: { headline: 3 } });
    file.plant(invalidHead ?? "");
    const [firstOfTwo] = encodeEntry(entry("torn", "x".repeat(200_000)));
    file.plant(firstOfTwo ?? "");
    const { sources, quarantined } = await reload(file);
    expect(sources.map((s) => s.id)).toEqual(["good"]);
    expect(quarantined.map((q) => q.reason)).toEqual([
      expect.stringContaining("not well-formed XML"),
      expect.stringMatching(/newer version of the add-in \(format 2; this one reads 1\)/),
      "Source corrupt is corrupt in the workbook (not valid JSON).",
      "Source invalid failed its checks: headline: expected a string",
      expect.stringMatching(/Source torn is incomplete in the workbook \(1 of \d+ pieces\)/),
    ]);
  });

  it("quarantines parts that are XML but not one piece holding only text", async () => {
    const file = new WorkbookFile();
    const [head] = encodeEntry(entry("good"));
    const piece = head ?? "";
    file.plant(`${piece}<piece/>`);
    file.plant(piece.replace("</piece>", "<b>bold</b></piece>"));
    file.plant(`<other xmlns="${SOURCES_NAMESPACE}">{}</other>`);
    const { sources, quarantined } = await reload(file);
    expect(sources).toEqual([]);
    expect(quarantined.map((q) => q.reason)).toEqual(
      Array(3).fill(expect.stringContaining("is not a source piece this add-in wrote.")),
    );
  });

  it("ignores pieces whose head was never written", async () => {
    const file = new WorkbookFile();
    const [, ...tail] = encodeEntry(entry("half", "y".repeat(200_000)));
    const ids = tail.map((xml) => file.plant(xml));
    const { sources, quarantined, orphanPartIds } = await reload(file);
    expect([sources, quarantined]).toEqual([[], []]);
    expect(orphanPartIds).toEqual(ids);
  });

  it("keeps both sources when two people add one at the same time", async () => {
    const file = new WorkbookFile();
    const ana = openWorkbook(file).context;
    const ben = openWorkbook(file).context;
    expect((await readSources(ana, validate)).sources).toEqual([]);
    expect((await readSources(ben, validate)).sources).toEqual([]);
    await Promise.all([writeSource(ana, entry("ana")), writeSource(ben, entry("ben"))]);
    expect((await reload(file)).sources.map((s) => s.id).sort()).toEqual(["ana", "ben"]);
  });
});

describe("addWorkbookSources", () => {
  it("writes, then updates the catalog, then asks for a full recalculation, in one run", async () => {
    const file = new WorkbookFile();
    const runs = installExcel(file);
    const order: string[] = [];
    const { outcome, saved } = await addWorkbookSources([entry("a"), entry("b")], (sources) => {
      order.push(`committed ${sources.map((s) => s.id).join()} while ${file.parts.size} stored`);
    });
    expect(outcome).toEqual({ ok: true });
    expect(saved.map((s) => [s.id, s.partIds.length])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
    expect(order).toEqual(["committed a,b while 2 stored"]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.calculations).toEqual(["Full"]);
  });

  it("keeps the sources saved before a failure, and says which were not saved", async () => {
    const file = new WorkbookFile();
    installExcel(file, { failAt: { operation: 2, code: "GeneralException" } });
    const committed = jest.fn();
    const { outcome, saved } = await addWorkbookSources([entry("a"), entry("b")], committed);
    expect(saved.map((s) => s.id)).toEqual(["a"]);
    expect(committed).toHaveBeenCalledWith(saved);
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Saved 1 of 2 sources in the workbook; the others were not saved\./,
      ),
    });
    expect((await reload(file)).sources.map((s) => s.id)).toEqual(["a"]);
  });

  it("leaves the workbook as it was when Excel refuses the head, and says so", async () => {
    const file = new WorkbookFile();
    await writeSource(openWorkbook(file).context, entry("kept"));
    const before = new Map(file.parts);
    const big = entry("big", "z".repeat(300_000));
    const pieces = encodeEntry(big).length;
    installExcel(file, { failAt: { operation: pieces, code: "GeneralException" } });
    const committed = jest.fn();
    const { outcome } = await addWorkbookSources([big], committed);
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The source was not saved in the workbook; its sources are as they were\./,
      ),
    });
    expect(committed).not.toHaveBeenCalled();
    expect(file.parts).toEqual(before);
    expect((await reload(file)).sources.map((s) => s.id)).toEqual(["kept"]);
  });

  it("keeps the change and adds a note when only the recalculation fails", async () => {
    const file = new WorkbookFile();
    installExcel(file, { failAt: { operation: 2, code: "GeneralException" } });
    const { outcome } = await addWorkbookSources([entry("a")], () => undefined);
    expect(outcome).toEqual({ ok: true, note: expect.stringContaining("Ctrl+Alt+F9") });
    expect((await reload(file)).sources.map((s) => s.id)).toEqual(["a"]);
  });
});

describe("removeWorkbookSource", () => {
  it("deletes every part of the source, head first, and recalculates", async () => {
    const file = new WorkbookFile();
    await writeSource(openWorkbook(file).context, entry("stay"));
    await writeSource(openWorkbook(file).context, entry("go", "w".repeat(150_000)));
    const go = (await reload(file)).sources.find((s) => s.id === "go");
    if (!go) throw new Error("go was not stored");
    const runs = installExcel(file);
    const committed = jest.fn();
    expect(await removeWorkbookSource(go, committed)).toEqual({ ok: true });
    expect(committed).toHaveBeenCalledTimes(1);
    expect(runs[0]?.calculations).toEqual(["Full"]);
    expect((await reload(file)).sources.map((s) => s.id)).toEqual(["stay"]);
    expect(file.parts.size).toBe(1);
  });

  it("changes nothing and says so when the head cannot be deleted", async () => {
    const file = new WorkbookFile();
    await writeSource(openWorkbook(file).context, entry("stay"));
    const [stay] = (await reload(file)).sources;
    if (!stay) throw new Error("stay was not stored");
    installExcel(file, { failAt: { operation: 1, code: "AccessDenied" } });
    const outcome = await removeWorkbookSource(stay, () => undefined);
    expect(outcome.ok).toBe(false);
    expect((await reload(file)).sources.map((s) => s.id)).toEqual(["stay"]);
  });
});

describe("loadWorkbookSources", () => {
  async function stored(...ids: string[]) {
    const file = new WorkbookFile();
    for (const id of ids) await writeSource(openWorkbook(file).context, entry(id));
    return file;
  }

  it("hands the sources over, then recalculates in the same run when asked", async () => {
    const runs = installExcel(await stored("a", "b"));
    const seen: string[] = [];
    const loaded = await loadWorkbookSources(validate, ({ sources }) => {
      seen.push(`${sources.map((s) => s.id).join()} before ${runs[0]?.calculations.length} calc`);
      return true;
    });
    expect(loaded.ok && loaded.value.sources.map((s) => s.id).sort()).toEqual(["a", "b"]);
    expect(seen).toEqual(["a,b before 0 calc"]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.calculations).toEqual(["Full"]);
    // List, one batch of parts, the recalculation.
    expect(runs[0]?.syncs).toBe(3);
  });

  it("does not recalculate when not asked", async () => {
    const runs = installExcel(await stored("a"));
    const loaded = await loadWorkbookSources(validate, () => false);
    expect(loaded.ok).toBe(true);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.calculations).toEqual([]);
    expect(runs[0]?.syncs).toBe(2);
  });

  it("returns the sources when only the recalculation fails", async () => {
    // Operations: list the parts, read the one part, calculate.
    installExcel(await stored("a"), { failAt: { operation: 3, code: "GeneralException" } });
    const loaded = await loadWorkbookSources(validate, () => true);
    expect(loaded.ok && loaded.value.sources.map((s) => s.id)).toEqual(["a"]);
  });

  it("reports an Excel failure as a message", async () => {
    installExcel(new WorkbookFile(), { failAt: { operation: 1, code: "ApiNotFound" } });
    expect(await loadWorkbookSources(validate)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The workbook's own sources could not be read: .*update Excel/,
      ),
    });
  });
});
