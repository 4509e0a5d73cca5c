import { render } from '@testing-library/react';
import { Bar, BarChart, Legend } from 'recharts';
import { inDrawingOrder } from './chart-parts';

const data = [{ name: 'one', zeta: 2, alpha: 1 }];

function legendTexts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent ?? '');
}

function chart(itemSorter?: ReturnType<typeof inDrawingOrder>) {
  return render(
    <BarChart width={400} height={200} data={data}>
      <Legend {...(itemSorter ? { itemSorter } : {})} />
      <Bar dataKey="zeta" name="Zeta" isAnimationActive={false} />
      <Bar dataKey="alpha" name="Alpha" isAnimationActive={false} />
    </BarChart>,
  );
}

describe('inDrawingOrder', () => {
  it('lists the legend in the order the series are drawn, not by name', () => {
    const { container } = chart(inDrawingOrder(['zeta', 'alpha']));
    expect(legendTexts(container)).toEqual(['Zeta', 'Alpha']);
  });

  it('is needed: left to itself Recharts sorts the legend by name', () => {
    const { container } = chart();
    expect(legendTexts(container)).toEqual(['Alpha', 'Zeta']);
  });
});
