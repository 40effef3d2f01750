/**
 * Builds the web app: root is packages/web, output packages/web/dist, served by the server's
 * web-app plugin at "/". The "source" condition makes @ascent/core resolve to its TypeScript
 * sources, so the diagrams the browser draws are the very layouts the server and CLI use.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  resolve: { conditions: ["source"] },
  build: {
    outDir: fileURLToPath(new URL("dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // The fonts stay files (the CSP has no data: fonts) and every asset gets a content hash.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    // `vite` in dev talks to a running `ascent serve` for the API.
    proxy: { "/api": "http://127.0.0.1:4810" },
    fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] },
  },
});
