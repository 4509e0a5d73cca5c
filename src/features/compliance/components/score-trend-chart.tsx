import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { TOOLTIP_STYLE } from '@/components/figure/chart-parts';
import { ChartBox } from '@/components/figure/chart-box';

export interface ScoreTrendPoint {
  label: string;
  score: number;
}

/** The monthly score as a line; the numbers are also in the figure's table and CSV. */
export function ScoreTrendChart({ points, format }: { points: readonly ScoreTrendPoint[]; format: (value: number) => string }) {
  return (
    <ChartBox height={220}>
      {(width) => (
        <LineChart width={width} height={220} data={[...points]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="label" tick={{ fill: 'var(--mantine-color-text)', fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fill: 'var(--mantine-color-text)', fontSize: 12 }} width={40} />
          <Tooltip formatter={(value) => format(Number(value))} {...TOOLTIP_STYLE} />
          <Line type="monotone" dataKey="score" stroke="var(--mantine-color-blue-6)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartBox>
  );
}
