/* SIMFONI Latih: small progressive enhancements. Every form still works without them. */
(function () {
  "use strict";

  // Formsets: "add a victim/perpetrator/service" clones the server-rendered empty form.
  function addRow(prefix) {
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var template = document.getElementById(prefix + "-empty");
    var list = document.getElementById(prefix + "-forms");
    if (!total || !template || !list) return;
    var index = parseInt(total.value, 10) || 0;
    var html = template.innerHTML.replace(/__prefix__/g, String(index)).replace(/__num__/g, String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    list.appendChild(row);
    total.value = String(index + 1);
    if (window.htmx) window.htmx.process(row);
    enhance(row);
    var first = row.querySelector("input:not([type=hidden]), select, textarea");
    if (first) first.focus();
  }

  // "Remove this row" marks DELETE; the row folds so it is clear what will go.
  function syncDeleted(box) {
    var row = box.closest("[data-row]");
    if (row) row.classList.toggle("is-deleted", box.checked);
  }

  // A "Lainnya: ..." detail input is shown only when Lainnya is chosen.
  function syncOther(input) {
    var name = input.name.replace(/_lainnya$/, "");
    var form = input.form;
    if (!form) return;
    var chosen = false;
    form.querySelectorAll('[name="' + name + '"]').forEach(function (el) {
      if ((el.tagName === "SELECT" && el.value === "LAINNYA") || (el.type === "checkbox" && el.value === "LAINNYA" && el.checked)) chosen = true;
    });
    var wrap = input.closest(".field");
    if (wrap) wrap.hidden = !chosen && !input.value && !wrap.classList.contains("has-error");
  }

  // Reporter = the victim herself: the reporter fields are not needed.
  function syncReporter(box) {
    document.querySelectorAll('[data-hide-when-checked="' + box.id + '"]').forEach(function (el) {
      el.hidden = box.checked;
    });
  }

  function enhance(root) {
    root.querySelectorAll("[data-formset-add]").forEach(function (btn) { btn.hidden = false; });
    root.querySelectorAll('input[name$="-DELETE"]').forEach(syncDeleted);
    root.querySelectorAll("input[data-other-detail]").forEach(syncOther);
    root.querySelectorAll("[data-hide-when-checked]").forEach(function (el) {
      var box = document.getElementById(el.getAttribute("data-hide-when-checked"));
      if (box) syncReporter(box);
    });
  }

  document.addEventListener("click", function (event) {
    var btn = event.target.closest("[data-formset-add]");
    if (btn) { event.preventDefault(); addRow(btn.getAttribute("data-formset-add")); }
  });

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.name && /-DELETE$/.test(el.name)) syncDeleted(el);
    if (el.form) el.form.querySelectorAll("input[data-other-detail]").forEach(syncOther);
    if (document.querySelector('[data-hide-when-checked="' + el.id + '"]')) syncReporter(el);
  });

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
})();
