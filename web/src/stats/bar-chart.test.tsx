import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, countScale, rateTicks } from './bar-chart.js';

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

function fills(container: HTMLElement) {
  return [...container.querySelectorAll('[data-bar]')].map((row) => {
    const fill = row.querySelector('rect.bar-fill, rect.bar-fill-provisional');
    return {
      key: row.getAttribute('data-bar'),
      width: fill?.getAttribute('width') ?? null,
      hatched: fill?.getAttribute('fill')?.startsWith('url(#') ?? false,
      text: row.querySelector('.bar-value')?.textContent,
    };
  });
}

describe('BarChart', () => {
  it('draws each bar as its share of the scale, with its value written out', () => {
    const { container } = render(
      <BarChart
        label="Compliance"
        max={1}
        ticks={rateTicks(percent)}
        bars={[
          { key: '2027-01', label: 'January', value: 0.75, valueText: '75 %' },
          { key: '2027-02', label: 'February', value: 1, valueText: '100 %' },
        ]}
      />,
    );
    expect(fills(container)).toEqual([
      { key: '2027-01', width: '75%', hatched: false, text: '75 %' },
      { key: '2027-02', width: '100%', hatched: false, text: '100 %' },
    ]);
  });

  it('hatches a provisional bar and says so in words, with a legend', () => {
    const { container, getByText } = render(
      <BarChart
        label="Compliance"
        max={1}
        ticks={rateTicks(percent)}
        provisionalLegend="Hatched: the month is running."
        bars={[
          { key: 'closed', label: 'January', value: 0.5, valueText: '50 %' },
          { key: 'running', label: 'February', value: 0.25, valueText: '25 %', provisional: 'running' },
        ]}
      />,
    );
    const [closed, running] = fills(container);
    expect(closed.hatched).toBe(false);
    expect(running).toMatchObject({ hatched: true, text: '25 % · running' });
    expect(getByText('Hatched: the month is running.')).toBeInTheDocument();
  });

  it('draws no bar for a figure with nothing to divide, and shows no legend without a provisional bar', () => {
    const { container } = render(
      <BarChart
        label="Attendance"
        max={1}
        ticks={rateTicks(percent)}
        provisionalLegend="never shown"
        bars={[{ key: 'later', label: 'Closing', value: null, valueText: 'not held yet' }]}
      />,
    );
    expect(fills(container)).toEqual([{ key: 'later', width: null, hatched: false, text: 'not held yet' }]);
    expect(container.querySelector('.bar-legend')).toBeNull();
  });

  it('is hidden from assistive technology: the table under it carries the figures', () => {
    const { container } = render(
      <BarChart label="Reach" max={10} ticks={[]} bars={[{ key: 'a', label: 'A', value: 5, valueText: '5' }]} />,
    );
    expect(container.querySelector('figure')).toHaveAttribute('aria-hidden', 'true');
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
