import { spawn, type ChildProcess } from "child_process";
import net from "net";
import path from "path";

/*
 * Plain HTTP on 127.0.0.1 rather than the HTTPS dev server: a loopback origin is a secure context,
 * so pages get the same APIs as on https://localhost:3000 (HTTPS matters to Office, not to a plain
 * browser) without certificates or `--ignore-certificate-errors`, which would hide every TLS
 * problem. And the suite serves exactly the files it built, so tests may read them from disk too.
 */

export interface StaticServer {
  /** Base URL, ending in `/`. */
  url: string;
  process: ChildProcess;
}

const host = "127.0.0.1";

/** Starts test/e2e/static-server.js on a free port and resolves once it answers. */
export async function startServer(root: string): Promise<StaticServer> {
  const port = await freePort();
  // node itself, no shell in between: the PID we hold is the server's. The IPC channel makes the
  // server exit if this process dies without running teardown.
  const child = spawn(
    process.execPath,
    [path.join(__dirname, "static-server.js"), root, `${port}`],
    {
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const server = { url: `http://${host}:${port}/`, process: child };
  try {
    await waitUntilServing(server, () => stderr);
    return server;
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

/** Stops the server by its PID: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function stopServer({ process: child }: StaticServer): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(child.pid, "SIGTERM");
  const timer = setTimeout(
    () => child.pid !== undefined && process.kill(child.pid, "SIGKILL"),
    5000,
  );
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Polls the server until it serves the task pane (10 s), failing fast if it exits. */
async function waitUntilServing(server: StaticServer, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`The e2e server exited (${server.process.exitCode}):\n${stderr()}`);
    }
    try {
      const response = await fetch(`${server.url}taskpane.html`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The e2e server did not answer at ${server.url} within 10 s:\n${stderr()}`);
}
