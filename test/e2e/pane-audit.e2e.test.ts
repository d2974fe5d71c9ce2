import { describeE2E } from "./browser";
import { usePane } from "./pane";
import { baseUrl } from "./suite";

describeE2E("task pane: trace and freeze outside Excel", () => {
  const pane = usePane();

  it("says what Trace does in Excel and disables freezing with the reason", async () => {
    const page = await pane.open();
    await expect(page.getByTestId("trace-output").textContent()).resolves.toContain(
      "In Excel, select a cell to see the fact and passage behind it.",
    );
    for (const id of ["freeze-prepare", "freeze-restore"]) {
      const button = page.getByTestId(id);
      await expect(button.isDisabled()).resolves.toBe(true);
      await expect(button.getAttribute("title")).resolves.toBe("Freezing needs Excel.");
    }
    await expect(page.getByTestId("freeze-confirm").isHidden()).resolves.toBe(true);
    await expect(
      page.getByRole("radio", { name: "Whole workbook", exact: true }).isVisible(),
    ).resolves.toBe(true);
  });

  it("serves the audit actions as their own chunk, loaded only when Trace or Freeze runs", async () => {
    const page = await pane.open();
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    expect(loaded).not.toContain("/audit.js");
    const chunk = await page.request.get(new URL("audit.js", baseUrl()).href);
    expect(chunk.status()).toBe(200);
    expect(await chunk.text()).toContain("DEALS citations");
  });
});
