/**
 * A compact place gazetteer: countries, capitals, major cities and regions, US states (not
 * Washington or Georgia, which name other places first), with common alternative spellings.
 * Each line: canonical name, then aliases, separated by "|".
 * Matched by transliteration key (see ../names.ts), so spelling variants need not all be listed.
 */
const PLACE_LINES = `
Afghanistan|Kabul
Albania|Tirana
Algeria|Algiers
Andorra
Angola|Luanda
Argentina|Buenos Aires
Armenia|Yerevan
Australia|Canberra|Sydney|Melbourne
Austria|Vienna
Azerbaijan|Baku
Bahrain|Manama
Bangladesh|Dhaka
Belarus|Minsk
Belgium|Brussels
Bolivia|La Paz
Bosnia and Herzegovina|Bosnia|Sarajevo
Brazil|Brasilia|Sao Paulo|Rio de Janeiro
Bulgaria|Sofia
Cambodia|Phnom Penh
Cameroon
Canada|Ottawa|Toronto|Montreal|Vancouver
Chad
Chile|Santiago
China|Beijing|Shanghai|Hong Kong
Colombia|Bogota
Croatia|Zagreb
Cuba|Havana
Cyprus|Nicosia
Czech Republic|Czechia|Prague
Denmark|Copenhagen
Djibouti
Ecuador|Quito
Egypt|Cairo|Alexandria|Sinai
Eritrea|Asmara
Estonia|Tallinn
Ethiopia|Addis Ababa
Finland|Helsinki
France|Paris|Marseille
Georgia|Tbilisi
Germany|Berlin|Munich|Frankfurt|Hamburg
Ghana|Accra
Greece|Athens
Hungary|Budapest
Iceland|Reykjavik
India|New Delhi|Delhi|Mumbai
Indonesia|Jakarta
Iran|Islamic Republic of Iran|Islamic Republic|Persia|Isfahan|Mashhad|Qom|Tabriz|Shiraz
Tehran|Teheran
Iraq|Baghdad|Basra|Mosul|Erbil|Kirkuk|Najaf|Karbala
Ireland|Dublin
Israel|Tel Aviv|Haifa
Italy|Rome|Milan
Japan|Tokyo
Jordan|Amman
Kazakhstan|Astana
Kenya|Nairobi
Kosovo|Pristina
Kuwait
Kyrgyzstan|Bishkek
Latvia|Riga
Lebanon|Beirut|Tyre|Sidon|Baalbek
Libya|Tripoli|Benghazi
Lithuania|Vilnius
Luxembourg
Malaysia|Kuala Lumpur
Mali|Bamako
Malta|Valletta
Mauritania|Nouakchott
Mexico|Mexico City
Moldova|Chisinau
Mongolia|Ulaanbaatar
Montenegro|Podgorica
Morocco|Rabat|Casablanca
Mozambique|Maputo
Myanmar|Burma|Yangon|Naypyidaw
Nepal|Kathmandu
Netherlands|Holland|Amsterdam|The Hague|Rotterdam
New Zealand|Wellington|Auckland
Niger|Niamey
Nigeria|Abuja|Lagos
North Korea|Pyongyang
North Macedonia|Macedonia|Skopje
Norway|Oslo
Oman|Muscat
Pakistan|Islamabad|Karachi|Lahore
Palestine|Palestinian territories|Ramallah
Gaza|Gaza Strip|Gaza City|Rafah|Khan Younis
West Bank|Jenin|Nablus|Hebron|Bethlehem
Jerusalem|al-Quds|Quds|Holy Quds|East Jerusalem
Panama
Peru|Lima
Philippines|Manila
Poland|Warsaw
Portugal|Lisbon
Qatar|Doha
Romania|Bucharest
Russia|Moscow|Russian Federation
Saint Petersburg|St Petersburg
Rwanda|Kigali
Saudi Arabia|Riyadh|Jeddah|Mecca|Medina
Senegal|Dakar
Serbia|Belgrade
Singapore
Slovakia|Bratislava
Slovenia|Ljubljana
Somalia|Mogadishu
South Africa|Pretoria|Johannesburg|Cape Town
South Korea|Seoul
South Sudan|Juba
Spain|Madrid|Barcelona
Sri Lanka|Colombo
Sudan|Khartoum
Sweden|Stockholm
Switzerland|Bern|Geneva|Zurich
Syria|Damascus|Aleppo|Homs|Idlib|Latakia|Deir ez-Zor|Golan Heights|Golan
Taiwan|Taipei
Tajikistan|Dushanbe
Tanzania|Dodoma|Dar es Salaam
Thailand|Bangkok
Tunisia|Tunis
Turkey|Turkiye|Ankara|Istanbul
Turkmenistan|Ashgabat
Uganda|Kampala
Ukraine|Kharkiv|Crimea|Donbas
Kyiv|Kiev
Odesa|Odessa
United Arab Emirates|UAE|Emirates|Abu Dhabi|Dubai
United Kingdom|UK|Britain|Great Britain|England|Scotland|Wales|London|Manchester|Edinburgh
United States|US|USA|U.S.|United States of America|America|Washington|New York|Los Angeles|Chicago
Uzbekistan|Tashkent
Venezuela|Caracas
Vietnam|Hanoi|Ho Chi Minh City
Yemen|Sanaa|Aden|Hodeidah
Zambia|Lusaka
Zimbabwe|Harare
Middle East
Near East
North Africa
Horn of Africa
Sahel
Africa
Asia
Europe
Latin America
South America
North America
Central Asia
Southeast Asia
Persian Gulf|Arabian Gulf
Red Sea
Mediterranean|Mediterranean Sea
Levant
Balkans
Caucasus
Kurdistan
Arabian Peninsula
Alabama|Ala
Alaska
Arizona|Ariz
Arkansas|Ark
California|Calif
Colorado|Colo
Connecticut|Conn
Delaware
Florida|Fla
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas|Kan
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan|Mich
Minnesota|Minn
Mississippi
Missouri
Montana
Nebraska|Neb
Nevada|Nev
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma|Okla
Oregon|Ore
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee|Tenn
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin|Wis
Wyoming|Wyo
District of Columbia
New Orleans
Philadelphia
Boston
Miami
Atlanta
Houston
Dallas
San Francisco
Seattle
Detroit
Baltimore
`;

