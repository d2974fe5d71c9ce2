/**
 * Reads the values of single cells named by `cellKey` ("Sheet1!B2"), all in one batch: the cells a
 * DEALS argument refers to. At most `max` cells; a formula referring to more is read without the
 * rest (its trace then says the argument could not be read).
 */
import { localAddress, parseBlock } from "../../domain/audit/a1";
import { cellKey } from "../../domain/audit/deals-calls";

export async function readCellValues(
  context: Excel.RequestContext,
  keys: Iterable<string>,
  max: number,
): Promise<Map<string, unknown>> {
  const ranges = [...keys].slice(0, max).flatMap((key) => {
    const bang = key.lastIndexOf("!");
    const block = parseBlock(key.slice(bang + 1), key.slice(0, bang));
    if (!block) return [];
    const range = context.workbook.worksheets.getItem(block.sheet).getRange(localAddress(block));
    range.load("values");
    return [{ key: cellKey(block.sheet, localAddress(block)), range }];
  });
  if (ranges.length === 0) return new Map();
  await context.sync();
  return new Map(ranges.map(({ key, range }) => [key, range.values[0][0]]));
}
