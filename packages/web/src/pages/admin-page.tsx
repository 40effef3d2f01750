/**
 * The admin area: a second row of navigation and its pages — the overview (invitations, the demo),
 * people, teams and groups, mentorships, the framework, the org-chart import and the
 * organisation's settings. Each page is its own chunk. Anyone but an admin gets "not found", as
 * the API answers them.
 */
import { lazy, Suspense } from "react";
import { NavLink, Route, Routes } from "react-router";
import { Loading } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { isAdmin } from "../lib/organisation-permissions.js";
import NotFoundPage from "./not-found-page.js";
import "./admin/admin.css";

const AdminHome = lazy(() => import("./admin/admin-home.js"));
const PeopleAdminPage = lazy(() => import("./admin/people-admin-page.js"));
const PersonAdminPage = lazy(() => import("./admin/person-admin-page.js"));
const TeamsAdminPage = lazy(() => import("./admin/teams-admin-page.js"));
const MentorshipsAdminPage = lazy(() => import("./admin/mentorships-admin-page.js"));
const FrameworkAdminPage = lazy(() => import("./admin/framework-admin-page.js"));
const SettingsAdminPage = lazy(() => import("./admin/settings-admin-page.js"));
const ImportPage = lazy(() => import("./import-page.js"));

const SECTIONS = [
  { to: "/admin", label: "Overview", end: true },
  { to: "/admin/people", label: "People" },
  { to: "/admin/teams", label: "Teams and groups" },
  { to: "/admin/mentorships", label: "Mentorships" },
  { to: "/admin/framework", label: "Framework" },
  { to: "/admin/import", label: "Import" },
  { to: "/admin/settings", label: "Settings" },
] as const;

/** The area. */
export default function AdminPage() {
  const me = useCurrentMe();
  if (!isAdmin(me)) return <NotFoundPage />;
  return (
    <>
      <nav className="admin-nav" aria-label="Admin">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={"end" in section}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<AdminHome />} />
          <Route path="people" element={<PeopleAdminPage />} />
          <Route path="people/:personId" element={<PersonAdminPage />} />
          <Route path="teams" element={<TeamsAdminPage />} />
          <Route path="mentorships" element={<MentorshipsAdminPage />} />
          <Route path="framework" element={<FrameworkAdminPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="settings" element={<SettingsAdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
