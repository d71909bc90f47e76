/**
 * Word lists for the synthetic news generator, written for this project. Proper
 * names are assembled from syllables so stories never share people or places by
 * accident; common words give sentences a news-like surface.
 */

export const NAME_SYLLABLES = [
  'ka', 'lo', 'mer', 'ta', 'vin', 'sa', 'dor', 'el', 'ri', 'ban', 'to', 'mi', 'ra', 'zel', 'no', 'qua', 'fen', 'hal',
  'dru', 'pa', 'sen', 'bel', 'ori', 'tam', 'vel', 'ash', 'cor', 'dan', 'ely', 'gar', 'ister', 'jun', 'kov', 'lin',
  'mar', 'nev', 'osk', 'pel', 'rud', 'sol', 'tev', 'ulm', 'var', 'wen', 'yar', 'zan', 'bro', 'cal', 'dem', 'fal',
];

export const FIRST_NAMES = [
  'Amira', 'Bastien', 'Corin', 'Dalia', 'Eamon', 'Farah', 'Gideon', 'Hana', 'Idris', 'Jolene', 'Kasim', 'Lerato',
  'Marek', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosalind', 'Samir', 'Tove', 'Ulla', 'Viktor', 'Wanjiru', 'Xavier',
  'Yusra', 'Zoltan', 'Anneke', 'Bruno', 'Celeste', 'Dmitri', 'Esther', 'Florin', 'Greta', 'Hamid', 'Ines', 'Jonas',
];

export const TITLES = ['Minister', 'Mayor', 'Governor', 'spokesperson', 'Commissioner', 'Director', 'Senator', 'chief engineer', 'council leader'];

export const PLACE_SUFFIXES = ['ford', 'holm', 'haven', 'mere', 'stad', 'bridge', 'wick', 'dale', 'port', 'field'];

export const ORG_KINDS = [
  'Water Authority', 'Harbour Council', 'Rail Union', 'Farmers Cooperative', 'Health Board', 'Energy Commission',
  'Fisheries Agency', 'Teachers Association', 'Transport Ministry', 'Civil Defence Office', 'Grain Exchange', 'Ports Agency',
];

export const OUTLET_NAMES = [
  'The Harbour Ledger', 'Meridian Wire', 'Northgate Courier', 'The Valley Sentinel', 'Coastline Daily', 'Riverbend Post',
  'The Lantern Review', 'Summit Dispatch', 'Crossroads Herald', 'Tidewater Times', 'The Granary Gazette', 'Beacon Bulletin',
  'Ironwood Observer', 'The Plainsman', 'Saltmarsh Record', 'Kestrel News Agency', 'Old Quarter Journal', 'Pinecrest Press',
  'The Compass Weekly', 'Harrowgate Monitor', 'Bluewater Tribune', 'Stonebridge Chronicle', 'The Evening Anvil', 'Foxhollow Voice',
  'Redcliff Reporter', 'The Upland Mirror', 'Westmarch Signal', 'Millrace Standard', 'Cinder Bay Bulletin', 'The Orchard Echo',
];

export const NOUNS = [
  'budget', 'bridge', 'ferry', 'harvest', 'reservoir', 'pipeline', 'tariff', 'shipment', 'contract', 'inquiry', 'strike',
  'settlement', 'curfew', 'census', 'levy', 'subsidy', 'embargo', 'flood barrier', 'power grid', 'water supply', 'rail line',
  'grain store', 'fishing quota', 'school programme', 'clinic', 'road network', 'port expansion', 'housing plan',
  'border crossing', 'market', 'tax reform', 'audit', 'ceasefire', 'relief convoy', 'vaccine drive', 'wage deal',
  'land survey', 'court ruling', 'trade route', 'fuel reserve', 'customs post', 'dam', 'airfield', 'canal', 'warehouse',
  'lighthouse', 'mine', 'timber yard', 'tram service', 'bus depot', 'sewer upgrade', 'wind farm', 'solar park',
];

