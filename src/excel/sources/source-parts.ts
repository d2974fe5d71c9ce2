/**
 * How a workbook source is kept in custom XML parts, and how stored parts become sources again.
 * Pure: no Excel here, so the format is tested on its own.
 *
 * Each source is one entry (`{ schemaVersion, id, addedAt, document }`, JSON) split into pieces,
 * each piece one part: `<piece xmlns=… schemaVersion="1" source="ID" index="i" of="n">JSON slice
 * </piece>`. The slice is written as a CDATA section of JSON with no `<`, `>` or `&`; pieces written
 * before hold it as escaped text. Both are the same XML text (format 1), and every version of the
 * add-in reads both. Piece 0 is the head and is written last, so a source exists only once all its
 * pieces do; pieces without a head (a write that failed, or a co-author's write in progress) are
 * ignored.
 * A part belongs to one source only, so two people adding sources at once never write the same part.
 */
import { XMLParser } from "fast-xml-parser";
import * as z from "zod/mini";
import type { Seal, SourceEntry, ValidateDocument } from "../../sources/sources-file";
import { documentHash } from "./document-hash";
import { PART_BUDGET_BYTES, splitByPayload } from "./payload-size";

/** The namespace of every part this add-in stores; it does not change with the schema version. */
export const SOURCES_NAMESPACE = "urn:ai-deals-excel:sources";

/** The version of the entry format written now; entries of a later version are never read. */
export const STORE_SCHEMA_VERSION = 1;

/** A validator for the source document inside an entry (the catalog's source schema). */
export type Validate<T> = ValidateDocument<T>;

export type { Seal };

/** A source as kept in the workbook: the entry and the version of the format it was written in. */
export type StoredEntry<T> = SourceEntry<T> & { schemaVersion: number };

/** A stored source with the parts that hold it, head first. */
export type StoredSource<T> = StoredEntry<T> & { partIds: string[] };

/** A stored entry that cannot be used, kept in the workbook untouched, with the reason. */
export type Quarantined = { sourceId: string; partIds: string[]; reason: string };

/** A stored part as read from the workbook. */
export type StoredPart = { id: string; xml: string };

export type DecodedSources<T> = {
  sources: StoredSource<T>[];
  quarantined: Quarantined[];
  /** Parts of sources without a head: ignored (see the module comment). */
  orphanPartIds: string[];
};

const HEADER_ALLOWANCE = 512;

const envelope = z.object({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  addedAt: z.string().check(z.minLength(1)),
  // Read as anything: a seal of another shape (a later format) is no seal here, not an error.
  seal: z.optional(z.unknown()),
  document: z.unknown(),
});

/** The key that comes last in every entry's JSON, before the document's own text. */
const DOCUMENT_KEY = '"document":';

/** What a seal says of a document text: the rules it passed, its hash and its length. */
const sealOf = (rules: string, documentText: string): string =>
  `${rules}:${documentHash(documentText).toString(16)}:${documentText.length}`;

const pieceAttributes = z.object({
  schemaVersion: z.string().check(z.regex(/^\d+$/)),
  source: z.string().check(z.minLength(1)),
  index: z.string().check(z.regex(/^\d+$/)),
  of: z.string().check(z.regex(/^[1-9]\d*$/)),
});

type Piece = { partId: string; schemaVersion: number; source: string; index: number; of: number };

type ReadPiece = { piece: Piece; text: string } | { reason: string };

const readerOptions = {
  // A stored part may come back with an XML declaration (`<?xml version="1.0" …?>`) before the
  // piece, as custom XML parts are saved in the file: it is not content.
  ignoreDeclaration: true,
  ignorePiTags: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  removeNSPrefix: true,
};

/**
 * Reads a part in full: markup, entities and CDATA in the piece. It reads a CDATA section in one
 * step, but other text one character at a time, which is slow for the escaped text of older
 * pieces.
 */
const fullReader = new XMLParser(readerOptions);

/** Takes the piece's content as stored, without reading inside it: fast for older pieces. */
const rawReader = new XMLParser({ ...readerOptions, stopNodes: ["piece"] });

const CDATA_START = "<![CDATA[";

/** The five entities every XML reader knows, as the full reader decodes them. */
const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** In a JSON text, `<`, `>` and `&` occur only inside strings, where these escapes mean them. */
const JSON_ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
};

