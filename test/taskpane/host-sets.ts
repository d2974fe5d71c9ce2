/**
 * Requirement sets real hosts report, as Microsoft's requirement-set tables and the office-js
 * issues record them, and an office-addin-mock `Office` that answers from one of those lists.
 */
import { OfficeMockObject } from "office-addin-mock";

export const HOSTS = {
  "Microsoft 365 / Excel on the web": [
    "ExcelApi 1.16",
    "ExcelApi 1.19",
    "CustomFunctionsRuntime 1.4",
    "SharedRuntime 1.1",
  ],
  "Microsoft 365 before ExcelApi 1.19": ["ExcelApi 1.16", "CustomFunctionsRuntime 1.4"],
  // Reports ExcelApi 1.16, yet valuesAsJson fails there (office-js #4750).
  "Excel 2021 / 2024 (perpetual)": [
    "ExcelApi 1.16",
    "CustomFunctionsRuntime 1.3",
    "SharedRuntime 1.1",
  ],
  "Excel 2019": ["ExcelApi 1.8"],
} satisfies Record<string, string[]>;

export type HostName = keyof typeof HOSTS;

/** Sets `globalThis.Office` to a host supporting exactly `sets` ("Name version"). */
export function mockRequirementSets(sets: readonly string[]): void {
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => sets.includes(`${name} ${version}`),
      },
    },
  });
  Object.assign(globalThis, { Office: office });
}
