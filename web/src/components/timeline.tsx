import type { Timeline, TimeUnit } from '../lib/timeline.js';

/** Bars in a box of fixed height, so the chart never moves what is below it. */
export function TimelineChart({ timeline, unit }: { timeline: Timeline; unit: TimeUnit }) {
  const { buckets, max, undated } = timeline;
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const summary =
    buckets.length === 0
      ? 'No dated statements.'
      : `${total} dated statements by ${unit}, from ${buckets[0]!.label} to ${buckets[buckets.length - 1]!.label}; the busiest ${unit} had ${max}.`;
  // Label the first, middle and last bucket, each under its own bar.
  const ticks = new Set(buckets.length <= 1 ? [0] : [0, Math.floor((buckets.length - 1) / 2), buckets.length - 1]);
  return (
    <figure class="timeline" data-testid="timeline">
      <div class="chart" role="img" aria-label={summary}>
        <span class="ymax" aria-hidden="true">
          {max}
        </span>
        <div class="bars">
          {buckets.map((b) => (
            <div class="bar-slot" key={b.start} title={`${unit === 'week' ? 'Week of ' : ''}${b.label}: ${b.count}`}>
              <div class={`bar${b.count === 0 ? ' zero' : ''}`} style={{ height: max ? `${(b.count / max) * 100}%` : '0' }} data-count={b.count} />
            </div>
          ))}
        </div>
      </div>
      <div class={`xaxis${buckets.length > 8 ? " dense" : ""}`} aria-hidden="true">
        {buckets.map((b, i) => (
          <span key={b.start} class={i === 0 ? 'first' : i === buckets.length - 1 ? 'last' : undefined}>
            {ticks.has(i) ? <span class="tick">{b.label}</span> : null}
          </span>
        ))}
      </div>
      <figcaption class="muted">
        {summary}
        {undated ? ` ${undated} undated not shown.` : ''}
      </figcaption>
    </figure>
  );
}
