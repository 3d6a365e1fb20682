// resumematch's page: optional improvements; the form works the same without them.
"use strict";
(function () {
  var form = document.getElementById("check-form");
  var result = document.getElementById("result");
  var status = document.getElementById("status");
  var button = document.getElementById("check");
  if (!form || !result || !window.fetch || !window.FormData) {
    return;
  }

  // Drop a file onto a field to choose it.
  Array.prototype.forEach.call(document.querySelectorAll("[data-drop]"), function (zone) {
    var input = document.getElementById(zone.getAttribute("data-drop"));
    zone.addEventListener("dragover", function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
    zone.addEventListener("dragleave", function () {
      zone.classList.remove("dragging");
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("dragging");
      if (input && event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        status.textContent = event.dataTransfer.files[0].name + " chosen.";
      }
    });
  });

  // Check without leaving the page: the server answers with the report (or the error) alone.
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    status.textContent = "Checking…";
    fetch("/?partial=1", { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        result.innerHTML = html;
        status.textContent = result.querySelector("#error") ? "The check could not be done." : "Done.";
        result.focus();
        result.scrollIntoView({ block: "start" });
      })
      .catch(function () {
        status.textContent = "The server could not be reached; is resumematch serve still running?";
      })
      .then(function () {
        button.disabled = false;
      });
  });

  // A term link scrolls to its first mention (the anchor does that); mark the mention briefly.
  result.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#m-"]') : null;
    if (!link) {
      return;
    }
    var anchor = document.getElementById(link.getAttribute("href").slice(1));
    var mark = anchor && anchor.nextElementSibling;
    while (mark && mark.tagName !== "MARK") {
      mark = mark.nextElementSibling;
    }
    if (mark) {
      mark.classList.add("flash");
      window.setTimeout(function () {
        mark.classList.remove("flash");
      }, 2000);
    }
  });
})();
