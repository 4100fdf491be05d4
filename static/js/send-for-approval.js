// wagtail-localize's translation editor, for one who may not publish: its main action
// saves a draft and sends it for approval (home.wagtail_hooks), and is named so. Runs
// in the page's head, after wagtail-localize's catalogue and before its editor renders.
(function () {
  var script = document.currentScript;
  if (!script || !window.django || !window.django.catalog) return;
  window.django.catalog["Publish in "] = script.getAttribute("data-send-for-approval");
  window.django.catalog["Publishing..."] = script.getAttribute("data-sending");
})();
