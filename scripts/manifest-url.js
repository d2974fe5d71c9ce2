/** The development origin used throughout manifest.xml and functions.json. */
const DEV_URL = "https://localhost:3000/";

/**
 * Replaces every development URL in a text (manifest, functions.json) with the deployment URL
 * (`https://host/path/`). Throws on a URL that is not HTTPS, lacks the trailing slash or carries a
 * query or fragment, so a bad deploy never builds.
 */
function rewriteDevUrls(text, urlProd) {
  if (urlProd === DEV_URL) return text;
  const url = new URL(urlProd);
  if (url.protocol !== "https:" || !url.pathname.endsWith("/") || url.search || url.hash) {
    throw new Error(`urlProd must be an https:// URL ending in '/', got '${urlProd}'`);
  }
  // url.href is normalised and percent-encoded, so it cannot break the XML or JSON it lands in.
  return text.replace(/https:\/\/localhost:3000(\/|\b)/g, () => url.href);
}

module.exports = { DEV_URL, rewriteDevUrls };
