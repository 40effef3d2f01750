import { describe, expect, it } from "vitest";
import type { Me } from "../api/contract.js";
import { isAdmin, mayOpenDashboards } from "./organisation-permissions.js";

const person = (may: Me["may"]): Me => ({
  accountId: "a-1",
  personId: "p-1",
  email: "mo@example.test",
  name: "Mo",
  roles: [],
  may,
  via: "session",
  scopes: ["read", "write"],
  csrfToken: null,
});

describe("what the web offers for what the access gate grants", () => {
  it("offers the admin area to whoever may administer", () => {
    expect(isAdmin(person({ administer: true, oversee: true }))).toBe(true);
    expect(isAdmin(person({ administer: false, oversee: true }))).toBe(false);
    expect(isAdmin(person({ administer: false, oversee: false }))).toBe(false);
  });

  it("offers the dashboards to whoever oversees the organisation or leads a team or group", () => {
    expect(mayOpenDashboards(person({ administer: false, oversee: true }), false)).toBe(true);
    expect(mayOpenDashboards(person({ administer: false, oversee: false }), true)).toBe(true);
    expect(mayOpenDashboards(person({ administer: false, oversee: false }), false)).toBe(false);
  });
});
