import { readFileSync } from "fs";
import { join } from "path";

/**
 * The source article as received (with its date and photo caption), kept verbatim in the project
 * beside the dataset drawn from it: the dataset's only source, and what its quotes are checked
 * against.
 */
export const articlePath = join(__dirname, "../../src/data/article-2018-04-10.txt");

export const articleText = readFileSync(articlePath, "utf8");
