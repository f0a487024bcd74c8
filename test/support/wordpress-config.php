<?php
/*
 * Configuration of Masthead's throwaway WordPress test sites.
 *
 * test/support/wordpress.mjs copies this file to /etc/wordpress/config-127.0.0.1.php, which
 * Debian's wp-config.php picks for every request to 127.0.0.1 (any port). Each test site passes
 * its own URL, database and content folder in the environment of its PHP processes, so this one
 * file serves every site at once; without that environment it configures nothing.
 */

foreach (['MASTHEAD_WP_URL', 'MASTHEAD_WP_DB_NAME', 'MASTHEAD_WP_DB_USER', 'MASTHEAD_WP_DB_PASSWORD', 'MASTHEAD_WP_DB_SOCKET', 'MASTHEAD_WP_CONTENT_DIR'] as $masthead_wp_variable) {
    if (getenv($masthead_wp_variable) === false) {
        header('HTTP/1.0 503 Service Unavailable');
        echo "This WordPress configuration belongs to Masthead's test sites, and $masthead_wp_variable is not set.\n";
        exit(1);
    }
}
unset($masthead_wp_variable);

define('DB_NAME', getenv('MASTHEAD_WP_DB_NAME'));
define('DB_USER', getenv('MASTHEAD_WP_DB_USER'));
define('DB_PASSWORD', getenv('MASTHEAD_WP_DB_PASSWORD'));
// "localhost:/path" makes wpdb use the site's own MariaDB over its unix socket.
define('DB_HOST', 'localhost:' . getenv('MASTHEAD_WP_DB_SOCKET'));
// The server runs with --no-defaults, whose charset is latin1: ask for utf8mb4 so Arabic survives.
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');

define('WP_HOME', getenv('MASTHEAD_WP_URL'));
define('WP_SITEURL', getenv('MASTHEAD_WP_URL'));
define('WP_CONTENT_DIR', getenv('MASTHEAD_WP_CONTENT_DIR'));
define('WP_CONTENT_URL', getenv('MASTHEAD_WP_URL') . '/wp-content');

// Application passwords need HTTPS unless the site says it is a local one.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Test machines have no internet: a site calling wordpress.org would only stall on timeouts.
define('WP_HTTP_BLOCK_EXTERNAL', true);

// Fixed on purpose: these sites are throwaway and reachable on loopback only.
define('AUTH_KEY', 'masthead-test-site auth key');
define('SECURE_AUTH_KEY', 'masthead-test-site secure auth key');
define('LOGGED_IN_KEY', 'masthead-test-site logged in key');
define('NONCE_KEY', 'masthead-test-site nonce key');
define('AUTH_SALT', 'masthead-test-site auth salt');
define('SECURE_AUTH_SALT', 'masthead-test-site secure auth salt');
define('LOGGED_IN_SALT', 'masthead-test-site logged in salt');
define('NONCE_SALT', 'masthead-test-site nonce salt');
