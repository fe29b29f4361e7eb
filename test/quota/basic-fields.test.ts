/**
 * The 19 basic fields' English names (`rota quota --lang en`): one for every field, and each read
 * back as its field when an applicants table is written in English.
 */
import { BASIC_FIELD_EN, BASIC_FIELDS, basicField } from "../../src/engine/quota/basic-fields";

describe("BASIC_FIELD_EN", () => {
  it("names every basic field, and nothing else", () => {
    expect(Object.keys(BASIC_FIELD_EN).sort()).toEqual([...BASIC_FIELDS].sort());
  });

  it.each(Object.entries(BASIC_FIELD_EN))("%s's English name %s reads back as the field", (field, english) => {
    expect(basicField(english)).toBe(field);
  });
});
