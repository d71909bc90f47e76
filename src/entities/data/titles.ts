/**
 * Titles and honorifics that precede a name. They are stripped from the name and kept in
 * `LocalEntity.titles`. Written as folded words (lower case, no dots); multi-word titles are
 * matched longest first.
 */

export interface TitleInfo {
  /** Grammatical gender the title implies, when it implies one. */
  gender: 'male' | 'female' | null;
  /** True for military/official ranks and roles, false for honorifics and religious titles. */
  role: boolean;
}

const MALE_HONORIFICS = [
  'mr', 'sir', 'lord', 'king', 'prince', 'emir', 'sultan', 'sheikh', 'shaikh', 'sheik', 'ayatollah',
  'grand ayatollah', 'hojatoleslam', 'hojjatoleslam', 'imam', 'haj', 'hajj', 'hajji', 'haji', 'sayyed', 'sayyid', 'seyed',
  'seyyed', 'sayed', 'syed', 'mullah', 'rabbi', 'father', 'pope', 'cardinal', 'archbishop', 'bishop', 'brother', 'uncle', 'martyr',
];
const FEMALE_HONORIFICS = ['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'dame', 'queen', 'princess', 'sister', 'hajja', 'hajjah'];
const NEUTRAL_HONORIFICS = ['dr', 'doctor', 'prof', 'professor', 'mx', 'the honourable', 'the honorable', 'hon', 'rev', 'reverend', 'prophet', 'saint', 'st'];

const ROLES = [
  // military ranks
  'gen', 'general', 'lt gen', 'lieutenant general', 'maj gen', 'major general', 'brig gen', 'brigadier general', 'brig',
  'brigadier', 'col', 'colonel', 'lt col', 'lieutenant colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant',
  'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'rear admiral', 'vice admiral', 'cmdr', 'commander',
  'field marshal', 'marshal', 'commander-in-chief', 'commander in chief', 'chief of staff', 'second brigadier general',
  'mujahid commander',
  // offices
  'president', 'vice president', 'vice-president', 'ex-president', 'former president', 'president-elect', 'prime minister', 'deputy prime minister',
  'ex-prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'health minister', 'justice minister', 'intelligence minister', 'oil minister', 'economy minister', 'minister', 'deputy minister',
  'secretary of state', 'secretary-general', 'secretary general', 'director-general', 'director general', 'executive director', 'managing director', 'secretary', 'chancellor', 'governor', 'gov', 'lt gov', 'lieutenant governor',
  'mayor', 'senator', 'sen', 'pres', 'supt', 'atty gen',
  'congressman', 'congresswoman', 'representative', 'rep', 'speaker', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'judge', 'justice', 'chief justice', 'attorney general', 'prosecutor', 'mp', 'lawmaker', 'leader', 'supreme leader',
  'chairman', 'chairwoman', 'chair', 'chief', 'head', 'director', 'ceo', 'inspector', 'detective', 'officer', 'constable', 'superintendent',
  'commissioner', 'deputy', 'deputy head', 'deputy leader', 'coach', 'captain', 'undersecretary', 'under secretary',
  'bishop', 'archbishop', 'cardinal', 'pastor', 'rabbi', 'pope',
  'district attorney', 'sheriff', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'chief economist',
];

/**
 * Occupations written before a name at the start of a sentence ("Fishmonger Agata Nowak, whose shop …").
 * Unlike titles they also open organisation names ("Student Union", "Engineer Magazine"), so they are
 * read as a title only before a known given name. Words that are also common surnames (farmer, baker,
 * mason, fisher, hunter, cook, smith …) are left out.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'fishmonger', 'fisherman', 'fisherwoman', 'shopkeeper', 'nurse', 'teacher', 'engineer', 'lawyer', 'architect', 'pharmacist',
  'midwife', 'plumber', 'electrician', 'firefighter', 'paramedic', 'economist', 'analyst', 'historian', 'researcher',
  'scientist', 'physician', 'surgeon', 'student', 'activist', 'resident', 'volunteer', 'novelist', 'journalist', 'reporter',
  'photographer', 'filmmaker', 'shipowner', 'dockworker', 'lifeguard',
]);

export const TITLES: ReadonlyMap<string, TitleInfo> = new Map<string, TitleInfo>([
  ...NEUTRAL_HONORIFICS.map((t) => [t, { gender: null, role: false }] as const),
  ...MALE_HONORIFICS.map((t) => [t, { gender: 'male', role: false }] as const),
  ...FEMALE_HONORIFICS.map((t) => [t, { gender: 'female', role: false }] as const),
  ...ROLES.map((t) => [t, { gender: null, role: true }] as const),
]);

export const MAX_TITLE_WORDS = 4;

/**
 * Titles that also work written in lower case directly before a name ("prime minister Benjamin
 * Netanyahu", "martyr Qasem Soleimani"). Short abbreviations and ambiguous words ("head",
 * "chief", "private", "justice") are excluded: in lower case they are ordinary words.
 */
export const LOWERCASE_TITLES: ReadonlySet<string> = new Set([
  'general', 'commander', 'president', 'ex-president', 'former president', 'prime minister', 'foreign minister', 'minister',
  'defence minister', 'defense minister', 'interior minister', 'martyr', 'ayatollah', 'sheikh', 'imam', 'spokesman',
  'spokeswoman', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'colonel', 'captain', 'sergeant', 'lieutenant',
  'admiral', 'brigadier general', 'major general', 'secretary of state', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'leader', 'supreme leader', 'cleric', 'president-elect', 'deputy', 'chairman', 'judge', 'lawmaker', 'mp',
]);

/** Abbreviated titles that are written with a full stop ("Gen.", "Maj. Gen.", "Dr."). */
export const DOTTED_TITLES: ReadonlySet<string> = new Set([
  'gen', 'maj', 'lt', 'col', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep',
  'rev', 'hon', 'st', 'mx', 'gov', 'pres',
]);
