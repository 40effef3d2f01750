/** The logo mark: a small rising zig-zag — the path of the product, drawn in the accent colour. */

/** The mark alone (decorative: the brand name next to it carries the meaning). */
export function LogoMark({ size = 32 }: { readonly size?: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false" className="logo-mark">
      <rect width="32" height="32" rx="8" className="logo-mark__tile" />
      <polyline
        points="7,25 14,25 9,17 17,17 12,9 23,9"
        fill="none"
        className="logo-mark__path"
        strokeWidth="3"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <polygon points="22,5 28,9 22,13" className="logo-mark__head" />
    </svg>
  );
}
