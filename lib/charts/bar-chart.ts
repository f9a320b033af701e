/**
 * Geometry of a horizontal grouped bar chart, drawn as SVG on the server. Widths are
 * percentages of the chart's width (so the SVG can be 100% wide and its text keeps its real
 * size on a phone); heights are pixels. Each group is a label line with one bar per series
 * under it. Pure: no React, no DOM.
 */
import { shortenText } from "@/lib/format";
import { niceDomain, toPercent, type Domain } from "./scale";

export interface BarGroupInput {
  label: string;
  /** One value per series; null when the figure is not given (no bar is drawn). */
  values: readonly (number | null)[];
}

export interface BarRect {
  series: number;
  value: number;
  /** Left edge and width, as percentages of the chart width. */
  xPct: number;
  widthPct: number;
  y: number;
  height: number;
}

export interface BarGroupLayout {
  label: string;
  /** The label as given, when `label` had to be shortened to fit a phone screen. */
  fullLabel: string;
  /** Baseline of the label text. */
  labelY: number;
  bars: BarRect[];
}

export interface AxisTick {
  value: number;
  xPct: number;
  anchor: "start" | "middle" | "end";
}

export interface BarChartLayout {
  height: number;
  plotTop: number;
  plotBottom: number;
  zeroPct: number;
  ticks: AxisTick[];
  /** Baseline of the tick labels under the plot. */
  tickLabelY: number;
  groups: BarGroupLayout[];
  domain: Domain;
}

export interface BarChartOptions {
  labelHeight?: number;
  barHeight?: number;
  barGap?: number;
  groupGap?: number;
  axisHeight?: number;
  /** Horizontal inset of the plot, in percent, so edge bars and tick labels are not clipped. */
  insetPct?: number;
  /** Labels longer than this are cut at a word with an ellipsis (about a 320px-wide line). */
  maxLabelChars?: number;
  tickCount?: number;
}

const DEFAULTS: Required<BarChartOptions> = {
  labelHeight: 20, barHeight: 14, barGap: 3, groupGap: 14, axisHeight: 24, insetPct: 1, maxLabelChars: 38, tickCount: 4,
};

/** A chart label cut at a word to fit a phone-width line (the shared rule: lib/format.ts). */
export const shortenLabel = shortenText;

export function layoutBarChart(groups: readonly BarGroupInput[], options: BarChartOptions = {}): BarChartLayout {
  const o = { ...DEFAULTS, ...options };
  const values = groups.flatMap((g) => g.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const domain = niceDomain(values, o.tickCount);
  const span = 100 - 2 * o.insetPct;
  const x = (v: number) => o.insetPct + (toPercent(v, domain) * span) / 100;
  const zeroPct = x(0);

  let y = 0;
  const laid: BarGroupLayout[] = groups.map((g) => {
    const labelY = y + o.labelHeight - 5;
    y += o.labelHeight;
    const bars: BarRect[] = [];
    g.values.forEach((value, series) => {
      if (value !== null && Number.isFinite(value)) {
        const end = x(value);
        bars.push({ series, value, xPct: Math.min(zeroPct, end), widthPct: Math.abs(end - zeroPct), y, height: o.barHeight });
      }
      y += o.barHeight + o.barGap;
    });
    y += o.groupGap - o.barGap;
    return { label: shortenLabel(g.label, o.maxLabelChars), fullLabel: g.label, labelY, bars };
  });

  const plotBottom = Math.max(y - o.groupGap + 4, 0);
  const ticks: AxisTick[] = domain.ticks.map((value, i) => ({
    value, xPct: x(value), anchor: i === 0 ? "start" : i === domain.ticks.length - 1 ? "end" : "middle",
  }));
  return {
    height: plotBottom + o.axisHeight, plotTop: 0, plotBottom, zeroPct, ticks, tickLabelY: plotBottom + o.axisHeight - 6,
    groups: laid, domain,
  };
}