/**
 * JSON with no `<`, `>` or `&` (written as JSON escapes, which mean the same to `JSON.parse`): it
 * never closes a CDATA section, and stays plain XML text without one.
 * @example
 * xmlSafeJson({ text: "R&D <b>" }) // '{"text":"R\\u0026D \\u003cb\\u003e"}'
 */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => JSON_ESCAPES[c] ?? c);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The XML of each part that keeps this entry, head (piece 0) first; each within the part budget.
 * With `seal`, the entry carries the seal of its document (give it only for a document that
 * passed those checks).
 * @example
 * encodeEntry({ schemaVersion: 1, id: "s1", addedAt: "2026-01-01T00:00:00Z", document: {} })
 * // ['<piece xmlns="urn:ai-deals-excel:sources" schemaVersion="1" source="s1" index="0" of="1"><![CDATA[{…}]]></piece>']
 */
export function encodeEntry<T>(entry: StoredEntry<T>, seal?: Seal<T>): string[] {
  const { schemaVersion, id, addedAt, document } = entry;
  const documentText = xmlSafeJson(document);
  const header = seal
    ? { schemaVersion, id, addedAt, seal: sealOf(seal.rules, documentText) }
    : { schemaVersion, id, addedAt };
  // The document last, so that a reader finds its text as it was sealed.
  const json = `${xmlSafeJson(header).slice(0, -1)},${DOCUMENT_KEY}${documentText}}`;
  const slices = splitByPayload(json, PART_BUDGET_BYTES - HEADER_ALLOWANCE);
  return slices.map(
    (slice, index) =>
      `<piece xmlns="${SOURCES_NAMESPACE}" schemaVersion="${entry.schemaVersion}" ` +
      `source="${escapeAttribute(entry.id)}" index="${index}" of="${slices.length}">` +
      `${CDATA_START}${slice}]]></piece>`,
  );
}

/**
 * Reads stored parts back into sources. Nothing throws: an unreadable part, a missing piece, a
 * newer schema version, corrupt JSON or a document the validator rejects is quarantined with its
 * reason, and the other sources load.
 */
export function decodeParts<T>(
  parts: readonly StoredPart[],
  validate: Validate<T>,
  seal?: Seal<T>,
): DecodedSources<T> {
  const quarantined: Quarantined[] = [];
  const pieces = new Map<string, Map<number, { piece: Piece; text: string }>>();
  for (const part of parts) {
    const read = readPiece(part);
    if ("reason" in read) {
      quarantined.push({ sourceId: "", partIds: [part.id], reason: read.reason });
      continue;
    }
    const group = pieces.get(read.piece.source) ?? new Map();
    group.set(read.piece.index, read);
    pieces.set(read.piece.source, group);
  }
  const sources: StoredSource<T>[] = [];
  const orphanPartIds: string[] = [];
  for (const [sourceId, group] of pieces) {
    const head = group.get(0);
    const partIds = [...group.values()]
      .sort((a, b) => a.piece.index - b.piece.index)
      .map(({ piece }) => piece.partId);
    if (!head) {
      orphanPartIds.push(...partIds);
      continue;
    }
    const entry = assemble(sourceId, head.piece, group, validate, seal);
    if (entry.ok) sources.push({ ...entry.value, partIds });
    else quarantined.push({ sourceId, partIds, reason: entry.reason });
  }
  return { sources, quarantined, orphanPartIds };
}

/**
 * Reads one part; the result is the full reader's. A piece written as CDATA (as every piece is
 * now) takes one pass of the full reader. An older piece holds escaped text: the raw reader takes
 * it whole, and it is used when it holds no markup and only the five XML entities, where decoding
 * them here gives the full reader's text; anything else is left to the full reader.
 */
function readPiece(part: StoredPart): ReadPiece {
  if (!part.xml.includes(CDATA_START)) {
    const raw = readWith(rawReader, part);
    const text = "text" in raw ? unescapedText(raw.text) : null;
    if ("piece" in raw && text !== null) return { piece: raw.piece, text };
  }
  return readWith(fullReader, part);
}

