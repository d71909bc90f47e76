/** Function words and news boilerplate that say nothing about which event an article covers. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ago all almost alone along already also although always am
  among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
  becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could
  did do does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere
  except few for former formerly from further had has have having he hence her here hereafter hereby herein hers herself
  him himself his how however i if in indeed into is it its itself just last latter least less many may me meanwhile
  might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone
  nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over
  own per perhaps please rather re same several she should since so some somehow someone something sometime sometimes
  somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein
  thereupon these they this those though through throughout thru thus to together too toward towards under until up upon
  us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
  wherever whether which while whither who whoever whole whom whose why will with within without would yet you your
  yours yourself yourselves it's that's he's she's there's i'm we're they're you're isn't aren't wasn't weren't don't
  doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't let's s t d ll ve
  said says say saying told tell tells reported reports report added adds according news read reading click share
  shares comment comments subscribe newsletter copyright rights reserved advertisement photo image video file via
  mr mrs ms dr new also just like get got make made told today yesterday tomorrow week weeks year years day days time
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are not names: calendar words, titles and sentence openers. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof gen general lt col maj capt sgt adm brig gov sen rep president minister commander chief sheikh
  haj hajj sir lord lady king queen prince brigadier colonel major captain lieutenant sergeant officer mayor
  governor senator secretary spokesman spokeswoman spokesperson director chairman ceo inspector detective judge the a an this that these those it its he she they we i you our his her
  their there here but and or if when while after before as in on at by for with from of to said says monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow news update updated
  posted published breaking exclusive watch read more photo video`
    .split(/\s+/)
    .filter(Boolean),
);

/** Function words that prose writes in lower case mid-sentence and headline style capitalises. */
export const HEADLINE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for from by with as and or but is are was were be been has have had will would not no
  that this these those it its we us our you your he his she her they their who what after before over into about`
    .split(/\s+/)
    .filter(Boolean),
);
