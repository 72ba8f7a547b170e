Spree.ready(function() {
  $(".style-guide-nav, .style-guide-sidebar").stick_in_parent();
});
