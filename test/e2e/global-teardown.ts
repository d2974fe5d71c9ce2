import { running } from "./global-setup";
import { stopServer } from "./server";

export default async function globalTeardown(): Promise<void> {
  await running.browser?.close();
  if (running.server) await stopServer(running.server);
}
