import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A wide table's own scrolling box (`.table-scroll`), so the page reflows at 320 px. While the
 * table is wider than the box, the box is a named region that takes keyboard focus, so it can be
 * scrolled with the arrow keys (WCAG 2.1.1); a table that fits adds no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="table-scroll" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
