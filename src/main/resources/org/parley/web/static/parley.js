// Live pages. The runs list and a run's page fetch their changing part again every two seconds
// while a run goes, and stop once nothing runs. What comes back is rendered (and escaped) by the
// server: nothing here builds HTML from data. Polls say so (X-Parley-Poll), so they do not keep
// the session alive: a tab left open signs out after its idle time like any other.
(function () {
  "use strict";
  var EVERY = 2000;

  function fetchPart(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html", "X-Parley-Poll": "1" } })
      .then(function (response) {
        if (response.redirected || response.status === 401) {
          window.location.assign("/login"); // the session has ended
          throw new Error("signed out");
        }
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      });
  }

  // Puts new markup in place, keeping the keyboard focus, open toggles and the log's scroll.
  function replace(container, html) {
    var focused = document.activeElement && document.activeElement.id;
    var open = Array.prototype.map.call(container.querySelectorAll("details[open][id]"), function (d) { return d.id; });
    var log = container.querySelector("#log");
    var logScroll = log ? log.scrollTop : 0;
    container.innerHTML = html;
    open.forEach(function (id) {
      var d = document.getElementById(id);
      if (d) { d.open = true; }
    });
    var newLog = container.querySelector("#log");
    if (newLog) { newLog.scrollTop = logScroll; }
    if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
  }

  function runsList(rows) {
    function going() {
      return rows.querySelector("tr[data-running='true']") !== null;
    }
    function refresh() {
      fetchPart(rows.getAttribute("data-refresh"))
        .then(function (html) {
          replace(rows, html);
          if (going()) {
            window.setTimeout(refresh, EVERY);
          } else {
            refreshRounds();
          }
        })
        .catch(function (error) {
          console.warn("Parley: cannot refresh the runs:", error);
          window.setTimeout(refresh, EVERY * 5);
        });
    }
    if (going()) {
      window.setTimeout(refresh, EVERY);
    }
  }

  // Once the last run has ended, the rounds table shows what it published.
  function refreshRounds() {
    var rounds = document.getElementById("rounds");
    if (!rounds) { return; }
    fetchPart("/").then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("rounds");
      if (fresh) { replace(rounds, fresh.innerHTML); }
    }).catch(function (error) {
      console.warn("Parley: cannot refresh the rounds:", error);
    });
  }

  function runPage(run) {
    var announce = document.getElementById("announce");
    var last = null;
    function state() {
      var title = run.querySelector("[data-running]");
      return title ? { running: title.getAttribute("data-running") === "true", status: title.getAttribute("data-status") }
        : { running: false, status: "" };
    }
    var before = state().status;
    function refresh() {
      fetchPart(run.getAttribute("data-refresh"))
        .then(function (html) {
          if (html !== last) {
            last = html;
            replace(run, html);
          }
          var now = state();
          if (now.status !== before && announce) {
            announce.textContent = "The run is " + now.status;
          }
          before = now.status;
          run.setAttribute("data-running", String(now.running));
          if (now.running) {
            window.setTimeout(refresh, EVERY);
          }
        })
        .catch(function (error) {
          console.warn("Parley: cannot refresh the run:", error);
          window.setTimeout(refresh, EVERY * 5);
        });
    }
    if (state().running) {
      window.setTimeout(refresh, EVERY);
    }
  }

  var rows = document.getElementById("run-rows");
  if (rows) { runsList(rows); }
  var run = document.getElementById("run");
  if (run) { runPage(run); }
})();
