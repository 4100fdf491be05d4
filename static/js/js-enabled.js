// Loaded at the top of <body>, before GOV.UK Frontend's components render.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
