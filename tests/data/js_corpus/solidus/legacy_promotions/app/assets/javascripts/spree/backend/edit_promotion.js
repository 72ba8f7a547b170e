//= require_tree ./templates
//= require spree/backend/views/promotions.js
//= require spree/backend/views/number_with_currency.js
//= require spree/backend/views/promotions/option_values_rule
//= require spree/backend/views/calculators/tiered
//= require spree/backend/promotions
//= require spree/backend/promotions/activation
