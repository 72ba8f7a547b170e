//= link solidus_legacy_promotions/promotions.css
//= link spree/backend/edit_promotion.js
