import { entityValuesSupported, profileSupported } from "../../src/taskpane/host-support";
import { HOSTS, mockRequirementSets, type HostName } from "./host-sets";

afterEach(() => Reflect.deleteProperty(globalThis, "Office"));

describe("host support", () => {
  it.each([
    ["Microsoft 365 / Excel on the web", true, true],
    ["Microsoft 365 before ExcelApi 1.19", true, true],
    ["Excel 2021 / 2024 (perpetual)", false, false],
    ["Excel 2019", false, false],
  ] satisfies [HostName, boolean, boolean][])(
    "on %s: PROFILE formulas %s, entity values %s",
    (host, formulas, entities) => {
      mockRequirementSets(HOSTS[host]);
      expect(profileSupported()).toBe(formulas);
      expect(entityValuesSupported()).toBe(entities);
    },
  );

  it("does not take ExcelApi 1.16 alone for entity values", () => {
    mockRequirementSets(["ExcelApi 1.16"]);
    expect(entityValuesSupported()).toBe(false);
  });

  it("answers false outside Office", () => {
    expect(profileSupported()).toBe(false);
    expect(entityValuesSupported()).toBe(false);
  });
});
