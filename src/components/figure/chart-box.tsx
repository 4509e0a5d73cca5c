import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface ChartBoxProps {
  height: number;
  /** Draws the chart at the box's width in pixels. */
  children: (width: number) => ReactNode;
}

/**
 * A box as wide as its container that draws its chart at that width. Recharts'
 * ResponsiveContainer draws each chart twice on arrival (at a guessed width, then at the measured
 * one); measuring before the first drawing halves that work. Later resizes (a window, a printed
 * page) draw again at the new width.
 */
export function ChartBox({ height, children }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(Math.floor(element.offsetWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ width: '100%', height }}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
