// Progressive enhancement for the intake forms: after a rejected submission, move keyboard and
// screen-reader focus to the error summary so its list of links is the first thing met.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
