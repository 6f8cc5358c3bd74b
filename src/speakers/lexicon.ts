// Word lists for speaker resolution, written for this project. All entries are lower case;
// look-ups lower-case the word first. They are deliberately modest: the resolver falls back
// to shape (capitalisation, part of speech) when a word is in no list.

function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s*\|\s*|\n+/).map((w) => w.trim()).filter(Boolean));
}

/** Honorifics before a name, with the gender they imply (null: none). */
export const HONORIFICS = new Map<string, 'male' | 'female' | null>([
  ['mr', 'male'], ['mr.', 'male'], ['messrs.', 'male'], ['sir', 'male'], ['lord', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['madam', 'female'], ['mme', 'female'], ['mme.', 'female'],
  ['dr', null], ['dr.', null], ['rev.', null], ['reverend', null],
]);

/** Abbreviated titles, spelled out when they become a speaker's role. */
// "Sens. Ann Lee and Tom Ray": each of them is a Senator, so plural titles spell out in the singular
export const TITLE_ABBREVIATIONS = new Map<string, string>([
  ['sen.', 'Senator'], ['rep.', 'Representative'], ['gov.', 'Governor'], ['gen.', 'General'],
  ['lt.', 'Lieutenant'], ['col.', 'Colonel'], ['maj.', 'Major'], ['capt.', 'Captain'],
  ['sgt.', 'Sergeant'], ['adm.', 'Admiral'], ['prof.', 'Professor'], ['pres.', 'President'],
  ['amb.', 'Ambassador'], ['supt.', 'Superintendent'], ['insp.', 'Inspector'], ['cmdr.', 'Commander'],
  ['atty.', 'Attorney'], ['del.', 'Delegate'], ['sens.', 'Senator'], ['reps.', 'Representative'], ['govs.', 'Governor'], ['lt.-gen.', 'Lieutenant General'], ['gov.-elect', 'Governor-elect'],
]);

/**
 * Words that make up a role or title ("Secretary General", "transit director", "spokesman").
 * Capitalised ones before a name are part of the title, not of the name.
 */
export const ROLE_WORDS = set(`
president | president-elect | vice | vice-president | prime | minister | premier | chancellor | secretary
general | secretary-general | attorney | senator | representative | congressman | congresswoman | congressmember
governor | governor-elect | mayor | mayor-elect | judge | justice | magistrate | king | queen | prince | princess | pope | emperor
sheikh | emir | ambassador | envoy | consul | diplomat | chairman | chairwoman | chairperson | chair | director
spokesman | spokeswoman | spokesperson | spokespeople | commissioner | commander | lieutenant | colonel | captain
admiral | sergeant | marshal | brigadier | corporal | private | officer | chief | ceo | cfo | coo | cto | cio
head | leader | deputy | assistant | associate | acting | interim | former | retired | foreign | defense | defence
interior | finance | economy | economic | health | trade | treasury | commerce | labor | labour | energy
agriculture | education | transport | transportation | transit | housing | justice | environment | culture
speaker | majority | minority | whip | sheriff | inspector | superintendent | founder | co-founder | cofounder
executive | editor | editor-in-chief | publisher | professor | lecturer | dean | provost | rector | coach | manager
analyst | economist | strategist | adviser | advisor | counsel | counselor | lawyer | attorney-general | aide
candidate | nominee | frontrunner | front-runner | hopeful | challenger | incumbent | lawmaker | legislator
mp | mep | negotiator | official | researcher | scientist | author | activist | historian | journalist
reporter | correspondent | columnist | host | anchor | commentator | pollster | press | national | security
homeland | intelligence | fire | police | special | senior | top | managing | regional |  |  | 
prosecutor | investigator | detective | chaplain | bishop | archbishop | cardinal | rabbi | imam | cleric
 |  |  | operative | organizer | organiser | consultant | expert | specialist
physician | doctor | surgeon | nurse | engineer | architect | planner |  |  | 
 |  |  |  | teacher | principal | superintendent | trustee | treasurer | clerk
controller | comptroller | auditor | administrator | regulator | supervisor | councilman | councilwoman
councillor | councilor | alderman | delegate | chancellor-elect |  |  |  | 
 |  |  |  |  |  |  |  |  |  | 
 |  |  |  |  | chief-of-staff |  |  | 
co-chair | co-chairman | vice-chair | vice-chairman | vice-chairwoman | undersecretary | 
republican | democrat | democratic | libertarian | presidential | vice-presidential | gubernatorial | senatorial | parliamentary | opposition | ruling
campaigner | entrepreneur | novelist | writer | poet | artist | filmmaker | actor | actress | singer | musician | chef
presenter | blogger | comedian | footballer | striker | midfielder | goalkeeper
`);

/** Head nouns of roles: a descriptive source ending in one of these names a role ("the secretary general"). */
export const ROLE_HEADS = set(`
president | president-elect | vice-president | minister | premier | chancellor | secretary | general
secretary-general | senator | representative | congressman | congresswoman | governor | governor-elect | mayor | mayor-elect
judge | justice | king | queen | prince | princess | pope | emperor | ambassador | envoy | consul | chairman
chairwoman | chairperson | chair | director | spokesman | spokeswoman | spokesperson | commissioner | commander
officer | chief | ceo | cfo | coo | cto | head | leader | deputy | speaker | whip | sheriff | inspector
superintendent | founder | co-founder | executive | editor | publisher | professor | dean | coach | manager
analyst | economist | strategist | adviser | advisor | counsel | lawyer | aide | candidate | nominee
frontrunner | front-runner | hopeful | challenger | incumbent | lawmaker | legislator | negotiator
prosecutor | investigator | detective | bishop | archbishop | cardinal | rabbi | imam | consultant
physician | doctor | surgeon | engineer | owner | partner | treasurer | administrator | regulator
councilman | councilwoman | councillor | councilor | attorney | attorney-general | undersecretary
co-chair | co-chairman | vice-chair | vice-chairman | vice-chairwoman | lieutenant | colonel | captain | admiral
sergeant | marshal | brigadier | premier | diplomat | researcher | scientist | author | activist | historian
journalist | reporter | correspondent | columnist | host | anchor | commentator | pollster | magnate | billionaire
businessman | businesswoman | entrepreneur | investor | banker | economist | architect | planner | principal
fellow | narrator | announcer | moderator | questioner | interviewer | caller | speechwriter | pundit | blogger
teacher | icon | lady | star | actor | actress | singer | writer | novelist | director-general | governor-general
`);

/** Roles that say the holder's gender. */
export const GENDERED_ROLES = new Map<string, 'male' | 'female'>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'],
  ['congressman', 'male'], ['congresswoman', 'female'], ['councilman', 'male'], ['councilwoman', 'female'],
  ['businessman', 'male'], ['businesswoman', 'female'], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['actor', 'male'], ['actress', 'female'],
  ['vice-chairman', 'male'], ['vice-chairwoman', 'female'], ['sheikh', 'male'], ['emir', 'male'],
  ['pope', 'male'], ['cardinal', 'male'], ['rabbi', 'male'], ['imam', 'male'], ['first lady', 'female'],
]);

