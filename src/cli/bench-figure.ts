/** One figure of the bench: what it measured and the target it must meet (issue "One in-process engine"). */
export interface Figure {
  name: string;
  /** Undefined when the figure was not measured (with the reason in `note`). */
  value?: number;
  unit: string;
  /** The figure must stay below (`<`) or reach (`>=`) this bound. */
  target?: { op: '<' | '>='; bound: number };
  note?: string;
}

export function meets(figure: Figure): boolean {
  const { value, target } = figure;
  if (value === undefined || target === undefined) return true;
  return target.op === '<' ? value < target.bound : value >= target.bound;
}

const shown = (value: number, unit: string): string =>
  `${value >= 100 ? Math.round(value) : value.toFixed(2)} ${unit}`.trim();

/** `  --help: wall time        0.12 s     target < 0.3 s     ok` */
export function formatFigure(figure: Figure): string {
  const value = figure.value === undefined ? 'not measured' : shown(figure.value, figure.unit);
  const target =
    figure.target === undefined
      ? ''
      : `target ${figure.target.op} ${shown(figure.target.bound, figure.unit)}`;
  const verdict =
    figure.value === undefined || figure.target === undefined ? '' : meets(figure) ? 'ok' : 'MISS';
  const note = figure.note === undefined ? '' : `  (${figure.note})`;
  return `  ${figure.name.padEnd(52)} ${value.padEnd(16)} ${target.padEnd(20)} ${verdict}${note}`.trimEnd();
}
