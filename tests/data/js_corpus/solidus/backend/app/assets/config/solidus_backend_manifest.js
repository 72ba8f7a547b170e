//= link_tree ../images
//= link_tree "../stylesheets/spree/backend/themes" .css

//= link spree/backend/all.js
//= link spree/backend/all.css

//= link solidus_admin/select2_locales
