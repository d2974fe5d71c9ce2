/** The development origin used throughout manifest.xml and functions.json. */
const DEV_URL = "https://localhost:3000/";

/**
 * Replaces every development URL in a text (manifest, functions.json) with the deployment URL
 * (`https://host/path/`). Throws on a URL that is not HTTPS, lacks the trailing slash or carries a
 * query or fragment, so a bad deploy never builds.
 */
function rewriteDevUrls(text, urlProd) {
  if (urlProd === DEV_URL) return text;
  const url = checkDeploymentUrl(urlProd);
  // url.href is normalised and percent-encoded, so it cannot break the XML or JSON it lands in.
  return text.replace(/https:\/\/localhost:3000(\/|\b)/g, () => url.href);
}

/**
 * The deployment URL as a URL object; throws when it is not HTTPS, lacks the trailing slash or
 * carries a query or fragment.
 */
function checkDeploymentUrl(urlProd) {
  let url;
  try {
    url = new URL(urlProd);
  } catch {
    throw new Error(`urlProd must be an https:// URL ending in '/', got '${urlProd}'`);
  }
  if (url.protocol !== "https:" || !url.pathname.endsWith("/") || url.search || url.hash) {
    throw new Error(`urlProd must be an https:// URL ending in '/', got '${urlProd}'`);
  }
  return url;
}

module.exports = { DEV_URL, checkDeploymentUrl, rewriteDevUrls };
