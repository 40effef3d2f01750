/**
 * The page `ascent serve` shows until the web app lands: what Ascent is and what is coming.
 * Self-contained (inline CSS, no scripts) so it passes a strict CSP and works offline.
 */
const LEVELS = ["Self", "Team & system", "Multi-team & multi-system", "Enterprise"] as const;

/** A small rising zig-zag: the product's signature, drawn inline. */
function pathMark(): string {
  const cell = { w: 120, h: 56 };
  const points: string[] = [];
  const tiles: string[] = [];
  LEVELS.forEach((level, row) => {
    const y = (LEVELS.length - 1 - row) * cell.h + 28;
    for (const [col, mode] of ["Awareness", "Ownership"].entries()) {
      const x = col * (cell.w + 40) + 60;
      points.push(`${x},${y}`);
      const fill = col === 0 ? `var(--tint-${row})` : `var(--level-${row})`;
      tiles.push(
        `<rect x="${x - 52}" y="${y - 20}" width="104" height="40" rx="10" fill="${fill}"><title>${level} · ${mode}</title></rect>`,
      );
    }
  });
  return `<svg class="path" viewBox="0 0 340 230" role="img" aria-labelledby="path-title">
  <title id="path-title">The path: from awareness of your own work to ownership of the enterprise</title>
  ${tiles.join("\n  ")}
  <polyline points="${points.join(" ")}" fill="none" stroke="var(--ink)" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>
</svg>`;
}

/** The page's only inline style; its hash goes into the page's CSP. */
export const WELCOME_CSS = `
  :root { color-scheme: light dark; --bg:#fbfaf7; --ink:#1d2433; --muted:#4a5468;
    --level-0:#9ecae1; --level-1:#4292c6; --level-2:#2166ac; --level-3:#08306b;
    --tint-0:#e3f0f8; --tint-1:#cfe3f3; --tint-2:#bfd6ea; --tint-3:#b3c7e0; }
  @media (prefers-color-scheme: dark) { :root { --bg:#11151d; --ink:#eef1f6; --muted:#b8c0cf; } }
  body { margin:0; font-family: Inter, "Noto Sans", system-ui, sans-serif; background:var(--bg); color:var(--ink); }
  main { max-width: 44rem; margin: 0 auto; padding: 48px 24px; }
  h1 { font-size: 2.5rem; margin: 0 0 8px; letter-spacing: -0.02em; }
  .lead { font-size: 1.25rem; color: var(--muted); margin: 0 0 32px; }
  .path { width: 100%; max-width: 340px; height: auto; display:block; margin: 0 0 32px; }
  ul { padding-left: 1.25rem; line-height: 1.7; }
  footer { margin-top: 48px; color: var(--muted); font-size: .9rem; }
`;

/** The HTML of the welcome page. */
export function welcomePage(version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ascent — technical leadership, step by step</title>
<style>${WELCOME_CSS}</style>
</head>
<body>
<main>
  <h1>Ascent</h1>
  <p class="lead">See where you stand on the technical leadership path, keep your evidence, and plan your next step — with your mentor beside you.</p>
  ${pathMark()}
  <h2>Coming soon</h2>
  <ul>
    <li>Your place on the eight-stage path, from awareness of your own work to ownership across the enterprise.</li>
    <li>Check-ins with your mentor, your self view and theirs side by side.</li>
    <li>An Awesome Permission log for the moments that make people take off.</li>
    <li>Your organisation's leadership pipeline, drawn as the diagrams the model was born as.</li>
  </ul>
  <footer>Ascent ${version} · the server is running. Health: <a href="/healthz">/healthz</a></footer>
</main>
</body>
</html>`;
}
