import { DocumentChooserFactory } from '../../components/ChooserWidget/DocumentChooserWidget';

window.telepath.register(
  'wagtail.documents.widgets.DocumentChooser',
  DocumentChooserFactory,
);
