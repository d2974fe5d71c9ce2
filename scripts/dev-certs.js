/**
 * Development HTTPS certificates from office-addin-dev-certs, usable as root without sudo.
 *
 * `getHttpsServerOptions()` also installs the CA into the system store, which needs sudo; we only
 * generate the files (when missing or about to expire) and read them, then tell the user how to
 * trust the CA themselves.
 */
const crypto = require("crypto");
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

const paths = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};

/** Days the certificate still has; 0 when it is missing or unreadable. */
function daysLeft(certPath) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(certPath));
    return (Date.parse(cert.validTo) - Date.now()) / 86_400_000;
  } catch {
    return 0;
  }
}

/** Creates the certificates when needed and returns `{ ca, cert, key }` for an HTTPS server. */
async function devHttpsOptions() {
  if (!Object.values(paths).every(fs.existsSync) || daysLeft(paths.cert) < 1) {
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
  }
  return {
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
  };
}

/** How to make the browser trust the development CA (the server works either way). */
function trustInstructions() {
  return [
    `Development CA: ${paths.ca}`,
    "Trust it once so the browser and Excel on the web accept https://localhost:3000:",
    `  Debian/Ubuntu: cp "${paths.ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates`,
    `  Chrome/Edge (Linux): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${paths.ca}"`,
    `  Windows: certutil -user -addstore Root "${paths.ca}"`,
    `  macOS: security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${paths.ca}"`,
    "  Or open https://localhost:3000/taskpane.html once and accept the certificate warning.",
  ].join("\n");
}

module.exports = { devHttpsOptions, trustInstructions, certificatePaths: paths };
