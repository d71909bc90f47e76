import type { StoryArticle } from './features.ts';
import { seededRandom } from '../synthetic/random.ts';

/** Fictional articles by fictional outlets, written for the story tests. */
function article(id: string, published: string | null, title: string, text: string): StoryArticle {
  return { id, title, text, published, language: 'en' };
}

export const WAREHOUSE_FIRE = [
  article(
    'fire-ledger',
    '2024-03-04',
    'Fire destroys grain warehouse on Port Avel quay',
    `A fire tore through a grain warehouse on the Port Avel quay overnight, the Harbour Ledger has learned.

Fire crews from Avel and Kestrel Bay fought the blaze for six hours before bringing it under control. Chief fire officer Tomas Reyne said the roof of the warehouse had collapsed and that the grain stored inside was lost.

No one was hurt. The warehouse belongs to Quayside Grain Company, which said it would cooperate with investigators looking into the cause of the fire.`,
  ),
  article(
    'fire-meridian',
    '2024-03-04',
    'Blaze at Port Avel grain store, roof collapses',
    `Firefighters battled a large blaze at a grain warehouse in Port Avel on Monday night, Meridian Wire reports.

Tomas Reyne, the chief fire officer, told reporters the warehouse roof collapsed around midnight. Crews from Kestrel Bay joined the Avel brigade and the fire was under control by dawn.

Quayside Grain Company, which owns the building, said the stored grain was destroyed. Investigators will examine the cause of the fire on Tuesday.`,
  ),
  article(
    'fire-courier',
    '2024-03-05',
    'Investigators search ruins of Quayside Grain warehouse',
    `Fire investigators on Tuesday searched the ruins of the Quayside Grain Company warehouse on the Port Avel quay, a day after a fire destroyed the building.

Chief fire officer Tomas Reyne said an electrical fault was one possible cause of the blaze. The collapsed roof made the search slow, he said.

Quayside Grain Company said the lost grain was insured and thanked the firefighters from Avel and Kestrel Bay.`,
  ),
];

export const COUNCIL_ELECTION = [
  article(
    'vote-ledger',
    '2024-03-05',
    'Port Avel council election: Marisol Denk wins mayoral race',
    `Marisol Denk of the Harbour Alliance has won the Port Avel mayoral election, taking 54 percent of the vote, the returning officer announced.

Denk defeated the incumbent, Oskar Lindqvist, after a campaign dominated by housing costs and ferry fares. Turnout was 61 percent.

"Tonight the town voted for affordable homes," Denk told supporters at the Harbour Alliance count party.`,
  ),
  article(
    'vote-meridian',
    '2024-03-05',
    'Denk ousts Lindqvist as Port Avel mayor',
    `Voters in Port Avel have elected Marisol Denk as mayor, ending Oskar Lindqvist's eight years in office, according to results released by the returning officer.

The Harbour Alliance candidate won 54 percent of the ballots. She promised to cap ferry fares and to build four hundred affordable homes.

Lindqvist conceded defeat and congratulated Denk on her campaign.`,
  ),
];

export const DUNMORE_FLOOD = [
  article(
    'flood-ledger',
    '2023-10-10',
    'River Tarn floods Dunmore, hundreds evacuated',
    `The River Tarn burst its banks in Dunmore on Tuesday, flooding streets near the old mill and forcing hundreds of residents from their homes.

Mayor Elspeth Varga said the flood was the worst in forty years. "We will build a flood barrier so this never happens again," Varga promised at an emergency meeting in the town hall.

Rescue boats carried elderly residents from the Millbrook estate to shelters in the Dunmore sports hall.`,
  ),
  article(
    'flood-meridian',
    '2023-10-11',
    'Dunmore counts cost of River Tarn flood',
    `Residents of Dunmore returned to flooded homes on Wednesday after the River Tarn overflowed, Meridian Wire reports.

Hundreds were evacuated from the Millbrook estate by rescue boats. Mayor Elspeth Varga promised a flood barrier along the river and said the town would seek emergency funds.

Water levels in the Tarn fell overnight, but the old mill road remained closed.`,
  ),
];

