import { ImageChooserFactory } from '../../components/ChooserWidget/ImageChooserWidget';

window.telepath.register(
  'wagtail.images.widgets.ImageChooser',
  ImageChooserFactory,
);
