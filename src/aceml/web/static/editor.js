// The code editor (CodeMirror 5, served locally): Python mode, line numbers, auto-indent,
// bracket matching; Ctrl-Enter runs the samples, Ctrl-Shift-Enter submits. Drafts autosave.
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.content : "";
  const area = document.getElementById("code");
  if (!area || typeof CodeMirror === "undefined") return;
  const form = area.form;
  const press = function (id) { const button = document.getElementById(id); if (button) button.click(); };
  const editor = CodeMirror.fromTextArea(area, {
    mode: "python", lineNumbers: true, indentUnit: 4, matchBrackets: true, autoCloseBrackets: true,
    extraKeys: {
      "Ctrl-Enter": function () { press("run-samples"); },
      "Shift-Ctrl-Enter": function () { press("submit"); },
      Tab: function (cm) { cm.execCommand(cm.somethingSelected() ? "indentMore" : "insertSoftTab"); },
    },
  });
  window.acemlEditor = editor;
  let timer = null;
  editor.on("change", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(form.dataset.draftUrl, {
        method: "PUT", headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ body: editor.getValue() }),
      });
    }, 800);
  });
  form.addEventListener("submit", function () {
    editor.save();
    const judging = document.getElementById("judging");
    if (!judging) return;
    // Live progress until the verdict page arrives: elapsed time, and no second submission.
    judging.hidden = false;
    const started = Date.now();
    const label = judging.textContent;
    setInterval(function () {
      judging.textContent = label + " " + ((Date.now() - started) / 1000).toFixed(1) + " s";
    }, 100);
    setTimeout(function () {
      form.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
    }, 0);  // after the browser has taken the clicked button's value
  });
})();
