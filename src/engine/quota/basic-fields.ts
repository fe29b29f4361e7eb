/**
 * The 19 basic fields (基本領域) of the Japanese Medical Specialty Board, in the Board's usual
 * order, with the other names people write for them. Seed 001 Ⅱ.2.(2) gives every one of them at
 * least one place of the clinician-scientist course; DOMAIN.md §3 lists them.
 *
 * A coordinator may add aliases here: the left side is how a field is spelled in an applicants
 * table (compared after NFKC, without spaces, case-insensitively), the right side the Board's name.
 */
export const BASIC_FIELDS: readonly string[] = [
  "内科",
  "小児科",
  "皮膚科",
  "精神科",
  "外科",
  "整形外科",
  "産婦人科",
  "眼科",
  "耳鼻咽喉科",
  "泌尿器科",
  "脳神経外科",
  "放射線科",
  "麻酔科",
  "病理",
  "臨床検査",
  "救急科",
  "形成外科",
  "リハビリテーション科",
  "総合診療",
];
import { normalizeText } from "../text/normalize";

/**
 * The 19 basic fields' names in English, for English output (`rota quota --lang en`): the Board's
 * usual English names of its specialties (日本専門医機構, 基本領域).
 */
export const BASIC_FIELD_EN: Readonly<Record<string, string>> = {
  内科: "Internal medicine",
  小児科: "Pediatrics",
  皮膚科: "Dermatology",
  精神科: "Psychiatry",
  外科: "Surgery",
  整形外科: "Orthopedic surgery",
  産婦人科: "Obstetrics and gynecology",
  眼科: "Ophthalmology",
  耳鼻咽喉科: "Otorhinolaryngology",
  泌尿器科: "Urology",
  脳神経外科: "Neurosurgery",
  放射線科: "Radiology",
  麻酔科: "Anesthesiology",
  病理: "Pathology",
  臨床検査: "Laboratory medicine",
  救急科: "Emergency medicine",
  形成外科: "Plastic surgery",
  リハビリテーション科: "Rehabilitation medicine",
  総合診療: "General medicine",
};

/** Other spellings → the Board's name. */
export const BASIC_FIELD_ALIASES: Readonly<Record<string, string>> = {
  内科学: "内科",
  小児: "小児科",
  皮膚: "皮膚科",
  精神: "精神科",
  精神神経科: "精神科",
  一般外科: "外科",
  整形: "整形外科",
  産科婦人科: "産婦人科",
  産婦: "産婦人科",
  眼: "眼科",
  耳鼻科: "耳鼻咽喉科",
  耳鼻: "耳鼻咽喉科",
  耳鼻咽喉: "耳鼻咽喉科",
  "耳鼻咽喉科・頭頸部外科": "耳鼻咽喉科",
  耳鼻咽喉科頭頸部外科: "耳鼻咽喉科",
  泌尿器: "泌尿器科",
  脳外科: "脳神経外科",
  脳外: "脳神経外科",
  放射線: "放射線科",
  麻酔: "麻酔科",
  病理診断科: "病理",
  病理診断: "病理",
  病理科: "病理",
  臨床検査科: "臨床検査",
  検査科: "臨床検査",
  救急: "救急科",
  救急医学: "救急科",
  救命救急: "救急科",
  形成: "形成外科",
  リハビリテーション: "リハビリテーション科",
  リハビリ: "リハビリテーション科",
  リハビリ科: "リハビリテーション科",
  リハ科: "リハビリテーション科",
  総合診療科: "総合診療",
  総診: "総合診療",
  internalmedicine: "内科",
  pediatrics: "小児科",
  paediatrics: "小児科",
  dermatology: "皮膚科",
  psychiatry: "精神科",
  surgery: "外科",
  orthopedics: "整形外科",
  orthopaedics: "整形外科",
  orthopedicsurgery: "整形外科",
  orthopaedicsurgery: "整形外科",
  obstetricsandgynecology: "産婦人科",
  obgyn: "産婦人科",
  ophthalmology: "眼科",
  otolaryngology: "耳鼻咽喉科",
  otorhinolaryngology: "耳鼻咽喉科",
  ent: "耳鼻咽喉科",
  urology: "泌尿器科",
  neurosurgery: "脳神経外科",
  radiology: "放射線科",
  anesthesiology: "麻酔科",
  anaesthesiology: "麻酔科",
  pathology: "病理",
  laboratorymedicine: "臨床検査",
  clinicallaboratory: "臨床検査",
  emergencymedicine: "救急科",
  plasticsurgery: "形成外科",
  rehabilitationmedicine: "リハビリテーション科",
  rehabilitation: "リハビリテーション科",
  generalmedicine: "総合診療",
  generalpractice: "総合診療",
};

/** How a field's name is compared: NFKC, no spaces, lower case, brackets and 領域 dropped. */
function fieldKey(text: string): string {
  return normalizeText(text)
    .replace(/&/g, "and")
    .replace(/[-_.'’/]/g, "")
    .toLowerCase()
    .replace(/(領域|専門医)$/, "");
}

const BY_KEY: ReadonlyMap<string, string> = new Map<string, string>([
  ...BASIC_FIELDS.map((f): [string, string] => [fieldKey(f), f]),
  ...Object.entries(BASIC_FIELD_ALIASES).map(([alias, f]): [string, string] => [fieldKey(alias), f]),
]);

/**
 * The Board's name of a basic field, or undefined when the text names none of the 19.
 *
 * @example basicField("救急")        // → "救急科"
 * @example basicField("病理診断科")  // → "病理"
 * @example basicField("血液内科")    // → undefined (a subspecialty, not a basic field)
 */
export function basicField(text: string): string | undefined {
  return BY_KEY.get(fieldKey(text));
}
