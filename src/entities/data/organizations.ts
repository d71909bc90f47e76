/**
 * Organisations and news outlets known by name, and the words that mark an unknown name as
 * one ("... Brigades", "... News Agency"). Each gazetteer line: canonical name, then aliases.
 * Names are matched by transliteration key (../names.ts), so "Al Mayadeen" also finds
 * "al-Mayadeen" and "Almayadeen".
 */

const ORGANIZATION_LINES = `
Hamas|Harakat al-Muqawama al-Islamiya|Islamic Resistance Movement
Izz ad-Din al-Qassam Brigades|Izz ad-Din al-Qassam|Ezzedine al-Qassam|Ezzedine al-Qassam Brigades|al-Qassam Brigades|Qassam Brigades|al-Qassam|Izz al-Din al-Qassam Brigades
Palestinian Islamic Jihad|Islamic Jihad|Islamic Jihad Movement
al-Quds Brigades|Saraya al-Quds
Islamic Revolutionary Guard Corps|IRGC|Islamic Revolution Guards Corps|Revolutionary Guards|Revolutionary Guard|Revolutionary Guard Corps|Islamic Revolutionary Guards Corps|Sepah|Pasdaran
Quds Force|Qods Force|IRGC Quds Force|IRGC-QF
Basij
Hezbollah|Hizbollah|Hizballah|Hizbullah
Fatah|Fath
Fath-Intifada|Fatah al-Intifada
Popular Front for the Liberation of Palestine|PFLP
Democratic Front for the Liberation of Palestine|DFLP
Palestinian Popular Struggle Front
Coalition of Palestinian Forces|Alliance of Palestinian Forces
Palestine Liberation Organization|PLO|Palestine Liberation Organisation
Palestinian Authority
Popular Mobilization Units|Popular Mobilisation Units|PMU|Popular Mobilization Forces|PMF|Hashd al-Shaabi
Kataib Hezbollah|Kata'ib Hezbollah
Ansarullah|Ansar Allah|Houthis
Daesh|ISIS|ISIL|Islamic State
al-Qaeda|al-Qaida|Al Qaeda
Taliban
Muslim Brotherhood
Israel Defense Forces|IDF|Israeli army|Israeli military
Mossad
Shin Bet
Knesset
Likud
United Nations|UN|U.N.
UN Security Council|Security Council|United Nations Security Council
UN General Assembly|General Assembly
UNRWA
World Health Organization|WHO|World Health Organisation
International Atomic Energy Agency|IAEA
European Union|EU
NATO|North Atlantic Treaty Organization
Arab League
African Union
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
International Criminal Court|ICC
International Court of Justice|ICJ
Red Cross|International Committee of the Red Cross|ICRC
Red Crescent
Amnesty International
Human Rights Watch
White House
Pentagon
State Department|US State Department
Department of Defense
Department of Justice|Justice Department|DOJ
Department of Homeland Security|Homeland Security Department|DHS
Department of Health and Human Services|HHS
Department of Housing and Urban Development|HUD
Department of Veterans Affairs
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Environmental Protection Agency|EPA
Federal Emergency Management Agency|FEMA
National Aeronautics and Space Administration|NASA
National Oceanic and Atmospheric Administration|NOAA
Securities and Exchange Commission|SEC
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Federal Reserve
Organization for Security and Co-operation in Europe|OSCE|Organization for Security and Cooperation in Europe
Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development
International Monetary Fund|IMF
World Bank
European Commission
World Food Programme|WFP|World Food Program
UNICEF|United Nations Children's Fund
UNHCR|UN refugee agency|United Nations High Commissioner for Refugees
Committee to Protect Journalists|CPJ
Reporters Without Borders|RSF|Reporters Sans Frontieres
Doctors Without Borders|Medecins Sans Frontieres|MSF
Center for Strategic and International Studies|CSIS
Council on Foreign Relations
Organized Crime and Corruption Reporting Project|OCCRP
CIA|Central Intelligence Agency
FBI
Kremlin
Congress|US Congress
Senate|US Senate
Democratic Party|Democrats
Republican Party|GOP|Republicans
Labour Party|Labour
Conservative Party|Conservatives|Tories
Axis of Resistance
Iranian Foreign Ministry|Iran's Foreign Ministry
Guardian Council
Assembly of Experts
Majlis
Supreme National Security Council
Twitter
Facebook|Meta
YouTube
Google
Instagram
TikTok
Microsoft
`;

const OUTLET_LINES = `
Al-Mayadeen|Al Mayadeen|Almayadeen|al-Mayadeen television|Al-Mayadeen TV|Al Mayadeen TV
MEMRI|Middle East Media Research Institute|MEMRI TV
Press TV|PressTV
Tehran Times
Islam Times
Reuters|Thomson Reuters
Associated Press|AP
Agence France-Presse|AFP|Agence France Presse|France-Presse|France Presse
United Press International|UPI
Vietnam News Agency|VNA
Asian News International|ANI
Indo-Asian News Service|IANS
Bernama
Kuwait News Agency|KUNA
Qatar News Agency|QNA
Saudi Press Agency
Emirates News Agency
Middle East News Agency
Jordan News Agency
News Agency of Nigeria
Korean Central News Agency|KCNA
Interfax
RIA Novosti
Ukrinform
Australian Associated Press|AAP
The Canadian Press|Canadian Press
PA Media|Press Association
Shehab News Agency|Shehab
SAFA|Safa News Agency
IRNA|Islamic Republic News Agency
Tasnim|Tasnim News Agency
Fars|Fars News Agency|FNA
Mehr|Mehr News Agency
ISNA|Iranian Students' News Agency
IRIB|Islamic Republic of Iran Broadcasting
Al Manar|Al-Manar|Almanar
Al Jazeera|Al-Jazeera|Aljazeera
Al Arabiya|Al-Arabiya
Al-Akhbar|Al Akhbar
Al-Quds Al-Arabi
Jerusalem Post|JPost|The Jerusalem Post
Times of Israel|The Times of Israel
Haaretz
Ynet|Yedioth Ahronoth
Channel 12
Israel Hayom
WAFA|Wafa News Agency
Anadolu|Anadolu Agency
Sputnik
RT|Russia Today
TASS
Xinhua
DPA|Deutsche Presse-Agentur
ANSA
EFE|Agencia EFE
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
PTI|Press Trust of India
BBC|British Broadcasting Corporation|BBC News
CNN
Fox News
NBC|NBC News
CBS|CBS News
ABC News
NPR
Bloomberg|Bloomberg News
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
The Guardian
The Times
The Independent
Financial Times|FT
The Economist
Le Monde
Der Spiegel|Spiegel
Deutsche Welle|DW
France 24|France24
Axios
Politico
Kayhan|Kayhan International
Al-Ahed|Al-Ahed News
SANA|Syrian Arab News Agency
Fars News
Nour News
Mashregh News
`;

