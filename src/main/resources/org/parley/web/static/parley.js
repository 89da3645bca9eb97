// Live progress: refetch the rows of the runs table every two seconds while the page is open.
// The rows come rendered (and escaped) by the server; nothing here builds HTML from data.
(function () {
  "use strict";
  var rows = document.getElementById("run-rows");
  if (!rows) {
    return;
  }
  function refresh() {
    fetch(rows.getAttribute("data-refresh"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        rows.innerHTML = html;
      })
      .catch(function (error) {
        console.warn("Parley: cannot refresh the runs:", error);
      })
      .finally(function () {
        window.setTimeout(refresh, 2000);
      });
  }
  window.setTimeout(refresh, 2000);
})();
