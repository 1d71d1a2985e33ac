import { useId } from 'react';
import {
  Bar as RechartsBar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Rectangle,
  Text,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
} from 'recharts';
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

/** One bar as recharts draws it. */
export interface ChartRow {
  key: string;
  label: string;
  /** On the scale from 0 to the chart's top (clamped); null draws no bar. */
  value: number | null;
  /** The bar's length as a share of the track, from 0 to 1; null draws no bar. */
  share: number | null;
  /** Whether the bar is hatched (a figure that can still change). */
  hatched: boolean;
  /** What stands beside the bar: the value, and the provisional word when there is one. */
  text: string;
}

/** The top of the scale: at least 1, so an empty chart still draws. */
export function chartTop(max: number): number {
  return Math.max(max, 1);
}

/**
 * The bars as recharts draws them: each value clamped to the scale, its share of the track,
 * whether it is hatched and the text beside it. A null value or a value of 0 draws no bar (the
 * text still stands).
 */
export function chartRows(bars: Bar[], max: number): ChartRow[] {
  const top = chartTop(max);
  return bars.map((bar) => {
    const value = bar.value === null || bar.value <= 0 ? null : Math.min(bar.value, top);
    return {
      key: bar.key,
      label: bar.label,
      value,
      share: value === null ? null : value / top,
      hatched: Boolean(bar.provisional),
      text: bar.provisional ? `${bar.valueText} · ${bar.provisional}` : bar.valueText,
    };
  });
}

/** The bar's thickness, a line of label text and the room under the scale, in px. */
const BAR = 20;
const LINE = 18;
const SCALE = 28;
/**
 * Characters of a label on one line at the narrowest width (320 px): the room above each bar is
 * made for the longest label wrapped at this width, so labels never run into the bar above.
 */
const LABEL_LINE = 30;
const labelLines = (label: string) => Math.max(1, Math.ceil(label.length / LABEL_LINE));
/** Design tokens for the chart's text (recharts writes fills as style props, which CSS cannot override). */
const TEXT = 'var(--ds-color-neutral-text-default)';
const TEXT_SUBTLE = 'var(--ds-color-neutral-text-subtle)';
const textWidth = (text: string) => Math.ceil(text.length * 7) + 12;

/**
 * A bar's label, written above the bar from the start of the scale across the chart's width (the
 * labels need no column of their own, so the bars keep their length at 320 px); long labels wrap
 * upwards into the room left for them.
 */
function BarLabel({ viewBox, parentViewBox, value }: LabelProps) {
  // viewBox is the bar (it starts at the scale's 0); parentViewBox is the whole chart.
  if (!viewBox || !('y' in viewBox) || !parentViewBox || !('width' in parentViewBox)) return null;
  const x = viewBox.x ?? 0;
  return (
    <Text
      x={x}
      y={(viewBox.y ?? 0) - 6}
      width={(parentViewBox.width ?? 0) - x - 4}
      verticalAnchor="end"
      lineHeight={LINE}
      fill={TEXT}
      className="bar-label"
    >
      {value ?? ''}
    </Text>
  );
}

/**
 * A horizontal bar chart on recharts, one row a bar: the label, the bar with the scale's grid
 * lines, and the value written out beside it. The width follows the container and each bar has a
 * fixed height, so it reflows down to 320 px. A provisional bar (the running month) is hatched
 * and says so in words, with a legend under the chart, so nothing is told by colour alone.
 *
 * The chart is a picture for sighted readers: it is hidden from assistive technology, holds no
 * tab stop (recharts' accessibility layer is off), and the page puts a table with the same
 * figures (and more) right under it.
 */
export function BarChart({
  bars,
  max,
  ticks,
  provisionalLegend,
  label,
  size,
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
  /** A fixed width in px instead of the container's (tests: jsdom has no layout). */
  size?: number;
}) {
  const id = useId();
  const hatch = `${id}-hatch`;
  const top = chartTop(max);
  const rows = chartRows(bars, max);
  const anyProvisional = rows.some((row) => row.hatched);
  const tickLabels = new Map(ticks.map((tick) => [tick.value, tick.label]));
  const right = Math.max(32, ...rows.map((row) => textWidth(row.text)));
  // Each row: the room for its label above the bar, then the bar.
  // 18 px between a bar and the next row's label, so each label reads as its own bar's.
  const gap = Math.max(...rows.map((row) => labelLines(row.label)), 1) * LINE + 24;
  const rowHeight = gap + BAR;
  const height = rows.length * rowHeight + SCALE + 8;
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
      <RechartsBarChart
        className="bar-plot"
        layout="vertical"
        data={rows}
        accessibilityLayer={false}
        responsive={size === undefined}
        width={size}
        height={size === undefined ? undefined : height}
        style={size === undefined ? { width: '100%', height } : undefined}
        margin={{ top: gap / 2 + 4, right, bottom: 4, left: 20 }}
        barSize={BAR}
      >
        <CartesianGrid className="bar-grid" horizontal={false} vertical />
        <XAxis
          type="number"
          domain={[0, top]}
          allowDataOverflow
          ticks={ticks.map((tick) => tick.value)}
          tickFormatter={(value: number) => tickLabels.get(value) ?? ''}
          interval="preserveStartEnd"
          height={SCALE}
          tick={{ fill: TEXT_SUBTLE }}
          className="bar-scale"
        />
        {/* The categories; their labels stand above the bars (BarLabel), not in a column. */}
        <YAxis type="category" dataKey="label" width={0} interval={0} tick={false} tickLine={false} />
        {/*
          A null value is drawn as 0, which paints nothing. The shape is recharts' own rectangle, given
          explicitly: recharts then keeps a bar of no length, so its text still stands beside it.
        */}
        <RechartsBar
          dataKey={(row: ChartRow) => row.value ?? 0}
          shape={(props: BarShapeProps) => <Rectangle {...props} />}
          isAnimationActive={false}
          className="bar-bars"
        >
          {rows.map((row) => (
            <Cell
              key={row.key}
              data-bar={row.key}
              className={row.hatched ? 'bar-fill-provisional' : 'bar-fill'}
              fill={row.hatched ? `url(#${hatch})` : undefined}
            />
          ))}
          <LabelList dataKey="label" content={(props: LabelProps) => <BarLabel {...props} />} />
          <LabelList dataKey="text" position="right" fill={TEXT} className="bar-value" />
        </RechartsBar>
      </RechartsBarChart>
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
