import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, chartRows, countScale, rateTicks, type Bar } from './bar-chart.js';

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/**
 * The chart as drawn: jsdom has no layout, so the chart gets a fixed width, and each bar's length
 * is read as a share of the plot area (the clip rectangle recharts draws around the bars).
 */
function drawn(container: HTMLElement) {
  const plot = container.querySelector('.recharts-bar clipPath rect');
  const plotWidth = Number(plot?.getAttribute('width'));
  const bars = [...container.querySelectorAll('.recharts-bar-rectangle')].map((rectangle) => {
    const fill = rectangle.querySelector('path.bar-fill, path.bar-fill-provisional');
    return fill
      ? {
          key: fill.getAttribute('data-bar'),
          share: Math.round((Number(fill.getAttribute('width')) / plotWidth) * 1000) / 1000,
          hatched: fill.getAttribute('fill')?.startsWith('url(#') ?? false,
        }
      : null;
  });
  const texts = [...container.querySelectorAll('text.bar-value')].map((text) => text.textContent);
  const labels = [...container.querySelectorAll('text.bar-label')].map((text) => text.textContent);
  return { bars, texts, labels };
}

function renderChart(bars: Bar[], provisionalLegend?: string, max = 1) {
  return render(
    <BarChart
      label="Chart"
      max={max}
      ticks={rateTicks(percent)}
      provisionalLegend={provisionalLegend}
      bars={bars}
      size={640}
    />,
  );
}

describe('chartRows', () => {
  it('puts each value on the scale as its share, clamped, with its text and the provisional word', () => {
    expect(
      chartRows(
        [
          { key: 'a', label: 'A', value: 6, valueText: '6' },
          { key: 'b', label: 'B', value: 12, valueText: '12', provisional: 'running' },
          { key: 'c', label: 'C', value: null, valueText: 'not held yet' },
          { key: 'd', label: 'D', value: 0, valueText: '0' },
        ],
        8,
      ),
    ).toEqual([
      { key: 'a', label: 'A', value: 6, share: 0.75, hatched: false, text: '6' },
      { key: 'b', label: 'B', value: 8, share: 1, hatched: true, text: '12 · running' },
      { key: 'c', label: 'C', value: null, share: null, hatched: false, text: 'not held yet' },
      { key: 'd', label: 'D', value: null, share: null, hatched: false, text: '0' },
    ]);
  });

  it('keeps a scale of at least 1', () => {
    expect(chartRows([{ key: 'a', label: 'A', value: 0.5, valueText: '0,5' }], 0)[0].share).toBe(0.5);
  });
});

describe('BarChart', () => {
  it('draws each bar as its share of the scale, with its label and its value written out', () => {
    const { container } = renderChart([
      { key: '2027-01', label: 'January', value: 0.75, valueText: '75 %' },
      { key: '2027-02', label: 'February', value: 1, valueText: '100 %' },
    ]);
    expect(drawn(container)).toEqual({
      bars: [
        { key: '2027-01', share: 0.75, hatched: false },
        { key: '2027-02', share: 1, hatched: false },
      ],
      texts: ['75 %', '100 %'],
      labels: ['January', 'February'],
    });
  });

  it('draws the ticks of the scale as the reader writes them', () => {
    const { container } = renderChart([{ key: 'a', label: 'A', value: 0.5, valueText: '50 %' }]);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((text) => text.textContent);
    expect(ticks).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
  });

  it('hatches a provisional bar and says so in words, with a legend', () => {
    const { container, getByText } = renderChart(
      [
        { key: 'closed', label: 'January', value: 0.5, valueText: '50 %' },
        { key: 'running', label: 'February', value: 0.25, valueText: '25 %', provisional: 'running' },
      ],
      'Hatched: the month is running.',
    );
    const { bars, texts } = drawn(container);
    expect(bars).toEqual([
      { key: 'closed', share: 0.5, hatched: false },
      { key: 'running', share: 0.25, hatched: true },
    ]);
    expect(texts).toEqual(['50 %', '25 % · running']);
    const pattern = container.querySelector('pattern');
    expect(container.querySelector('path.bar-fill-provisional')).toHaveAttribute('fill', `url(#${pattern?.id})`);
    expect(getByText('Hatched: the month is running.')).toBeInTheDocument();
    expect(container.querySelector('.bar-legend rect')).toHaveAttribute('fill', `url(#${pattern?.id})`);
  });

  it('draws no bar for a figure with nothing to divide, still writes its text, and shows no legend without a provisional bar', () => {
    const { container } = renderChart(
      [
        { key: 'later', label: 'Closing', value: null, valueText: 'not held yet' },
        { key: 'held', label: 'Kickoff', value: 1, valueText: '100 %' },
      ],
      'never shown',
    );
    expect(drawn(container)).toEqual({
      bars: [null, { key: 'held', share: 1, hatched: false }],
      texts: ['not held yet', '100 %'],
      labels: ['Closing', 'Kickoff'],
    });
    expect(container.querySelectorAll('path.recharts-rectangle')).toHaveLength(1);
    expect(container.querySelector('.bar-legend')).toBeNull();
  });

  it('is hidden from assistive technology and holds no tab stop: the table under it carries the figures', () => {
    const { container } = render(
      <BarChart
        label="Reach"
        max={10}
        ticks={[]}
        size={320}
        bars={[{ key: 'a', label: 'A', value: 5, valueText: '5' }]}
      />,
    );
    expect(container.querySelector('figure')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(container.querySelector('[role="application"]')).toBeNull();
    const tabStops = [...container.querySelectorAll('[tabindex]')].filter(
      (element) => element.getAttribute('tabindex') !== '-1',
    );
    expect(tabStops).toEqual([]);
  });
});

describe('countScale', () => {
  const number = (n: number) => String(n);

  it('rounds the top of the scale up to a whole step, in at most five steps', () => {
    expect(countScale(7, number)).toMatchObject({ max: 8, ticks: [0, 2, 4, 6, 8].map((value) => ({ value })) });
    expect(countScale(38, number)).toMatchObject({ max: 40 });
    expect(countScale(12, number).ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15]);
    expect(countScale(1000, number)).toMatchObject({ max: 1000 });
  });

  it('keeps whole numbers and a scale of at least 1 for empty data', () => {
    expect(countScale(0, number)).toMatchObject({ max: 1, ticks: [{ value: 0 }, { value: 1 }] });
    for (const largest of [1, 3, 9, 11, 26, 99, 101, 777]) {
      const { max, ticks } = countScale(largest, number);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    }
  });
});
