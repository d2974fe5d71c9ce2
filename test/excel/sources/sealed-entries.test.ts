import { decodeParts, encodeEntry, type Seal } from "../../../src/excel/sources/source-parts";
import { entry, validate, type Doc } from "./stored-doc";

/** Counts which check read each document: the full one, or the one for sealed documents. */
function counted() {
  const calls = { full: 0, trusted: 0 };
  const full: typeof validate = (raw) => {
    calls.full += 1;
    return validate(raw);
  };
  const seal: Seal<Doc> = {
    rules: "checks-1",
    trusted: (raw) => {
      calls.trusted += 1;
      return { ok: true, value: raw as Doc };
    },
  };
  return { calls, full, seal };
}

const asParts = (xml: readonly string[]) => xml.map((x, i) => ({ id: `{p${i}}`, xml: x }));

describe("sealed entries", () => {
  it("takes a document sealed by the same checks, unchanged, without checking it again", () => {
    const { calls, full, seal } = counted();
    const written = encodeEntry(entry("s1"), seal);
    const decoded = decodeParts(asParts(written), full, seal);
    expect(decoded.sources.map((s) => s.document)).toEqual([entry("s1").document]);
    expect(calls).toEqual({ full: 0, trusted: 1 });
  });

  it("checks again a sealed document whose stored text was changed since", () => {
    const { calls, full, seal } = counted();
    const [head] = encodeEntry(entry("s1", "Acme raised $5 million."), seal);
    const edited = (head ?? "").replace("$5 million", "$9 million");
    const decoded = decodeParts(asParts([edited]), full, seal);
    expect(decoded.sources[0]?.document.text).toBe("Acme raised $9 million.");
    expect(calls).toEqual({ full: 1, trusted: 0 });
  });

  it("checks again a document sealed by other checks, or with no seal", () => {
    const { calls, full, seal } = counted();
    const older = encodeEntry(entry("s1"), { ...seal, rules: "checks-0" });
    const unsealed = encodeEntry(entry("s2"));
    const decoded = decodeParts(asParts([...older, ...unsealed]), full, seal);
    expect(decoded.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(calls).toEqual({ full: 2, trusted: 0 });
  });

  it("still refuses what the sealed documents' check refuses", () => {
    const seal: Seal<Doc> = {
      rules: "checks-1",
      trusted: () => ({
        ok: false,
        issues: ["s1: has the id of a source bundled with the add-in"],
      }),
    };
    const decoded = decodeParts(asParts(encodeEntry(entry("s1"), seal)), validate, seal);
    expect(decoded.sources).toEqual([]);
    expect(decoded.quarantined[0]?.reason).toContain("has the id of a source bundled");
  });

  it("reads a sealed entry where the seal is not asked for (as an earlier reader does)", () => {
    const { calls, full, seal } = counted();
    const decoded = decodeParts(asParts(encodeEntry(entry("s1"), seal)), full);
    expect(decoded.sources.map((s) => s.document)).toEqual([entry("s1").document]);
    expect(calls.full).toBe(1);
  });

  it("reads an entry whose seal has another shape (a later format) as unsealed, not corrupt", () => {
    const { calls, full, seal } = counted();
    const [head] = encodeEntry(entry("s1"), seal);
    const reshaped = (head ?? "").replace(/"seal":"[^"]*"/, '"seal":{"rules":"checks-2"}');
    expect(reshaped).not.toBe(head);
    const decoded = decodeParts(asParts([reshaped]), full, seal);
    expect(decoded.sources.map((s) => s.document)).toEqual([entry("s1").document]);
    expect(calls).toEqual({ full: 1, trusted: 0 });
  });

  it("seals a document split over several parts, and reads it whole", () => {
    const { calls, full, seal } = counted();
    const long = entry("big", "Acme raised $5 million. ".repeat(80_000));
    const written = encodeEntry(long, seal);
    expect(written.length).toBeGreaterThan(1);
    const decoded = decodeParts(asParts(written), full, seal);
    expect(decoded.sources[0]?.document).toEqual(long.document);
    expect(calls).toEqual({ full: 0, trusted: 1 });
  });

  it("writes an unsealed entry as before: the same JSON, document last", () => {
    const [head] = encodeEntry(entry("s1"));
    const json = (head ?? "").slice((head ?? "").indexOf("<![CDATA[") + 9, -"]]></piece>".length);
    expect(json).toBe(JSON.stringify(entry("s1")));
  });
});
