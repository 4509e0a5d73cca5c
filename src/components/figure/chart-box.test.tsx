import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartBox } from './chart-box';

/** An IntersectionObserver the test moves: `enter()` brings every observed element into reach. */
function stubIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
  class IntersectionObserverStub {
    readonly entry: { callback: IntersectionObserverCallback; targets: Element[] };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, targets: [] };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.push(target);
    }
    unobserve() {}
    disconnect() {
      this.entry.targets = [];
    }
  }
  vi.stubGlobal('IntersectionObserver', IntersectionObserverStub);
  return {
    enter: () =>
      act(() => {
        for (const { callback, targets } of observers) {
          if (targets.length > 0) callback(targets.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry), {} as IntersectionObserver);
        }
      }),
  };
}

/** Puts every element this far down the page (jsdom lays nothing out: all boxes sit at 0). */
function placeBoxesAt(top: number) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 240, left: 0, right: 800, width: 800, height: 240, x: 0, y: top, toJSON: () => ({}) });
}

const chart = (width: number) => <svg role="img" aria-label={`chart ${width} wide`} />;

describe('ChartBox', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps its height but draws nothing until it comes near the viewport, then draws at its width', () => {
    const viewport = stubIntersectionObserver();
    placeBoxesAt(3000);
    const { container } = render(<ChartBox height={240}>{chart}</ChartBox>);
    const box = container.querySelector('[data-chart-box]');
    expect(box).toHaveStyle({ height: '240px' });
    expect(box).toHaveAttribute('data-chart-box', 'waiting');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    viewport.enter();
    expect(screen.getByRole('img', { name: 'chart 800 wide' })).toBeInTheDocument();
    expect(box).toHaveAttribute('data-chart-box', 'drawn');
  });

  it('draws at its width in the same commit when it mounts within reach of the viewport', () => {
    stubIntersectionObserver();
    placeBoxesAt(window.innerHeight + 150);
    render(<ChartBox height={240}>{chart}</ChartBox>);
    expect(screen.getByRole('img', { name: 'chart 800 wide' })).toBeInTheDocument();
  });

  it('draws every chart, near or not, when the page is printed', () => {
    stubIntersectionObserver();
    placeBoxesAt(3000);
    render(<ChartBox height={240}>{chart}</ChartBox>);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByRole('img', { name: 'chart 800 wide' })).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('draws at once where the browser cannot say what is in view', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<ChartBox height={240}>{chart}</ChartBox>);
    expect(screen.getByRole('img', { name: 'chart 800 wide' })).toBeInTheDocument();
  });
});
