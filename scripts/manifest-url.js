/** The development origin used throughout manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/**
 * Replaces every development URL in the manifest with the deployment URL (`https://host/path/`).
 * Throws on a URL that is not HTTPS or lacks the trailing slash, so a bad deploy never builds.
 */
function rewriteManifestUrls(xml, urlProd) {
  if (urlProd === DEV_URL) return xml;
  const url = new URL(urlProd);
  if (url.protocol !== "https:" || !urlProd.endsWith("/")) {
    throw new Error(`urlProd must be an https:// URL ending in '/', got '${urlProd}'`);
  }
  return xml.replace(/https:\/\/localhost:3000(\/|\b)/g, urlProd);
}

module.exports = { DEV_URL, rewriteManifestUrls };
