/**
 * Words that are written with a capital letter without being names: sentence openers,
 * pronouns, calendar words and capitalised common nouns of news prose.
 */

/** Common English words; capitalised at a sentence start they are not names. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ahead all almost alone along already also although
  always am among amid amidst an and another any anyone anything anyway are around as at back be because been before
  behind being below beside besides between beyond both but by can cannot could despite did do does doing done down
  during each earlier either else elsewhere enough even ever every everyone everything except few first five following
  for former four from further furthermore had has have having he hence her here hers herself him himself his how however
  i if in including indeed inside instead into is it its itself just last late later latter least less let like likely
  many may maybe me meanwhile might more moreover most much must my myself near nearly neither never nevertheless new next
  nine no nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves
  out outside over own per perhaps prior rather really recently regarding said same second see seven several shall she
  should since six so some someone something sometimes soon still such ten than that the their theirs them themselves
  then there thereby therefore these they third this those though three through throughout thus to today together
  tomorrow too toward towards two under unless unlike until up upon us very via was we well were what whatever when
  whenever where whereas whether which while who whoever whole whom whose why will with within without would yes yet
  yesterday you your yours yourself yourselves dear greetings o oh thank thanks please breaking update updated read
  watch share comment comments reply login log sign subscribe follow related featured photo video image file source
  sources story stories news home latest top more click copyright all rights reserved privacy terms contact advertise
  leave page menu search editor editorial opinion analysis report reports interview exclusive live listen`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that never start a name of their own (calendar words, faith terms, generic nouns). */
export const NON_NAME_CAPITALISED: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec god allah lord koran quran bible torah
  prophet islam christianity judaism ramadan eid easter christmas ummah qiblah kiblah jihad mujahideen mujahid
  mujahedeen martyrdom holy supreme great greater grand almighty divine imam international national local regional
  republic kingdom federal leader commander general president minister internet web am pm gmt utc est edt bst cet
  ad bc covid coronavirus mps meps mlas mks i i'm i've i'd i'll we're we've we'd we'll you're you've they're they've it's let's that's
  what's there's here's byline people`
    .split(/\s+/)
    .filter(Boolean),
);

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Verbs of saying right after a name make a lone capitalised word a person ("Ghaani added"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells added adds noted notes wrote writes stated states stressed stresses explained explains
  asked asks replied replies warned warns insisted insists argued argues claimed claims declared declares announced
  announces urged urges emphasised emphasized emphasises emphasizes underlined underlines reiterated reiterates
  continued continues pledged pledges recalled recalls vowed vows concluded concludes confirmed confirms denied denies
  praised praises promised promises revealed reveals remarked remarks acknowledged admitted believes believed thinks
  thought hoped hopes suggested suggests showered sent sends ended ends assured assures ensured expressed expresses`
    .split(/\s+/)
    .filter(Boolean),
);
