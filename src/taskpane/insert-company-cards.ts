import { currentCatalog } from "../runtime/shared-catalog";
import { companyProfile, type CompanyProfile } from "../domain/facts/company-profile";
import { formulaText } from "../domain/formulas/formula-text";
import { invalid, type Failure } from "../domain/core/result";
import { toEntity } from "../cell-values/profile-entity";
import { firstOccupiedCell } from "./cell-address";
import { excelErrorMessage } from "./excel-errors";
import { entityValuesSupported, profileSupported } from "./host-support";

/** Live `=DEALS.PROFILE(…)` formulas, or the entity values themselves (no add-in needed). */
export type CardMode = "formulas" | "entities";

export type CardsInsertion =
  | { kind: "inserted"; address: string }
  | { kind: "occupied"; cell: string; message: string }
  | { kind: "excelError"; message: string }
  | Failure;

/**
 * Writes one company card per company into the selected cell and the cells below it, in one
 * `Excel.run` with two syncs (read to check the cells are empty, then write). If any target cell
 * is not empty nothing is written and the first occupied cell is named. Unknown names are answered
 * before Excel is touched; an error from Excel becomes a message, never a throw.
 */
export async function insertCompanyCards(
  companies: string[],
  mode: CardMode,
): Promise<CardsInsertion> {
  if (companies.length === 0) return invalid("Choose at least one company.");
  if (mode === "entities" && !entityValuesSupported()) {
    return invalid(
      "This version of Excel cannot write data types (entity values); insert the cards as formulas instead.",
      ["formulas"],
    );
  }
  if (mode === "formulas" && !profileSupported()) {
    return invalid(
      "This version of Excel cannot show DEALS.PROFILE cards (it lacks data types for add-in functions): use the other DEALS functions.",
    );
  }
  const profiles: CompanyProfile[] = [];
  for (const name of companies) {
    const profile = companyProfile(currentCatalog(), name);
    if (profile.kind !== "ok") return profile;
    profiles.push(profile.value);
  }
  try {
    return await Excel.run((context) => writeCards(context, profiles, mode));
  } catch (error) {
    return { kind: "excelError", message: excelErrorMessage(error) };
  }
}

async function writeCards(
  context: Excel.RequestContext,
  profiles: CompanyProfile[],
  mode: CardMode,
): Promise<CardsInsertion> {
  const target = context.workbook
    .getSelectedRange()
    .getCell(0, 0)
    .getResizedRange(profiles.length - 1, 0);
  target.load("address, formulas");
  await context.sync();
  const cell = firstOccupiedCell(target);
  if (cell) {
    return { kind: "occupied", cell, message: `${cell} is not empty: nothing was inserted.` };
  }
  if (mode === "formulas") {
    target.formulas = profiles.map((profile) => [profileFormula(profile.name)]);
  } else {
    target.valuesAsJson = profiles.map((profile) => [toEntity(profile)]);
  }
  await context.sync();
  return { kind: "inserted", address: target.address };
}

/**
 * The formula for a company's card; the name is the dataset's own, quotes doubled as Excel wants.
 * @example profileFormula("SenseTime") // '=DEALS.PROFILE("SenseTime")'
 */
export const profileFormula = (name: string): string => formulaText("PROFILE", [name]);
