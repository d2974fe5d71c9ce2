import { describeE2E } from "./browser";
import { usePane } from "./pane";

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
});