export interface PlaceEntry {
  canonical: string;
  names: string[];
}

/** Party words: "Republican Sen. Ted Cruz" is a description, but "Republicans" and "Democrats" name the parties' people. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['republican', 'democrat', 'democratic', 'libertarian']);

/** US states as datelines abbreviate them ("Miami, Fla."): a place's name when nothing fuller is written. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set('Ala Ariz Ark Calif Colo Conn Fla Kan Mich Minn Neb Nev Okla Ore Tenn Wis Wyo'.split(' '));

/**
 * Other names of the same place. On a line, a name listed here is an alias of the first name;
 * any other name (a capital, a city) is a place of its own.
 */
const SAME_PLACE = new Set(
  `Islamic Republic of Iran|Islamic Republic|Persia|Teheran|Burma|Holland|UAE|Emirates|United Arab Emirates|UK|Britain|
  Great Britain|US|USA|U.S.|United States of America|America|Czechia|Turkiye|Russian Federation|Macedonia|
  Palestinian territories|Kiev|Odessa|St Petersburg|al-Quds|Quds|Holy Quds|Gaza Strip|Golan|Mediterranean Sea|
  Arabian Gulf|Bosnia|${[...STATE_ABBREVIATIONS].join('|')}`
    .split('|')
    .map((n) => n.trim()),
);

export const PLACES: PlaceEntry[] = PLACE_LINES.trim()
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => {
    const names = line.split('|').map((n) => n.trim());
    const canonical = names[0]!;
    const entries: PlaceEntry[] = [{ canonical, names: [canonical] }];
    for (const name of names.slice(1)) {
      if (SAME_PLACE.has(name)) entries[0]!.names.push(name);
      else entries.push({ canonical: name, names: [name] });
    }
    return entries;
  });

/**
 * Adjectives of nationality, region, faith and party. They are not names on their own and are
 * stripped from the front of a name ("Iranian Maj. Gen. Qassem Soleimani"), but they make a
 * description ("the Iranian commander").
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `afghan albanian algerian american arab arabian argentine armenian asian australian austrian azerbaijani bahraini
  bangladeshi belarusian belgian bosnian brazilian british bulgarian canadian chilean chinese colombian croatian cuban
  cypriot czech danish dutch egyptian emirati english eritrean estonian ethiopian european finnish french georgian german
  ghanaian greek hungarian indian indonesian iranian iraqi irish israeli italian japanese jordanian kazakh kenyan korean
  kurdish kuwaiti lebanese libyan lithuanian malaysian moroccan mexican nigerian norwegian omani pakistani palestinian
  persian polish portuguese qatari romanian russian saudi scottish serbian somali spanish sudanese swedish swiss syrian
  taiwanese thai tunisian turkish ukrainian welsh yemeni western eastern northern southern african gazan shiite shia sunni
  muslim christian jewish islamic zionist catholic orthodox protestant hindu buddhist druze alawite baathist houthi
  mideast gulf federal national international regional republican democratic democrat libertarian hispanic latino latina
  african-american asian-american mexican-american arab-american
  filipino peruvian ecuadorian venezuelan bolivian uruguayan paraguayan argentinian haitian jamaican guatemalan
  honduran salvadoran nicaraguan panamanian vietnamese cambodian laotian burmese nepali nepalese bhutanese singaporean
  mongolian uzbek tajik kyrgyz turkmen senegalese malian cameroonian congolese ugandan tanzanian rwandan burundian zambian
  zimbabwean mozambican angolan namibian ivorian liberian chadian nigerien beninese togolese gambian malawian djiboutian
  slovak slovenian macedonian montenegrin latvian icelandic maltese moldovan kosovar`
    .split(/\s+/)
    .filter(Boolean),
);

/** Countries (lower-case canonical names) and the adjective that names each ("the Israeli regime"). */
export const COUNTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['israel', 'Israeli'], ['iran', 'Iranian'], ['palestine', 'Palestinian'], ['lebanon', 'Lebanese'], ['iraq', 'Iraqi'], ['syria', 'Syrian'],
  ['russia', 'Russian'], ['china', 'Chinese'], ['ukraine', 'Ukrainian'], ['turkey', 'Turkish'], ['egypt', 'Egyptian'], ['yemen', 'Yemeni'],
  ['saudi arabia', 'Saudi'], ['qatar', 'Qatari'], ['jordan', 'Jordanian'], ['afghanistan', 'Afghan'], ['pakistan', 'Pakistani'],
  ['india', 'Indian'], ['france', 'French'], ['germany', 'German'], ['britain', 'British'], ['united kingdom', 'British'],
  ['united states', 'American'], ['mexico', 'Mexican'], ['cuba', 'Cuban'], ['venezuela', 'Venezuelan'], ['north korea', 'North Korean'],
]);
