/**
 * Checks that a layer's files reach only what the layer may: no import of forbidden folders or
 * packages, and no use of the Office globals (`Excel`, `Office`, `OfficeExtension`,
 * `CustomFunctions`). Files are parsed with the TypeScript compiler, so comments and strings that
 * mention these names are not mistaken for code.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export type BoundaryRules = {
  /** Folders (absolute) whose modules the layer must not import. */
  forbiddenDirs: readonly string[];
  /** Package names (or prefixes ending in "/" or "-") the layer must not import. */
  forbiddenPackages: readonly string[];
  /** Global names the layer must not use. */
  forbiddenGlobals: readonly string[];
};

/** One breach: the file (relative to the checked folder), its line, and what it reaches. */
export type Violation = { file: string; line: number; reaches: string };

export const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "CustomFunctions"];
export const OFFICE_PACKAGES = [
  "office-js",
  "@microsoft/office-js",
  "@types/office-js",
  "office-addin-",
];

/** Every breach of `rules` in the .ts files below `dir`, in file order. */
export function checkBoundaries(dir: string, rules: BoundaryRules): Violation[] {
  return tsFiles(dir).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const relative = path.relative(dir, file);
    const found: Violation[] = [];
    const visit = (node: ts.Node): void => {
      const specifier = moduleSpecifier(node);
      if (specifier) {
        const why = forbiddenImport(file, specifier.text, rules);
        if (why) found.push({ file: relative, line: at(specifier), reaches: why });
      }
      if (
        ts.isIdentifier(node) &&
        rules.forbiddenGlobals.includes(node.text) &&
        isReference(node)
      ) {
        found.push({ file: relative, line: at(node), reaches: `the ${node.text} global` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(full);
      return entry.name.endsWith(".ts") ? [full] : [];
    })
    .sort();
}

/** The module a node imports: `import … from`, `export … from`, `import("…")`, `require("…")`. */
function moduleSpecifier(node: ts.Node): ts.StringLiteral | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier : undefined;
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
    return ts.isStringLiteral(node.argument.literal) ? node.argument.literal : undefined;
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1) {
    const callee = node.expression;
    const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
    const isRequire = ts.isIdentifier(callee) && callee.text === "require";
    const [arg] = node.arguments;
    if ((isImport || isRequire) && ts.isStringLiteral(arg)) return arg;
  }
  return undefined;
}

function forbiddenImport(
  file: string,
  specifier: string,
  rules: BoundaryRules,
): string | undefined {
  if (specifier.startsWith(".")) {
    const target = path.resolve(path.dirname(file), specifier);
    const dir = rules.forbiddenDirs.find(
      (forbidden) => target === forbidden || target.startsWith(`${forbidden}${path.sep}`),
    );
    return dir ? `${path.basename(dir)}/ (imports "${specifier}")` : undefined;
  }
  const banned = rules.forbiddenPackages.find((name) =>
    /[/-]$/.test(name)
      ? specifier.startsWith(name)
      : specifier === name || specifier.startsWith(`${name}/`),
  );
  return banned ? `the package "${specifier}"` : undefined;
}

/** An identifier that names a value or type, not a property or a declaration's key. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) {
    return false;
  }
  if (ts.isPropertyDeclaration(parent) && parent.name === node) return false;
  return true;
}

/** A breach as a line of a test failure: `facts/x.ts:3 reaches taskpane/ (imports "…")`. */
export const describeViolation = (v: Violation): string =>
  `${v.file}:${v.line} reaches ${v.reaches}`;
