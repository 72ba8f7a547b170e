Spree.Models.Address = Backbone.Model.extend({
})
