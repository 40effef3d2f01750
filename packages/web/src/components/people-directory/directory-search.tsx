/**
 * The search box: what is typed shows at once, the list follows a moment later (debounced), and
 * the URL keeps the last search so Back and reload bring it back.
 */
import { useEffect, useId, useRef, useState } from "react";
import { SearchInput } from "../search-input.js";

/** How long typing must pause before the list is asked again. */
export const SEARCH_DELAY_MS = 300;

/** The search field. */
export function DirectorySearch({
  value,
  onSearch,
  hint,
}: {
  /** The search in the URL. */
  readonly value: string;
  readonly onSearch: (q: string) => void;
  readonly hint: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  // The last search this box sent: a different value in the URL came from elsewhere (Back, a link).
  const sent = useRef(value);

  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    if (text.trim() === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = text.trim();
      onSearch(text);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, onSearch]);

  return (
    <div className="field directory-search">
      <label htmlFor={id}>Search by name</label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <SearchInput
        id={id}
        value={text}
        maxLength={200}
        aria-describedby={`${id}-hint`}
        onText={setText}
        onKeyDown={(event) => {
          // Enter searches now rather than after the pause.
          if (event.key !== "Enter") return;
          event.preventDefault();
          sent.current = text.trim();
          onSearch(text);
        }}
      />
    </div>
  );
}
