// GOV.UK Frontend's address comes from the page, so that it keeps its hashed name.
const script = document.querySelector("script[data-govuk-frontend]");
import(script.dataset.govukFrontend).then(({ initAll }) => initAll());
