// wagtail-localize's translation editor, for one who may not publish: its main action
// saves a draft and sends it for approval (home.wagtail_hooks), and is named so.
(function () {
  var marker = document.querySelector("[data-send-for-approval]");
  if (!marker || !window.django || !window.django.catalog) return;
  window.django.catalog["Publish in "] = marker.getAttribute("data-send-for-approval");
  window.django.catalog["Publishing..."] = marker.getAttribute("data-sending");
})();
