/**
 * An office-addin-mock workbook for the writer: the selection's top-left cell, the ranges the
 * writer derives from it, the sheet and its collections. The mock simulates nothing, so every
 * method answers from this tree and records what it was asked.
 */
import { OfficeMockObject } from "office-addin-mock";

export type MockOptions = {
  address?: string;
  values?: (string | number)[][];
  tableNames?: string[];
  definedNames?: string[];
  overlapping?: string[];
  protected?: boolean;
};

export type Calls = {
  tablesAdded: unknown[];
  resized: [number, number][];
  charts: unknown[][];
  sheetsAdded: number;
  /** Property assignments on the target block, in order. */
  writes: string[];
  /** Defined names added to a sheet, and custom XML parts added to the workbook. */
  namesAdded: unknown[][];
  xmlParts: string[];
  /** Row chunks written through `target.getRow(n).getResizedRange(r, 0)`, with the sync they went in. */
  chunks: ChunkWrite[];
  /** The rows those chunks wrote, assembled by what they set. */
  chunked: Partial<Record<ChunkWrite["key"], unknown[][]>>;
  /** Syncs run so far. */
  syncs: number;
};

export type ChunkWrite = {
  key: "values" | "formulas" | "numberFormat";
  firstRow: number;
  rows: number;
  /** The chunk's payload as JSON, in UTF-8 bytes. */
  bytes: number;
  /** How many syncs ran before it was written (0 for the first sync). */
  sync: number;
};

type Named = { name: string };

export type MockRange = {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
};

export type MockTable = {
  name: string;
  style: string;
  header: { format: { font: { bold: boolean } } };
};

export type MockContext = Excel.RequestContext & {
  workbook: {
    origin: {
      target: MockRange;
      tableRange: { format: { autofitted: boolean } };
      cell: { format: { font: { italic: boolean } } };
    };
    sheet: { table: MockTable; protection: { protected: boolean } };
    newSheet: { name: string; table: MockTable; activated: boolean };
  };
};

const blank = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => ""));

function sheetData(calls: Calls, tableName: string) {
  return {
    name: "Sheet2",
    activated: false,
    protection: { protected: false },
    table: {
      name: tableName,
      style: "",
      header: { format: { font: { bold: false } } },
      getHeaderRowRange() {
        return this.header;
      },
    },
    tables: {
      add(this: { parent: { table: unknown } }, range: unknown, hasHeaders: boolean) {
        calls.tablesAdded.push([range, hasHeaders]);
        return this.parent.table;
      },
    },
    chart: {
      title: { text: "" },
      series: {
        first: { setXAxisValues: () => undefined },
        getItemAt() {
          return this.first;
        },
      },
      setPosition: () => undefined,
    },
    charts: {
      add(this: { parent: { chart: unknown } }, ...args: unknown[]) {
        calls.charts.push(args);
        return this.parent.chart;
      },
    },
    names: {
      add: (...args: unknown[]) => {
        calls.namesAdded.push(args);
      },
    },
    activate() {
      this.activated = true;
    },
    getRange(this: { origin: unknown }) {
      return this.origin;
    },
  };
}

/** The origin cell's derived ranges: the whole block, the table (one row less), single cells. */
function originData(calls: Calls, options: MockOptions, rows: number, columns: number) {
  const cell = {
    format: { font: { italic: false } },
    getResizedRange() {
      return this;
    },
  };
  return {
    target: {
      address: options.address ?? "Sheet1!C2:I6",
      values: options.values ?? blank(rows, columns),
      formulas: blank(rows, columns),
      numberFormat: [] as unknown[][],
      overlapping: { load: () => undefined },
      getTables() {
        return this.overlapping;
      },
      getRow(firstRow: number) {
        return { getResizedRange: (r: number) => chunkRange(calls, firstRow, r + 1) };
      },
    },
    tableRange: {
      format: {
        autofitted: false,
        autofitColumns() {
          this.autofitted = true;
        },
      },
    },
    cell,
    getResizedRange(this: { target: unknown; tableRange: unknown }, r: number, c: number) {
      calls.resized.push([r, c]);
      return r === rows - 1 && c === columns - 1 ? this.target : this.tableRange;
    },
    getOffsetRange(this: { cell: unknown }) {
      return this.cell;
    },
  };
}