export const ADJECTIVES = [
  'delayed', 'disputed', 'ageing', 'regional', 'temporary', 'costly', 'long-awaited', 'controversial', 'emergency',
  'northern', 'southern', 'coastal', 'rural', 'municipal', 'provisional', 'expanded', 'revised', 'unfinished', 'fragile',
  'overcrowded', 'flooded', 'understaffed', 'unpopular', 'ambitious', 'modest', 'sweeping', 'partial', 'joint', 'rival',
];

export const PAST_VERBS = [
  'approved', 'rejected', 'suspended', 'announced', 'criticised', 'defended', 'postponed', 'inspected', 'reopened',
  'expanded', 'blocked', 'funded', 'questioned', 'cancelled', 'renewed', 'investigated', 'praised', 'challenged',
  'confirmed', 'revised', 'halted', 'resumed', 'audited', 'endorsed', 'opposed', 'reviewed', 'unveiled', 'delayed',
];

export const BASE_VERBS = [
  'protect', 'rebuild', 'abandon', 'defend', 'support', 'expand', 'finish', 'repair', 'finance', 'secure', 'restore',
  'reopen', 'oppose', 'accept', 'review', 'strengthen', 'replace', 'deliver', 'guarantee', 'honour',
];

export const PLURAL_NOUNS = [
  'residents', 'workers', 'farmers', 'engineers', 'families', 'traders', 'students', 'nurses', 'drivers', 'fishermen',
  'volunteers', 'inspectors', 'shopkeepers', 'pensioners', 'officials', 'contractors', 'teachers', 'dockers',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const ADVERBS = ['sharply', 'quietly', 'repeatedly', 'openly', 'briefly', 'formally', 'abruptly', 'cautiously', 'firmly'];

/** Phrases a copy editor slips into a rerun. */
export const INSERTIONS = ['on Tuesday', 'officials said', 'according to local reports', 'once again', 'late last week', 'in a statement'];

/** Short connecting phrases; varying them keeps unrelated articles from sharing long fixed word runs. */
export const WHEN = [
  'on Monday', 'this week', 'late on Friday', 'after a long meeting', 'at a press briefing', 'during a site visit',
  'earlier in the day', 'without warning', 'in a brief statement', 'over the weekend', 'last month', 'at dawn',
  'before the vote', 'after the hearing', 'in recent days', 'on Wednesday evening',
];
export const SAYING = ['saying', 'arguing', 'warning', 'insisting', 'adding', 'claiming', 'noting', 'stressing', 'conceding'];
export const LINKS = ['after', 'because', 'although', 'even though', 'while', 'since', 'as', 'once', 'before'];
export const SAID = ['said', 'told reporters', 'wrote', 'argued', 'insisted', 'claimed', 'stated', 'remarked', 'complained'];
export const SURVEYS = ['report', 'survey', 'audit', 'review', 'study', 'assessment', 'inspection'];
export const COUNTED = ['counted', 'recorded', 'listed', 'found', 'logged', 'documented'];
export const FAILURES = ['failures', 'breakdowns', 'complaints', 'delays', 'faults', 'closures', 'incidents'];
export const DECLINED = ['declined to say', 'would not say', 'refused to confirm', 'did not explain', 'could not confirm', 'gave no word on'];
export const QUANTITIES = ['many', 'most', 'some', 'several', 'hundreds of', 'dozens of', 'few', 'thousands of', 'about 40'];

/**
 * Templates for reporting sentences. No template has more than two fixed words in a row, as
 * independent writers share names and stock words but not long runs of prose. Slots: {person}
 * {person2} {title} {place} {org} {noun} {noun2} {adj} {adj2} {past} {past2} {base} {plural}
 * {plural2} {weekday} {number} {adverb} {when} {saying} {link} {said} {many} {survey} {counted}
 * {failures} {declined}.
 */
export const SENTENCE_TEMPLATES = [
  '{title} {person} {past} the {adj} {noun} in {place} {when}, {saying} the {org} had {past2} {many} {plural}.',
  'The {org} {past} {adj} plans for {noun} {link} {number} {plural} {past2} a petition.',
  'In {place}, {many} {plural} {adverb} {past2} the {noun} {when}.',
  '{person2} {said} the {noun} would cost {number} million {link} {plural} {past} it.',
  'Critics {said} {person} had {past} the {adj} {noun} {link} {plural} in {place} lost their {noun2}.',
  'A {adj} {survey} of the {noun2} near {place} {counted} {number} {failures} {when}.',
  '{when}, {plural} and {org} officials {past} the {noun} {adverb}.',
  'The {adj} {noun} was first {past} by {person} {link} {plural2} {past2} the {noun2}.',
  '{number} {plural} {past} outside {place} {when} to demand a {adj} {noun}.',
  'Officials {adverb} {past} claims the {noun2} was {adj2}, {saying} {many} {plural} {past2} it.',
  'Under {adj} terms, {org} staff will {base} the {noun} {link} {plural} get a {adj2} {noun2}.',
  '{many} {plural} in {place} {said} they {past} the {adj} {noun2} {when}.',
  '{person2} {past} the plan as {adj}, {saying} {plural2} needed a {adj2} {noun2}.',
  'Residents of {place} {said} the {noun} left {many} {plural} without {noun2} for {number} days.',
  'Engineers {past} the {adj} {noun} {when} and {said} {plural2} could {base} it.',
  'By {weekday}, the {noun2} in {place} is {adverb} {past} {link} {person} {past2} a timetable.',
  '{when}, {org} {past2} a {adj} {noun}, {saying} {plural} {adverb} {past} it.',
  '{title} {person2} {adverb} {declined} whether {org} would {base} the {adj2} {noun2}.',
  '{person} {adverb} {past} {many} {plural2} {link} the {noun} in {place} {past2} {when}.',
  'Asked about {noun}, {person2} {said} {many} {plural} {past} the {adj} {noun2}.',
];

/** First-person statements that get quoted, and re-rendered by other outlets. */
export const STATEMENT_TEMPLATES = [
  'We will never {base} the people of {place}, no matter how much pressure is put on the {org}',
  'The {noun} belongs to every family in {place}, and we have a duty to {base} it for the next generation',
  'Nobody in {place} should have to choose between the {noun} and a safe home, and we will not accept that choice',
  'Our promise to the {plural} of {place} stands: the {noun} will be finished and the {noun2} will be repaired',
  'This {adj} decision ignores the {plural} who built the {noun}, and history will judge those who made it',
  'We have waited long enough for the {org} to act, and today we ask every neighbour to stand with us',
];

/** Synonyms used when an outlet re-renders a statement (a different translation or paraphrase). */
export const SYNONYMS: Record<string, string[]> = {
  never: ['not ever', 'at no time'],
  people: ['citizens', 'population'],
  pressure: ['strain', 'force'],
  belongs: ['is owed', 'matters'],
  every: ['each'],
  family: ['household'],
  duty: ['responsibility', 'obligation'],
  generation: ['age'],
  nobody: ['no one'],
  choose: ['pick'],
  safe: ['secure'],
  home: ['house', 'dwelling'],
  accept: ['tolerate', 'allow'],
  choice: ['option'],
  promise: ['pledge', 'vow'],
  stands: ['remains', 'holds'],
  finished: ['completed'],
  repaired: ['fixed', 'restored'],
  decision: ['ruling', 'choice'],
  ignores: ['overlooks', 'neglects'],
  built: ['constructed', 'raised'],
  judge: ['condemn', 'assess'],
  waited: ['been patient'],
  long: ['too long'],
  today: ['now'],
  ask: ['urge', 'call on'],
  neighbour: ['neighbor', 'resident'],
  act: ['move'],
};
