/**
 * Routing: the signed-out pages (first run, sign in, invitation and reset links) and the signed-in
 * pages inside the shell. Each page is its own chunk (React.lazy), so the first load stays small.
 */
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { useMe, useSetupStatus } from "./api/queries.js";
import { AppShell, PublicShell } from "./components/app-shell.js";
import { ErrorNotice, Loading } from "./components/status.js";
import { MeContext } from "./lib/me-context.js";

const FirstRunPage = lazy(() => import("./pages/first-run-page.js"));
const SignInPage = lazy(() => import("./pages/sign-in-page.js"));
const SetPasswordPage = lazy(() => import("./pages/set-password-page.js"));
const HomePage = lazy(() => import("./pages/home-page.js"));
const PersonPage = lazy(() => import("./pages/person-page.js"));
const CheckInPage = lazy(() => import("./pages/check-in-page.js"));
const DashboardsPage = lazy(() => import("./pages/dashboards-page.js"));
const AdminPage = lazy(() => import("./pages/admin-page.js"));
const PeoplePage = lazy(() => import("./pages/people-page.js"));
const PrivacyPage = lazy(() => import("./pages/privacy-page.js"));
const MomentPage = lazy(() => import("./pages/moment-page.js"));
const ChangePasswordPage = lazy(() => import("./pages/change-password-page.js"));
const ApiTokensPage = lazy(() => import("./pages/api-tokens-page.js"));
const NotFoundPage = lazy(() => import("./pages/not-found-page.js"));

/** Moves focus to the page's main region after navigation, so screen readers hear the new page. */
function FocusOnNavigate() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the path changes.
  useEffect(() => {
    document.getElementById("main")?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}

/** Signed-in pages: first run until there is an admin, sign in until there is a session. */
function RequireAccount({ children }: { readonly children: ReactNode }) {
  const setup = useSetupStatus();
  const me = useMe();
  const location = useLocation();
  if (setup.isPending || me.isPending) return <Loading what="Opening Ascent" />;
  if (setup.error) return <ErrorNotice error={setup.error} onRetry={() => setup.refetch()} />;
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => me.refetch()} />;
  if (!setup.data.setupDone) return <Navigate to="/welcome" replace />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <MeContext.Provider value={me.data}>
      <AppShell me={me.data}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </AppShell>
    </MeContext.Provider>
  );
}

/** Signed-out pages share the quiet shell. */
function Public({ children }: { readonly children: ReactNode }) {
  return (
    <PublicShell>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </PublicShell>
  );
}

/** The whole app. */
export function App() {
  return (
    <BrowserRouter>
      <FocusOnNavigate />
      <Routes>
        <Route
          path="/welcome"
          element={
            <Public>
              <FirstRunPage />
            </Public>
          }
        />
        <Route
          path="/sign-in"
          element={
            <Public>
              <SignInPage />
            </Public>
          }
        />
        <Route
          path="/invitation"
          element={
            <Public>
              <SetPasswordPage mode="invitation" />
            </Public>
          }
        />
        <Route
          path="/reset-password"
          element={
            <Public>
              <SetPasswordPage mode="reset" />
            </Public>
          }
        />
        <Route
          path="/"
          element={
            <RequireAccount>
              <HomePage />
            </RequireAccount>
          }
        />
        <Route
          path="/me"
          element={
            <RequireAccount>
              <PersonPage />
            </RequireAccount>
          }
        />
        <Route
          path="/people/:personId"
          element={
            <RequireAccount>
              <PersonPage />
            </RequireAccount>
          }
        />
        <Route
          path="/check-in"
          element={
            <RequireAccount>
              <CheckInPage />
            </RequireAccount>
          }
        />
        <Route
          path="/check-in/:checkInId"
          element={
            <RequireAccount>
              <CheckInPage />
            </RequireAccount>
          }
        />
        <Route
          path="/dashboards"
          element={
            <RequireAccount>
              <DashboardsPage />
            </RequireAccount>
          }
        />
        <Route
          path="/admin/*"
          element={
            <RequireAccount>
              <AdminPage />
            </RequireAccount>
          }
        />
        <Route
          path="/people"
          element={
            <RequireAccount>
              <PeoplePage />
            </RequireAccount>
          }
        />
        <Route
          path="/privacy"
          element={
            <RequireAccount>
              <PrivacyPage />
            </RequireAccount>
          }
        />
        <Route
          path="/moments/:momentId"
          element={
            <RequireAccount>
              <MomentPage />
            </RequireAccount>
          }
        />
        <Route
          path="/account/password"
          element={
            <RequireAccount>
              <ChangePasswordPage />
            </RequireAccount>
          }
        />
        <Route
          path="/account/api-tokens"
          element={
            <RequireAccount>
              <ApiTokensPage />
            </RequireAccount>
          }
        />
        <Route
          path="*"
          element={
            <RequireAccount>
              <NotFoundPage />
            </RequireAccount>
          }
        />
      </Routes>
    </BrowserRouter>
  );
}
