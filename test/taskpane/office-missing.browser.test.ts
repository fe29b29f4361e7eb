/**
 * The page where office.js cannot load (a hospital network that blocks Microsoft's CDN, a browser
 * outside Office): in real headless Chromium, with the request for office.js refused, the page
 * throws nothing (no "CustomFunctions is not defined" from the functions bundle) and the pane shows
 * its own message, in Japanese and in English.
 */
import { DIST, ensureBuild, launch, serve, type Browser, type Server } from "./browser";

jest.setTimeout(60_000);

let server: Server;
let browser: Browser;

beforeAll(async () => {
  await ensureBuild();
  [server, browser] = await Promise.all([serve(DIST), launch({ officeJs: "blocked" })]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the page without office.js", () => {
  for (const [lang, message] of [
    ["ja", /office\.js\) を読み込めませんでした.*appsforoffice\.microsoft\.com/],
    ["en", /office\.js\) could not be loaded.*appsforoffice\.microsoft\.com/],
  ] as const) {
    it(`throws no error and says office.js could not load (${lang})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}taskpane.html?lang=${lang}`);
      await page.getByText(message).waitFor({ timeout: 10_000 });
      expect(browser.officeJs.length).toBeGreaterThan(0); // asked for, and refused
      // The refused request itself is the browser's note, not the page's error.
      expect(browser.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      await page.close();
    });
  }
});
