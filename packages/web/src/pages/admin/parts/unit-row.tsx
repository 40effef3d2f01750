/** One team or group in the admin list: its name and counts, Manage to open it in place, Delete once it is empty. */
import type { ReactNode } from "react";

/** The row; `children` is the open panel, shown only while `open`. */
export function UnitRow({
  id,
  name,
  summary,
  open,
  onToggle,
  deleteBlockedBecause,
  onDelete,
  children,
}: {
  readonly id: string;
  readonly name: string;
  /** The counts and leads, under the name. */
  readonly summary: ReactNode;
  readonly open: boolean;
  readonly onToggle: () => void;
  /** Why Delete is disabled (the unit is not empty), or undefined when it may be deleted. */
  readonly deleteBlockedBecause: string | undefined;
  readonly onDelete: () => void;
  readonly children: ReactNode;
}) {
  return (
    <li className="unit">
      <div className="unit__head">
        <div>
          <h3 className="unit__name">{name}</h3>
          <p className="meta">{summary}</p>
        </div>
        <div className="row">
          <button
            type="button"
            className="btn btn--small"
            aria-expanded={open}
            aria-controls={`unit-${id}`}
            onClick={onToggle}
          >
            {open ? "Close" : "Manage"}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger"
            disabled={deleteBlockedBecause !== undefined}
            title={deleteBlockedBecause}
            onClick={onDelete}
          >
            Delete<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      {open && <div id={`unit-${id}`}>{children}</div>}
    </li>
  );
}
