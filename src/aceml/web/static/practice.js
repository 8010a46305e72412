// Autosave the answer as a draft while typing, and time the answer.
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : "";
  const form = document.querySelector("form[data-draft-url]");
  if (!form) return;
  const box = form.querySelector("textarea");
  const status = document.getElementById("draft-status");
  const started = Date.now();
  let timer = null;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(form.dataset.draftUrl, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ body: box.value }),
      }).then(function (response) {
        if (status) status.textContent = response.ok ? "Draft saved." : "Could not save the draft.";
      });
    }, 800);
  });
  form.addEventListener("submit", function () {
    const elapsed = document.getElementById("elapsed_ms");
    if (elapsed) elapsed.value = String(Date.now() - started);
  });
})();
