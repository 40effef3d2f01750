/** A three-way theme switch as one button that cycles system → light → dark, saying what it does. */
import { setTheme, type ThemeChoice, useThemeChoice } from "../lib/theme.js";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

/** The theme toggle in the header. */
export function ThemeToggle() {
  const choice = useThemeChoice();
  const next = NEXT[choice];
  return (
    <button
      type="button"
      className="btn btn--quiet btn--small"
      onClick={() => setTheme(next)}
      aria-label={`${LABEL[choice]}. Switch to ${next}`}
      title={`Switch to ${next}`}
    >
      <span aria-hidden="true">{choice === "dark" ? "☾" : choice === "light" ? "☀" : "◐"}</span>
      <span className="theme-toggle__text">{LABEL[choice]}</span>
    </button>
  );
}
