import { at, type XmlElement } from "./manifest-xml";

/** The kinds of string resource under `<Resources>`, by the group element that holds them. */
export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";
const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

/** The kind of resource each element's `resid` must name (Office rejects any other kind). */
export const REFERENCE_KINDS: Record<string, ResourceKind> = {
  Image: "Image",
  SourceLocation: "Url",
  LearnMoreUrl: "Url",
  Runtime: "Url",
  FunctionFile: "Url",
  Namespace: "ShortString",
  Title: "ShortString",
  Label: "ShortString",
  Description: "LongString",
};

// Element sequences of the OfficeApp (TaskPaneApp) and VersionOverrides 1.0 schemas.
export const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
export const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"];
export const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
export const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];

export interface Resource {
  kind: ResourceKind;
  value: string;
}

/** Every resource of the manifest by id; an id defined twice maps to both definitions. */
export function resources(manifest: XmlElement): Map<string, Resource[]> {
  const byId = new Map<string, Resource[]>();
  for (const group of at(manifest, "VersionOverrides/Resources")?.children ?? []) {
    for (const item of group.children) {
      const entry = { kind: RESOURCE_GROUPS[group.name], value: item.attrs.DefaultValue };
      byId.set(item.attrs.id, [...(byId.get(item.attrs.id) ?? []), entry]);
    }
  }
  return byId;
}

/** The value of the resource `resid` names, when it names exactly one. */
export function resolve(manifest: XmlElement, resid: string | undefined): string | undefined {
  const found = resources(manifest).get(resid ?? "");
  return found?.length === 1 ? found[0].value : undefined;
}

/** Problems with the order of `parent`'s children against a schema sequence. */
export function orderProblems(parent: XmlElement, order: string[]): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const child of parent.children) {
    const index = order.indexOf(child.name);
    if (index < 0) problems.push(`<${child.name}> is not allowed in <${parent.name}>`);
    else if (index < last) {
      problems.push(`<${child.name}> must come before <${order[last]}> in <${parent.name}>`);
    } else last = index;
  }
  return problems;
}
