import { layoutBarChart, type BarGroupInput } from "@/lib/charts/bar-chart";
import { formatFigure } from "@/lib/charts/figures";

export interface ChartSeries {
  label: string;
  /** Fill of the bars. */
  colour: string;
  /** The same colour as a Tailwind class for the legend swatch (no inline styles). */
  swatchClass: string;
}

/** Series styles with at least 3:1 contrast on white and distinct lightness from each other. */
export const SERIES_STYLES = [
  { colour: "#6f777b", swatchClass: "bg-[#6f777b]" },
  { colour: "#1d4a7a", swatchClass: "bg-[#1d4a7a]" },
  { colour: "#b3261e", swatchClass: "bg-[#b3261e]" },
] as const;

/** Like with like: both bars cover the whole year (lib/charts/budget-comparison.ts says why). */
export const BUDGET_OUTTURN_SERIES: ChartSeries[] = [
  { label: "Budget for the year", ...SERIES_STYLES[0] },
  { label: "Forecast outturn for the year (budget + forecast variance)", ...SERIES_STYLES[1] },
];

/**
 * A horizontal grouped bar chart as static SVG (no client JavaScript). The SVG is an image with
 * a title and a text summary; the exact figures are in the data table that goes with it.
 */
export function BarChart({ id, title, summary, series, groups }: {
  id: string;
  title: string;
  summary: string;
  series: ChartSeries[];
  groups: BarGroupInput[];
}) {
  const layout = layoutBarChart(groups);
  return (
    <figure className="my-4" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 font-bold">{title}</figcaption>
      <ul className="mb-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {series.map((s) => (
          <li key={s.label} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-5 ${s.swatchClass}`} />
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={layout.height}
        className="block max-w-full overflow-visible"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {layout.ticks.map((t) => (
          <line key={`grid-${t.value}`} x1={`${t.xPct}%`} x2={`${t.xPct}%`} y1={layout.plotTop} y2={layout.plotBottom} stroke={t.value === 0 ? "#0b0c0c" : "#d8dadb"} strokeWidth={t.value === 0 ? 1.5 : 1} />
        ))}
        {layout.groups.map((g, gi) => (
          <g key={gi}>
            <text x={`${layout.ticks[0]?.xPct ?? 1}%`} y={g.labelY} fontSize="14" fill="#0b0c0c" stroke="#fff" strokeWidth="3" paintOrder="stroke" strokeLinejoin="round">
              {g.label}
            </text>
            {g.bars.map((b) => (
              <rect key={b.series} x={`${b.xPct}%`} y={b.y} width={`${Math.max(b.widthPct, 0)}%`} height={b.height} fill={series[b.series]?.colour ?? SERIES_STYLES[b.series % SERIES_STYLES.length].colour}>
                <title>{`${g.fullLabel}, ${series[b.series]?.label ?? ""}: ${formatFigure(b.value)}`}</title>
              </rect>
            ))}
          </g>
        ))}
        {layout.ticks.map((t) => (
          <text key={`tick-${t.value}`} x={`${t.xPct}%`} y={layout.tickLabelY} fontSize="12" fill="#484949" textAnchor={t.anchor}>
            {formatFigure(t.value)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
