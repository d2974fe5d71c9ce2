/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- a plain Node script */
/**
 * A static file server for the browser suite: `node static-server.js <root> <port>`.
 *
 * Run as its own process so the suite holds this server's PID and stops it by that PID. It binds to
 * 127.0.0.1 only and serves the files under <root> with sirv; `nosniff` makes a wrong Content-Type
 * break the page here as it would in Excel on the web.
 */
const http = require("http");
const path = require("path");
const sirv = require("sirv");

const [root, port] = [path.resolve(process.argv[2] ?? "."), Number(process.argv[3])];

const serve = sirv(root, {
  dev: true, // no caching: every test sees the build it made
  setHeaders: (res) => res.setHeader("X-Content-Type-Options", "nosniff"),
});

const server = http.createServer((req, res) =>
  serve(req, res, () => {
    res.writeHead(404, { "X-Content-Type-Options": "nosniff" });
    res.end("Not Found");
  }),
);

server.listen(port, "127.0.0.1");
// Started by the suite with an IPC channel: when the suite's process goes away, so does the server.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
