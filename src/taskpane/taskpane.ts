/// <reference types="office-js" />
/**
 * A placeholder task pane: it shows the product's name and says where the checks are. The real
 * pane comes with its own issue. This page is also the add-in's shared runtime (manifest.xml), so
 * the functions and commands bundles load beside this one.
 */
function show(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    show(
      info.host === Office.HostType.Excel
        ? "ROTA.VALIDATE(範囲) で検査できます。"
        : "Excel で開いてください。"
    );
  });
}
