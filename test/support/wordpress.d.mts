/** Message of the error thrown when the Debian packages the test site runs on are missing. */
export declare const MISSING_PACKAGES_MESSAGE: string;

export interface StartWordPressOptions {
  /** Port on 127.0.0.1 for the web server; a free one by default. */
  port?: number;
  /** Site title (the "name" of GET /wp-json/). Default "Masthead Test Site". */
  title?: string;
  /** Limit for each step of starting up (database, install, web server). Default 30 000 ms. */
  timeoutMs?: number;
}

export interface WordPressUser {
  id: number;
  username: string;
  /** Display name, the "name" of GET /wp/v2/users/me. */
  name: string;
  email: string;
  /** Login password, for wp-login.php. */
  password: string;
  /** Application password, for "Authorization: Basic" on the REST API. */
  applicationPassword: string;
}

export interface WordPressSite {
  /** "http://127.0.0.1:PORT", no trailing slash. */
  url: string;
  port: number;
  /** url + "/wp-json/" */
  restUrl: string;
  /** The site's temp folder (database, wp-content, logs); deleted by stop(). */
  dir: string;
  /** Role administrator, author of the sample post and page. */
  admin: WordPressUser;
  /** Role editor: can edit and publish everybody's posts. */
  editor: WordPressUser;
  /** Stops the web server only, so the site is down (connection refused) but keeps its data. */
  stopWebServer(): Promise<void>;
  /** Starts the web server again on the same port; resolves once the REST API answers. */
  startWebServer(): Promise<void>;
  /** Stops everything and deletes the site's folder. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts a real, empty WordPress (Debian's package) with its own MariaDB on 127.0.0.1.
 * Resolves once GET /wp-json/ answers 200; throws MISSING_PACKAGES_MESSAGE without the packages.
 */
export declare function startWordPress(options?: StartWordPressOptions): Promise<WordPressSite>;
