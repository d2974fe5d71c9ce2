import { imageSize } from "image-size";
import {
  DESKTOP_ORDER,
  HOST_ORDER,
  orderProblems,
  REFERENCE_KINDS,
  resolve,
  resources,
  RESOURCES_ORDER,
  TOP_LEVEL_ORDER,
} from "./manifest-schema";
import { at, childrenNamed, descendants, type XmlElement } from "./manifest-xml";

/** The files a build emits, as served under `base` (the origin the manifest's URLs point at). */
export interface ServedSite {
  base: string;
  files: ReadonlySet<string>;
  read(file: string): Uint8Array;
}

/** A manifest check: the problems it finds, empty when the manifest passes. */
export type Rule = (manifest: XmlElement, site: ServedSite) => string[];

const URL_PATTERN = /^[a-z][a-z\d+.-]*:\/\//i;

/** Every attribute value and text of the manifest, with the element it sits on. */
function values(manifest: XmlElement): { value: string; on: string }[] {
  return descendants(manifest).flatMap(({ element }) =>
    [...Object.values(element.attrs), element.text].map((value) => ({ value, on: element.name })),
  );
}

/** Every URL of the manifest, with the element it sits on. */
function urls(manifest: XmlElement): { url: string; on: string }[] {
  return values(manifest).flatMap(({ value, on }) =>
    URL_PATTERN.test(value) ? [{ url: value, on }] : [],
  );
}

