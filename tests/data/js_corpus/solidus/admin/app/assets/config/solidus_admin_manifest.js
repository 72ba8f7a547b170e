//= link_tree ../images
//= link_tree ../builds
//= link_tree ../stylesheets .css
//= link_tree ../../javascript .js
//= link_tree ../../components .js
