/**
 * A small simulated workbook for the audit's Excel code: sheets of cells (formulas, values, number
 * formats), spills, protection, defined names, custom XML parts, the active cell and the selection.
 * office-addin-mock answers from a fixed object tree; trace and freeze ask for ranges by address and
 * write blocks whose effect later reads must see, so they need a workbook that behaves like one.
 *
 * Batches behave like Excel's: writes are queued and applied in order at `sync()`; `failAtSync`
 * makes a sync throw an Office-style error after applying only some of its writes (a failure in the
 * middle of a write), and `syncs` counts the round trips.
 */
import {
  blockGrid,
  cellAt,
  fullAddress,
  localAddress,
  parseBlock,
  type Block,
} from "../../../src/domain/audit/a1";

export type FakeCell = { formula?: string; value: unknown; format?: string };

export type FakeSheetSpec = {
  name: string;
  protected?: boolean;
  /** "B2" → a value, or a formula with the value it shows. */
  cells?: Record<string, unknown | FakeCell>;
  /** Spill anchors ("A1") → the block they spill into ("A1:F3"); the cells hold the values. */
  spills?: Record<string, string>;
  names?: { name: string; formula: string }[];
};

const ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#BUSY!",
];

type Op = () => void;

class Sheet {
  cells = new Map<string, FakeCell>();
  spills = new Map<string, Block>();
  names: { name: string; formula: string; comment?: string }[];
  protection: { protected: boolean };
  bold = new Set<string>();
  visibility = "Visible";
  constructor(
    public book: FakeWorkbook,
    public name: string,
    spec: FakeSheetSpec,
  ) {
    this.protection = { protected: spec.protected ?? false };
    this.names = [...(spec.names ?? [])];
    for (const [address, raw] of Object.entries(spec.cells ?? {})) {
      const cell =
        typeof raw === "object" && raw !== null && "value" in raw
          ? (raw as FakeCell)
          : { value: raw };
      this.cells.set(address, { ...cell });
    }
    for (const [anchor, block] of Object.entries(spec.spills ?? {})) {
      const parsed = parseBlock(block, name);
      if (parsed) this.spills.set(anchor, parsed);
    }
  }
  cell(block: Block): FakeCell {
    return this.cells.get(localAddress(block)) ?? { value: "" };
  }
  range(address: string): Range {
    const block = parseBlock(address, this.name);
    if (!block)
      throw Object.assign(new Error(`bad address ${address}`), { code: "InvalidArgument" });
    return new Range(this, block);
  }
  get api() {
    return this.book.sheetApi(this);
  }
}

