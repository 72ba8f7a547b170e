//= require spree/backend/namespaces.js

window.Spree.Views.Promotions = {}
