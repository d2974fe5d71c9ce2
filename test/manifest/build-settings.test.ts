import { execFile } from "child_process";
import path from "path";
import { ROOT } from "../build-site";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS
const { buildSettings, OFFICE_JS_CDN, OFFICE_JS_LOCAL } = require(
  path.join(ROOT, "scripts/build-settings.js"),
) as {
  buildSettings: (
    env: Record<string, string>,
    dev: boolean,
  ) => { urlProd: string; officeJs: string };
  OFFICE_JS_CDN: string;
  OFFICE_JS_LOCAL: string;
};

const USAGE = /npm run build -- --env urlProd=https:\/\/host\/path\/[^]*npm run build:dev/;

describe("buildSettings", () => {
  it("refuses a production build without a deployment URL, saying how to pass one", () => {
    expect(() => buildSettings({}, false)).toThrow(USAGE);
    expect(() => buildSettings({ officeJs: "cdn" }, false)).toThrow(/^No deployment URL\./);
  });

  it.each(["https://localhost:3000/", "https://127.0.0.1/deals/", "https://[::1]/"])(
    "refuses a production build for %s, which only this machine reaches",
    (urlProd) => {
      expect(() => buildSettings({ urlProd }, false)).toThrow(USAGE);
    },
  );

  it.each(["http://example.com/deals/", "https://example.com/deals", "example.com"])(
    "refuses the malformed URL %s with the usage",
    (urlProd) => {
      expect(() => buildSettings({ urlProd }, false)).toThrow(USAGE);
    },
  );

  it("refuses office.js from our own origin in production", () => {
    expect(() =>
      buildSettings({ urlProd: "https://example.com/deals/", officeJs: "local" }, false),
    ).toThrow(/development builds only[^]*officeapis\.public\.onecdn\.static\.microsoft/);
  });

  it("loads office.js from Microsoft's documented CDN address in production", () => {
    expect(OFFICE_JS_CDN).toBe("https://officeapis.public.onecdn.static.microsoft/1/office.js");
    expect(buildSettings({ urlProd: "https://example.com/deals/" }, false)).toEqual({
      urlProd: "https://example.com/deals/",
      officeJs: OFFICE_JS_CDN,
    });
  });

  it("keeps the development URL and a local office.js for development builds", () => {
    expect(buildSettings({}, true)).toEqual({
      urlProd: "https://localhost:3000/",
      officeJs: OFFICE_JS_LOCAL,
    });
    expect(buildSettings({ officeJs: "cdn" }, true).officeJs).toBe(OFFICE_JS_CDN);
    expect(() => buildSettings({ officeJs: "nearby" }, true)).toThrow(/'local' or 'cdn'/);
  });
});

describe("npm run build without a URL", () => {
  it("stops before compiling, with the usage and no stack trace", async () => {
    const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const { code, output } = await new Promise<{ code: number; output: string }>((done) =>
      execFile(process.execPath, [cli, "--mode", "production"], { cwd: ROOT }, (error, out, err) =>
        done({ code: error ? Number(error.code) : 0, output: `${out}${err}` }),
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(USAGE);
    expect(output).not.toMatch(/build-settings\.js:\d+/);
  });
});
