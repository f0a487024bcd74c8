import { expect, type Locator, type Page } from '@playwright/test';

/** What the Add WordPress site form asks for. */
export interface WordPressLogin {
  siteUrl: string;
  username: string;
  applicationPassword: string;
}

/** Settings › Targets, found by its region name. */
export class TargetsSettings {
  readonly region: Locator;

  constructor(readonly dialog: Locator) {
    this.region = dialog.getByRole('region', { name: 'Targets', exact: true });
  }

  /** A target in the list, by its name. */
  target(name: string): Locator {
    return this.region.getByRole('listitem', { name, exact: true });
  }

  /** Fills the open WordPress form and presses its Connect button. */
  async fillAndConnect(login: Partial<WordPressLogin>): Promise<void> {
    if (login.siteUrl !== undefined) await this.region.getByLabel('Site URL').fill(login.siteUrl);
    if (login.username !== undefined) await this.region.getByLabel('User name').fill(login.username);
    if (login.applicationPassword !== undefined) await this.region.getByLabel('Application password').fill(login.applicationPassword);
    await this.region.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** Add WordPress site, then Connect; resolves when the form has answered (connected or not). */
  async addWordPress(login: WordPressLogin): Promise<void> {
    await this.region.getByRole('button', { name: 'Add WordPress site', exact: true }).click();
    await this.fillAndConnect(login);
  }

  /** Add WordPress site and expect it connected; the target is named after the site's host. */
  async addConnectedWordPress(login: WordPressLogin): Promise<Locator> {
    await this.addWordPress(login);
    const target = this.target(new URL(login.siteUrl).host);
    await expect(target).toContainText(/Connected as /);
    await expect(this.region.getByRole('button', { name: 'Add WordPress site', exact: true })).toBeVisible();
    return target;
  }
}

/** The Outbox region at the foot of the library column, and its jobs. */
export class OutboxRegion {
  readonly region: Locator;

  constructor(page: Page, name = 'Outbox') {
    this.region = page.getByRole('region', { name, exact: true });
  }

  /** The job for an article (by headline) and a target (by name): "headline → target". */
  job(headline: string, target: string, arrow = '→'): Locator {
    return this.region.getByRole('listitem', { name: `${headline} ${arrow} ${target}`, exact: true });
  }
}