/** Nouns for people: an undetermined or counted description ending in one of these is an anonymous source. */
export const PERSON_NOUNS = set(`
official | officials | aide | aides | source | sources | person | people | individual | individuals
diplomat | diplomats | officer | officers | staffer | staffers | employee | employees | member | members
adviser | advisers | advisor | advisors | insider | insiders | spokesman | spokeswoman | spokesperson
analyst | analysts | expert | experts | observer | observers | critic | critics | supporter | supporters
resident | residents | witness | witnesses | worker | workers | lawmaker | lawmakers | legislator | legislators
executive | executives | investigator | investigators | prosecutor | prosecutors | lawyer | lawyers
attorney | attorneys | negotiator | negotiators | representative | representatives | leader | leaders
activist | activists | voter | voters | man | men | woman | women | someone | somebody | anyone | others
friend | friends | colleague | colleagues | neighbour | neighbours | neighbor | neighbors | relative | relatives
student | students | teacher | teachers | doctor | doctors | nurse | nurses | scientist | scientists
researcher | researchers | economist | economists | strategist | strategists | operative | operatives
consultant | consultants | donor | donors | volunteer | volunteers | protester | protesters | protestor
protestors | soldier | soldiers | commander | commanders | veteran | veterans | farmer | farmers
owner | owners | manager | managers | banker | bankers | investor | investors | trader | traders
parent | parents | victim | victims | survivor | survivors | patient | patients | passenger | passengers
official's | directors | director | delegate | delegates | senator | senators | judge | judges | journalist
journalists | reporter | reporters | commentator | commentators | pollster | pollsters | candidate | candidates
republicans | democrats | conservatives | liberals | progressives | americans | citizens | users | customers
fans | participants | organizers | organisers | authorities | police | investigators | counterparts | allies
advocate | advocates | readers | viewers | listeners | audience | crowd | attendees | spectators | callers | commenters | respondents
wife | husband | ex-wife | ex-husband | daughter | son | mother | father | brother | sister | uncle | aunt
cousin | niece | nephew | grandson | granddaughter | grandmother | grandfather | partner | fiance | fiancee
boyfriend | girlfriend | widow | widower | child | children | kids | family | surrogate | surrogates | spouse
`);

/** People nouns that mean the source hides its identity: "the official" stays anonymous, not a named role. */
export const ANONYMOUS_HEADS = set(`
official | officials | aide | aides | source | sources | person | people | individual | individuals
insider | insiders | staffer | staffers | diplomat | diplomats | someone | somebody | anyone | others
`);

