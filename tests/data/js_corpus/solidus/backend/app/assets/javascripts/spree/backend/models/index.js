//= require spree/backend/models/image_upload
//= require spree/backend/models/line_item
//= require spree/backend/models/order
//= require spree/backend/models/shipment
//= require spree/backend/models/stock_item
//= require spree/backend/models/taxonomy
//= require spree/backend/models/payment
