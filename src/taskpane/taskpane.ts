/**
 * The task pane's entry. This page (taskpane.html) is also the add-in's shared runtime
 * (manifest.xml), so the functions and commands bundles load beside this one.
 */
import { boot } from "./boot";

void boot(document.getElementById("root"));