/** Determiners that make a description indefinite: each such source is its own speaker. */
export const INDEFINITE_DETERMINERS = set(`
a | an | another | one | two | three | four | five | six | seven | eight | nine | ten | several | some
many | few | numerous | multiple | various | other | certain | a few | dozens | hundreds | most | no
a couple | both | all | any | more | three | unnamed | anonymous | such
`);

/** Nouns for documents and other non-human sources that speak ("the report said"). */
export const DOCUMENT_NOUNS = set(`
report | reports | statement | statements | indictment | indictments | lawsuit | lawsuits | complaint | complaints
memo | memos | memorandum | letter | letters | missive | missives | filing | filings | study | studies | survey | surveys | poll | polls
document | documents | ruling | rulings | order | orders | decision | verdict | analysis | analyses | data | figures
records | record | bill | proposal | proposals | email | emails | e-mail | e-mails | tweet | tweets | post | posts
release | communique | communiqué | transcript | transcripts | affidavit | testimony | commentary | essay | motion | brief | petition
warrant | subpoena | summary | notice | announcement | guidance | guidelines | policy | regulation | regulations
law | legislation | draft | text | website | site | message | messages | video | videos | ad | ads | advert | headline
headlines | chart | map | footage | audit | review | assessment | estimate | estimates | forecast | projection
projections | index | census | investigation | inquiry | probe | findings | paper | papers | dossier | plan
resolution | agreement | treaty | contract | budget | manifesto | platform | blog | op-ed | editorial | article
story | cable | cables | leak | leaks | notes | minutes | press release | court filing | court filings | charge sheet
research | finding | findings | case | film | documentary | clip | piece | slide | rules | bylaws | submission
returns | average | averages | book | memoir | speech | remarks | op-ed | column | editorial | spot | commercial
questionnaire | tally | results | numbers | statistics | model | models | simulation | photo | photos | image
`);

/** Nouns for news media when they stand alone ("the newspaper reported"). */
export const MEDIA_NOUNS = set(`
newspaper | newspapers | paper | outlet | outlets | broadcaster | broadcasters | network | networks | magazine
tabloid | daily | weekly | channel | station | wire | wire service | news agency | agency's | publication | newsroom
news outlet | news site | website's | podcast | show | publication | journal | press | media
`);

/** Nouns for organisations when they stand alone ("the company said"). */
export const ORG_NOUNS = set(`
company | companies | firm | firms | group | groups | organization | organisation | organizations | ministry
department | agency | agencies | administration | government | governments | campaign | party | parties
committee | council | commission | court | courts | military | army | navy | police | embassy | office
team | board | union | unions | league | authority | authorities | alliance | coalition | bank | banks
university | school | hospital | institute | foundation | association | federation | bureau | service
cabinet | parliament | congress | senate | legislature | assembly | regime | junta | kremlin | state | states
spokesman's | secretariat | county | city | town | municipality | district | county's | trust | charity
club | church | airline | carrier | manufacturer | producer | retailer | bank's | lender | insurer | operator
prosecutors' | prosecution | defense | defence | leadership | opposition | movement | network's | consortium
regulator | watchdog | body | panel | tribunal | jury | fund | center | centre | lab | laboratory | startup
automaker | carmaker | giant | conglomerate | corporation | corp | utility | exchange | market | markets
`);

/** Last words that make a capitalised name an organisation ("Commerce Department", "Acme Inc."). */
export const ORG_SUFFIXES = set(`
department | ministry | inc | inc. | corp | corp. | corporation | co | co. | company | ltd | ltd. | llc | plc
gmbh | ag | sa | s.a. | nv | n.v. | bv | group | holdings | industries | party | committee | council
commission | agency | bureau | office | service | services | institute | institution | university | college
school | academy | foundation | association | union | bank | fund | court | congress | senate | parliament
assembly | house | administration | organization | organisation | authority | board | league | federation
alliance | coalition | society | trust | club | center | centre | army | navy | police | guard | forces
force | corps | command | cabinet | government | embassy | consulate | network | systems | technologies
partners | capital | ventures | airlines | airways | motors | energy | pharmaceuticals | labs | laboratories
hospital | clinic | church | diocese | municipality | council's | secretariat | tribunal | directorate
inspectorate | observatory | exchange | reserve | treasury | pentagon | kremlin | watch | international
project | initiative | movement | media | county | convention | conference | forum | caucus | majority | group's | co-op | cooperative | partnership
chamber | museum | library | guild | syndicate | cartel
foods | brands | stores | products | resources | mining | minerals | logistics | solutions
entertainment | insurance | materials | chemicals | electronics | enterprises | investments | properties | hotels
resorts | petroleum | telecom | telecommunications | financial | securities | associates | shipping | semiconductors
biosciences | therapeutics | software | beverages | brewing | breweries | automotive | aerospace | textiles | utilities
railways | railroad
`);

