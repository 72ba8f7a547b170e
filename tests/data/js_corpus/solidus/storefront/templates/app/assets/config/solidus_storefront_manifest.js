//= link solidus_storefront.js
//= link solidus_storefront.css
//= link tailwind.css
//= link_tree ../../javascript .js