class Range {
  isNullObject = false;
  constructor(
    public sheet: Sheet,
    public block: Block,
  ) {}
  load() {
    return this;
  }
  get address() {
    return fullAddress(this.block);
  }
  get values() {
    return blockGrid(this.block, (cell) => this.sheet.cell(cell).value);
  }
  set values(rows: unknown[][]) {
    this.queue(rows, (cell, raw) => writeValue(this.sheet, cell, raw));
  }
  get formulas() {
    return blockGrid(this.block, (cell) => {
      const found = this.sheet.cell(cell);
      return found.formula ?? found.value;
    });
  }
  set formulas(rows: unknown[][]) {
    this.queue(rows, (cell, raw) =>
      typeof raw === "string" && raw.startsWith("=")
        ? this.sheet.cells.set(localAddress(cell), {
            ...this.sheet.cell(cell),
            formula: raw,
            value: 0,
          })
        : writeValue(this.sheet, cell, raw),
    );
  }
  get text() {
    return blockGrid(this.block, (cell) => String(this.sheet.cell(cell).value));
  }
  get valueTypes() {
    return blockGrid(this.block, (cell) => {
      const value = this.sheet.cell(cell).value;
      if (value === "") return "Empty";
      if (typeof value === "number") return "Double";
      if (typeof value === "boolean") return "Boolean";
      return ERRORS.includes(String(value)) ? "Error" : "String";
    });
  }
  get numberFormat() {
    return blockGrid(this.block, (cell) => this.sheet.cell(cell).format ?? "General");
  }
  set numberFormat(rows: unknown[][]) {
    this.queue(rows, (cell, format) =>
      this.sheet.cells.set(localAddress(cell), {
        ...this.sheet.cell(cell),
        format: String(format),
      }),
    );
  }
  get format() {
    const { sheet, block } = this;
    return {
      font: {
        set bold(on: boolean) {
          sheet.book.pending.push(() =>
            blockGrid(block, (cell) => (on ? sheet.bold.add(localAddress(cell)) : undefined)),
          );
        },
      },
      autofitColumns: () => undefined,
      set columnWidth(_: number) {},
      set wrapText(_: boolean) {},
    };
  }
  get worksheet() {
    return this.sheet.api;
  }
  getCell(row: number, column: number) {
    return new Range(this.sheet, cellAt(this.block, row, column));
  }
  getResizedRange(rows: number, columns: number) {
    const { block } = this;
    return new Range(this.sheet, {
      ...block,
      bottom: block.bottom + rows,
      right: block.right + columns,
    });
  }
  getSpillParentOrNullObject() {
    for (const [anchor, block] of this.sheet.spills) {
      if (
        block.top <= this.block.top &&
        this.block.top <= block.bottom &&
        block.left <= this.block.left &&
        this.block.left <= block.right
      ) {
        return this.sheet.range(anchor);
      }
    }
    return nullRange(this.sheet);
  }
  getSpillingToRangeOrNullObject() {
    const block = this.sheet.spills.get(localAddress(this.block));
    return block ? new Range(this.sheet, block) : nullRange(this.sheet);
  }
  private queue(rows: unknown[][], write: (cell: Block, raw: unknown) => void) {
    const { block } = this;
    this.sheet.book.pending.push(
      ...rows.flatMap((row, r) => row.map((raw, c) => () => write(cellAt(block, r, c), raw))),
    );
  }
}

function nullRange(sheet: Sheet): Range {
  const range = new Range(sheet, { sheet: sheet.name, top: 0, left: 0, bottom: 0, right: 0 });
  range.isNullObject = true;
  return range;
}

/**
 * Writes a value as Excel does: `=…` becomes a formula, `'…` stays text, "" empties the cell, and a
 * Text-formatted cell keeps the text as written.
 */
function writeValue(sheet: Sheet, cell: Block, raw: unknown): void {
  const key = localAddress(cell);
  // Writing a value into a spill anchor ends the spill.
  sheet.spills.delete(key);
  const format = sheet.cells.get(key)?.format;
  if (raw === "" || raw === null) {
    if (format) sheet.cells.set(key, { value: "", format });
    else sheet.cells.delete(key);
    return;
  }
  if (typeof raw === "string" && format === "@") {
    // A Text-formatted cell keeps what is written literally, a leading apostrophe included.
    sheet.cells.set(key, { value: raw, format });
  } else if (typeof raw === "string" && raw.startsWith("'")) {
    sheet.cells.set(key, { value: raw.slice(1), format });
  } else if (typeof raw === "string" && /^[=+\-@]/.test(raw) && raw.length > 1) {
    sheet.cells.set(key, { formula: raw, value: "#NAME?", format });
  } else {
    sheet.cells.set(key, { value: raw, format });
  }
}

export class FakeWorkbook {
  sheets: Sheet[] = [];
  pending: Op[] = [];
  syncs = 0;
  parts: string[] = [];
  activeSheet: string;
  activeCell: string;
  selection: string[];
  /** Which sync throws, after applying how many of its queued writes, with which code. */
  failAtSync?: { sync: number; after: number; code: string };
  handlers: ((event: unknown) => Promise<void>)[] = [];
  structure = { protected: false, load: () => undefined };

  constructor(specs: FakeSheetSpec[], where: { active?: string; selection?: string[] } = {}) {
    for (const spec of specs) this.sheets.push(new Sheet(this, spec.name, spec));
    this.activeSheet = specs[0]?.name ?? "Sheet1";
    this.activeCell = where.active ?? `${this.activeSheet}!A1`;
    this.selection = where.selection ?? [this.activeCell];
  }

