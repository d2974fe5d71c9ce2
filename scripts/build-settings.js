/* eslint-disable no-undef -- a plain Node script */
const { DEV_URL, checkDeploymentUrl } = require("./manifest-url");

/**
 * Where pages load office.js from. Microsoft documents the CDN copy at this address (office-js-docs
 * "Referencing the Office JavaScript API library", since September 2026); the older
 * appsforoffice.microsoft.com address may redirect there, so the pages' CSP admits both.
 */
const OFFICE_JS_CDN = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
/** The copy in @microsoft/office-js, served from our own origin: development and tests only. */
const OFFICE_JS_LOCAL = "office-js/office.js";

const USAGE = [
  "A production build needs the HTTPS URL the add-in will be served from, ending in '/':",
  "  npm run build -- --env urlProd=https://host/path/",
  "For a build that points at the development server (https://localhost:3000/), run:",
  "  npm run build:dev",
].join("\n");

/**
 * The deployment URL and office.js address of one build, from webpack's `--env` values.
 * A production build refuses to run (throws, so webpack exits non-zero before compiling) without
 * a deployment URL, with one on the development machine, or with office.js served locally: the
 * Office Store requires Microsoft's CDN copy in production.
 * @example buildSettings({ urlProd: "https://example.com/deals/" }, false)
 * // { urlProd: "https://example.com/deals/", officeJs: OFFICE_JS_CDN }
 */
function buildSettings(env, dev) {
  const source = env.officeJs || (dev ? "local" : "cdn");
  if (source !== "local" && source !== "cdn") {
    throw refusal(`--env officeJs must be 'local' or 'cdn', got '${source}'.`);
  }
  if (dev) {
    const urlProd = env.urlProd || DEV_URL;
    if (urlProd !== DEV_URL) checkUrl(urlProd);
    return { urlProd, officeJs: source === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL };
  }
  if (!env.urlProd) throw refusal(`No deployment URL.\n${USAGE}`);
  checkUrl(env.urlProd);
  if (/^(localhost|127\.|\[::1\])/i.test(new URL(env.urlProd).host)) {
    throw refusal(
      `urlProd '${env.urlProd}' is this machine, which Excel on other machines cannot reach.\n${USAGE}`,
    );
  }
  if (source === "local") {
    throw refusal(
      "--env officeJs=local is for development builds only: production pages must load office.js " +
        `from Microsoft's CDN (${OFFICE_JS_CDN}), as the Office Store requires. ` +
        "Use npm run build:dev -- --env officeJs=local for a local copy.",
    );
  }
  return { urlProd: env.urlProd, officeJs: OFFICE_JS_CDN };
}

function checkUrl(urlProd) {
  try {
    checkDeploymentUrl(urlProd);
  } catch (error) {
    throw refusal(`${error.message}.\n${USAGE}`);
  }
}

/** An error webpack-cli prints as the message alone: the usage matters, not this file's stack. */
function refusal(message) {
  const error = new Error(message);
  error.stack = message;
  return error;
}

module.exports = { buildSettings, OFFICE_JS_CDN, OFFICE_JS_LOCAL, USAGE };
