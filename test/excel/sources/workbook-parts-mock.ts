/**
 * A workbook's custom XML parts behind an office-addin-mock request context. The parts live in a
 * `WorkbookFile` that outlives each context, so a test can write, open the file again (a reload)
 * or open it twice (two co-authors). Operations are queued and run at `sync`, in order, as Excel
 * does; a planned failure stops the batch at that operation with the ones before it applied.
 */
import { OfficeMockObject } from "office-addin-mock";
import { payloadBytes } from "../../../src/excel/sources/payload-size";

/** The saved workbook: its custom XML parts by id. */
export class WorkbookFile {
  readonly parts = new Map<string, { namespace: string; xml: string }>();
  private next = 1;

  newId(): string {
    return `{PART-${String(this.next++).padStart(4, "0")}}`;
  }

  /** Stores a part as another program (or a tampered file) would. */
  plant(xml: string, namespace = "urn:ai-deals-excel:sources"): string {
    const id = this.newId();
    this.parts.set(id, { namespace, xml });
    return id;
  }
}

export type SessionStats = {
  syncs: number;
  /** Estimated request + response payload of each sync. */
  payloads: number[];
  calculations: string[];
};

export type SessionOptions = {
  /** Fails the n-th operation (1-based, counted over the session) with this error code. */
  failAt?: { operation: number; code: string };
};

type Proxy = { id: string; load(): void; getXml(): { value: string }; delete(): void };

/** A request context on the file: what `Excel.run` hands its callback. */
export function openWorkbook(file: WorkbookFile, options: SessionOptions = {}) {
  const stats: SessionStats = { syncs: 0, payloads: [], calculations: [] };
  let queue: { run: () => number }[] = [];
  let operations = 0;

  const namespaceOf = (xml: string) => /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
  const proxy = (id: string): Proxy => {
    const part: Proxy = {
      id,
      load: () => undefined,
      getXml() {
        const result = { value: "" };
        queue.push({
          run: () => {
            result.value = file.parts.get(part.id)?.xml ?? "";
            return payloadBytes(result.value);
          },
        });
        return result;
      },
      delete() {
        queue.push({ run: () => (file.parts.delete(part.id), 0) });
      },
    };
    return part;
  };

  const mock = new OfficeMockObject({
    workbook: {
      customXmlParts: {
        add(xml: string) {
          const part = proxy("");
          queue.push({
            run: () => {
              part.id = file.newId();
              file.parts.set(part.id, { namespace: namespaceOf(xml), xml });
              return payloadBytes(xml);
            },
          });
          return part;
        },
        getByNamespace(namespace: string) {
          const collection = { items: [] as Proxy[], load: () => undefined };
          queue.push({
            run: () => {
              collection.items = [...file.parts]
                .filter(([, part]) => part.namespace === namespace)
                .map(([id]) => proxy(id));
              return collection.items.length * 64;
            },
          });
          return collection;
        },
        getItemOrNullObject: (id: string) => proxy(id),
      },
      application: {
        calculate(type: string) {
          queue.push({ run: () => (stats.calculations.push(type), 0) });
        },
      },
    },
    async sync() {
      const batch = queue;
      queue = [];
      stats.syncs += 1;
      let payload = 0;
      for (const operation of batch) {
        operations += 1;
        if (options.failAt?.operation === operations) {
          stats.payloads.push(payload);
          throw Object.assign(new Error(`Simulated ${options.failAt.code}`), {
            code: options.failAt.code,
          });
        }
        payload += operation.run();
      }
      stats.payloads.push(payload);
    },
  });
  return { context: mock as unknown as Excel.RequestContext, stats };
}

/** Installs a global `Excel.run` that opens the file for each run; returns each run's stats. */
export function installExcel(file: WorkbookFile, options: SessionOptions = {}): SessionStats[] {
  const runs: SessionStats[] = [];
  Object.assign(globalThis, {
    Excel: {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        const { context, stats } = openWorkbook(file, options);
        runs.push(stats);
        return batch(context);
      },
    },
  });
  return runs;
}
