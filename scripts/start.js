/**
 * `npm start`: creates the development certificates when missing, serves the add-in on
 * https://localhost:3000 with the webpack dev server, and prints how to sideload it.
 *
 * The spawned process is the server itself (no npm or npx in between), so Ctrl-C and SIGTERM
 * reach it directly and stop it cleanly.
 */
const { spawn } = require("child_process");
const https = require("https");
const net = require("net");
const path = require("path");
const { devHttpsOptions, trustInstructions } = require("./dev-certs");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const ORIGIN = `https://localhost:${PORT}`;

/** Resolves true when nothing listens on the port yet. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

/** Resolves once the server answers `url` over HTTPS, polling while webpack compiles. */
function waitUntilServed(url, ca) {
  return new Promise((resolve) => {
    const poll = () =>
      https
        .get(url, { ca }, (res) => {
          res.resume();
          resolve();
        })
        .on("error", () => setTimeout(poll, 300));
    poll();
  });
}

function instructions() {
  return [
    "",
    "AI Deals is served on " + ORIGIN,
    `  Task pane: ${ORIGIN}/taskpane.html`,
    `  Manifest:  ${path.join(ROOT, "manifest.xml")}`,
    "",
    "Sideload into Excel on the web:",
    "  1. Open a workbook at https://www.office.com (Excel).",
    '  2. Home > Add-ins > More Settings (or "Advanced…") > Upload My Add-in.',
    "  3. Choose manifest.xml (path above) and select Upload.",
    '  4. Open the pane from Home > AI Deals, or type =DEALS.AIROUND("SenseTime","C") in a cell.',
    "",
    trustInstructions(),
    "",
    "Press Ctrl-C to stop the server.",
    "",
  ].join("\n");
}

async function main() {
  if (!(await portIsFree(PORT))) {
    console.error(
      `Port ${PORT} is in use: stop the other server first (see README, Troubleshooting).`,
    );
    process.exit(1);
  }
  const { ca } = await devHttpsOptions();
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const server = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      server.kill(signal);
    });
  }
  server.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 1)));
  await waitUntilServed(`${ORIGIN}/taskpane.html`, ca);
  console.log(instructions());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
