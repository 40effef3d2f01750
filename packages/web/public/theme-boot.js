// Runs before the first paint (a classic script in <head>, allowed by the CSP as 'self'): applies
// the theme the person picked, so a dark choice on a light system never flashes light first.
// src/lib/theme.ts owns the choice afterwards; the key must stay the same.
(() => {
  try {
    const choice = localStorage.getItem("ascent.theme");
    if (choice === "light" || choice === "dark") document.documentElement.dataset.theme = choice;
  } catch {
    // Storage refused (private mode): the system setting applies.
  }
})();