export interface GazetteerEntry {
  canonical: string;
  names: string[];
}

function parse(lines: string): GazetteerEntry[] {
  return lines
    .trim()
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const names = line.split('|').map((n) => n.trim());
      return { canonical: names[0]!, names };
    });
}

export const ORGANIZATIONS: GazetteerEntry[] = parse(ORGANIZATION_LINES);
export const OUTLETS: GazetteerEntry[] = parse(OUTLET_LINES);

/**
 * A capitalised last word that makes an unknown name an organisation ("Popular Mobilization Units"),
 * plural words for a group's members included ("White Helmets", "Sea Scouts", "Yellow Vests").
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  `brigades brigade battalion battalions corps force forces army navy guard guards militia movement party ministry
  agency front council university college institute institution group company corporation corp inc ltd llc bank
  committee commission authority office bureau board department federation union league association alliance coalition congress
  survey
  organization organisation foundation fund parliament assembly senate court tribunal police service services
  command units unit division regiment squadron network trust society church mosques hospital school academy clinic
  club team administration government cabinet directorate secretariat consortium cartel syndicate tribe
  observatory centre center watch initiative project laboratory institute airlines airline airways railways
  motors industries holdings research defense defence committees councils resistance
  fc afc united athletic rovers wanderers
  helmets scouts rangers volunteers fighters defenders partisans patriots vests shirts berets boys brothers knights
  warriors tigers panthers wolves`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A first word that opens a football club's name before a place ("Real Madrid", "Bayern Munich",
 * "Sporting Lisbon"); "FC" and "AFC" open one before any name ("FC Porto", "AFC Harbourton").
 */
export const CLUB_OPENERS: ReadonlySet<string> = new Set(
  `real athletic atletico sporting racing olympique dynamo dinamo borussia bayern fc afc`.split(/\s+/).filter(Boolean),
);

/** A capitalised first word that, followed by "of", opens an organisation name ("Ministry of Defence"). */
export const ORGANIZATION_OPENERS: ReadonlySet<string> = new Set(
  `ministry university bank council department office board court bureau commission committee league union federation
  association organization organisation institute academy college house church army center centre foundation fund
  alliance coalition movement front party society agency network forum`.split(/\s+/).filter(Boolean),
);

/** A capitalised first word that, followed by "of", opens an outlet name ("Times of Malta", "Voice of the Coast"). */
export const OUTLET_OPENERS: ReadonlySet<string> = new Set(['times', 'voice', 'herald', 'gazette', 'journal', 'star', 'echo', 'mirror']);

/** A capitalised last word that makes an unknown name an outlet ("The Harbour Ledger", "Meridian Wire"). */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(
  `tv television times post herald tribune gazette journal ledger wire daily chronicle observer telegraph courier
  news newspaper radio broadcasting channel gazeta inquirer standard monitor sentinel examiner bulletin dispatch
  review weekly magazine mail express mirror star record register sun globe today online press`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case words after a name that say it is an organisation ("the Daesh group"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(
  `group movement militia party organization organisation faction army regime government ministry company firm
  agency brigades forces force network alliance coalition union council school hospital university college academy
  institute foundation museum library clinic`.split(/\s+/).filter(Boolean),
);

/** Lower-case words after a name that say it is an outlet ("the al-Mayadeen television channel"). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(
  `television tv channel broadcaster network website site newspaper daily paper outlet agency radio magazine
  weekly portal`.split(/\s+/).filter(Boolean),
);

/** A capitalised last word that makes a name a place ("Baghdad International Airport", "Al-Aqsa Mosque"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  `strip city province governorate region district county state airport mosque square street avenue road river
  sea ocean gulf lake mountain mountains mount heights valley island islands peninsula desert bay port harbour harbor
  camp village town crossing border bridge palace prison park garden gardens beach beaches strait straits cape isle isles canal
  building station neighborhood neighbourhood stadium arena terminal area sound oblast prefecture lga canyon`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a capitalised phrase an event or other non-agent name ("Quds Day", "Operation Sword"). */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  `day war summit conference revolution operation accords accord agreement treaty deal festival games cup olympics
  election elections uprising intifada massacre crisis pandemic act law plan doctrine fire wildfire`.split(/\s+/).filter(Boolean),
);
export const EVENT_OPENERS: ReadonlySet<string> = new Set(['operation', 'battle', 'siege', 'festival', 'feast', 'typhoon', 'hurricane', 'cyclone', 'storm']);