/** Organisations known by one name (lower case, without "the"). */
export const KNOWN_ORGS = set(`
kremlin | white house | pentagon | nato | un | u.n. | united nations | eu | e.u. | european union
european commission | fbi | cia | nsa | dhs | doj | irs | sec | fda | cdc | who | imf | world bank | wto
opec | hamas | hezbollah | taliban | isis | al-qaeda | al qaeda | islamic state | red cross | interpol
google | apple | microsoft | amazon | meta | facebook | twitter | tesla | openai | nvidia | intel | ibm
boeing | airbus | toyota | volkswagen | samsung | huawei | alibaba | tencent | gazprom | rosneft | exxonmobil
exxon | chevron | shell | bp | walmart | pfizer | moderna | netflix | uber | spacex | tiktok | bytedance
congress | senate | supreme court | parliament | bundestag | duma | knesset | downing street | elysee
élysée | vatican | politburo | gop | democrats | republicans | labour | tories | ecb | federal reserve | fed
scotus | nhs | unesco | unicef | osce | asean | african union | g7 | g20 | brics | iaea | icc | icj
amnesty international | human rights watch | greenpeace | oxfam | aclu | nra | naacp | ap-norc | gallup
pew research center | quinnipiac | ipsos | yougov | rasmussen | morning consult | emerson college
`);

/** Media known by name: lower-case form (without a leading "the") -> display name. */
export const KNOWN_MEDIA = new Map<string, string>(
  [
    'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Bloomberg', 'Bloomberg News',
    'CNN', 'BBC', 'BBC News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'Fox News', 'Fox',
    'MSNBC', 'NPR', 'PBS', 'CNBC', 'Sky News', 'Al Jazeera', 'Politico', 'Axios', 'The Hill', 'Breitbart',
    'Breitbart News', 'The Washington Post', 'The New York Times', 'The Wall Street Journal', 'USA Today',
    'The Guardian', 'The Times', 'The Telegraph', 'The Independent', 'Financial Times', 'The Economist',
    'Los Angeles Times', 'Chicago Tribune', 'The Atlantic', 'The New Yorker', 'Newsweek',
    'Der Spiegel', 'Spiegel', 'Le Monde', 'Le Figaro', 'El País', 'Die Zeit', 'Bild', 'La Repubblica',
    'Corriere della Sera', 'Haaretz', 'The Jerusalem Post', 'Times of Israel', 'TASS', 'RIA Novosti',
    'Interfax', 'Xinhua', 'Kyodo', 'Yonhap', 'NHK', 'RT', 'Sputnik', 'Kyiv Independent', 'Ukrainska Pravda',
    'Daily Mail', 'The Sun', 'The Mirror', 'Daily Mirror', 'The Daily Beast', 'HuffPost', 'Huffington Post',
    'BuzzFeed News', 'Vox', 'Mother Jones', 'National Review', 'The Intercept',
    'ProPublica', 'Vice News', 'Business Insider', 'Forbes', 'CNET', 'Wired',
    'TechCrunch', 'The Verge', 'Semafor', 'Punchbowl News', 'The Boston Globe', 'Boston Globe',
    'San Francisco Chronicle', 'Miami Herald', 'Houston Chronicle', 'Dallas Morning News', 'The Daily Caller',
    'Daily Caller', 'Washington Examiner', 'The Washington Times', 'New York Post', 'Newsmax', 'One America News',
    'Deutsche Welle', 'DW', 'France 24', 'Euronews', 'Radio Free Europe', 'RFE/RL', 'Voice of America', 'VOA',
    'South China Morning Post', 'Global Times', 'Nikkei', 'The Straits Times', 'The Hindu', 'Times of India',
    'ZeroHedge', 'Zero Hedge', 'Mediaite', 'Talking Points Memo', 'Drudge Report', 'Washington Free Beacon',
    'The Federalist', 'RealClearPolitics', 'FiveThirtyEight', 'Yahoo News', 'Yahoo', 'Gizmodo', 
    'The Hollywood Reporter', 'Rolling Stone', 'Time', 'Slate', 'Salon', 'Vice', 'Variety', 'PolitiFact', 'FactCheck.org', 'Snopes', 'The Post', 'The Journal', 'Post', 'Times', 'Journal',
  ].map((n) => [n.toLowerCase().replace(/^the /, ''), n] as [string, string]),
);

/** Last words that make a capitalised name a news medium ("The Kyiv Post", "Sky News"). */
export const MEDIA_SUFFIXES = set(`
times | post | news | journal | herald | tribune | gazette | telegraph | chronicle | observer | guardian
globe | magazine | radio | television | tv | broadcasting | press | daily | weekly | courier | dispatch
examiner | inquirer | mail | mirror | star | sun | monitor | review | reporter | standard | register
bulletin | express | independent | today | newswire | wire | pravda | izvestia | podcast | newsletter
echo | argus | advertiser | sentinel | enquirer | recorder | messenger | gleaner | spectator | ledger | clarion
`);

