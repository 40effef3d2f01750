/** The fields of a version conflict side by side: what is saved now, and what you typed. */

/** One field that differs, said in words. */
export interface ConflictRow {
  readonly field: string;
  readonly label: string;
  readonly saved: string;
  readonly mine: string;
}

/** The table; `keepLineBreaks` for long texts whose line breaks matter. */
export function ConflictTable({
  caption,
  rows,
  className,
  keepLineBreaks = false,
}: {
  readonly caption: string;
  readonly rows: readonly ConflictRow[];
  readonly className?: string;
  readonly keepLineBreaks?: boolean;
}) {
  const cell = keepLineBreaks ? "prewrap" : undefined;
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Saved now</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.label}</th>
              <td className={cell}>{row.saved}</td>
              <td className={cell}>{row.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
