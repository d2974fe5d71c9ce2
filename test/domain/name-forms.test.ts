import { buildNameIndex, type Named } from "../../src/domain/catalog/names/name-index";
import { matchForms, nameParts, suggestForForms } from "../../src/domain/catalog/names/name-forms";

/** A catalog of made-up companies whose names hold the traps the forms must not fall into. */
const entity = (id: string, name: string, legalName: string, aliases: string[] = []): Named => ({
  id,
  name,
  legalName,
  aliases,
});
const ENTITIES = [
  entity("deep-face", "Deep Face", "Deep Face Ltd", ["Deep", "DF"]),
  entity("deep-vision", "Deep Vision", "Deep Vision Ltd", ["Deep"]),
  entity("trade-desk", "The Trade Desk", "The Trade Desk Inc"),
  entity("macys", "Macy's", "Macy's Inc"),
  entity("macy", "Macy", "Macy Robotics Co"),
  entity("orbit", "Orbit Labs", "Orbit Labs Holdings Ltd", ["轨道"]),
];
const index = buildNameIndex(ENTITIES);
const idOf = (name: string) => {
  const match = matchForms(index, name);
  return match?.kind === "one" ? match.entity.id : match?.kind;
};
const idsOf = (name: string) => {
  const match = matchForms(index, name);
  return match?.kind === "several" ? match.entities.map((e) => e.id) : match?.kind;
};

describe("nameParts", () => {
  it.each([
    ["Orbit Labs (轨道)", ["Orbit Labs", "轨道"]],
    ["Orbit Labs / 轨道", ["Orbit Labs", "轨道"]],
    ["轨道／Orbit Labs", ["轨道", "Orbit Labs"]],
    ["（轨道）Orbit Labs", ["轨道", "Orbit Labs"]],
    ["Orbit\u200B Labs [轨道]", ["Orbit Labs", "轨道"]],
    ["Orbit Labs ( )", ["Orbit Labs"]],
  ])("splits %s into its names", (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });
});

describe("matchForms", () => {
  it.each([
    ["Orbit Labs (轨道)", "orbit"],
    ["轨道 (Orbit Labs Holdings Ltd)", "orbit"],
    ["Orbit Labs/轨道", "orbit"],
    ["轨道 / Orbit", "orbit"],
    ["The Orbit Labs", "orbit"],
    ["the  Orbit Labs Ltd.", "orbit"],
    ["Orbit Labs's", "orbit"],
    ["Orbit Labs’", "orbit"],
    ["The Orbit Labs’s (轨道)", "orbit"],
  ])("reads %s as the one company it names", (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it("keeps a leading The or an 's that belongs to a name", () => {
    expect(idOf("The Trade Desk's")).toBe("trade-desk");
    expect(idOf("Macy's (Macy's Inc)")).toBe("macys");
    expect(idOf("Macy’s / Macy's Inc")).toBe("macys");
  });

  it("lets a bracket pick one of the companies sharing a name", () => {
    expect(idOf("Deep (Deep Vision)")).toBe("deep-vision");
    expect(idOf("DF / Deep")).toBe("deep-face");
  });

  it("accepts a part that only resembles a name of the same company", () => {
    expect(idOf("Orbit Labs (Orbit)")).toBe("orbit");
    expect(idOf("Orbit Labs (Orbt Labs)")).toBe("orbit");
  });

  it.each([
    ["Orbit Labs (Deep Face)", ["orbit", "deep-face"]],
    ["Macy / Macy's", ["macy", "macys"]],
    ["The Trade Desk (Orbit Labs)", ["trade-desk", "orbit"]],
    ["Deep / Orbit Labs", ["deep-face", "deep-vision", "orbit"]],
    ["Deep (Deep)", ["deep-face", "deep-vision"]],
  ])("names every company when %s joins different ones", (name, ids) => {
    expect(idsOf(name)).toEqual(ids);
  });

  it("refuses a part that is no name of the company", () => {
    expect(matchForms(index, "Orbit Labs (Tencent)")).toEqual({
      kind: "stray",
      entity: ENTITIES[5],
      part: "Tencent",
    });
    expect(matchForms(index, "Nebula/Orbit Labs")).toMatchObject({ kind: "stray", part: "Nebula" });
    expect(matchForms(index, "The Trade Desk (Orbit)")).toMatchObject({
      kind: "stray",
      part: "Orbit",
    });
  });

  it.each(["Orbt Labs", "Tencent (Nebula)", "Nebula's", "The Nebula", "Orbit-Labs!"])(
    "leaves %s to the usual miss",
    (name) => {
      expect(matchForms(index, name)).toBeUndefined();
    },
  );
});

describe("suggestForForms", () => {
  it("suggests names close to each part of a form", () => {
    expect(suggestForForms(index, "The Orbt Labs")).toEqual(["Orbit Labs"]);
    expect(suggestForForms(index, "Orbt Labs (Macyy)")).toEqual(["Orbit Labs", "Macy's", "Macy"]);
  });

  it("suggests nothing for a name with no form", () => {
    expect(suggestForForms(index, "Orbt Labs")).toEqual([]);
  });
});

describe("buildNameIndex order", () => {
  const shared = buildNameIndex([
    entity("alpha", "Alpha", "Alpha Ltd", ["Beta"]),
    entity("beta", "Beta", "Beta Ltd"),
    entity("alpha-2", "Alpha", "Alpha Inc"),
    entity("alphb", "Alphb", "Alphb Ltd"),
  ]);

  it("lists ambiguous names in the order they were first seen", () => {
    expect([...shared.ambiguous.keys()]).toEqual(["alpha", "beta"]);
  });

  it("breaks a tie between suggestions by the order names were first seen", () => {
    expect(shared.suggest("Alphc")).toEqual(["Alpha", "Alphb"]);
  });
});
