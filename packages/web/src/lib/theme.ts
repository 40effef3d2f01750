/**
 * Light, dark or "follow the system". The choice lives in localStorage and on <html data-theme>;
 * CSS does the rest (tokens.css). Diagrams are drawn per theme, so they ask `useResolvedTheme`.
 */
import { useSyncExternalStore } from "react";

/** What the person picked. */
export type ThemeChoice = "system" | "light" | "dark";

const KEY = "ascent.theme";
const listeners = new Set<() => void>();

/** The stored choice ("system" when none, or when storage is unavailable). */
export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** Applies a choice to the document and remembers it. */
export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private modes may refuse storage; the choice still holds for this visit.
  }
  applyTheme(choice);
}

/** Sets <html data-theme>; called once before the first render so nothing flashes. */
export function applyTheme(choice: ThemeChoice = storedTheme()): void {
  if (choice === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  for (const listener of listeners) listener();
}

const media = () => window.matchMedia("(prefers-color-scheme: dark)");

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const m = media();
  m.addEventListener("change", listener);
  return () => {
    listeners.delete(listener);
    m.removeEventListener("change", listener);
  };
}

function resolved(): "light" | "dark" {
  const choice = document.documentElement.dataset.theme;
  if (choice === "light" || choice === "dark") return choice;
  return media().matches ? "dark" : "light";
}

/** The theme in effect now, re-rendering when the choice or the system setting changes. */
export function useResolvedTheme(): "light" | "dark" {
  return useSyncExternalStore(subscribe, resolved, () => "light");
}

/** The stored choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, storedTheme, () => "system");
}
