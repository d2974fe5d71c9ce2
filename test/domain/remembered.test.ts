import { remembered } from "../../src/domain/core/remembered";

describe("remembered", () => {
  it("computes each text's answer once, and starts over when its memory is full", () => {
    const seen: string[] = [];
    const upper = remembered(2, (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b"), upper("a")]).toEqual(["A", "A", "B", "A"]);
    expect(seen).toEqual(["a", "b"]);
    upper("c"); // full: forgets a and b
    expect(upper("a")).toBe("A");
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});

describe("remembered.forget", () => {
  it("computes every answer again after it forgets", () => {
    const seen: string[] = [];
    const upper = remembered(10, (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    });
    upper("a");
    upper.forget();
    expect(upper("a")).toBe("A");
    expect(seen).toEqual(["a", "a"]);
  });
});
