// Start Swagger UI on the docs page; kept in a file so the page needs no inline script (CSP).
window.addEventListener("load", () => {
  const target = document.getElementById("swagger-ui");
  if (target && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({ url: target.dataset.openapiUrl, domNode: target, deepLinking: true });
  }
});
