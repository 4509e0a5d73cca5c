import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { inDrawingOrder, TOOLTIP_STYLE } from '@/components/figure/chart-parts';
import { ChartBox } from '@/components/figure/chart-box';

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

interface BarsChartProps {
  data: ReadonlyArray<Record<string, string | number | null>>;
  series: readonly BarSeries[];
  format: (value: number) => string;
  /** Horizontal bars suit long category names (purposes, reasons). */
  horizontal?: boolean;
  domain?: [number, number];
  /** Counts have whole-number ticks; shares do not. */
  integers?: boolean;
}

const TICK = { fill: 'var(--mantine-color-text)', fontSize: 12 };

/** Bars per category; the figure around it carries the same numbers as a table and CSV. */
export function BarsChart({ data, series, format, horizontal = false, domain, integers = true }: BarsChartProps) {
  const height = horizontal ? Math.max(160, data.length * (series.length > 1 ? 40 : 30) + 60) : 240;
  return (
    <ChartBox height={height}>
      {(width) => (
        <BarChart width={width} height={height} data={[...data]} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 24, bottom: 8, left: horizontal ? 8 : 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
          {horizontal ? (
            <>
              <XAxis type="number" tick={TICK} domain={domain} tickFormatter={(value: number) => format(value)} allowDecimals={!integers} />
              <YAxis type="category" dataKey="label" tick={TICK} width={190} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={TICK} />
              <YAxis tick={TICK} width={48} domain={domain} tickFormatter={(value: number) => format(value)} allowDecimals={!integers} />
            </>
          )}
          <Tooltip formatter={(value) => format(Number(value))} {...TOOLTIP_STYLE} />
          {series.length > 1 ? <Legend itemSorter={inDrawingOrder(series.map((item) => item.key))} formatter={(value: string) => <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>} /> : null}
          {series.map((item) => (
            <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartBox>
  );
}
