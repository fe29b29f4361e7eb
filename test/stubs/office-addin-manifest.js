/**
 * Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for the
 * OfficeApp enum, and the real package fails to load there ("Must use import to load ES Module").
 * package.json's jest config maps the module here.
 */
"use strict";
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
