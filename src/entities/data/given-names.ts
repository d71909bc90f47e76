/**
 * Common given names. A capitalised run that starts with one is a person even without a
 * title ("Akram al-Ajouri"). Matched by transliteration key, so one spelling per name is enough
 * for Arabic and Persian names (Mohammed also finds Muhammad and Mohammad).
 * Each entry: name and its usual grammatical gender (m/f/-).
 */
const GIVEN_NAME_LINES = `
m: mohammed ahmed ali hassan hussein mahmoud mustafa omar umar othman khaled saleh salah ibrahim ismail esmaeil
  yusuf yousef yahya zakaria abdullah abdel abdul abdulrahman abdulaziz abdullatif abdulmalik hamza bilal tariq tarek
  walid waleed faisal fahd sultan nasser naser jamal kamal karim hamid hamed majid saeed said rashid rami sami hani
  ziad akram ayman anwar bashar hafez hassan hasan hosni imad ismail jawad jaber khalil mahdi mehdi mansour marwan
  mohsen muhsin mousa musa nabil nizar osama qassem qasim radwan raed riyad sabri sayed talal wael yasser yaser youssef
  zaid zayed zuhair adnan amir abbas ammar fadi firas ghassan haidar haider hazem hisham husam issa jafar kareem
  maher malik mazen muhammad nawaf qais rafik salim samir shadi suhail tamer wissam yazan ziyad fouad fuad nouri nuri
  hashem hashim javad reza hossein hosein mostafa morteza mojtaba hamidreza alireza gholam gholamreza
  mahmood ebrahim ebrahim kazem kazim abolfazl mehran masoud massoud bahram dariush farhad hadi jalal jafar kamran
  mansour parviz rouhollah ruhollah amin saleh benjamin donald joe joseph john james robert michael david
  william richard thomas charles daniel matthew anthony mark paul steven andrew george kenneth edward brian ronald
  kevin jason jeffrey ryan gary nicholas eric jonathan stephen larry justin scott brandon frank gregory raymond
  samuel patrick alexander jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold
  jeremy ethan carl keith roger gerald terry sean arthur austin noah lawrence jesse joe bryan billy jordan
  albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby
  johnny bradley boris vladimir sergei sergey dmitry dmitri igor viktor volodymyr emmanuel francois jean pierre
  olaf angela friedrich hans klaus recep tayyip mevlut antonio jose luis carlos pedro miguel xi li wang narendra
  rishi keir tony gordon theresa liz yair naftali ehud ariel shimon yitzhak moshe avigdor gilad isaac jacob moses
  elias nicolas
f: fatima fatemeh aisha aicha maryam mariam zainab zeinab khadija huda hoda layla leila laila noor nour rania
  sara sarah hanan amal salma samira yasmin yasmine dina rana lina mona muna nadia rasha reem ruba suha zahra
  mary patricia jennifer linda elizabeth barbara susan jessica karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
  carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
  judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
  madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
  natalie isabella charlotte rose alexis kayla ursula kamala hillary golda tzipi ayelet marta ingrid greta
-: kim lee jo sam alex robin chris pat jamie taylor morgan
`;

export const GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female' | null> = (() => {
  const names = new Map<string, 'male' | 'female' | null>();
  for (const block of GIVEN_NAME_LINES.trim().split(/\n(?=[mf-]:)/)) {
    const [label, body] = [block.slice(0, 1), block.slice(2)];
    const gender = label === 'm' ? 'male' : label === 'f' ? 'female' : null;
    for (const name of body.split(/\s+/).filter(Boolean)) if (!names.has(name)) names.set(name, gender);
  }
  return names;
})();
