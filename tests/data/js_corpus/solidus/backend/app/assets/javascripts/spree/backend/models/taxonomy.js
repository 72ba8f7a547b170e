Spree.Models.Taxonomy = Backbone.Model.extend({
  urlRoot: Spree.pathFor('api/taxonomies')
});