/** Places: countries, capitals, regions, US states and their demonyms (a speaker, when one, is a government). */
export const PLACES = set(`
afghanistan | albania | algeria | argentina | armenia | australia | austria | azerbaijan | bahrain | bangladesh
belarus | belgium | bolivia | bosnia | brazil | britain | great britain | bulgaria | cambodia | cameroon | canada
chile | china | colombia | congo | croatia | cuba | cyprus | czechia | czech republic | denmark | ecuador | egypt
england | estonia | ethiopia | europe | finland | france | georgia | germany | ghana | greece | guatemala | haiti
honduras | hungary | iceland | india | indonesia | iran | iraq | ireland | israel | italy | japan | jordan
kazakhstan | kenya | korea | north korea | south korea | kosovo | kuwait | kyrgyzstan | laos | latvia | lebanon
libya | lithuania | luxembourg | malaysia | mali | malta | mexico | moldova | mongolia | montenegro | morocco
myanmar | nepal | netherlands | new zealand | nicaragua | niger | nigeria | norway | oman | pakistan | palestine
panama | paraguay | peru | philippines | poland | portugal | qatar | romania | russia | rwanda | saudi arabia
scotland | serbia | singapore | slovakia | slovenia | somalia | south africa | spain | sri lanka | sudan
south sudan | sweden | switzerland | syria | taiwan | tajikistan | tanzania | thailand | tunisia | turkey
turkmenistan | uganda | ukraine | united kingdom | uk | u.k. | united states | us | u.s. | usa | u.s.a. | america
uruguay | uzbekistan | venezuela | vietnam | wales | yemen | zambia | zimbabwe | gaza | west bank | crimea
donbas | donbass | donetsk | luhansk | kherson | zaporizhzhia | kharkiv | odesa | odessa | kursk | belgorod
moscow | kyiv | kiev | washington | london | paris | berlin | brussels | beijing | tokyo | rome | madrid
warsaw | vienna | ankara | tehran | jerusalem | tel aviv | cairo | riyadh | doha | dubai | delhi | new delhi
ottawa | canberra | seoul | pyongyang | taipei | hong kong | minsk | budapest | prague | athens | lisbon
dublin | stockholm | oslo | helsinki | copenhagen | amsterdam | the hague | geneva | davos | istanbul
baghdad | damascus | beirut | kabul | islamabad | caracas | havana | mexico city | brasilia | buenos aires
new york | los angeles | chicago | houston | miami | boston | san francisco | seattle | atlanta | dallas
philadelphia | detroit | denver | phoenix | las vegas | new orleans | baltimore | pittsburgh | cleveland
alabama | alaska | arizona | arkansas | california | colorado | connecticut | delaware | florida | hawaii
idaho | illinois | indiana | iowa | kansas | kentucky | louisiana | maine | maryland | massachusetts
michigan | minnesota | mississippi | missouri | montana | nebraska | nevada | new hampshire | new jersey
new mexico | north carolina | north dakota | ohio | oklahoma | oregon | pennsylvania | rhode island
south carolina | south dakota | tennessee | texas | utah | vermont | virginia | west virginia | wisconsin
wyoming | asia | africa | middle east | latin america | south america | north america | the west | balkans
baltics | scandinavia | siberia | arctic | pacific | atlantic | caribbean | east asia | eastern europe
western europe | capitol hill | wall street | silicon valley | hollywood | westminster | whitehall
`);

/** Demonyms and adjectives of place, mapped to the place (used for "Russian Foreign Minister"). */
export const DEMONYMS = new Map<string, string>([
  ['american', 'United States'], ['u.s.', 'United States'], ['us', 'United States'], ['british', 'Britain'],
  ['russian', 'Russia'], ['ukrainian', 'Ukraine'], ['chinese', 'China'], ['french', 'France'],
  ['german', 'Germany'], ['italian', 'Italy'], ['spanish', 'Spain'], ['polish', 'Poland'],
  ['israeli', 'Israel'], ['palestinian', 'Palestine'], ['iranian', 'Iran'], ['iraqi', 'Iraq'],
  ['syrian', 'Syria'], ['turkish', 'Turkey'], ['saudi', 'Saudi Arabia'], ['egyptian', 'Egypt'],
  ['indian', 'India'], ['pakistani', 'Pakistan'], ['japanese', 'Japan'], ['korean', 'Korea'],
  ['north korean', 'North Korea'], ['south korean', 'South Korea'], ['canadian', 'Canada'],
  ['mexican', 'Mexico'], ['brazilian', 'Brazil'], ['australian', 'Australia'], ['dutch', 'Netherlands'],
  ['belgian', 'Belgium'], ['swedish', 'Sweden'], ['norwegian', 'Norway'], ['finnish', 'Finland'],
  ['danish', 'Denmark'], ['greek', 'Greece'], ['hungarian', 'Hungary'], ['romanian', 'Romania'],
  ['belarusian', 'Belarus'], ['georgian', 'Georgia'], ['lebanese', 'Lebanon'], ['jordanian', 'Jordan'],
  ['qatari', 'Qatar'], ['emirati', 'United Arab Emirates'], ['afghan', 'Afghanistan'], ['irish', 'Ireland'],
  ['scottish', 'Scotland'], ['welsh', 'Wales'], ['english', 'England'], ['european', 'Europe'],
  ['taiwanese', 'Taiwan'], ['vietnamese', 'Vietnam'], ['venezuelan', 'Venezuela'], ['cuban', 'Cuba'],
  ['nigerian', 'Nigeria'], ['kenyan', 'Kenya'], ['south african', 'South Africa'], ['swiss', 'Switzerland'],
  ['austrian', 'Austria'], ['czech', 'Czech Republic'], ['portuguese', 'Portugal'], ['lithuanian', 'Lithuania'],
  ['latvian', 'Latvia'], ['estonian', 'Estonia'], ['moldovan', 'Moldova'], ['serbian', 'Serbia'],
  ['croatian', 'Croatia'], ['argentine', 'Argentina'], ['chilean', 'Chile'], ['colombian', 'Colombia'],
]);

