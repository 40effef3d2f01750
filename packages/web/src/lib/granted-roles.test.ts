import { describe, expect, it } from "vitest";
import type { Me } from "../api/contract.js";
import { isAdmin, mayOpenDashboards } from "./granted-roles.js";

const person = (roles: Me["roles"]): Me => ({
  accountId: "a-1",
  personId: "p-1",
  email: "mo@example.test",
  name: "Mo",
  roles,
  via: "session",
  scopes: ["read", "write"],
  csrfToken: null,
});

describe("what the web offers for granted roles", () => {
  it("offers the admin area to admins only", () => {
    expect(isAdmin(person(["admin"]))).toBe(true);
    expect(isAdmin(person(["leader"]))).toBe(false);
    expect(isAdmin(person([]))).toBe(false);
  });

  it("offers the dashboards to admins, leaders and whoever leads a team or group", () => {
    expect(mayOpenDashboards(person(["admin"]), false)).toBe(true);
    expect(mayOpenDashboards(person(["leader"]), false)).toBe(true);
    expect(mayOpenDashboards(person([]), true)).toBe(true);
    expect(mayOpenDashboards(person([]), false)).toBe(false);
  });
});
