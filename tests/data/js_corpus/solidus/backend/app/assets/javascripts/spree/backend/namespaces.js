_.extend(window.Spree, {
  Models: {},
  Collections: {},
  Views: {
    Calculators: {},
    Images: {},
    Order: {},
    Cart: {},
    Zones: {},
    Payment: {},
    Product: {},
    Stock: {},
    Tables: {}
  }
})