/** Names of peoples and communities that are no country: "Latinos", "African-Americans". */
export const PEOPLES = set(`american | african-american | asian-american | latino | latina | hispanic | arab | muslim | jew
christian | catholic | evangelical | mormon | palestinian | kurd | europeans | asian | african | native | democrat | republican
millennial | boomer`);

/** Capitalised words that never start or form a name by themselves. */
export const NOT_NAMES = set(`
monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april
may | june | july | august | september | october | november | december | i | the | a | an | but | and | or
if | in | on | at | of | for | to | as | so | yet | this | that | these | those | he | she | it | we | they
you | his | her | its | our | their | my | your | there | here | when | while | after | before | since
although | though | because | what | who | whom | which | where | why | how | however | meanwhile | also
still | then | now | yesterday | tomorrow | last | next | some | many | most | all | both | each
every | no | not | yes | first | second | third | finally | instead | later | earlier | indeed | perhaps | overall
together | even | already | again | once | twice | only | just | yet | hundreds | thousands | dozens | millions | scores | according | with | without | by | from | into | over | under
about | asked | says | told | god | internet | web | covid | covid-19 | christmas | easter | ramadan
`);

/** Pronouns a source span can be, by what they can refer to. */
export const PRONOUNS = new Map<string, { gender: 'male' | 'female' | null; plural: boolean; kind: 'person' | 'thing' | 'any' | 'self' | 'relative' }>([
  ['he', { gender: 'male', plural: false, kind: 'person' }], ['him', { gender: 'male', plural: false, kind: 'person' }],
  ['his', { gender: 'male', plural: false, kind: 'person' }], ['himself', { gender: 'male', plural: false, kind: 'person' }],
  ['she', { gender: 'female', plural: false, kind: 'person' }], ['her', { gender: 'female', plural: false, kind: 'person' }],
  ['hers', { gender: 'female', plural: false, kind: 'person' }], ['herself', { gender: 'female', plural: false, kind: 'person' }],
  ['they', { gender: null, plural: true, kind: 'any' }], ['them', { gender: null, plural: true, kind: 'any' }],
  ['their', { gender: null, plural: true, kind: 'any' }], ['themselves', { gender: null, plural: true, kind: 'any' }],
  ['it', { gender: null, plural: false, kind: 'thing' }], ['its', { gender: null, plural: false, kind: 'thing' }],
  ['itself', { gender: null, plural: false, kind: 'thing' }],
  ['i', { gender: null, plural: false, kind: 'self' }], ['me', { gender: null, plural: false, kind: 'self' }],
  ['my', { gender: null, plural: false, kind: 'self' }], ['we', { gender: null, plural: true, kind: 'self' }],
  ['us', { gender: null, plural: true, kind: 'self' }], ['our', { gender: null, plural: true, kind: 'self' }],
  ['who', { gender: null, plural: false, kind: 'relative' }], ['whom', { gender: null, plural: false, kind: 'relative' }],
  ['whose', { gender: null, plural: false, kind: 'relative' }], ['which', { gender: null, plural: false, kind: 'relative' }],
  ['that', { gender: null, plural: false, kind: 'relative' }],
]);

