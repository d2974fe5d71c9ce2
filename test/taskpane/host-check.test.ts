/**
 * @jest-environment jsdom
 */
import { parse } from "acorn";
import fs from "fs";
import path from "path";
import { ROOT } from "../build-site";

const script = path.join(ROOT, "src/taskpane/host-check.js");
const pane = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");

/** The pane's body, then host-check.js run as the page runs it. */
function loadPane(): { message: HTMLElement | null; app: HTMLElement | null } {
  document.body.outerHTML = /<body>[^]*<\/body>/.exec(pane)?.[0] ?? "";
  jest.isolateModules(() => require(script));
  return {
    message: document.getElementById("unsupported-host"),
    app: document.getElementById("app"),
  };
}

describe("host-check.js", () => {
  it("is ES5, so Internet Explorer 11 can parse it", () => {
    const code = fs.readFileSync(script, "utf8");
    expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it("leaves the pane alone where ES2020 is there", () => {
    const { message, app } = loadPane();
    expect(message?.hidden).toBe(true);
    expect(app?.style.display).toBe("");
  });

  it("shows the unsupported-host sentence in place of the pane where it is not", () => {
    const allSettled = Promise.allSettled;
    Object.assign(Promise, { allSettled: undefined });
    try {
      const { message, app } = loadPane();
      expect(message?.hidden).toBe(false);
      expect(message?.textContent).toMatch(/old browser engine \(Internet Explorer/);
      expect(message?.textContent).toMatch(/WebView2/);
      expect(app?.style.display).toBe("none");
    } finally {
      Object.assign(Promise, { allSettled });
    }
  });
});
