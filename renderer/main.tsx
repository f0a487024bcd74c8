// First, so the library's first screen is on its way while everything else loads.
import './features/library/first-screen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setUpI18n } from './i18n';
import './ui/theme.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Strings first: nothing renders before it can be shown in the user's language.
await setUpI18n();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
