//= require spree/backend/orders/edit
//= require spree/backend/orders/cart
