/** The labelled test corpus beside this file: each article's text and its hand labels. */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { ExpectedRound } from "../../src/extract/score";

/** One corpus article. */
export interface CorpusArticle {
  id: string;
  text: string;
  published: string;
  headline?: string;
  style: string;
  heldOut: boolean;
  rounds: ExpectedRound[];
}

export const CORPUS_DIR = join(__dirname, "corpus");

/** Every article of the corpus, in file order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, "");
      const labels = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")) as Omit<
        CorpusArticle,
        "id" | "text"
      >;
      return { id, text: readFileSync(join(dir, f), "utf8"), ...labels };
    });
}
