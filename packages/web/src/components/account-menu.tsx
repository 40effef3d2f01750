/**
 * The account menu in the header: who is signed in, and the pages about your account (password,
 * API tokens). A disclosure button: Escape, a click elsewhere or following a link closes it.
 */
import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import type { Me } from "../api/contract.js";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}

/** The menu. */
export function AccountMenu({ me }: { readonly me: Me }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes whenever the page changes.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className="account-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn--quiet btn--small account-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-menu__avatar" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="account-menu__name">{me.name}</span>
        <span className="visually-hidden">: your account</span>
        <span aria-hidden="true" className="account-menu__caret">
          ▾
        </span>
      </button>
      <div className="account-menu__panel" id={`${id}-panel`} hidden={!open}>
        <p className="account-menu__who">
          <strong>{me.name}</strong>
          <span className="meta">{me.email}</span>
        </p>
        <ul className="list-plain">
          <li>
            <Link to="/me">Your path</Link>
          </li>
          <li>
            <Link to="/account/password">Change password</Link>
          </li>
          <li>
            <Link to="/account/api-tokens">API tokens</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
