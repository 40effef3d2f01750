/** The entry: theme first (so nothing flashes), then the app with one query cache. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { isApiError } from "./api/api-error.js";
import { App } from "./app.js";
import { applyTheme } from "./lib/theme.js";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/check-in.css";
import "./styles/features.css";

applyTheme();

const client = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // "Not found" and "sign in" are answers, not hiccups: retrying them only delays the page.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status < 500),
    },
  },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
