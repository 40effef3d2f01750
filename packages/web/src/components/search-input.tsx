/** A search box for names and emails: no autocomplete or spell-check, which only get in the way of names. */
import type { InputHTMLAttributes } from "react";

/** The input; `onText` gets what is typed. */
export function SearchInput({
  onText,
  ...input
}: {
  readonly onText: (text: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "onChange">) {
  return (
    <input
      type="search"
      autoComplete="off"
      spellCheck={false}
      {...input}
      onChange={(event) => onText(event.currentTarget.value)}
    />
  );
}
