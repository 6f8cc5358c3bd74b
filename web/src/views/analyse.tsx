import { useRef, useState } from 'preact/hooks';
import { api, type Analysis, type AnalyzeRequest } from '../lib/api.js';
import { fromAnalysis } from '../lib/model.js';
import { ArticleView } from '../components/article.js';
import { Downloads, Status } from '../components/bits.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function AnalysePage() {
  const [text, setText] = useState('');
  const [html, setHtml] = useState<{ name: string; content: string } | null>(null);
  const [meta, setMeta] = useState({ title: '', publishedAt: '', url: '', outlet: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Analysis | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function readFile(file: File) {
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name}: larger than 5 MB, too big for one article`);
      return;
    }
    const content = await file.text();
    if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
      setHtml({ name: file.name, content });
      setText('');
    } else {
      setHtml(null);
      setText(content);
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const body: AnalyzeRequest = html ? { html: html.content } : { text };
    for (const [k, v] of Object.entries(meta)) if (v.trim()) (body as Record<string, string>)[k] = v.trim();
    if (!html && !text.trim()) {
      setError('Paste an article or drop a file first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await api.analyze(body));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const model = result ? fromAnalysis(result) : null;
  const rows = result
    ? result.attributions.map((a) => ({
        id: a.id,
        speaker: a.speaker.name,
        speakerType: a.speaker.type,
        role: a.speaker.role,
        kind: a.kind,
        cue: a.cue?.text ?? null,
        content: a.content.text,
        start: a.content.start,
        end: a.content.end,
        statedOn: a.statedOn,
        confidence: a.confidence,
      }))
    : [];

  return (
    <main id="main" class="page" tabIndex={-1}>
      <h1>Analyse an article</h1>
      <form class="analyse-form" onSubmit={submit}>
        <div
          class={`drop${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        >
          <label for="article">Article text</label>
          {html ? (
            <p class="file-chip" data-testid="html-file">
              HTML page <strong>{html.name}</strong> ({Math.round(html.content.length / 1024)} kB): its main text will be analysed.{' '}
              <button type="button" class="small" onClick={() => setHtml(null)}>
                Remove
              </button>
            </p>
          ) : null}
          <textarea
            id="article"
            rows={9}
            value={text}
            disabled={html !== null}
            placeholder="Paste a news article here, or drop a .txt or .html file on this box."
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <div class="row">
            <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
              Open a file…
            </button>
            <input
              ref={fileInput}
              class="visually-hidden"
              type="file"
              accept=".txt,.text,.html,.htm,text/plain,text/html"
              tabIndex={-1}
              aria-label="Article file"
              onChange={(e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (file) void readFile(file);
                (e.target as HTMLInputElement).value = '';
              }}
            />
            <span class="muted">.txt or .html, up to 5 MB</span>
          </div>
        </div>
        <details class="meta">
          <summary>Title, date, outlet (optional)</summary>
          <div class="grid">
            <label>
              Title
              <input value={meta.title} onInput={(e) => { const value = (e.target as HTMLInputElement).value; setMeta((m) => ({ ...m, title: value })); }} />
            </label>
            <label>
              Published
              <input type="date" value={meta.publishedAt} onInput={(e) => { const value = (e.target as HTMLInputElement).value; setMeta((m) => ({ ...m, publishedAt: value })); }} />
            </label>
            <label>
              Outlet
              <input value={meta.outlet} onInput={(e) => { const value = (e.target as HTMLInputElement).value; setMeta((m) => ({ ...m, outlet: value })); }} />
            </label>
            <label>
              URL
              <input type="url" value={meta.url} onInput={(e) => { const value = (e.target as HTMLInputElement).value; setMeta((m) => ({ ...m, url: value })); }} />
            </label>
          </div>
        </details>
        <div class="row">
          <button type="submit" disabled={busy}>
            Analyse
          </button>
          <Status busy={busy} error={error}>
            {result ? `${result.attributions.length} attributions, ${model!.speakers.length} speakers` : ''}
          </Status>
          {result ? <Downloads name="attributions" columns={Object.keys(rows[0] ?? { id: 0 })} rows={rows} json={result} /> : null}
        </div>
      </form>
      {model ? (
        <section class="result" aria-label="Analysis">
          {result!.document.title ? <h2 class="doc-title">{result!.document.title}</h2> : null}
          <ArticleView model={model} />
        </section>
      ) : null}
    </main>
  );
}