  sheet(name: string): Sheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
    return found;
  }

  /** What a cell holds now: its formula if any, else its value. */
  at(address: string): unknown {
    const block = parseBlock(address, this.activeSheet);
    if (!block) return undefined;
    const cell = this.sheet(block.sheet).cells.get(localAddress(block));
    return cell?.formula ?? cell?.value ?? "";
  }

  get context(): Excel.RequestContext {
    return {
      workbook: this.workbookApi(),
      sync: () => this.sync(),
    } as unknown as Excel.RequestContext;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const ops = this.pending;
    this.pending = [];
    const failure = this.failAtSync;
    if (failure && failure.sync === this.syncs) {
      ops.slice(0, failure.after).forEach((op) => op());
      throw Object.assign(new Error(failure.code), { code: failure.code });
    }
    for (const op of ops) op();
  }

  /** Runs a batch as `Excel.run` does. */
  run = <T>(first: unknown, second?: unknown): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as (
      c: Excel.RequestContext,
    ) => Promise<T>;
    return batch(this.context);
  };

  sheetApi(sheet: Sheet) {
    const book = this;
    const api = {
      get name() {
        return sheet.name;
      },
      set name(next: string) {
        sheet.name = next;
      },
      protection: sheet.protection,
      set visibility(v: string) {
        sheet.visibility = v;
      },
      isNullObject: false,
      load: () => api,
      getRange: (address: string) => sheet.range(address),
      getUsedRangeOrNullObject: () => {
        const blocks = [...sheet.cells.keys()].flatMap((a) => parseBlock(a, sheet.name) ?? []);
        if (blocks.length === 0) return nullRange(sheet);
        return new Range(sheet, {
          sheet: sheet.name,
          top: Math.min(...blocks.map((b) => b.top)),
          left: Math.min(...blocks.map((b) => b.left)),
          bottom: Math.max(...blocks.map((b) => b.bottom)),
          right: Math.max(...blocks.map((b) => b.right)),
        });
      },
      names: {
        load: () => undefined,
        get items() {
          return sheet.names;
        },
        add: (name: string, range: Range, comment?: string) => {
          book.pending.push(() =>
            sheet.names.push({ name, formula: `=${range.address}`, comment }),
          );
        },
      },
      activate: () => book.pending.push(() => (book.activeSheet = sheet.name)),
      delete: () => book.pending.push(() => (book.sheets = book.sheets.filter((s) => s !== sheet))),
    };
    return api;
  }

  workbookApi() {
    const book = this;
    return {
      protection: book.structure,
      getActiveCell: () => book.rangeAt(book.activeCell),
      getSelectedRanges: () => ({
        areas: { load: () => undefined, items: book.selection.map((a) => book.rangeAt(a)) },
        load: () => undefined,
      }),
      worksheets: {
        load: () => undefined,
        get items() {
          return book.sheets.map((s) => s.api);
        },
        getItem: (name: string) => book.sheet(name).api,
        getItemOrNullObject: (name: string) => {
          const found = book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
          return found ? found.api : { isNullObject: true, load: () => undefined };
        },
        getActiveWorksheet: () => book.sheet(book.activeSheet).api,
        add: (name: string) => {
          const sheet = new Sheet(book, name, { name });
          book.pending.push(() => {
            if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
              throw Object.assign(new Error("exists"), { code: "ItemAlreadyExists" });
            }
            book.sheets.push(sheet);
          });
          return sheet.api;
        },
        onSelectionChanged: {
          add: (handler: (event: unknown) => Promise<void>) => {
            book.handlers.push(handler);
            return { remove: () => undefined };
          },
        },
      },
      customXmlParts: {
        add: (xml: string) => book.pending.push(() => book.parts.push(xml)),
        getByNamespace: () => ({
          load: () => undefined,
          get items() {
            return book.parts.map((xml) => ({ getXml: () => ({ value: xml }) }));
          },
        }),
      },
    };
  }

  rangeAt(address: string): Range {
    const block = parseBlock(address, this.activeSheet);
    if (!block) throw new Error(`bad address ${address}`);
    return new Range(this.sheet(block.sheet), block);
  }

  /** Whether a sheet cell is bold (header rows). */
  isBold(address: string): boolean {
    const block = parseBlock(address, this.activeSheet);
    return block ? this.sheet(block.sheet).bold.has(localAddress(block)) : false;
  }
}
