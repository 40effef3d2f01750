import { expect, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues, screenshots } from "./web-a11y.js";
import { type ApiUser, acceptInvitation, importOrgChart, personIdOf, setUpAdmin, signInPage } from "./web-seed.js";
import { ADMIN, startWebApp } from "./web-server.js";

// Awesome Permission from the receiver's side: once extended, the moment names who gave it, on
// the receiver's own page (their log) and on the moment's page.
let server: RunningServer;
let admin: ApiUser;
const users = new Map<string, ApiUser>();
const PASSWORD = "a long enough password";

test.beforeAll(async () => {
  server = await startWebApp();
  admin = await setUpAdmin(server.url, ADMIN);
  const links = await importOrgChart(
    admin,
    [
      "name,email,team,group,mentor,role",
      "Lee Lead,lee@example.test,Web,Product,,lead",
      "Eve Giver,eve@example.test,Web,Product,lee@example.test,member",
      "Tom Mentee,tom@example.test,Web,Product,eve@example.test,member",
    ].join("\n"),
  );
  for (const [email, link] of links) users.set(email, await acceptInvitation(server.url, link, PASSWORD));
});

test.afterAll(async () => {
  await Promise.all([admin?.dispose(), ...[...users.values()].map((u) => u.dispose())]);
  await server.stop();
});

test.describe.configure({ mode: "serial" });

/** A moment from `giver` to `receiver`, extended (so the receiver sees it). */
async function extendedMoment(giver: ApiUser, receiver: ApiUser): Promise<{ id: string; giverName?: string | null }> {
  const recorded = await giver.post<{ moment: { id: string }; version: number }>("/moments", {
    receiverId: await personIdOf(receiver),
    variant: "instinct_of_potential",
    ingredientIds: [],
  });
  await giver.post(`/moments/${recorded.moment.id}/transitions`, { version: recorded.version, to: "extended" });
  const seen = await receiver.get<{ moment: { id: string; giverName?: string | null } }>(
    `/moments/${recorded.moment.id}`,
  );
  return seen.moment;
}

test("a receiver who may open the giver's page reads the giver's name in their log and on the moment", async ({
  page,
}) => {
  // Lee leads the team Eve is in, so Lee may look at Eve.
  const moment = await extendedMoment(users.get("eve@example.test")!, users.get("lee@example.test")!);
  await signInPage(page, server.url, "lee@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  const log = page.getByRole("region", { name: "Awesome Permission" });
  const entry = log.getByRole("link", { name: /Permission you were given by Eve Giver/ });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/moments/${moment.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Permission from Eve Giver" })).toBeVisible();
  await expect(page.getByText("Eve Giver noticed that you can be more")).toBeVisible();
  await expectNoSeriousA11yIssues(page, "moment (receiver, named giver)");
  await screenshots(page, "moment-receiver-named");
});

test("a mentee reads their mentor's name on permission the mentor gave", async ({ page }) => {
  // Tom may not open his mentor's page: the name has to come with the moment itself.
  const moment = await extendedMoment(users.get("eve@example.test")!, users.get("tom@example.test")!);
  // The API names the giver with the moment itself.
  expect(moment.giverName).toBe("Eve Giver");
  await signInPage(page, server.url, "tom@example.test", PASSWORD);
  await page.goto(`${server.url}/me`);
  await page
    .getByRole("region", { name: "Awesome Permission" })
    .getByRole("link", { name: /Permission you were given by Eve Giver/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Permission from Eve Giver" })).toBeVisible();
});
