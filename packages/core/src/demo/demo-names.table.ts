/**
 * Name tables for the demo organisation. Names are grouped by culture so a first name meets a
 * family name that belongs with it; all are in Latin script so emails stay plain.
 */

/** First and family names that belong together. */
export interface NameCulture {
  readonly culture: string;
  readonly first: readonly string[];
  readonly family: readonly string[];
}

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    culture: "greek",
    first: ["Eleni", "Nikos", "Dimitra", "Giorgos"],
    family: ["Papadopoulou", "Karamanlis", "Vlachos", "Antoniou"],
  },
  { culture: "hebrew", first: ["Noa", "Yael", "Avi", "Itai"], family: ["Ben-David", "Shapira", "Levi", "Mizrahi"] },
  {
    culture: "arabic",
    first: ["Layla", "Omar", "Yousef", "Rania"],
    family: ["Haddad", "Al-Masri", "Khoury", "Nasser"],
  },
  {
    culture: "yoruba-igbo",
    first: ["Adaeze", "Tunde", "Chinedu", "Folake"],
    family: ["Okafor", "Adeyemi", "Eze", "Balogun"],
  },
  {
    culture: "indian",
    first: ["Priya", "Arjun", "Kavya", "Rohan", "Meera"],
    family: ["Raghunathan", "Iyer", "Kulkarni", "Banerjee", "Menon"],
  },
  { culture: "chinese", first: ["Wei", "Mei", "Jun", "Xiaoling"], family: ["Zhang", "Chen", "Liu", "Huang"] },
  {
    culture: "japanese",
    first: ["Haruto", "Yui", "Sota", "Aiko"],
    family: ["Tanaka", "Nakamura", "Kobayashi", "Fujita"],
  },
  { culture: "korean", first: ["Minji", "Jae-won", "Seo-yeon"], family: ["Park", "Kim", "Choi"] },
  { culture: "vietnamese", first: ["Linh", "Minh", "Thao"], family: ["Nguyen", "Tran", "Pham"] },
  {
    culture: "brazilian",
    first: ["João", "Larissa", "Thiago", "Beatriz"],
    family: ["Carvalho", "Ferreira", "Oliveira", "Souza"],
  },
  {
    culture: "mexican",
    first: ["Sofía", "Mateo", "Valentina", "Diego"],
    family: ["Hernández", "Ramírez", "Castillo", "Morales"],
  },
  { culture: "polish", first: ["Agnieszka", "Piotr", "Zofia"], family: ["Kowalska", "Nowak", "Wiśniewski"] },
  { culture: "german", first: ["Jonas", "Lena", "Matthias"], family: ["Becker", "Hoffmann", "Schäfer"] },
  { culture: "dutch", first: ["Sanne", "Joost", "Femke"], family: ["de Vries", "van Dijk", "Bakker"] },
  { culture: "nordic", first: ["Ingrid", "Erik", "Astrid"], family: ["Lindqvist", "Halvorsen", "Johansson"] },
  {
    culture: "irish-british",
    first: ["Siobhan", "Callum", "Grace", "Owen"],
    family: ["O'Connell", "Fletcher", "Walsh", "Pritchard"],
  },
  { culture: "ghanaian", first: ["Kwame", "Akosua", "Kofi"], family: ["Mensah", "Asante", "Boateng"] },
  { culture: "turkish", first: ["Elif", "Emre", "Zeynep"], family: ["Yılmaz", "Demir", "Aydın"] },
  { culture: "persian", first: ["Dariush", "Shirin", "Navid"], family: ["Farahani", "Tehrani", "Rahimi"] },
  { culture: "filipino", first: ["Marisol", "Paolo", "Andrea"], family: ["Santos", "Reyes", "Villanueva"] },
  { culture: "ukrainian", first: ["Oksana", "Taras", "Iryna"], family: ["Shevchenko", "Bondarenko", "Kovalenko"] },
  { culture: "kenyan", first: ["Wanjiru", "Otieno", "Achieng"], family: ["Kamau", "Odhiambo", "Mwangi"] },
  { culture: "french", first: ["Camille", "Julien", "Élodie"], family: ["Moreau", "Lefèvre", "Girard"] },
  { culture: "italian", first: ["Giulia", "Marco", "Chiara"], family: ["Bianchi", "Romano", "Esposito"] },
];

/** Team names: each team looks after a system, the model's "single team & system" level. */
export const TEAM_NAMES: readonly string[] = [
  "Payments",
  "Checkout",
  "Search & Discovery",
  "Mobile Apps",
  "Identity",
  "Customer Messaging",
  "Data Platform",
  "Developer Experience",
];

/** Groups of teams, the model's "multi-team & multi-system" level; index i holds teams 3i.. in TEAM_NAMES order. */
export const GROUP_NAMES: readonly string[] = ["Commerce", "Customer Experience", "Platform"];

/** Job titles that fit people working on each path stage (index 0 = stage 1). */
export const TITLES_BY_STAGE: readonly (readonly string[])[] = [
  ["Graduate Engineer", "Junior Software Engineer", "Apprentice Developer"],
  ["Software Engineer", "Junior Software Engineer", "QA Engineer"],
  ["Software Engineer", "Senior Software Engineer", "Site Reliability Engineer"],
  ["Senior Software Engineer", "Tech Lead", "Senior Data Engineer"],
  ["Tech Lead", "Staff Engineer", "Lead Developer"],
  ["Staff Engineer", "Principal Engineer", "Engineering Manager"],
  ["Principal Engineer", "Head of Architecture", "Director of Engineering"],
  ["Distinguished Engineer", "VP Engineering", "Chief Technology Officer"],
];

/** The email domain; `.example` is reserved, so no demo address can ever reach a real mailbox. */
export const DEMO_EMAIL_DOMAIN = "demo.ascent.example";
