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

  // A field that only applies for one answer (Negara for WNA, types for Disabilitas = Ya) waits for it.
  function syncDepends(el) {
    var form = el.form;
    if (!form) return;
    var want = el.getAttribute("data-depends-value");
    var active = false;
    form.querySelectorAll('[name="' + el.getAttribute("data-depends-on") + '"]').forEach(function (c) {
      if (c.type === "checkbox" ? (c.checked && want === "on") : c.value === want) active = true;
    });
    var wrap = el.closest(".field");
    if (!wrap) return;
    var filled = Array.prototype.some.call(wrap.querySelectorAll("input, select, textarea"), function (i) {
      return (i.type === "checkbox" || i.type === "radio") ? i.checked : !!i.value;
    });
    wrap.hidden = !active && !filled && !wrap.classList.contains("has-error");
  }

  // Reporter = the victim herself: the reporter fields are not needed.
  function syncReporter(box) {
    document.querySelectorAll('[data-hide-when-checked="' + box.id + '"]').forEach(function (el) {
      el.hidden = box.checked;
    });
  }

  // A region picker starts empty; its shortcut fills in the local kab/kota in one click.
  function useRegionShortcut(btn) {
    var picker = btn.closest(".region-picker");
    if (!picker) return;
    var selects = picker.querySelectorAll("select");
    var chain = btn.getAttribute("data-region-shortcut").split("|");
    if (selects.length < 2 || chain.length < 2) return;
    selects[0].value = chain[0];
    var url = btn.getAttribute("data-region-url") + "?field=" + encodeURIComponent(selects[0].name) +
      "&" + encodeURIComponent(selects[0].name) + "=" + encodeURIComponent(chain[0]);
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
      var holder = document.createElement("template");
      holder.innerHTML = html;
      var options = Array.prototype.filter.call(holder.content.childNodes, function (n) { return n.nodeName === "OPTION"; });
      selects[1].replaceChildren.apply(selects[1], options);
      selects[1].value = chain[1];
      for (var i = 2; i < selects.length; i++) {
        var keep = selects[i].querySelector('option[value=""]');
        selects[i].replaceChildren(keep || document.createElement("option"));
      }
      // Loads the kecamatan of the chosen kab/kota (htmx listens for "change").
      selects[1].dispatchEvent(new Event("change", { bubbles: true }));
      selects[1].focus();
    });
  }

  function enhance(root) {
    root.querySelectorAll("[data-formset-add]").forEach(function (btn) { btn.hidden = false; });
    root.querySelectorAll("[data-region-shortcut]").forEach(function (btn) { btn.hidden = false; });
    root.querySelectorAll('input[name$="-DELETE"]').forEach(syncDeleted);
    root.querySelectorAll("input[data-other-detail]").forEach(syncOther);
    root.querySelectorAll("[data-depends-on]").forEach(syncDepends);
    root.querySelectorAll("[data-hide-when-checked]").forEach(function (el) {
      var box = document.getElementById(el.getAttribute("data-hide-when-checked"));
      if (box) syncReporter(box);
    });
  }

  // Print buttons (data-print): a handler here, as the Content-Security-Policy forbids onclick="".
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  document.addEventListener("click", function (event) {
    var shortcut = event.target.closest("[data-region-shortcut]");
    if (shortcut) { event.preventDefault(); useRegionShortcut(shortcut); }
  });

  document.addEventListener("click", function (event) {
    var btn = event.target.closest("[data-formset-add]");
    if (btn) { event.preventDefault(); addRow(btn.getAttribute("data-formset-add")); }
  });

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.name && /-DELETE$/.test(el.name)) syncDeleted(el);
    if (el.form) el.form.querySelectorAll("input[data-other-detail]").forEach(syncOther);
    if (el.form) el.form.querySelectorAll("[data-depends-on]").forEach(syncDepends);
    if (document.querySelector('[data-hide-when-checked="' + el.id + '"]')) syncReporter(el);
  });

  // Document beside the form; on a phone they become two tabs.
  function showTab(id) {
    document.querySelectorAll("[data-tab]").forEach(function (tab) {
      var on = tab.getAttribute("data-tab") === id;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      var pane = document.getElementById(tab.getAttribute("data-tab"));
      if (pane) pane.classList.toggle("is-active", on);
    });
  }

  // The countdown of a timed exercise. Running out only flags the attempt; it never blocks saving.
  function startCountdown(el) {
    var deadline = Date.parse(el.getAttribute("data-deadline"));
    var out = el.querySelector("[data-countdown]");
    function tick() {
      var left = Math.round((deadline - Date.now()) / 1000);
      var sign = left < 0 ? "-" : "";
      left = Math.abs(left);
      out.textContent = sign + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      el.classList.toggle("is-over", sign === "-");
    }
    tick();
    setInterval(tick, 1000);
  }

  // Print buttons (data-print): a handler here, as the Content-Security-Policy forbids onclick="".
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  document.addEventListener("click", function (event) {
    var tab = event.target.closest("[data-tab]");
    if (tab) showTab(tab.getAttribute("data-tab"));
  });

  // A refused step: focus goes to the error summary, and its links focus the field they name.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    var wrap = target.closest(".field") || target;
    wrap.scrollIntoView({ block: "start" });
    if (typeof target.focus === "function") target.focus({ preventScroll: true });
  });

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
    var tabs = document.querySelector(".split-tabs");
    if (tabs) { tabs.hidden = false; showTab("pane-form"); }
    document.querySelectorAll("[data-deadline]").forEach(startCountdown);
  });
})();
