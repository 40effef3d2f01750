/** The frame of every signed-in page: skip link, header (logo mark, navigation by role, theme, sign out), footer. */
import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { NavLink, useNavigate } from "react-router";
import { answer, api } from "../api/client.js";
import type { Me } from "../api/contract.js";
import { resetSession, useStageDistribution } from "../api/queries.js";
import { isAdmin, mayOpenDashboards } from "../lib/organisation-permissions.js";
import { AccountMenu } from "./account-menu.js";
import { LogoMark } from "./logo-mark.js";
import { ThemeToggle } from "./theme-toggle.js";

/** The navigation a person gets: dashboards for leads, leaders and admins; admin for admins. */
function navItems(me: Me, leadsSomething: boolean): { to: string; label: string; end?: boolean }[] {
  const items = [
    { to: "/", label: "Home", end: true },
    { to: "/me", label: "My path" },
    { to: "/check-in", label: "Check-in" },
    { to: "/people", label: "People" },
  ];
  if (mayOpenDashboards(me, leadsSomething)) items.push({ to: "/dashboards", label: "Dashboards" });
  if (isAdmin(me)) items.push({ to: "/admin", label: "Admin" });
  return items;
}

/** The shell around a signed-in page. */
export function AppShell({ me, children }: { readonly me: Me; readonly children: ReactNode }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  // A lead has a dashboard scope without a granted role; the dashboard answers 404 to everyone else.
  const distribution = useStageDistribution();
  const signOut = async () => {
    try {
      await answer(api.POST("/api/v1/auth/logout"));
    } finally {
      await resetSession(client);
      navigate("/sign-in", { replace: true });
    }
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="Ascent, home">
            <LogoMark />
            <span>Ascent</span>
          </NavLink>
          <nav className="site-nav" aria-label="Main">
            <ul>
              {navItems(me, Boolean(distribution.data)).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end ?? false}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <AccountMenu me={me} />
            <ThemeToggle />
            <button type="button" className="btn btn--small" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter signedIn />
    </div>
  );
}

/** The quiet footer: what Ascent is built on, the privacy policy (signed in) and the API description. */
export function SiteFooter({ signedIn = false }: { readonly signedIn?: boolean }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <span>Ascent — the Technical Leadership Progression, one step at a time.</span>
        <span className="row">
          {signedIn && <NavLink to="/privacy">Privacy</NavLink>}
          <a href="/api/docs">API</a>
        </span>
      </div>
    </footer>
  );
}

/** The frame of a signed-out page (first run, sign in): the brand and the theme toggle only. */
export function PublicShell({ children }: { readonly children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="brand">
            <LogoMark />
            <span>Ascent</span>
          </span>
          <div className="header-tools">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
