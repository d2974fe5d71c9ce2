/**
 * Placeholder until the DEALS functions land.
 * @customfunction
 * @param company Company name.
 * @returns The company name.
 */
export function COMPANY(company: string): string {
  return company;
}
