import { readFileSync } from "fs";
import { join } from "path";

/** The source article as shipped beside the project (`../shared/source`), the dataset's only source. */
export const articleText = readFileSync(
  join(__dirname, "../../../shared/source/article-2018-04-10.txt"),
  "utf8",
);
