import '@fontsource-variable/inter/wght.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
