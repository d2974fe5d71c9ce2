/**
 * What two static hosts do with the header files in deploy/, reduced to the rules those files use,
 * so the test server can serve a build the way Netlify / Cloudflare Pages (`_headers`) and Azure
 * Static Web Apps (`staticwebapp.config.json`) would.
 */
import * as z from "zod/mini";

/** The extra response headers a host adds for a path. */
export type HeaderRule = (pathname: string) => Record<string, string>;

/** `*` matches any run of characters, `/` included (Netlify's splat). */
const pathPattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.split("*").map(escape).join(".*")}$`);
const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * Netlify `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. Every
 * block whose path matches contributes its headers.
 */
export function netlifyHeaders(text: string): HeaderRule {
  const blocks: { path: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ path: pathPattern(line.trim()), headers: {} });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const block = blocks.at(-1);
    if (!match || !block) throw new Error(`_headers: cannot read '${line}'`);
    block.headers[match[1].trim()] = match[2].trim();
  }
  return (pathname) =>
    Object.assign({}, ...blocks.filter((b) => b.path.test(pathname)).map((b) => b.headers));
}

const Headers = z.record(z.string(), z.string());
const StaticWebAppConfig = z.object({
  globalHeaders: z.optional(Headers),
  mimeTypes: z.optional(Headers),
  routes: z.optional(z.array(z.object({ route: z.string(), headers: z.optional(Headers) }))),
});

/**
 * Azure Static Web Apps: `globalHeaders` on every response, a matching route's `headers` over them,
 * `mimeTypes` by file extension.
 */
export function staticWebAppHeaders(json: string): HeaderRule {
  const config = StaticWebAppConfig.parse(JSON.parse(json));
  return (pathname) => {
    const extension = /\.[^./]+$/.exec(pathname)?.[0] ?? "";
    const type = config.mimeTypes?.[extension];
    const route = config.routes?.find((r) => pathPattern(r.route).test(pathname));
    return {
      ...config.globalHeaders,
      ...(type ? { "Content-Type": type } : {}),
      ...route?.headers,
    };
  };
}