// Common first names by gender, English and the names most often met in international news.
// A name in both lists (Jordan, Alex...) says nothing.
export const MALE_NAMES = set(`
aaron | abdul | abdullah | abraham | adam | adrian | ahmad | ahmed | alan | albert | alberto | aleksandr | alexander
alexandr | alexei | alexey | alfred | ali | alistair | amir | anatoly | andre | andrea | andreas | andrei | andrew
andrey | andriy | andy | angus | anthony | antonio | antony | anton | arnold | arthur | ashraf | barack | barry
ben | benjamin | benny | bernard | bernie | bill | billy | bob | bobby | boris | brad | bradley | brandon | brendan
brett | brian | bruce | bruno | bryan | carl | carlos | cesar | charles | charlie | chris | christian | christopher
chuck | clarence | claude | clifford | colin | connor | craig | cyril | dale | dan | daniel | danny | darren | dave
david | dean | denis | dennis | derek | dmitri | dmitriy | dmitry | dominic | don | donald | doug | douglas | duncan
dwight | ed | eddie | edward | edwin | eli | elijah | elon | emmanuel | emile | enrique | eric | erik | ernest | ethan
eugene | evan | evgeny | fabio | felix | fernando | francis | francisco | frank | franz | fred | frederick | gabriel
gary | gavin | gene | geoffrey | george | gerald | gerard | gerhard | giorgio | giuseppe | glenn | gordon | graham
grant | greg | gregory | guy | hakeem | hamid | hans | harold | harry | hassan | hector | heinrich | henry | herbert
howard | hugh | hugo | hussein | ian | igor | ilya | isaac | ivan | jack | jacob | jaime | jake | james | jared
jason | javier | jay | jeff | jeffrey | jens | jeremy | kofi | kwame | emmanuel | bola | cyril | jacob | thabo | uhuru | yoweri | paul | jerome | jerry | jesse | jim | jimmy | joachim | joe | joel
johann | john | johnny | jon | jonathan | jorge | jose | josé | joseph | josh | joshua | juan | julian | justin
karl | keith | kenneth | kevin | khalid | kirk | klaus | konstantin | kurt | kyle | larry | lars | lawrence
lee | leo | leon | leonard | liam | lloyd | louis | luca | lucas | luis | luke | maksim | malcolm | manuel
marc | marco | marcus | mario | mark | martin | matt | matteo | matthew | maurice | max | maxim | michael | miguel
mike | mikhail | mitch | mitchell | mohamed | mohammad | mohammed | muhammad | mykhailo | mykola | nathan | neil
nicholas | nick | nicolas | nigel | nikita | nikolai | noah | norman | oleg | oleksandr | oleksiy | oliver | olaf
omar | oscar | owen | pablo | patrick | paul | pedro | pete | peter | petro | phil | philip | pierre | pyotr
rafael | ralph | ramzan | randy | raymond | recep | reza | richard | rick | rishi | rob | robert | roberto | rodrigo
roger | roland | ron | ronald | ross | roy | rudy | rupert | russell | ryan |  | salman | sam | samuel | scott
sean | sebastian | serhiy | sergei | sergey | sergio | seth | shawn | simon | stanley | stefan | stephen | steve
steven | stuart | sven | ted | terry | thomas | tim | timothy | toby | todd | tom | tommy | tony | travis | troy
tyler | valery | victor | viktor | vince | vincent | vitali | vitaly | vladimir | vladislav | volodymyr | walter
wayne | wesley | william | willie | xi | yaroslav | yevgeny | yuri | yury | zachary | zack | mitt | newt
jeb | marco | rand | beto | pete | hunter | elliott | emmanuel | friedrich | olaf | viktor | benjamin | naftali
yair | bashir | vivek | kash | jd | j.d. | mehmet | abiy | cyrus | nayib | javier | lula | jair
aidan | akhil | alastair | alec | alejandro | alton | alvin | andres | angelo | antonin | archie | ari
arturo | barney | bashar | beau | benito | bert | boyd | bradford | brent | bret | brock | bryce | byron
caleb | calvin | cassius | cecil | cedric | christoph | clark | clint | cody | conrad | corey | cornel | cory
curt | curtis | dalton | damian | dante | darius | daron | darrell | darryl | dexter | dick | dinesh
dominick | donnie | dylan | dylann | earl | elliot | elmer | emmett | ezra | federico | ferdinand | fethullah
fidel | floyd | forrest | francois | françois | freddy | garrett | geert | geoff | gil | gilbert | glen
gonzalo | gus | gwen | hal | hank | harvey | herman | homer | horace | humayun | ibrahim | ira | irving
isaiah | jamal | jarrod | jeh | jeremiah | joaquin | jonah | jonas | julio | julius | kareem | karim | ken
kent | khizr | lamar | laquan | lester | lionel | lonnie | lou | luther | lyndon | mahmoud | marcel
marvin | mateo | mathew | melvin | merrick | mick | milton | muammar | mustafa | myron | nate | neal | ned
niall | nidal | nolan | norbert | orrin | osama | otis | otto | percy | perry | philando | philippe | quentin
rahm | ramon | raul | ray | reggie | reginald | reince | robby | rocco | roderick | rodney | rolf | ruben
rudolph | rufus | russ | sadiq | salvador | saul | seamus | sheldon | sherrod | sid | silas | solomon | stan
stephon | stewart | syed | tad | tariq | terence | thaddeus | theodore | tobias | trayvon | trevor | trey
tristan | tyrone | ulysses | vernon | wallace | wendell | whit | wilbur | wilfred | willard | winston
wolfgang | woodrow | xavier | yusuf | zach | zane
`);