export const DUNMORE_BARRIER = [
  article(
    'barrier-ledger',
    '2024-10-14',
    'A year after the flood, Dunmore barrier still unbuilt',
    `A year after the River Tarn flooded Dunmore, the flood barrier that Mayor Elspeth Varga promised has not been built, residents of the Millbrook estate complained on Monday.

Varga told the council that the barrier contract had been delayed by a dispute over the route along the river. Construction would begin in the spring, she said.

Millbrook residents presented a petition with two thousand signatures demanding that work start before winter.`,
  ),
  article(
    'barrier-courier',
    '2024-10-15',
    'Millbrook petition demands Dunmore flood barrier before winter',
    `Two thousand residents of Dunmore have signed a petition demanding that the promised flood barrier on the River Tarn be started before winter.

Mayor Elspeth Varga said a dispute over the barrier route had delayed the contract and that construction would start in the spring.

Residents of the Millbrook estate, the area worst hit by last year's flood, said they feared another winter without protection.`,
  ),
];

export const ALL_FIXTURES: StoryArticle[] = [...WAREHOUSE_FIRE, ...COUNCIL_ELECTION, ...DUNMORE_FLOOD, ...DUNMORE_BARRIER];


export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const SYLLABLES = ['ka', 'lo', 'mer', 'dan', 'vi', 'tor', 'sel', 'ru', 'bek', 'ha', 'nor', 'is', 'gal', 'ven', 'to', 'mar', 'fen', 'qu', 'zel', 'ost'];
const EVENT_KINDS = [
  ['fire', 'blaze', 'firefighters', 'smoke', 'warehouse', 'collapsed', 'crews', 'flames', 'evacuated', 'investigators'],
  ['election', 'vote', 'ballots', 'candidate', 'campaign', 'turnout', 'mayor', 'council', 'results', 'conceded'],
  ['flood', 'river', 'rain', 'evacuated', 'banks', 'rescue', 'boats', 'water', 'barrier', 'shelters'],
  ['strike', 'union', 'workers', 'wages', 'talks', 'walkout', 'pickets', 'employers', 'pay', 'negotiators'],
  ['trial', 'court', 'judge', 'jury', 'verdict', 'prosecutors', 'defence', 'witness', 'sentence', 'charges'],
  ['earthquake', 'magnitude', 'tremor', 'quake', 'buildings', 'rubble', 'aftershocks', 'epicentre', 'damage', 'survivors'],
];
const FILLER = 'the a of in on and said was were to for with by after before officials local residents people town city week'.split(' ');

function syntheticName(random: () => number): string {
  const parts = 2 + Math.floor(random() * 2);
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * A synthetic news stream for speed tests: `events` events of a few kinds, each with its own
 * invented people and places and a date, reported by several articles that mix the event's
 * names, its kind's vocabulary and filler.
 */
export function syntheticCorpus(articles: number, events: number, seed = 1): StoryArticle[] {
  const random = seededRandom(seed);
  const eventFacts = Array.from({ length: events }, (_, e) => ({
    kind: EVENT_KINDS[e % EVENT_KINDS.length]!,
    names: Array.from({ length: 4 }, () => syntheticName(random)),
    day: Math.floor(random() * 730),
  }));
  const out: StoryArticle[] = [];
  for (let i = 0; i < articles; i++) {
    const event = eventFacts[Math.floor(random() * events)]!;
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) {
      const words: string[] = [];
      for (let w = 0; w < 14; w++) {
        const r = random();
        if (r < 0.15) words.push(event.names[Math.floor(random() * event.names.length)]!);
        else if (r < 0.45) words.push(event.kind[Math.floor(random() * event.kind.length)]!);
        else words.push(FILLER[Math.floor(random() * FILLER.length)]!);
      }
      sentences.push(`${words.join(' ')}.`);
    }
    const date = new Date(Date.UTC(2022, 0, 1) + (event.day + Math.floor(random() * 3)) * 86_400_000).toISOString().slice(0, 10);
    out.push({ id: `syn-${String(i).padStart(6, '0')}`, title: null, text: sentences.join(' '), published: date, language: 'en' });
  }
  return out;
}
