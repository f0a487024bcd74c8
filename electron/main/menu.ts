import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/ipc.js';
import { t } from './strings.js';

export interface MenuActions {
  command(command: MenuCommand): void;
  openLibrary(): void;
  openRecent(dir: string): void;
  recentLibraries(): string[];
  libraryPath(): string | null;
}

/** The native menu with the platform's standard accelerators. Rebuilt when the recent list changes. */
export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const recent = actions.recentLibraries();
  const settings: MenuItemConstructorOptions = { label: t('settings'), accelerator: 'CmdOrCtrl+,', click: () => actions.command('open-settings') };
  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('newArticle'), accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-article') },
      // No accelerator: Ctrl+I is italic and Ctrl+Shift+I opens the developer tools on some setups.
      { label: t('importArticle'), click: () => actions.command('import-article') },
      { label: t('exportArticle'), click: () => actions.command('export-article') },
      { type: 'separator' },
      { label: t('sendToCms'), click: () => actions.command('send-to-cms') },
      { label: t('checkCms'), click: () => actions.command('check-cms') },
      { type: 'separator' },
      { label: t('openLibrary'), accelerator: 'CmdOrCtrl+O', click: () => actions.openLibrary() },
      {
        label: t('openRecent'),
        enabled: recent.length > 0,
        submenu: recent.map((dir) => ({ label: dir, click: () => actions.openRecent(dir) })),
      },
      {
        label: t('showLibraryFolder'),
        click: () => {
          const dir = actions.libraryPath();
          if (dir) void shell.openPath(dir);
        },
      },
      { type: 'separator' },
      { label: t('save'), accelerator: 'CmdOrCtrl+S', click: () => actions.command('save') },
      { label: t('renameArticle'), click: () => actions.command('rename-article') },
      { label: t('duplicateArticle'), click: () => actions.command('duplicate-article') },
      { label: t('deleteArticle'), click: () => actions.command('delete-article') },
      { label: t('showTrash'), click: () => actions.command('show-trash') },
      // On macOS Settings… lives in the app menu, as the platform expects.
      ...(isMac ? [] : [{ type: 'separator' as const }, settings]),
      { type: 'separator' },
      { label: t('closeWindow'), role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              settings,
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    file,
    { label: t('edit'), role: 'editMenu' },
    {
      label: t('view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { label: t('window'), role: 'windowMenu' },
    { label: t('help'), role: 'help', submenu: [{ label: t('about'), role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