export const FEMALE_NAMES = set(`
abigail | ada | adriana | agnes | aisha | alexandra | alexis | alice | alicia | alina | alison | allison | amanda
amber | amelia | amy | ana | anastasia | andrea | angela | angelina | anita | ann | anna | anne | annette | antonia
april | ashley | audrey | barbara | beatrice | becky | betty | beverly | brenda | brianna | bridget | brittany
camila | carla | carmen | carol | caroline | carolyn | catherine | cathy | charlotte | chelsea | cheryl | chloe
christina | christine | cindy | claire | clara | claudia | colleen | condoleezza | courtney | cristina | crystal
cynthia | daisy | dana | daniela | danielle | daria | darya | dawn | debbie | deborah | debra | denise | diana
diane | donna | doris | dorothy | edith | elena | elisabeth | eliza | elizabeth | ella | ellen | elise | elizabeth
emily | emma | erica | erin | esther | eva | evelyn | fatima | fiona | frances | francesca | gabriela | gail
gillian | gina | giorgia | gloria | grace | gretchen | hannah | harriet | heather | heidi | helen | helena | hilary
hillary | holly | ilhan | ingrid | irene | irina | isabel | isabella | jacqueline | jacinda | jane | janet | janice
jasmine | jean | jeanne | jennifer | jenny | jessica | jill | joan | joanna | jocelyn | josephine | joy | joyce
judith | judy | julia | julie | juliet | justine | kamala | karen | kate | katherine | kathleen | kathryn | kathy
katie | katrin | kay | kelly | kimberly | kirsten | kristen | kristi | kristin | laura | lauren | leah | leila
lena | linda | lisa | liz | lorraine | louise | lucia | lucy | lydia | lynn | madeleine | maggie | maria | marie
marina | marine | marjorie | martha | mary | maya | megan | melania | melissa | mia | michelle | mila | miriam
molly | monica | nadia | nancy | natalia | natalie | natasha | nicola | nicole | nikki | nina | nora | olena
olga | olivia | paige | pamela | patricia | paula | pauline | penny | rachel | rebecca | regina | rita | roberta
rosa | rose | ruth | sabine | sally | samantha | sandra | sara | sarah | sharon | sheila | shirley | silvia | sofia
sonia | sophia | sophie | stacey | stephanie | susan | susanne | suzanne | svetlana | sylvia | dianne | tamara | tanya
tatiana | teresa | theresa | tiffany | tina | tracy | tulsi | ulrike | ursula | valentina | valerie | vanessa
vera | veronica | victoria | virginia | wendy | yulia | yuliia | yvonne | zoe | ivanka | tiffany | chelsea | huma | hope | kellyanne | sarah | nikki | nikki | kristi | marsha | marjorie
liz | elise | kari | kristy | nancy | lauren | tammy | tina | annalena | ursula | roberta | kaja | mette | sanna
jacinda | theresa | priti | suella | liz | yvette | angela | christine | kristalina | ngozi | janet | gina
adele | adrienne | aileen | alejandra | alma | alyssa | amal | amira | angie | annie | antoinette | arlene
ayesha | bernadette | bernice | bethany | betsy | bette | bianca | bonnie | brigid | brooke | camille
candace | candice | carly | carrie | cassandra | cecile | cecilia | celeste | celia | charlene | christy
clarissa | colette | connie | cora | corinne | darlene | deanna | delia | dena | desiree | dolores | dora
doreen | eileen | elaine | eleanor | elisa | eloise | elsa | emilia | erika | estelle | ethel | eunice
felicia | felicity | gabby | gabrielle | gayle | gennifer | geraldine | gertrude | ghazala | ginger
gwendolyn | hattie | helga | huda | ida | imelda | ines | ivana | jeanette | jeannie | jenna | joann | joanne
jodi | jolene | joni | juanita | kara | karin | karina | katharine | katrina | kayla | keisha | kelli | kendra
kristina | lael | lara | latoya | laurie | leona | lila | lillian | lily | lois | loretta | lorna | luciana
lucille | luisa | mabel | marcia | margaret | margarita | marian | marianne | marilyn | marisa | marla
maureen | maxine | meghan | megyn | melanne | melinda | meredith | michaela | mildred | millie | mindy
miranda | monique | myrna | nadine | naomi | neera | nellie | noelle | norah | norma | octavia | pam | patsy
patti | peggy | phoebe | phyllis | polly | priscilla | rachael | ramona | renee | rhonda | rochelle | rosalind
roseann | rosemary | roxanne | sabrina | sadie | samira | selena | serena | sherry | sheryl | shonda | sonya
stella | sue | susana | susie | tabitha | tara | tashfeen | tess | thelma | tonya | tricia | trisha | vanita
vicki | vickie | viola | violet | vivian | wanda | wilma | yasmin | yolanda | zainab | zelda | zeynep
`);

export const NAME_PARTICLES = set(`de | da | del | della | van | von | der | den | du | le | la | bin | ibn | al | el | dos | das | di | ter | ten | zu`);
