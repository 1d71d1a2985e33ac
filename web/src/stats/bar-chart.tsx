import { useId } from 'react';
import './stats.css';

export interface Bar {
  key: string;
  label: string;
  /** In the chart's unit (a rate from 0 to 1, or a count); null draws no bar. */
  value: number | null;
  /** The value as the reader writes it (`75 %`, `12`). */
  valueText: string;
  /** A figure that can still change: its bar is hatched and this text stands beside the value. */
  provisional?: string;
}

export interface Tick {
  value: number;
  label: string;
}

/**
 * A horizontal bar chart drawn as plain SVG, one row a bar: the label, the bar on a track with
 * the scale's grid lines, and the value written out. Labels wrap and the bars stretch, so it
 * reflows down to 320 px. A provisional bar (the running month) is hatched and says so in
 * words, so nothing is told by colour alone.
 *
 * The chart is a picture for sighted readers: it is hidden from assistive technology, and the
 * page puts a table with the same figures (and more) right under it.
 */
export function BarChart({
  bars,
  max,
  ticks,
  provisionalLegend,
  label,
}: {
  bars: Bar[];
  /** The value at the end of the track; at least 1 so an empty chart still draws. */
  max: number;
  /** Grid lines and the scale under the bars, from 0 to max. */
  ticks: Tick[];
  /** Explains the hatching, shown when a bar is provisional. */
  provisionalLegend?: string;
  /** Names the chart for tests and for the figure's own label. */
  label: string;
}) {
  const id = useId();
  const hatch = `${id}-hatch`;
  const top = Math.max(max, 1);
  const share = (value: number) => `${Math.min(100, Math.max(0, (value / top) * 100))}%`;
  const anyProvisional = bars.some((bar) => bar.provisional);
  return (
    <figure className="bar-chart" aria-hidden="true" data-chart={label}>
      <svg width="0" height="0" className="bar-defs" focusable="false">
        <defs>
          <pattern id={hatch} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="bar-hatch-back" />
            <line x1="0" y1="0" x2="0" y2="8" className="bar-hatch-line" />
          </pattern>
        </defs>
      </svg>
      <div className="bar-rows">
        {bars.map((bar) => (
          <div className="bar-row" key={bar.key} data-bar={bar.key}>
            <span className="bar-label">{bar.label}</span>
            <svg className="bar-track" focusable="false" preserveAspectRatio="none">
              <rect className="bar-track-back" width="100%" height="100%" />
              {ticks
                .filter((tick) => tick.value > 0 && tick.value < top)
                .map((tick) => (
                  <line
                    key={tick.value}
                    className="bar-grid"
                    x1={share(tick.value)}
                    x2={share(tick.value)}
                    y1="0"
                    y2="100%"
                  />
                ))}
              {bar.value !== null && bar.value > 0 ? (
                <rect
                  className={bar.provisional ? 'bar-fill-provisional' : 'bar-fill'}
                  fill={bar.provisional ? `url(#${hatch})` : undefined}
                  width={share(bar.value)}
                  height="100%"
                />
              ) : null}
            </svg>
            <span className="bar-value">
              {bar.valueText}
              {bar.provisional ? <span className="bar-provisional"> · {bar.provisional}</span> : null}
            </span>
          </div>
        ))}
        <div className="bar-row bar-scale-row">
          <span className="bar-label" />
          <span className="bar-scale">
            {ticks.map((tick) => (
              <span key={tick.value} className="bar-tick" style={{ left: share(tick.value) }}>
                {tick.label}
              </span>
            ))}
          </span>
          <span className="bar-value" />
        </div>
      </div>
      {anyProvisional && provisionalLegend ? (
        <figcaption className="bar-legend">
          <svg width="24" height="14" focusable="false">
            <rect width="24" height="14" fill={`url(#${hatch})`} className="bar-fill-provisional" />
          </svg>
          <span>{provisionalLegend}</span>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** Rate ticks: 0, 25, 50, 75 and 100 %, written as the reader writes percentages. */
export function rateTicks(percent: (rate: number) => string): Tick[] {
  return [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percent(value) }));
}

/**
 * Count ticks: 0 and a few round steps up to a round maximum at or above the largest value
 * (1, 2, 5 times a power of ten), so the bars keep a readable scale.
 */
export function countScale(largest: number, number: (value: number) => string): { max: number; ticks: Tick[] } {
  const target = Math.max(1, largest);
  const power = 10 ** Math.floor(Math.log10(target));
  const step =
    [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10]
      .map((factor) => factor * power)
      .find((candidate) => Number.isInteger(candidate) && candidate >= 1 && Math.ceil(target / candidate) <= 5) ??
    power * 10;
  const steps = Math.max(1, Math.ceil(target / step));
  const max = steps * step;
  const ticks = Array.from({ length: steps + 1 }, (_, index) => {
    const value = index * step;
    return { value, label: number(value) };
  });
  return { max, ticks };
}
