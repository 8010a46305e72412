// Readiness per competency as a bar chart (Chart.js, served locally).
(function () {
  const canvas = document.getElementById("readiness-chart");
  if (!canvas || typeof Chart === "undefined") return;
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: JSON.parse(canvas.dataset.labels),
      datasets: [{ label: "readiness (0-100)", data: JSON.parse(canvas.dataset.values), backgroundColor: "#1f5fbf" }],
    },
    options: { animation: false, scales: { y: { min: 0, max: 100 } } },
  });
})();
