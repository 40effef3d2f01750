/**
 * Copies a text to the clipboard and says so. Where the clipboard is refused (an insecure page, a
 * denied permission) the text is selected instead, so Ctrl+C still works.
 */
import { useEffect, useState } from "react";

/** The button; `selectFallback` selects the visible text when copying is refused. */
export function CopyButton({
  text,
  label,
  selectFallback,
}: {
  readonly text: string;
  readonly label: string;
  readonly selectFallback?: () => void;
}) {
  const [state, setState] = useState<"idle" | "copied" | "refused">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = window.setTimeout(() => setState("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      selectFallback?.();
      setState("refused");
    }
  };
  return (
    <>
      <button type="button" className="btn" onClick={copy}>
        {label}
      </button>
      <span className="meta" role="status">
        {state === "copied"
          ? "Copied."
          : state === "refused"
            ? "Copying was refused: it is selected, press Ctrl+C."
            : ""}
      </span>
    </>
  );
}
