// The layer boundaries of Ascent, checked by dependency-cruiser (`npm run check:boundaries`, also run by
// `npm run check` and `npm test`). Why a tool and why these rules: docs/adr/0011-boundary-rules.md.
//
// Imports point down, never up or sideways:
//   core  → nothing but yaml and @noble/hashes (no Node built-ins either: the core does no I/O)
//   store → core
//   app   → store, core              (import, mail, report and diagram sit beside app: used by the edges)
//   http, cli → app, core            (and never each other; the store only through the app)
//   web   → core and its own generated API contract, never a path inside packages/server
// Every rule applies to tests too, except where a rule says otherwise: a test is code of the layer it sits in.

/** Test code: test files and the fixtures, factories and helpers only tests import. */
const TEST_CODE = "(\\.test\\.tsx?$|/testing/|test-factories\\.ts$|\\.fixture\\.ts$|test\\.helpers\\.ts$)";

/** The server's folders, matched as the start of a path. */
const server = (...folders) => `^packages/server/src/(${folders.join("|")})/`;

/** Everything of the server above the store: services, edges and the things only they use. */
const ABOVE_STORE = ["app", "http", "cli", "import", "mail", "report", "diagram", "web-app"];

/** The edges: they parse, call the app and present. Nothing below them may reach them. */
const EDGES = ["http", "cli", "web-app"];

/** The one CLI command that composes the HTTP server: the hand-over from one edge to the other. */
const SERVE_COMMAND = "^packages/server/src/cli/commands/serve\\.command\\.ts$";

/**
 * Known violations of the target layout, each being removed by work in progress. An entry names the
 * importing file (`from`), what it may import for now (`to`) and who removes it. Delete an entry when
 * that work lands; the check must pass on main at every commit.
 * @type {{ rule: string, from: string, to: string, why: string }[]}
 */
const TEMPORARY_EXCEPTIONS = [];

/** The `pathNot` of a rule's `from`: every temporary exception granted for that rule. */
function exceptionsFor(rule) {
  return TEMPORARY_EXCEPTIONS.filter((exception) => exception.rule === rule);
}

/** A forbidden rule, minus its temporary exceptions (each becomes its own narrower rule that allows it). */
function forbid(rule) {
  const exceptions = exceptionsFor(rule.name);
  if (exceptions.length === 0) return [rule];
  const excepted = exceptions.map((exception) => `(${exception.from})`).join("|");
  const narrowed = { ...rule, from: { ...rule.from, pathNot: [rule.from.pathNot, excepted].flat().filter(Boolean) } };
  const perException = exceptions.map((exception) => ({
    ...rule,
    from: { ...rule.from, path: exception.from },
    to: { ...rule.to, pathNot: [rule.to.pathNot, exception.to].flat().filter(Boolean) },
  }));
  return [narrowed, ...perException];
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment:
        "The core is pure domain code: it imports only its own files, yaml and @noble/hashes — no Node " +
        "built-ins, no server, no web.",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: TEST_CODE },
      to: { pathNot: ["^packages/core/src/", "^node_modules/(yaml|@noble/hashes)/"] },
    },
    {
      name: "core-tests-stay-in-core",
      comment: "The core's tests may use test tools and Node, but not the server or the web.",
      severity: "error",
      from: { path: `^packages/core/src/.*${TEST_CODE}` },
      to: { path: "^packages/(server|web)/" },
    },
    {
      name: "store-only-core",
      comment: "The store is the layer under the services: it may use the core, never what sits above it.",
      severity: "error",
      from: { path: server("store") },
      to: { path: server(...ABOVE_STORE) },
    },
    {
      name: "app-not-edges",
      comment: "Services (identity included) do not know how they are called: no HTTP, CLI or web-app code.",
      severity: "error",
      from: { path: server("app", "import", "mail", "report", "diagram") },
      to: { path: server(...EDGES) },
    },
    {
      name: "cli-not-http",
      comment:
        "The CLI and the HTTP API are sibling edges: both call the app, neither calls the other " +
        "(`ascent serve` starts the server: see serve-starts-the-server).",
      severity: "error",
      from: { path: server("cli"), pathNot: SERVE_COMMAND },
      to: { path: server("http", "web-app") },
    },
    {
      name: "serve-starts-the-server",
      comment:
        "`ascent serve` is where the CLI hands over to HTTP: it may build the server and its loopback " +
        "listener, nothing else of http/.",
      severity: "error",
      from: { path: SERVE_COMMAND },
      to: { path: server("http", "web-app"), pathNot: "^packages/server/src/http/(create-server|loopback)\\.ts$" },
    },
    {
      name: "http-not-cli",
      comment: "The HTTP API and the CLI are sibling edges: both call the app, neither calls the other.",
      severity: "error",
      from: { path: server("http", "web-app") },
      to: { path: server("cli") },
    },
    {
      name: "edges-through-app",
      comment:
        "The edges parse, call the app and present: the HTTP API and the CLI reach the store only through " +
        "app services (which re-export the store types they hand out); tests and their fixtures may set a " +
        "store up directly.",
      severity: "error",
      from: { path: server(...EDGES), pathNot: TEST_CODE },
      to: { path: server("store") },
    },
    {
      name: "web-not-server",
      comment:
        "The web app talks to the server over HTTP only: it imports @ascent/core and its own generated API " +
        "contract, never a file inside packages/server.",
      severity: "error",
      from: { path: "^packages/web/" },
      to: { path: "^packages/server/" },
    },
    {
      name: "server-not-web",
      comment: "The server serves the web app's built files; it never imports the web app's sources.",
      severity: "error",
      from: { path: "^packages/server/" },
      to: { path: "^packages/web/" },
    },
    {
      name: "core-through-its-entries",
      comment:
        "Other packages reach the core through its package entries only: @ascent/core, and " +
        "@ascent/core/testing for tests — never a path inside packages/core/src.",
      severity: "error",
      from: { path: "^packages/(server|web)/" },
      to: { path: "^packages/core/src/", pathNot: "^packages/core/src/(index|testing/index)\\.ts$" },
    },
    {
      name: "core-testing-for-tests",
      comment: "@ascent/core/testing holds fixtures for tests; code that ships never imports it.",
      severity: "error",
      from: { pathNot: TEST_CODE },
      to: { path: "^packages/core/src/testing/" },
    },
    {
      name: "declared-dependencies",
      comment:
        "Code that ships imports only packages its own package.json lists under dependencies; test tools " +
        "(and the build config) use the root devDependencies.",
      severity: "error",
      from: { pathNot: [TEST_CODE, "^packages/web/(vite\\.config\\.ts|scripts/)"] },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown", "npm-dev"] },
    },
    {
      name: "resolvable",
      comment: "Every import resolves to a file; an unresolved one could hide an import across a boundary.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ].flatMap(forbid),
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^packages/[^/]+/dist/" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["source", "import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
