import { useEffect, useState } from 'preact/hooks';
import { api, type StoreStats } from './lib/api.js';
import { useRoute } from './lib/route.js';
import { AnalysePage } from './views/analyse.js';
import { SearchPageView } from './views/search.js';
import { ActorPage, ActorsPage } from './views/actors.js';
import { DocumentPage } from './views/document.js';
import { QuotePage } from './views/quote.js';

export function App() {
  const route = useRoute();
  const [stats, setStats] = useState<StoreStats | null>(null);
  useEffect(() => {
    api.stats().then(setStats, () => setStats(null));
  }, []);
  const [section, id] = route.parts;
  // Views are keyed by what they show, so going from one actor to another starts fresh.
  let view;
  if (section === 'search') view = <SearchPageView route={route} />;
  else if (section === 'actors') view = <ActorsPage route={route} />;
  else if (section === 'actor' && id) view = <ActorPage key={id} id={id} route={route} />;
  else if (section === 'document' && id) view = <DocumentPage key={id} id={id} attributionId={route.params.get('a')} />;
  else if (section === 'quote' && id) view = <QuotePage key={id} id={id} />;
  else view = <AnalysePage />;
  const current = section === 'search' || section === 'document' || section === 'quote' ? 'search' : section === 'actors' || section === 'actor' ? 'actors' : 'analyse';

  useEffect(() => {
    document.title = `whosaid · ${current === 'analyse' ? 'Analyse' : current === 'search' ? 'Ledger' : 'Actors'}`;
  }, [current]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          whosaid
        </a>
        <nav aria-label="Sections">
          <a href="#/" aria-current={current === 'analyse' ? 'page' : undefined}>
            Analyse
          </a>
          <a href="#/search" aria-current={current === 'search' ? 'page' : undefined}>
            Ledger
          </a>
          <a href="#/actors" aria-current={current === 'actors' ? 'page' : undefined}>
            Actors
          </a>
        </nav>
        <span class="stats muted" data-testid="stats">
          {stats ? `${stats.documents} articles · ${stats.attributions} statements` : '\u00a0'}
        </span>
      </header>
      {view}
    </>
  );
}
