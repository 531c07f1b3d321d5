// "Print deze lijst" buttons: hidden without JavaScript (the browser's own print still works).
document.querySelectorAll(".knop-print").forEach(function (knop) {
  knop.hidden = false;
  knop.addEventListener("click", function () { window.print(); });
});
