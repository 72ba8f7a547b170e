//= require spree/backend/collections/line_items
//= require spree/backend/collections/shipments
//= require spree/backend/collections/states
