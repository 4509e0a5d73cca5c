/**
 * Recharts parts that skip measuring the page. A chart is drawn in one task, and these
 * measurements (text widths, computed styles, grid lines nobody sees) are much of its cost.
 */

/** What Recharts hands a custom tick (a subset; the rest is ignored). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  payload?: { value: string | number };
  index?: number;
  tickFormatter?: ((value: unknown, index: number) => string) | undefined;
}

/** Where a line of text sits against its anchor point, as Recharts' own <Text> places it. */
const VERTICAL_OFFSET = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label as one plain SVG text. Recharts' own label measures every word in the DOM to
 * wrap it, and reads the label's computed style to redraw the axis; axis labels here are short,
 * never wrap, and have a fixed size. `unit` is appended as Recharts does.
 */
function plainTick(fontSize: number, unit = '') {
  // Recharts calls a function tick as a function (not as a component) for every label.
  return function renderTick({ x, y, textAnchor = 'middle', verticalAnchor = 'middle', fill, payload, index = 0, tickFormatter }: TickProps) {
    const value = payload?.value;
    const label = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
    return (
      <text x={x} y={y} dy={VERTICAL_OFFSET[verticalAnchor]} textAnchor={textAnchor} fill={fill} fontSize={fontSize}>
        {`${label}${unit}`}
      </text>
    );
  };
}

/** The console's axis labels: 12 px, and with a percent sign for a rate axis. */
export const AXIS_TICK = plainTick(12);
export const PERCENT_AXIS_TICK = plainTick(12, ' %');

/**
 * For a grid direction that is switched off: Recharts still works out where its lines would go
 * (measuring the axis labels to do so) unless told there are none.
 */
export const noGridLines = (): number[] => [];

/**
 * A tooltip's text in the page's own colours. Recharts writes each line in its series' colour,
 * which on the tooltip's background is often below 4.5:1 (orange on white: 2.6:1); the series is
 * named in the line, and its colour shown in the legend.
 */
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)', borderColor: 'var(--mantine-color-default-border)' },
  itemStyle: { color: 'var(--mantine-color-text)' },
} as const;

/**
 * Orders a Recharts legend as the series are drawn (pass the series' dataKeys in drawing order).
 * Recharts sorts legend entries by name: in Dutch the rates chart listed the opt-in rate before
 * the consent rate while its bars come the other way round.
 */
export function inDrawingOrder(dataKeys: readonly string[]) {
  return (item: { dataKey?: unknown }) => dataKeys.indexOf(String(item.dataKey));
}
