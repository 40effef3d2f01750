/**
 * /api/docs: the operations of the OpenAPI description as one self-contained HTML page, rendered
 * on the server (no scripts, no CDN), so it works offline and under a strict CSP.
 */
import type { OpenApiDocument, OpenApiOperation } from "./openapi.js";
import { componentAnchor, escapeHtml as esc, referencedComponents, schemaText } from "./schema-text.js";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The page's only inline style; its hash goes into the page's CSP. */
export const API_DOCS_CSS = `
  :root { color-scheme: light dark; --bg:#fbfaf7; --ink:#1d2433; --muted:#4a5468; --line:#d9dde5; --code:#eef1f6; }
  @media (prefers-color-scheme: dark) { :root { --bg:#11151d; --ink:#eef1f6; --muted:#b8c0cf; --line:#2b3342; --code:#1b2230; } }
  body { margin:0; font-family: Inter, "Noto Sans", system-ui, sans-serif; background:var(--bg); color:var(--ink); }
  main { max-width: 60rem; margin: 0 auto; padding: 32px 24px; }
  h2 { margin-top: 40px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
  details { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 8px 12px; }
  summary { cursor: pointer; }
  .method { display:inline-block; min-width: 4.5em; font-weight: 700; font-family: ui-monospace, monospace; }
  code, pre { font-family: ui-monospace, monospace; background: var(--code); border-radius: 4px; }
  pre { padding: 8px; overflow-x: auto; font-size: .85rem; }
  .muted { color: var(--muted); }
`;

function operationHtml(method: string, path: string, op: OpenApiOperation): string {
  const auth =
    op.security === undefined
      ? "signed in (session or API token)"
      : op.security.length === 0
        ? "public"
        : op.security.map((s) => Object.keys(s).join(" + ")).join(" or ");
  const params = (op.parameters ?? [])
    .map((p) => `<li><code>${esc(p.name)}</code> in ${esc(p.in)}${p.required ? " (required)" : ""}</li>`)
    .join("");
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      // Successful answers show their shape; errors all share the one error shape (in the intro).
      const shapes = status.startsWith("2")
        ? Object.entries(r.content ?? {})
            .map(([type, media]) => `<pre>${esc(type)}: ${schemaText(media.schema)}</pre>`)
            .join("")
        : "";
      return `<li><code>${esc(status)}</code> ${esc(r.description ?? "")}${shapes}</li>`;
    })
    .join("");
  return `<details>
<summary><span class="method">${method.toUpperCase()}</span> <code>${esc(path)}</code> — ${esc(op.summary ?? "")}</summary>
${op.description ? `<p>${esc(op.description)}</p>` : ""}
<p class="muted">Access: ${esc(auth)}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ""}
${body ? `<h4>Body</h4><pre>${schemaText(body)}</pre>` : ""}
${responses ? `<h4>Responses</h4><ul>${responses}</ul>` : ""}
</details>`;
}

/** The HTML of the docs page for `doc`. */
export function apiDocsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
    }
  }
  const sections = [...byTag.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, ops]) => `<section><h2>${esc(tag)}</h2>\n${ops.join("\n")}</section>`)
    .join("\n");
  const components = doc.components?.schemas ?? {};
  const named = [...referencedComponents([doc.paths], components)].sort((a, b) => a.localeCompare(b));
  const schemas = named
    .map(
      (name) =>
        `<h3 id="${componentAnchor(name)}"><code>${esc(name)}</code></h3><pre>${schemaText(components[name])}</pre>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} ${esc(doc.info.version)}</title>
<style>${API_DOCS_CSS}</style>
</head>
<body>
<main>
<h1>${esc(doc.info.title)} <span class="muted">${esc(doc.info.version)}</span></h1>
<p>${esc(doc.info.description ?? "")}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${sections}
${schemas ? `<section><h2>Schemas</h2>\n${schemas}</section>` : ""}
</main>
</body>
</html>`;
}
