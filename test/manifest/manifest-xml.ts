import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One element of the manifest, namespace prefixes removed (`bt:Image` → `Image`). */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  text: string;
  children: readonly XmlElement[];
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

// preserveOrder keeps sibling order, which the element-order rules check.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (name === undefined || name === "#text" || name.startsWith("?")) return undefined;
  const content = node[name] as OrderedNode[];
  return {
    name,
    attrs: node[":@"] ?? {},
    text: content.map((child) => String(child["#text"] ?? "")).join(""),
    children: content.flatMap((child) => toElement(child) ?? []),
  };
}

/**
 * Parses manifest XML into its root element; throws when the XML is not well-formed.
 * @example parseManifest(xml).name // "OfficeApp"
 */
export function parseManifest(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest is not well-formed XML: ${valid.err.msg}`);
  const root = (parser.parse(xml) as OrderedNode[]).flatMap((node) => toElement(node) ?? []);
  if (root.length !== 1) throw new Error("manifest must have exactly one root element");
  return root[0];
}

/** The direct children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Follows a path of child names (`"VersionOverrides/Resources"`); undefined when a step is missing. */
export function at(element: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const step of path.split("/")) {
    current = current && childrenNamed(current, step)[0];
  }
  return current;
}

/** Every descendant of `element` (depth first, document order), with its parent. */
export function descendants(element: XmlElement): { element: XmlElement; parent: XmlElement }[] {
  return element.children.flatMap((child) => [
    { element: child, parent: element },
    ...descendants(child),
  ]);
}