/** The emitted file a URL names, or undefined when the URL is outside the site. */
function servedPath(site: ServedSite, url: string): string | undefined {
  if (!url.startsWith(site.base)) return undefined;
  return decodeURIComponent(url.slice(site.base.length).replace(/[?#].*$/, ""));
}

/** The resid of the page an element loads, for elements that load one (else undefined). */
function pageResid(element: XmlElement): string | undefined {
  if (element.name === "FunctionFile") return element.attrs.resid;
  if (element.name !== "Page" && element.attrs.type !== "ShowTaskpane") return undefined;
  return at(element, "SourceLocation")?.attrs.resid ?? "(none)";
}

function pixelSize(site: ServedSite, url: string): number | string {
  const file = servedPath(site, url);
  if (file === undefined || !site.files.has(file)) return `${url} is not emitted by the build`;
  const { width, height } = imageSize(site.read(file));
  return width === height ? width : `${url} is ${width}×${height}, not square`;
}

export const rules = {
  /** Every resid names exactly one resource, of the kind its element needs. */
  residsResolve: (manifest) => {
    const byId = resources(manifest);
    const duplicates = [...byId].filter(([, entries]) => entries.length > 1);
    return [
      ...duplicates.map(([id]) => `resource id '${id}' is defined more than once`),
      ...descendants(manifest).flatMap(({ element }) => {
        const resid = element.attrs.resid;
        if (resid === undefined) return [];
        const need = REFERENCE_KINDS[element.name];
        const found = byId.get(resid);
        if (resid.length > 32) return [`resid '${resid}' is longer than 32 characters`];
        if (need === undefined) return [`<${element.name} resid> is not a known reference`];
        if (found === undefined) return [`<${element.name} resid="${resid}"> resolves to nothing`];
        if (found.some((entry) => entry.kind !== need)) {
          return [`<${element.name} resid="${resid}"> needs a ${need}, got ${found[0].kind}`];
        }
        return [];
      }),
    ];
  },

  /** Top-level elements in the order the OfficeApp schema requires. */
  topLevelOrder: (manifest) => orderProblems(manifest, TOP_LEVEL_ORDER),

  /** Host, DesktopFormFactor and Resources children in schema order. */
  hostOrder: (manifest) => {
    const hosts = childrenNamed(at(manifest, "VersionOverrides/Hosts") ?? manifest, "Host");
    const resourceGroups = at(manifest, "VersionOverrides/Resources");
    return [
      ...hosts.flatMap((host) => orderProblems(host, HOST_ORDER)),
      ...hosts.flatMap((host) =>
        childrenNamed(host, "DesktopFormFactor").flatMap((d) => orderProblems(d, DESKTOP_ORDER)),
      ),
      ...(resourceGroups ? orderProblems(resourceGroups, RESOURCES_ORDER) : []),
    ];
  },

  /** One long-lived runtime whose page also hosts the functions, commands and task pane. */
  sharedRuntime: (manifest) => {
    const all = descendants(manifest).map(({ element }) => element);
    const sets = childrenNamed(at(manifest, "Requirements/Sets") ?? manifest, "Set");
    const required = sets.some(
      ({ attrs }) => attrs.Name === "SharedRuntime" && attrs.MinVersion === "1.1",
    );
    const problems = required
      ? []
      : ['Requirements lack <Set Name="SharedRuntime" MinVersion="1.1">'];
    const runtimes = all.filter((element) => element.name === "Runtime");
    if (runtimes.length !== 1) {
      return [...problems, `expected one <Runtime>, got ${runtimes.length}`];
    }
    const { resid, lifetime } = runtimes[0].attrs;
    if (lifetime !== "long") problems.push('<Runtime> needs lifetime="long"');
    for (const element of all) {
      const used = pageResid(element);
      if (used !== undefined && used !== resid) {
        problems.push(`<${element.name}> uses '${used}', not the runtime's '${resid}'`);
      }
    }
    const defaultPage = at(manifest, "DefaultSettings/SourceLocation")?.attrs.DefaultValue;
    if (defaultPage !== resolve(manifest, resid)) {
      problems.push(`DefaultSettings page ${defaultPage} is not the runtime's page`);
    }
    return problems;
  },

  /**
   * functions.json lets the functions return data types (`allowCustomDataForDataTypeAny`, needed by
   * PROFILE), which needs CustomFunctionsRuntime 1.4; a host without it shows #VALUE! in every
   * DEALS cell (office-js #3504), so the manifest must keep such hosts out.
   */
  dataTypesRequirement: (manifest, site) => {
    const metadata = JSON.parse(new TextDecoder().decode(site.read("functions.json"))) as {
      allowCustomDataForDataTypeAny?: boolean;
    };
    if (!metadata.allowCustomDataForDataTypeAny) return [];
    const sets = childrenNamed(at(manifest, "Requirements/Sets") ?? manifest, "Set");
    const version = sets.find(({ attrs }) => attrs.Name === "CustomFunctionsRuntime")?.attrs
      .MinVersion;
    const [major = 0, minor = 0] = (version ?? "0").split(".").map(Number);
    return major > 1 || (major === 1 && minor >= 4)
      ? []
      : [
          `functions.json allows data types, but Requirements ask CustomFunctionsRuntime ${version ?? "(none)"}, not 1.4`,
        ];
  },

  /** Custom functions declared with Script, Page, Metadata and the DEALS namespace. */
  namespaceDeals: (manifest) => {
    const point = descendants(manifest).find(
      ({ element }) =>
        element.name === "ExtensionPoint" && element.attrs.type === "CustomFunctions",
    )?.element;
    if (point === undefined) return ["no CustomFunctions extension point"];
    const missing = ["Script", "Page", "Metadata"].filter((n) => !at(point, `${n}/SourceLocation`));
    const namespace = resolve(manifest, at(point, "Namespace")?.attrs.resid);
    return [
      ...missing.map((name) => `CustomFunctions lacks <${name}><SourceLocation>`),
      ...(namespace === "DEALS" ? [] : [`namespace is '${namespace}', not 'DEALS'`]),
    ];
  },

  /** Every URL points at a file the build emits. */
  urlsServed: (manifest, site) =>
    urls(manifest).flatMap(({ url, on }) => {
      const file = servedPath(site, url);
      if (file === undefined) return [`<${on}> ${url} is outside ${site.base}`];
      return site.files.has(file) ? [] : [`<${on}> ${url}: the build does not emit ${file}`];
    }),

  /** Icons are square PNGs of the size their element, resource id and file name claim. */
  iconSizes: (manifest, site) => {
    const claims = descendants(manifest).flatMap(({ element, parent }) => {
      if (element.name === "IconUrl") return [{ url: element.attrs.DefaultValue, size: 32 }];
      if (element.name === "HighResolutionIconUrl") {
        return [{ url: element.attrs.DefaultValue, size: 64 }];
      }
      if (element.name !== "Image") return [];
      const url = resolve(manifest, element.attrs.resid) ?? element.attrs.DefaultValue;
      const named = [/(\d+)x\1$/.exec(element.attrs.id ?? ""), /-(\d+)\.png$/.exec(url ?? "")];
      return [
        ...(parent.name === "Icon" ? [Number(element.attrs.size)] : []),
        ...named.flatMap((match) => (match ? [Number(match[1])] : [])),
      ].map((size) => ({ url, size }));
    });
    return claims.flatMap(({ url, size }) => {
      const actual = url === undefined ? `an icon has no URL` : pixelSize(site, url);
      if (typeof actual === "string") return [actual];
      return actual === size ? [] : [`${url} is ${actual} px, claimed ${size} px`];
    });
  },

  /** The add-in asks only for the permission it uses. */
  permissions: (manifest) => {
    const granted = childrenNamed(manifest, "Permissions").map((element) => element.text);
    return granted.join() === "ReadWriteDocument"
      ? []
      : [`Permissions are [${granted.join(", ")}], expected ReadWriteDocument`];
  },

  /** Every URL is HTTPS. */
  httpsOnly: (manifest) =>
    urls(manifest)
      .filter(({ url }) => !url.toLowerCase().startsWith("https://"))
      .map(({ url, on }) => `<${on}> ${url} is not HTTPS`),

  /** No AppDomains: the add-in never navigates its pages to another origin. */
  noAppDomains: (manifest) =>
    childrenNamed(manifest, "AppDomains").length > 0 ? ["<AppDomains> must not be declared"] : [],

  /** Nothing points at the development machine (checked on production manifests). */
  noLocalhost: (manifest) =>
    values(manifest)
      .filter(({ value }) => /localhost|127\.0\.0\.1|\[::1\]/i.test(value))
      .map(({ value, on }) => `<${on}> ${value} points at the development machine`),
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof rules;

/** The rules a development manifest (served from localhost) must pass. */
export const developmentRules = Object.entries(rules).filter(([name]) => name !== "noLocalhost");