/**
 * Raw piece content with the five XML entities decoded; null when it holds markup or any other
 * `&` (left to the full reader).
 * @example
 * unescapedText("R&amp;D &lt;b&gt;") // "R&D <b>"
 * unescapedText("R&#38;D") // null
 */
function unescapedText(content: string): string | null {
  if (/<|&(?!(?:amp|lt|gt|quot|apos);)/.test(content)) return null;
  return content.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? "");
}

/**
 * One parser pass. The parser throws on markup it cannot read (a part cut short inside a tag);
 * anything it reads that is not exactly one `piece` element holding only text is not ours. A
 * piece whose text was damaged fails later, at its JSON or its checks.
 */
function readWith(reader: XMLParser, part: StoredPart): ReadPiece {
  let root: unknown;
  try {
    root = reader.parse(part.xml);
  } catch {
    return { reason: `A stored part (${part.id}) is not well-formed XML.` };
  }
  const node = onlyPiece(root);
  const attributes = pieceAttributes.safeParse(node);
  if (!attributes.success || node === null) {
    return { reason: `A stored part (${part.id}) is not a source piece this add-in wrote.` };
  }
  const text = "#text" in node && typeof node["#text"] === "string" ? node["#text"] : "";
  const { schemaVersion, source, index, of } = attributes.data;
  const piece = {
    partId: part.id,
    schemaVersion: Number(schemaVersion),
    source,
    index: Number(index),
    of: Number(of),
  };
  return { piece, text };
}

const PIECE_KEYS = new Set(["xmlns", "schemaVersion", "source", "index", "of", "#text"]);

/** The `piece` element when it is the document's only element and holds nothing but text. */
function onlyPiece(root: unknown): object | null {
  if (typeof root !== "object" || root === null) return null;
  const keys = Object.keys(root);
  const node: unknown = "piece" in root ? root.piece : null;
  if (keys.length !== 1 || typeof node !== "object" || node === null || Array.isArray(node)) {
    return null;
  }
  return Object.keys(node).every((key) => PIECE_KEYS.has(key)) ? node : null;
}

function assemble<T>(
  sourceId: string,
  head: Piece,
  group: ReadonlyMap<number, { piece: Piece; text: string }>,
  validate: Validate<T>,
  seal: Seal<T> | undefined,
): { ok: true; value: StoredEntry<T> } | { ok: false; reason: string } {
  if (head.schemaVersion > STORE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `Source ${sourceId} was saved by a newer version of the add-in (format ${head.schemaVersion}; this one reads ${STORE_SCHEMA_VERSION}). Update the add-in to use it; it is kept unchanged.`,
    };
  }
  const texts: string[] = [];
  for (let index = 0; index < head.of; index++) {
    const piece = group.get(index);
    if (!piece) {
      return {
        ok: false,
        reason: `Source ${sourceId} is incomplete in the workbook (${group.size} of ${head.of} pieces).`,
      };
    }
    texts.push(piece.text);
  }
  const json = texts.join("");
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: `Source ${sourceId} is corrupt in the workbook (not valid JSON).` };
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success || parsed.data.id !== sourceId) {
    return { ok: false, reason: `Source ${sourceId} is not a source entry this add-in wrote.` };
  }
  const { seal: stored, ...entry } = parsed.data;
  const sealed =
    seal !== undefined &&
    stored !== undefined &&
    stored === sealOf(seal.rules, documentTextOf(json));
  const document = (sealed ? seal.trusted : validate)(entry.document);
  if (!document.ok) {
    return {
      ok: false,
      reason: `Source ${sourceId} failed its checks: ${document.issues.slice(0, 3).join("; ")}`,
    };
  }
  return { ok: true, value: { ...entry, document: document.value } };
}

/**
 * Whether an entry's stored seal (`stored`, from its JSON `json`) is `seal`'s and its document text
 * is unchanged since it was sealed.
 */
export function sealHolds<T>(seal: Seal<T>, stored: unknown, json: string): boolean {
  return typeof stored === "string" && stored === sealOf(seal.rules, documentTextOf(json));
}

/** The document's text in an entry's JSON, as `encodeEntry` writes it (the document last). */
function documentTextOf(json: string): string {
  const at = json.indexOf(DOCUMENT_KEY);
  return at < 0 ? "" : json.slice(at + DOCUMENT_KEY.length, -1);
}
