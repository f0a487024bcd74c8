<?php
/*
 * Installs WordPress into the empty database of one throwaway test site (see wordpress.mjs):
 * the admin from wp_install(), an editor, pretty permalinks (so /wp-json/ is served) and an
 * application password for each user. Prints the credentials as JSON on the last line of stdout.
 * Reads the same MASTHEAD_WP_* environment as wordpress-config.php, plus the passwords.
 */

$masthead_wp_missing = array_values(array_filter(
    ['mysqli', 'gd', 'mbstring', 'xml', 'curl'],
    static fn (string $extension): bool => !extension_loaded($extension)
));
if ($masthead_wp_missing !== []) {
    fwrite(STDERR, 'PHP extensions missing: ' . implode(', ', $masthead_wp_missing) . "\n");
    exit(3);
}

define('WP_INSTALLING', true);
// Debian's wp-config.php chooses /etc/wordpress/config-<host>.php from the Host header.
$_SERVER['HTTP_HOST'] = parse_url(getenv('MASTHEAD_WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('MASTHEAD_WP_URL'), PHP_URL_PORT);
$_SERVER['SERVER_NAME'] = parse_url(getenv('MASTHEAD_WP_URL'), PHP_URL_HOST);
$_SERVER['SERVER_PORT'] = (string) parse_url(getenv('MASTHEAD_WP_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

// At the top level, not in a function: WordPress keeps its state in global variables.
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

function masthead_wp_install(): array
{
    // The web server is not up yet (wp_install() probes permalinks over HTTP) and nobody reads mail.
    add_filter('pre_http_request', static fn () => new WP_Error('masthead_offline', 'No HTTP while installing.'));
    add_filter('pre_wp_mail', '__return_false');

    $installed = wp_install(getenv('MASTHEAD_WP_TITLE'), 'admin', 'admin@example.test', false, '', wp_slash(getenv('MASTHEAD_WP_ADMIN_PASSWORD')));
    $adminId = (int) $installed['user_id'];
    masthead_wp_check(wp_update_user(['ID' => $adminId, 'display_name' => 'Test Admin', 'first_name' => 'Test', 'last_name' => 'Admin']));

    $editorId = masthead_wp_check(wp_insert_user([
        'user_login' => 'editor',
        'user_pass' => getenv('MASTHEAD_WP_EDITOR_PASSWORD'),
        'user_email' => 'editor@example.test',
        'display_name' => 'Test Editor',
        'first_name' => 'Test',
        'last_name' => 'Editor',
        'role' => 'editor',
    ]));

    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%postname%/');
    // The first web request rebuilds the rules with every hook loaded, the REST API's included.
    delete_option('rewrite_rules');

    $user = static function (int $id, string $password): array {
        [$applicationPassword] = masthead_wp_check(WP_Application_Passwords::create_new_application_password($id, ['name' => 'Masthead tests']));
        $data = get_userdata($id);
        return [
            'id' => $id,
            'username' => $data->user_login,
            'name' => $data->display_name,
            'email' => $data->user_email,
            'password' => $password,
            'applicationPassword' => $applicationPassword,
        ];
    };
    return [
        'admin' => $user($adminId, getenv('MASTHEAD_WP_ADMIN_PASSWORD')),
        'editor' => $user($editorId, getenv('MASTHEAD_WP_EDITOR_PASSWORD')),
    ];
}

function masthead_wp_check(mixed $result): mixed
{
    if (is_wp_error($result)) {
        fwrite(STDERR, $result->get_error_code() . ': ' . $result->get_error_message() . "\n");
        exit(1);
    }
    return $result;
}

echo "\n" . json_encode(masthead_wp_install(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
