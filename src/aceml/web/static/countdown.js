// Show the stage clock counting down; the deadline itself is kept by the server, which refuses late answers.
(function () {
  const clock = document.getElementById("countdown");
  if (!clock) return;
  const end = Date.now() + Number(clock.dataset.remaining) * 1000;
  const tick = function () {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = String(Math.floor(left / 60)).padStart(2, "0") + ":" + String(left % 60).padStart(2, "0");
    if (left === 0) { clock.textContent += " — time is up"; return; }
    setTimeout(tick, 1000);
  };
  tick();
})();
