import {
  ChooserModalOnloadHandlerFactory,
  chooserModalOnloadHandlers,
} from '../../includes/chooserModal';

window.ChooserModalOnloadHandlerFactory = ChooserModalOnloadHandlerFactory;
window.CHOOSER_MODAL_ONLOAD_HANDLERS = chooserModalOnloadHandlers;
