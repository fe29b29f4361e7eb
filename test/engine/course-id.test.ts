import { parseCourseId } from "../../src/engine";
import { readCourse } from "../../src/functions/args";
import { parseCourse } from "../../src/cli/commands/validate";
import { parseTemplateKind } from "../../src/cli/commands/template";

describe("parseCourseId", () => {
  it.each([
    ["A", "A"],
    ["ａ", "A"],
    ["Ｂコース", "B"],
    ["B コース", "B"],
    ["コースC", "C"],
    ["Course C", "C"],
    [" course\u3000a ", "A"],
  ])("reads %s as course %s", (text, course) => {
    expect(parseCourseId(text)).toBe(course);
  });

  it.each(["D", "", "AB", "Aコース案", "cs"])("names no course in %j", (text) => {
    expect(parseCourseId(text)).toBeUndefined();
  });

  it("is the one reading the CLI's --course, rota template and the functions' course argument use", () => {
    for (const text of ["A", "Ｂコース", "course c", "コースA"]) {
      const course = parseCourseId(text);
      expect(readCourse(text)).toBe(course);
      expect(parseCourse(text)).toBe(course);
      expect(parseTemplateKind(text)).toBe(course);
    }
    expect(() => parseCourse("D")).toThrow();
    expect(parseTemplateKind("ＣＳ")).toBe("cs");
  });
});
