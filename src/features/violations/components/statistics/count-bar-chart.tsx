import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { TOOLTIP_STYLE } from '@/components/figure/chart-parts';
import { ChartBox } from '@/components/figure/chart-box';

export interface CountBar {
  label: string;
  count: number;
}

/** A plain bar chart of counts; loaded on demand so recharts never weighs on the first page. */
export default function CountBarChart({ data }: { data: readonly CountBar[] }) {
  return (
    <ChartBox height={240}>
      {(width) => (
        <BarChart width={width} height={240} data={[...data]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="label" tick={{ fill: 'var(--mantine-color-text)', fontSize: 12 }} interval={0} angle={data.length > 8 ? -35 : 0} textAnchor={data.length > 8 ? 'end' : 'middle'} height={data.length > 8 ? 60 : 30} />
          <YAxis allowDecimals={false} tick={{ fill: 'var(--mantine-color-text)', fontSize: 12 }} width={36} />
          <Tooltip cursor={{ fill: 'var(--mantine-color-default-hover)' }} {...TOOLTIP_STYLE} />
          <Bar dataKey="count" fill="var(--mantine-color-blue-7)" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartBox>
  );
}
