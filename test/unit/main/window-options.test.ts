import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, mainWindowOptions, CONTENT_SECURITY_POLICY } from '../../../electron/main/window-options.js';
import { CONTENT_SECURITY_POLICY as HOST_CSP } from '../../../electron/host/server.js';

describe('main window security options', () => {
  it('follow the Electron security checklist', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', { width: 800, height: 600 }).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allow scripts only from our own files, in Electron and in the browser host alike', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, HOST_CSP]) {
      expect(csp).toContain("script-src 'self'");
      expect(csp.split('script-src')[1]!.split(';')[0]).not.toMatch(/unsafe/);
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('open only http, https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/story')).toBe(true);
    expect(isSafeExternalUrl('mailto:desk@example.com')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share', 'not a url']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('recognise only our own renderer origin as the app', () => {
    expect(isAppUrl('app://masthead/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://masthead/index.html')).toBe(false);
  });
});
