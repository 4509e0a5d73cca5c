import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { usePrinting } from '@/hooks/use-printing';

export interface ChartBoxProps {
  height: number;
  /** Draws the chart at the box's width in pixels. */
  children: (width: number) => ReactNode;
}

/**
 * A box as wide as its container that draws its chart at that width, once the box is near the
 * viewport (or the page is printed). A chart costs 100-200 ms of main thread to draw: a page of
 * charts drew them all in one long task before anyone could scroll to them, holding up the first
 * screen (the consent page drew four at once). The box keeps its height, so nothing moves when a
 * chart arrives; the figure's summary and table carry the numbers meanwhile.
 *
 * Measured before the first drawing: Recharts' ResponsiveContainer draws each chart twice on
 * arrival (at a guessed width, then at the measured one). Later resizes (a window, a printed
 * page) draw again at the new width.
 */
export function ChartBox({ height, children }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const near = useNearViewport(ref);
  const printing = usePrinting();
  const drawn = near || printing;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!drawn || !element) return undefined;
    setWidth(Math.floor(element.offsetWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);
  return (
    <div ref={ref} data-chart-box={width > 0 ? 'drawn' : 'waiting'} style={{ width: '100%', height }}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
