import fc from "fast-check";
import { xxHash32 } from "js-xxhash";
import { documentHash, prepareDocumentHash } from "../../../src/excel/sources/document-hash";

// Counts js-xxhash's calls, so a test can tell which hash answered.
jest.mock("js-xxhash", () => {
  const actual = jest.requireActual<typeof import("js-xxhash")>("js-xxhash");
  return { ...actual, xxHash32: jest.fn(actual.xxHash32) };
});

const texts = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", "商汤科技 raised $600 million", "\ud800 lone", "x".repeat(100_000)),
);

describe("documentHash", () => {
  it("gives js-xxhash's XXH32 before and after the WebAssembly hash is ready", async () => {
    fc.assert(fc.property(texts, (text) => documentHash(text) === xxHash32(text, 0)));
    await prepareDocumentHash();
    fc.assert(fc.property(texts, (text) => documentHash(text) === xxHash32(text, 0)));
    // Once ready, the WebAssembly hash answers: js-xxhash is not called.
    jest.mocked(xxHash32).mockClear();
    documentHash("SenseTime");
    expect(xxHash32).not.toHaveBeenCalled();
    expect(documentHash("")).toBe(0x02cc5d05);
  });

  it("keeps js-xxhash where WebAssembly is refused, and prepares without failing", async () => {
    const refused = globalThis.WebAssembly;
    Reflect.deleteProperty(globalThis, "WebAssembly");
    try {
      let isolated: typeof import("../../../src/excel/sources/document-hash") | undefined;
      jest.isolateModules(() => {
        isolated = jest.requireActual<typeof import("../../../src/excel/sources/document-hash")>(
          "../../../src/excel/sources/document-hash",
        );
      });
      await expect(isolated?.prepareDocumentHash()).resolves.toBeUndefined();
      expect(isolated?.documentHash("SenseTime")).toBe(xxHash32("SenseTime", 0));
    } finally {
      globalThis.WebAssembly = refused;
    }
  });
});
