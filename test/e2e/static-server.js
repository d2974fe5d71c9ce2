/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- a plain Node script */
/**
 * A static file server for the browser suite: `node static-server.js <root> <port>`.
 *
 * Run as its own process so the suite holds this server's PID and stops it by that PID. It binds to
 * 127.0.0.1 only, serves GET/HEAD of files under <root>, never lists folders, and sends `nosniff`
 * so a wrong Content-Type breaks the page here as it would in Excel on the web.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const [root, port] = [path.resolve(process.argv[2] ?? "."), Number(process.argv[3])];

const contentTypes = {
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".ico": "image/x-icon",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};

/** The file under root a URL path names, or undefined when it escapes root. */
function fileFor(urlPath) {
  const file = path.join(root, decodeURIComponent(urlPath));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

const server = http.createServer((req, res) => {
  const send = (status, body, headers = {}) => {
    res.writeHead(status, {
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed");
  let file;
  try {
    file = fileFor(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(400, "Bad Request");
  }
  if (!file) return send(403, "Forbidden");
  fs.readFile(file, (err, body) => {
    if (err) return send(404, "Not Found");
    send(200, body, {
      "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream",
    });
  });
});

server.listen(port, "127.0.0.1");
// Started by the suite with an IPC channel: when the suite's process goes away, so does the server.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
