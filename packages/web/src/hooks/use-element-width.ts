/** The width of an element, kept current with a ResizeObserver (diagrams lay out at the width they get). */
import { type RefObject, useEffect, useRef, useState } from "react";

/** A ref to attach and the element's content width in whole pixels (0 until measured). */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    // Widths are rounded to 8 px steps so a diagram is not laid out again on every pixel of a resize.
    const observer = new ResizeObserver(() => {
      const next = Math.floor(element.getBoundingClientRect().width / 8) * 8;
      setWidth((previous) => (Math.abs(previous - next) >= 8 ? next : previous));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
