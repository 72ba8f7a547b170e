//= require ./support/show_errors
//= require support/sinon
//= require support/chai
//= require support/chai-jq-0.0.7

//= require_self
//= require jquery3
//= require rails-ujs
//= require spree/backend
//= require_tree ./support

window.support = {};
window.expect = chai.expect;