/** A workbook mock for a `rows` × `columns` block (header + body + footnote row). */
export function mockWorkbook(rows: number, columns: number, options: MockOptions = {}) {
  const calls: Calls = {
    tablesAdded: [],
    resized: [],
    charts: [],
    sheetsAdded: 0,
    writes: [],
    namesAdded: [],
    xmlParts: [],
    chunks: [],
    chunked: {},
    syncs: 0,
  };
  const sheet = sheetData(calls, "Table1");
  const newSheet = sheetData(calls, "Table7");
  const origin = originData(calls, options, rows, columns);
  const initial = new Set<unknown>([
    origin.target.values,
    origin.target.formulas,
    origin.target.numberFormat,
  ]);
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        origin,
        selected: {
          getCell(this: { parent: { origin: unknown } }) {
            return this.parent.origin;
          },
        },
        sheet,
        newSheet: { ...newSheet, name: "Sheet4", origin: originData(calls, {}, rows, columns) },
        worksheets: {
          add(this: { parent: { newSheet: unknown } }) {
            calls.sheetsAdded += 1;
            return this.parent.newSheet;
          },
          getActiveWorksheet(this: { parent: { sheet: unknown } }) {
            return this.parent.sheet;
          },
        },
        tables: { load: () => undefined },
        names: { load: () => undefined },
        customXmlParts: {
          add: (xml: string) => {
            calls.xmlParts.push(xml);
          },
        },
        getSelectedRange() {
          return this.selected;
        },
      },
    },
    run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as unknown as { context: MockContext & Record<string, never> };
  wire(mock.context, options);
  const send = mock.context.sync.bind(mock.context);
  mock.context.sync = ((...args: Parameters<typeof send>) => {
    calls.syncs += 1;
    return send(...args);
  }) as typeof send;
  recordWrites(mock.context.workbook.origin.target, calls, initial);
  Object.assign(globalThis, { Excel: mock });
  return { mock, context: mock.context, calls, sync: jest.spyOn(mock.context, "sync") };
}

/** A range of `rows` rows of the target from `firstRow`: its writes land in `calls.chunked`. */
function chunkRange(calls: Calls, firstRow: number, rows: number) {
  const range = {};
  for (const key of ["values", "formulas", "numberFormat"] as const) {
    Object.defineProperty(range, key, {
      set: (next: unknown[][]) => {
        const grid = (calls.chunked[key] ??= []);
        next.forEach((row, i) => (grid[firstRow + i] = row));
        const bytes = new TextEncoder().encode(JSON.stringify(next)).length;
        calls.chunks.push({ key, firstRow, rows, bytes, sync: calls.syncs });
      },
    });
  }
  return range;
}

/** Links children to parents and fills the collections' `items` (the mock cannot load arrays). */
function wire(context: MockContext, options: MockOptions): void {
  const workbook = context.workbook as unknown as Record<string, Record<string, unknown>>;
  const items = (names: readonly string[] = []): Named[] => names.map((name) => ({ name }));
  workbook.selected.parent = workbook;
  for (const key of ["worksheets"]) workbook[key].parent = workbook;
  workbook.tables.items = items(options.tableNames);
  workbook.names.items = items(options.definedNames);
  for (const key of ["sheet", "newSheet"]) {
    const sheet = workbook[key] as Record<string, Record<string, unknown>>;
    sheet.tables.parent = sheet;
    sheet.charts.parent = sheet;
  }
  const sheet = workbook.sheet as unknown as {
    protection: { protected: boolean };
    origin: unknown;
  };
  sheet.protection.protected = options.protected ?? false;
  const origin = workbook.origin as unknown as { target: Record<string, unknown> };
  (origin.target.overlapping as Record<string, unknown>).items = items(options.overlapping);
}

/**
 * Records the order of the writer's assignments to the target block (formats must come before
 * cells). The mock's own sync assigns the loaded data (the initial arrays) or its "not loaded"
 * error strings: those are not writes.
 */
function recordWrites(target: MockRange, calls: Calls, initial: ReadonlySet<unknown>): void {
  for (const key of ["values", "formulas", "numberFormat"] as const) {
    let value = target[key];
    Object.defineProperty(target, key, {
      get: () => value,
      set: (next: unknown[][]) => {
        if (!initial.has(next) && typeof next !== "string") calls.writes.push(key);
        value = next;
      },
    });
  }
}
