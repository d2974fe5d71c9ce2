import fc from "fast-check";
import { PART_BUDGET_BYTES, splitByPayload } from "../../../src/excel/sources/payload-size";
import {
  decodeParts,
  encodeEntry,
  SOURCES_NAMESPACE,
  xmlSafeJson,
  type StoredEntry,
} from "../../../src/excel/sources/source-parts";
import { entry, validate, type Doc } from "./stored-doc";

/** Pieces as the add-in wrote them before: the JSON slice as escaped XML text, no CDATA. */
function writtenBefore(stored: StoredEntry<Doc>): string[] {
  const escape = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const slices = splitByPayload(JSON.stringify(stored), PART_BUDGET_BYTES - 512);
  return slices.map(
    (slice, index) =>
      `<piece xmlns="${SOURCES_NAMESPACE}" schemaVersion="1" source="${escape(stored.id).replace(/"/g, "&quot;")}" ` +
      `index="${index}" of="${slices.length}">${escape(slice)}</piece>`,
  );
}

const asParts = (xml: readonly string[]) => xml.map((x, i) => ({ id: `{p${i}}`, xml: x }));
const decode = (xml: readonly string[]) => decodeParts(asParts(xml), validate);
const documents = (xml: readonly string[]) => decode(xml).sources.map((s) => s.document);

const MARKUP_TEXT = 'R&D <b>bold</b> ]]> "quoted" it\'s &amp; 商汤 \u{1F680}';

describe("xmlSafeJson", () => {
  it("writes <, > and & as JSON escapes, which parse back to the same value", () => {
    const value = { text: MARKUP_TEXT, "<key&>": ["a>b"] };
    const json = xmlSafeJson(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("encodeEntry", () => {
  it("writes each piece's JSON as one CDATA section that nothing inside can close", () => {
    const stored = entry("big", MARKUP_TEXT.repeat(4_000));
    const pieces = encodeEntry(stored);
    expect(pieces.length).toBeGreaterThan(2);
    const slices = pieces.map((xml, index) => {
      const match = /^<piece [^>]*index="(\d+)"[^>]*><!\[CDATA\[([^]*)\]\]><\/piece>$/.exec(xml);
      expect(match?.[1]).toBe(String(index));
      return match?.[2] ?? "";
    });
    for (const slice of slices) expect(slice).not.toMatch(/[<>&]/);
    expect(JSON.parse(slices.join(""))).toEqual(stored);
  });
});

describe("decodeParts", () => {
  it("reads a part that comes back with an XML declaration before the piece, old or new", () => {
    const stored = entry("declared", MARKUP_TEXT);
    const declarations = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      '<?xml version="1.0" encoding="utf-8"?>',
    ];
    for (const declaration of declarations) {
      for (const pieces of [encodeEntry(stored), writtenBefore(stored)]) {
        const read = decode(pieces.map((xml) => declaration + xml));
        expect(read.quarantined).toEqual([]);
        expect(read.sources.map((s) => s.document)).toEqual([stored.document]);
      }
    }
  });

  it("reads back what it writes, whatever the text holds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(documents(encodeEntry(entry("s", text, `${text}?`)))).toEqual([
          { headline: `${text}?`, text },
        ]);
      }),
    );
  });

  it("reads pieces written before CDATA, entities included, as the same entry", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.constantFrom("s", "a&b", 'q"<>'),
        (text, id) => {
          const decoded = decode(writtenBefore(entry(id, text)));
          expect(decoded.quarantined).toEqual([]);
          expect(decoded.sources.map((s) => [s.id, s.document])).toEqual([
            [id, entry(id, text).document],
          ]);
        },
      ),
    );
  });

  it("reads an older source of many pieces, and one stored as analysts' workbooks hold it", () => {
    const big = entry("big", MARKUP_TEXT.repeat(4_000));
    const stored = writtenBefore(big);
    expect(stored.length).toBeGreaterThan(2);
    expect(documents(stored)).toEqual([big.document]);
    const literal =
      `<piece xmlns="${SOURCES_NAMESPACE}" schemaVersion="1" source="s1" index="0" of="1">` +
      `{"schemaVersion":1,"id":"s1","addedAt":"2026-11-01T00:00:00Z","document":` +
      `{"headline":"M&amp;A &lt;update&gt;","text":"\\&quot;Deal\\&quot; &apos;closed&apos;"}}</piece>`;
    expect(documents([literal])).toEqual([{ headline: "M&A <update>", text: "\"Deal\" 'closed'" }]);
  });

  it("reads both kinds of piece of one workbook together", () => {
    const older = writtenBefore(entry("old", "AT&T <note>"));
    const newer = encodeEntry(entry("new", "S&P <note>"));
    expect(documents([...older, ...newer])).toEqual([
      entry("old", "AT&T <note>").document,
      entry("new", "S&P <note>").document,
    ]);
  });

  it("quarantines a piece cut short inside its CDATA as not well-formed XML", () => {
    const [head] = encodeEntry(entry("cut", "Acme raised $5 million."));
    const cut = (head ?? "").slice(0, (head ?? "").indexOf("]]>"));
    expect(decode([cut]).quarantined).toEqual([
      { sourceId: "", partIds: ["{p0}"], reason: "A stored part ({p0}) is not well-formed XML." },
    ]);
  });

  it("leaves older pieces holding markup or declared entities, or cut short, to the XML parser", () => {
    const stored = entry("old", "Acme raised $5 million.");
    const piece = writtenBefore(stored)[0] ?? "";
    expect(documents([piece.replace("</piece>", "<!-- note --></piece>")])).toEqual([
      stored.document,
    ]);
    const declared = `<!DOCTYPE piece [<!ENTITY co "Acme Robotics">]>${piece.replace("Acme", "&co;")}`;
    expect(documents([declared])).toEqual([
      entry("old", "Acme Robotics raised $5 million.").document,
    ]);
    const reasons = (xml: string) => decode([xml]).quarantined.map((q) => q.reason);
    expect(reasons(piece.replace("</piece>", "<b>bold</b></piece>"))).toEqual([
      "A stored part ({p0}) is not a source piece this add-in wrote.",
    ]);
    expect(reasons(piece.slice(0, piece.indexOf("</piece>")))).toEqual([
      "Source old is corrupt in the workbook (not valid JSON).",
    ]);
  });
});
