import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { segmentAttribution, segmentText } from '../lib/highlight.js';
import { TYPE_LABEL, type ArticleModel, type ViewAttribution, type ViewSpeaker } from '../lib/model.js';
import { TypeMark } from './bits.js';

interface Props {
  model: ArticleModel;
  /** Attribution to select (and scroll to) when the article first shows. */
  initialId?: string | null;
}

/**
 * The article with its attributions highlighted. All article text goes into the page as text
 * nodes (JSX children), never as markup.
 */
export function ArticleView({ model, initialId }: Props) {
  const [activeSpeaker, setActiveSpeaker] = useState<string | null>(null);
  const [selected, setSelected] = useState<number>(() => (initialId ? model.attributions.findIndex((a) => a.id === initialId) : -1));
  const textRef = useRef<HTMLDivElement>(null);
  const speakerByKey = useMemo(() => new Map(model.speakers.map((s) => [s.key, s])), [model]);
  const segments = useMemo(() => segmentText(model.text.length, model.attributions, model.voice), [model]);

  useEffect(() => {
    setActiveSpeaker(null);
    setSelected(initialId ? model.attributions.findIndex((a) => a.id === initialId) : -1);
  }, [model, initialId]);

  useEffect(() => {
    if (!initialId || !textRef.current) return;
    const index = model.attributions.findIndex((a) => a.id === initialId);
    const el = textRef.current.querySelector<HTMLElement>(`[data-first="${index}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [model, initialId]);

  // Listening from mount, not from the selection: an effect registered after the click's render
  // can miss an Escape pressed right after it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelected(-1);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // On a phone the details cover the lower half of the screen: bring the chosen statement above them.
  useEffect(() => {
    if (selected === -1 || !textRef.current || !matchMedia('(max-width: 899px)').matches) return;
    const el = textRef.current.querySelector<HTMLElement>(`[data-first="${selected}"]`);
    if (!el) return;
    const top = el.getBoundingClientRect().top;
    if (top < 0 || top > innerHeight * 0.45) el.scrollIntoView({ block: 'start' });
  }, [selected]);

  const firstSegment = new Map<number, number>();
  segments.forEach((seg, i) => {
    const a = segmentAttribution(seg);
    if (a !== -1 && !firstSegment.has(a)) firstSegment.set(a, i);
  });

  const select = (index: number) => setSelected((current) => (current === index ? -1 : index));
  const attrFromEvent = (event: Event): number => {
    const el = (event.target as HTMLElement | null)?.closest?.('[data-a]');
    return el ? Number(el.getAttribute('data-a')) : -1;
  };
  const onClick = (event: MouseEvent) => {
    const index = attrFromEvent(event);
    if (index !== -1) select(index);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const index = attrFromEvent(event);
    if (index === -1) return;
    event.preventDefault();
    select(index);
  };

  const selectedSpeakerKey = selected !== -1 ? model.attributions[selected]?.speakerKey : undefined;
  const pieces: (string | JSX.Element)[] = segments.map((seg, i) => {
    const text = model.text.slice(seg.start, seg.end);
    const a = segmentAttribution(seg);
    if (a === -1 && seg.voice === -1) return text;
    const classes: string[] = [];
    let attrs: Record<string, unknown> = {};
    if (a !== -1) {
      const attribution = model.attributions[a]!;
      const speaker = speakerByKey.get(attribution.speakerKey);
      classes.push(speaker?.colour ?? 'cg', `t-${speaker?.type ?? 'unknown'}`);
      if (seg.content !== -1) classes.push('hl', `k-${attribution.kind}`);
      if (activeSpeaker !== null && attribution.speakerKey === activeSpeaker) classes.push('active');
      if (a === selected) classes.push('sel');
      attrs = { 'data-a': a };
      if (firstSegment.get(a) === i) {
        attrs['data-first'] = a;
        attrs.tabIndex = 0;
        attrs.role = 'button';
        attrs['aria-pressed'] = a === selected;
      }
    }
    if (seg.cue !== -1) classes.push('cue');
    if (seg.source !== -1) classes.push('src');
    if (seg.voice !== -1) {
      classes.push('voice');
      const flags = model.voice[seg.voice]!.flags.map((f) => f.type);
      attrs.title = `The outlet's own voice: ${[...new Set(flags)].join(', ')}`;
    }
    if (seg.flag) classes.push('flag');
    return (
      <span key={i} class={classes.join(' ')} {...attrs}>
        {text}
      </span>
    );
  });

  const flaggedVoice = model.voice.filter((v) => v.flags.length > 0).length;
  return (
    <div class={`article-view${activeSpeaker !== null ? ' has-active' : ''}${selected !== -1 ? ' has-sel' : ''}`}>
      <aside class="side" aria-label="Speakers">
        <h2 class="side-title">
          Speakers <span class="muted">({model.speakers.length})</span>
        </h2>
        {model.speakers.length === 0 ? (
          <p class="muted">No attributions found in this article.</p>
        ) : (
          <ul class="speakers">
            {model.speakers.map((s) => (
              <li key={s.key}>
                <button
                  type="button"
                  class={`speaker ${s.colour} t-${s.type}${activeSpeaker === s.key ? ' on' : ''}${selectedSpeakerKey === s.key ? ' has-sel' : ''}`}
                  aria-pressed={activeSpeaker === s.key}
                  onClick={() => setActiveSpeaker((k) => (k === s.key ? null : s.key))}
                >
                  <TypeMark type={s.type} colour={s.colour} />
                  <span class="speaker-text">
                    <span class="speaker-name">{s.name}</span>
                    <span class="speaker-role">
                      {[TYPE_LABEL[s.type], s.role, s.organization].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <span class="count" aria-label={`${s.count} attributions`}>
                    {s.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {selected !== -1 && model.attributions[selected] ? (
          <Details
            attribution={model.attributions[selected]!}
            speaker={speakerByKey.get(model.attributions[selected]!.speakerKey)}
            reporter={reporterOf(model, model.attributions[selected]!, speakerByKey)}
            text={model.text}
            position={`${selected + 1} of ${model.attributions.length}`}
            onPrev={selected > 0 ? () => setSelected(selected - 1) : null}
            onNext={selected + 1 < model.attributions.length ? () => setSelected(selected + 1) : null}
            onClose={() => setSelected(-1)}
          />
        ) : null}
        <Legend voice={flaggedVoice > 0} />
      </aside>
      <div class="article-main">
        <div class="article-text" ref={textRef} onClick={onClick} onKeyDown={onKeyDown} data-testid="article-text">
          {pieces}
        </div>
      </div>
    </div>
  );
}

function Legend({ voice }: { voice: boolean }) {
  return (
    <dl class="legend" aria-label="How to read the highlights">
      <div>
        <dt>
          <span class="hl c0 t-person">shaded</span>
        </dt>
        <dd>what was said, one colour per speaker</dd>
      </div>
      <div>
        <dt>
          <span class="cue c0">underlined</span>
        </dt>
        <dd>the cue (said, told, according to)</dd>
      </div>
      <div>
        <dt>
          <span class="src c0">boxed</span>
        </dt>
        <dd>who is named as the source</dd>
      </div>
      <div>
        <dt>
          <span class="hl c1 t-organization">striped</span> <span class="hl cg t-anonymous">grey</span>
        </dt>
        <dd>organisation or media; anonymous</dd>
      </div>
      {voice ? (
        <div>
          <dt>
            <span class="voice">wavy</span>
          </dt>
          <dd>the outlet's own flagged wording</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Who reports a second-hand attribution: the speaker of the attribution whose content holds it. */
function reporterOf(model: ArticleModel, a: ViewAttribution, speakerByKey: Map<string, ViewSpeaker>): ViewSpeaker | undefined {
  if (a.reportedBy === undefined) return undefined;
  const outer = model.attributions.find((x) => x.id === a.reportedBy);
  return outer ? speakerByKey.get(outer.speakerKey) : undefined;
}

interface DetailsProps {
  attribution: ViewAttribution;
  speaker: ViewSpeaker | undefined;
  reporter: ViewSpeaker | undefined;
  text: string;
  position: string;
  onPrev: (() => void) | null;
  onNext: (() => void) | null;
  onClose: () => void;
}

function Details({ attribution: a, speaker, reporter, text, position, onPrev, onNext, onClose }: DetailsProps) {
  const content = (a.contentParts && a.contentParts.length > 1 ? a.contentParts : [a.content]).map((p) => text.slice(p.start, p.end)).join(' … ');
  return (
    <section class="details" aria-label="Attribution details" aria-live="polite" data-testid="details">
      <header class="details-head">
        <strong>Attribution {position}</strong>
        <span class="details-nav">
          <button type="button" onClick={onPrev ?? undefined} disabled={!onPrev} aria-label="Previous attribution">
            ‹
          </button>
          <button type="button" onClick={onNext ?? undefined} disabled={!onNext} aria-label="Next attribution">
            ›
          </button>
          <button type="button" onClick={onClose} aria-label="Close details">
            ×
          </button>
        </span>
      </header>
      <dl class="facts">
        <dt>Speaker</dt>
        <dd>
          {speaker ? (
            speaker.actorId ? (
              <a href={`#/actor/${encodeURIComponent(speaker.actorId)}`}>{speaker.name}</a>
            ) : (
              speaker.name
            )
          ) : (
            'unknown'
          )}
          {speaker ? <span class="muted"> ({[TYPE_LABEL[speaker.type], speaker.role].filter(Boolean).join(', ')})</span> : null}
        </dd>
        {reporter ? (
          <>
            <dt>Reported by</dt>
            <dd data-testid="detail-reporter">{reporter.name}</dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd data-testid="detail-kind">{a.kind}</dd>
        <dt>Cue</dt>
        <dd>{a.cue ? a.cue.text : '—'}</dd>
        <dt>Source</dt>
        <dd>{a.source ? a.source.text : '—'}</dd>
        <dt>Stated on</dt>
        <dd>{a.statedOn ?? '—'}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round(a.confidence * 100)}%</dd>
        {a.quoteId ? (
          <>
            <dt>Quote</dt>
            <dd>
              <a href={`#/quote/${encodeURIComponent(a.quoteId)}`}>every occurrence</a>
            </dd>
          </>
        ) : null}
      </dl>
      <blockquote class="details-content">{content}</blockquote>
    </section>
  );
}
